/** The command line's words, Vietnamese and English. */
import type { WordedReport } from '../i18n/report';
import type { Lang } from '../i18n/lang';
import { KIND_NAMES } from '../i18n/kinds';
import { fill } from '../i18n/format';

export const CLI_TEXT = {
  help: {
    vi: `chitieu — kiểm tra và tính toán biểu chỉ tiêu KT-XH trong tệp .xlsx

Cách dùng:
  chitieu check TỆP.xlsx [TỆP2.xlsx THƯ-MỤC/…] [--json] [--lang vi|en] [QUYẾT ĐỊNH…]
  chitieu compute TỆP.xlsx -o RA.xlsx [--json] [--lang vi|en] [QUYẾT ĐỊNH…]
                 [--metrics completion,growth,…] [--as-of 30/6/2023]
  chitieu appendix TỆP.xlsx -o RA.xlsx [--docx RA.docx] [--title "…"] [--subtitle "…"]
                 [--sheet TÊN] [--order-by-start] [--group-by-owner] [--timeline] [--json]
  chitieu word TỆP.xlsx [--sheet TÊN] [--table SỐ] [-o RA.docx] [--json] [QUYẾT ĐỊNH…]
  chitieu report TỆP.xlsx [--sheet TÊN] [--json] [--lang vi|en]
  chitieu prose TỆP.txt|TỆP.docx [--against TỆP.xlsx] [--json] [--lang vi|en]

report viết các câu báo cáo từ biểu chỉ tiêu (Biểu số 1), mỗi chỉ tiêu một câu:
kết quả năm gần nhất, so với kế hoạch năm và so với năm trước.

--metrics chọn các cột cần tính (mặc định: tất cả): completion, ratio, growth,
plan-growth, cagr, rank-change, disbursement, allocation, duration, elapsed.
--as-of là ngày để tính phần thời gian đã qua của nhiệm vụ (mặc định: hôm nay).
prose kiểm tra đoạn văn của báo cáo: tổng và các phần, tỷ lệ và các số nó dựa vào,
“bằng”/“tăng”; với --against, cả các số khác số của các bảng trong tệp .xlsx (cùng chỉ
tiêu, cùng năm); mã thoát 0 không thấy gì, 1 có lỗi, 2 không đọc được tệp.
word ghi một bảng đã nhận ra (chỉ tiêu, mục tiêu, dãy số liệu, đầu tư; kèm các cột đã tính)
ra tài liệu Word theo thể thức Nghị định 30/2020/NĐ-CP: bảng đầu tiên của trang đầu tiên
có bảng, hoặc của --sheet; --table chọn bảng thứ mấy của trang; mặc định RA.docx mang tên trang,
cạnh tệp gốc.

QUYẾT ĐỊNH của người lập biểu, thay cho điều chitieu tự nhận ra (lặp lại được):
  --kind "TRANG=LOẠI"             đọc các bảng của trang như loại này: indicator-plan,
                                  target-result, time-series, investment, task-list
  --role "TRANG!CỘT=VAI"          vai của một cột (vd. "Biểu 1!G=plan", "Biểu 1!K=ignore")
  --direction "TRANG!DÒNG=lower"  chỉ tiêu ở dòng này càng thấp càng tốt (higher: càng cao càng tốt)
  --bound "TRANG!DÒNG=floor"      chỉ tiêu ở dòng này là mức tối thiểu (ceiling: tối đa, exact: đúng bằng)
  --header "TRANG=4-5"            tiêu đề bảng (bảng đầu tiên của trang) ở các dòng này

check nhận nhiều tệp và thư mục (các tệp .xlsx trong đó, kể cả thư mục con): mỗi tệp
một phần báo cáo, cuối cùng một dòng tổng kết cho mỗi tệp; với --json một báo cáo
{"files": […]} chung cho tất cả.

Mã thoát: 0 không có lỗi, 1 có lỗi trong số liệu, 2 sai cách dùng hoặc không đọc được tệp,
3 (check) không nhận ra bảng chuẩn nào trong tệp nên chưa kiểm tra được gì. Với nhiều tệp:
mã nặng nhất (2, rồi 1, rồi 3, rồi 0).
`,
    en: `chitieu — check and compute socio-economic indicator sheets in .xlsx files

Usage:
  chitieu check FILE.xlsx [FILE2.xlsx FOLDER/…] [--json] [--lang vi|en] [DECISIONS…]
  chitieu compute FILE.xlsx -o OUT.xlsx [--json] [--lang vi|en] [DECISIONS…]
                 [--metrics completion,growth,…] [--as-of 30/6/2023]
  chitieu appendix FILE.xlsx -o OUT.xlsx [--docx OUT.docx] [--title "…"] [--subtitle "…"]
                 [--sheet NAME] [--order-by-start] [--group-by-owner] [--timeline] [--json]
  chitieu word FILE.xlsx [--sheet NAME] [--table N] [-o OUT.docx] [--json] [DECISIONS…]
  chitieu report FILE.xlsx [--sheet NAME] [--json] [--lang vi|en]
  chitieu prose FILE.txt|FILE.docx [--against FILE.xlsx] [--json] [--lang vi|en]

report writes the report's sentences from an indicator sheet (Biểu số 1), one per
indicator: the latest year's result, against the year's plan and the year before.

--metrics picks the columns to compute (default: all): completion, ratio, growth,
plan-growth, cagr, rank-change, disbursement, allocation, duration, elapsed.
--as-of is the date for the tasks' share of time elapsed (default: today).
prose checks a report's prose: totals and their parts, percentages and their figures,
“bằng”/“tăng”; with --against, also figures that are not those of the workbook's tables
(same indicator, same year); exit code 0 nothing found, 1 errors, 2 the file cannot be read.
word writes a recognised table (indicators, targets, time series, investment; with its
computed columns) as a Word document laid out under Decree 30/2020/ND-CP: the first table of
the first sheet holding one, or of --sheet; --table picks the sheet's n-th table; by default
the document is named after the sheet, next to the input file.

DECISIONS of the planner, over what chitieu recognises (each may be repeated):
  --kind "SHEET=KIND"             read the sheet's tables as this kind: indicator-plan,
                                  target-result, time-series, investment, task-list
  --role "SHEET!COL=ROLE"         a column's role (e.g. "Biểu 1!G=plan", "Biểu 1!K=ignore")
  --direction "SHEET!ROW=lower"   the indicator of that row is better lower (higher: better higher)
  --bound "SHEET!ROW=floor"       the target of that row is a floor (ceiling: a ceiling, exact: exact)
  --header "SHEET=4-5"            the header of the sheet's (first) table is on these rows

check takes several files and folders (the .xlsx files in them, subfolders too): a
report for each file, then a summary line per file; with --json one report
{"files": […]} holding them all.

Exit codes: 0 no error, 1 errors found in the figures, 2 bad usage or unreadable file,
3 (check) no standard table recognised in the file, so nothing was checked. With several
files: the worst of them (2, then 1, then 3, then 0).
`,
  },
  noCommand: {
    vi: 'thiếu lệnh: check, compute, appendix, report, prose hoặc word (xem --help)',
    en: 'missing command: check, compute, appendix, report, prose or word (see --help)',
  },
  unknownCommand: {
    vi: 'không có lệnh "{command}": dùng check, compute, appendix, report, prose hoặc word',
    en: 'no command "{command}": use check, compute, appendix, report, prose or word',
  },
  noStatements: {
    vi: '{file}: không có biểu chỉ tiêu (Biểu số 1), dãy số liệu theo năm hay bảng giải ngân nào có kết quả để viết thành câu',
    en: '{file}: no indicator sheet (Biểu số 1), yearly series or disbursement table with results to write sentences from',
  },
  proseNotText: { vi: '{file} không phải tệp .txt hoặc .docx', en: '{file} is not a .txt or .docx file' },
  unreadableDocx: { vi: 'không đọc được {file} như một tài liệu Word: {reason}', en: 'cannot read {file} as a Word document: {reason}' },
  proseCounts: {
    vi: 'Đã đọc {sentences} câu, kiểm tra {checked} phép tính: {error} lỗi, {warning} cảnh báo',
    en: 'Read {sentences} sentences, checked {checked} statements: {error} errors, {warning} warnings',
  },
  proseWhere: { vi: 'câu {sentence} [{start}–{end}]', en: 'sentence {sentence} [{start}–{end}]' },
  proseNothing: {
    vi: 'Không có câu nào nêu tổng và các phần, hay tỷ lệ cùng các số của nó, để kiểm tra.',
    en: 'No sentence states a total with its parts, or a percentage with its figures, to check.',
  },
  unknownOption: { vi: 'không hiểu tùy chọn {option} (xem --help)', en: 'unknown option {option} (see --help)' },
  badLang: { vi: 'ngôn ngữ "{value}" không có: dùng vi hoặc en', en: 'no language "{value}": use vi or en' },
  badMetrics: { vi: 'không có cột tính "{value}"; chọn trong: {known}', en: 'no metric "{value}"; pick from: {known}' },
  badDate: { vi: 'không đọc được ngày "{value}"; viết như 30/6/2023', en: 'cannot read the date "{value}"; write it like 30/6/2023' },
  badKind: { vi: '--kind "{value}": viết TRANG=LOẠI, LOẠI là một trong: {known}', en: '--kind "{value}": write SHEET=KIND, KIND one of: {known}' },
  badRole: { vi: '--role "{value}": viết TRANG!CỘT=VAI, VAI là một trong: {known}', en: '--role "{value}": write SHEET!COLUMN=ROLE, ROLE one of: {known}' },
  badHeader: { vi: '--header "{value}": viết TRANG=DÒNG-DÒNG, như "Biểu 1=4-5"', en: '--header "{value}": write SHEET=ROW-ROW, like "Biểu 1=4-5"' },
  badBound: {
    vi: '--bound "{value}": viết TRANG!DÒNG=floor (tối thiểu), ceiling (tối đa) hoặc exact (đúng bằng)',
    en: '--bound "{value}": write SHEET!ROW=floor, ceiling or exact',
  },
  badDirection: {
    vi: '--direction "{value}": viết TRANG!DÒNG=lower hoặc TRANG!DÒNG=higher',
    en: '--direction "{value}": write SHEET!ROW=lower or SHEET!ROW=higher',
  },
  needValue: { vi: '{option} cần một giá trị', en: '{option} needs a value' },
  noTaskList: {
    vi: 'không thấy bảng nhiệm vụ (TT | nhiệm vụ | thời gian bắt đầu | kết thúc | đơn vị chủ trì) trong {where}',
    en: 'no task list (TT | task | start | end | owning unit) found in {where}',
  },
  noSheet: { vi: 'không có trang “{sheet}”', en: 'no sheet “{sheet}”' },
  noWordTable: {
    vi: 'không thấy bảng chỉ tiêu, mục tiêu, dãy số liệu hay đầu tư nào để ghi ra Word trong {where}',
    en: 'no indicator, target, time-series or investment table to write to Word found in {where}',
  },
  badTable: {
    vi: '--table {value}: trang “{sheet}” chỉ có {n} bảng ghi ra Word được',
    en: '--table {value}: sheet “{sheet}” holds {n} table(s) that can go to Word',
  },
  wordDone: {
    vi: 'Đã ghi bảng {table} của trang “{sheet}” ({rows} dòng, {columns} cột{computed}), A4 {page}, ra {file}',
    en: 'Wrote table {table} of sheet “{sheet}” ({rows} rows, {columns} columns{computed}), A4 {page}, to {file}',
  },
  wordComputed: { vi: ', kể cả {n} cột đã tính', en: ', {n} of them computed' },
  landscape: { vi: 'khổ ngang', en: 'landscape' },
  portrait: { vi: 'khổ dọc', en: 'portrait' },
  appendixDone: {
    vi: 'Đã thêm phụ lục {count} nhiệm vụ vào trang “{sheet}” ({address}) của {file}',
    en: 'Added an appendix of {count} tasks to sheet “{sheet}” ({address}) of {file}',
  },
  docxDone: { vi: 'Đã ghi tài liệu Word {file}', en: 'Wrote the Word document {file}' },
  invalidTask: { vi: '{source}: “{text}” không đọc được là thời gian; giữ nguyên như đã gõ', en: '{source}: “{text}” does not read as a date; kept as typed' },
  noFile: { vi: 'thiếu tệp .xlsx cần đọc', en: 'missing the .xlsx file to read' },
  extraArgs: { vi: 'thừa tham số: {args}', en: 'unexpected arguments: {args}' },
  needOut: { vi: 'lệnh này cần -o RA.xlsx (tệp gốc không bao giờ bị ghi đè)', en: 'this command needs -o OUT.xlsx (the input file is never overwritten)' },
  sameFile: { vi: 'tệp ra trùng tệp gốc; chọn tên khác cho -o', en: 'the output is the input file; choose another name for -o' },
  noSuchFile: { vi: 'không thấy tệp {file}', en: 'no such file: {file}' },
  notXlsx: {
    vi: '{file} không phải tệp .xlsx (hãy lưu lại dưới dạng Excel Workbook .xlsx)',
    en: '{file} is not an .xlsx file (save it as an Excel Workbook .xlsx)',
  },
  notAFile: { vi: '{file} là một thư mục, không phải tệp .xlsx', en: '{file} is a directory, not an .xlsx file' },
  noSheets: { vi: '{file} không phải bảng tính Excel: trong tệp không có trang tính nào', en: '{file} is not an Excel workbook: it holds no worksheet' },
  encrypted: {
    vi: '{file} được đặt mật khẩu (tệp mã hóa) nên không đọc được; hãy mở trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu) rồi lưu lại',
    en: '{file} is password-protected (encrypted) and cannot be read; open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it again',
  },
  oldFormat: {
    vi: '{file} là tệp Excel 97–2003 (.xls) hoặc tệp Office cũ khác, không phải .xlsx; hãy lưu lại dưới dạng Excel Workbook (.xlsx)',
    en: '{file} is an Excel 97–2003 (.xls) or other old Office file, not an .xlsx; save it as an Excel Workbook (.xlsx)',
  },
  unreadable: { vi: 'không đọc được {file} như một tệp Excel: {reason}', en: 'cannot read {file} as an Excel workbook: {reason}' },
  unwritable: { vi: 'không ghi được {file}: {reason}', en: 'cannot write {file}: {reason}' },
  unexpected: { vi: 'lỗi không lường trước: {reason}', en: 'unexpected failure: {reason}' },
  fileLine: { vi: 'Tệp: {file}', en: 'File: {file}' },
  noWorkbooksIn: { vi: 'thư mục {folder} không có tệp .xlsx nào', en: 'the folder {folder} holds no .xlsx file' },
  unreadableFile: { vi: 'không đọc được: {reason}', en: 'could not be read: {reason}' },
  filesSummary: { vi: 'Tổng kết {n} tệp:', en: 'Summary of {n} files:' },
  fileNothing: { vi: '{sheets} trang tính, không nhận ra bảng chuẩn nào', en: '{sheets} sheets, no standard table recognised' },
  fileCounts: {
    vi: '{sheets} trang tính ({tables} có bảng chuẩn): {error} lỗi, {warning} cảnh báo, {info} lưu ý',
    en: '{sheets} sheets ({tables} with a standard table): {error} errors, {warning} warnings, {info} notes',
  },
  counts: { vi: '{error} lỗi, {warning} cảnh báo, {info} lưu ý', en: '{error} errors, {warning} warnings, {info} notes' },
  computedLine: { vi: 'Đã tính {cells} ô: {formulas} công thức, {values} giá trị', en: 'Computed {cells} cells: {formulas} formulas, {values} values' },
  error: { vi: '[lỗi]     ', en: '[error]  ' },
  warning: { vi: '[cảnh báo]', en: '[warning]' },
  // The pane's word for the level (Lưu ý), in both places.
  info: { vi: '[lưu ý]   ', en: '[note]   ' },
  sheetKind: { vi: 'Trang “{name}”: {kind}, tiêu đề dòng {first}–{last}', en: 'Sheet “{name}”: {kind}, header rows {first}–{last}' },
  sheetTables: { vi: 'Trang “{name}”: {count} bảng', en: 'Sheet “{name}”: {count} tables' },
  tableLine: { vi: '  Bảng {index}: {kind}, tiêu đề dòng {first}–{last}{title}', en: '  Table {index}: {kind}, header rows {first}–{last}{title}' },
  ignoredCount: { vi: ' ({n} vấn đề đã bỏ qua trong trang tính)', en: ' ({n} issues ignored in the sheet)' },
  chosen: { vi: ' (loại do người lập biểu chọn)', en: ' (kind chosen by the planner)' },
  sheetNone: { vi: 'Trang “{name}”: không nhận ra biểu chuẩn', en: 'Sheet “{name}”: no standard table recognised' },
  sheetNoHeader: {
    vi: '  Không thấy dòng nào giống tiêu đề bảng (STT, Chỉ tiêu, Kế hoạch, Dự án, Nhiệm vụ …).',
    en: '  No row looks like a table header (STT, Chỉ tiêu, Kế hoạch, Dự án, Nhiệm vụ …).',
  },
  nothingRecognised: {
    vi: 'KHÔNG KIỂM TRA ĐƯỢC: không nhận ra bảng chuẩn nào trong tệp (lý do ở từng trang bên dưới).',
    en: 'NOTHING CHECKED: no standard table was recognised in the file (the reasons are given for each sheet below).',
  },
} satisfies Record<string, Record<Lang, string>>;

export type CliKey = keyof typeof CLI_TEXT;

/** The command line's text `key` in `lang`; a missing parameter is left out. */
export function cliText(lang: Lang, key: CliKey, p: Record<string, string | number> = {}): string {
  return fill(CLI_TEXT[key][lang], p, 'empty');
}

/** The lines that name a sheet and its tables, with each table's columns. */
export function describeSheet(s: WordedReport, lang: Lang): string[] {
  const columns = (cols: WordedReport['columns']) => '  ' + cols.map((c) => `${c.column} ${c.header}`).join(' · ');
  if (!s.tables.length) {
    const why = s.unrecognised ?? [];
    return [cliText(lang, 'sheetNone', { name: s.name }), ...(why.length ? why.map((u) => `  ${u.message}`) : [cliText(lang, 'sheetNoHeader', {})])];
  }
  if (s.tables.length === 1) {
    const [first, last] = s.tables[0].headerRows;
    const kind = KIND_NAMES[s.tables[0].kind][lang] + (s.tables[0].chosen ? CLI_TEXT.chosen[lang] : '');
    return [cliText(lang, 'sheetKind', { name: s.name, kind, first, last }), columns(s.tables[0].columns)];
  }
  const lines = [cliText(lang, 'sheetTables', { name: s.name, count: s.tables.length })];
  s.tables.forEach((t, i) => {
    const [first, last] = t.headerRows;
    lines.push(
      cliText(lang, 'tableLine', {
        index: i + 1,
        kind: KIND_NAMES[t.kind][lang] + (t.chosen ? CLI_TEXT.chosen[lang] : ''),
        first,
        last,
        title: t.title ? ` — ${t.title}` : '',
      })
    );
    lines.push('  ' + columns(t.columns));
  });
  return lines;
}
