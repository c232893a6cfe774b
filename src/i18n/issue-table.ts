/**
 * The issue list of a check as a table a reviewer can be sent ("Xuất danh
 * sách vấn đề"): one function makes its rows, in one language, and two
 * renderers write them, the .csv here (`issueCsv`) and the new sheet in
 * `src/app/export-issues.ts`. The rows follow the pane: errors, then
 * warnings, then notes, each in the report's order, with the severity in
 * the pane's words and each message worded as the pane words it.
 */
import type { Issue, Severity, SheetReport } from '../engine/report';
import { fill } from './format';
import type { Lang } from './lang';
import { wordIssue } from './report';

/** The severities in the order the pane lists them. */
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * One issue's severity in a row. Vietnamese: the pane's own words (Lỗi,
 * Cảnh báo, Lưu ý, its headings `sevError`…); English: the singular of
 * the pane's headings (Errors → Error), as one row is one issue.
 */
export const SEVERITY_WORDS: Record<Severity, Record<Lang, string>> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};

const WORDS = {
  /** The new sheet's name ("Vấn đề (2)" when taken). */
  sheetName: { vi: 'Vấn đề', en: 'Issues' },
  header: {
    vi: ['Trang tính', 'Ô', 'Mức', 'Vấn đề', 'Gợi ý sửa'],
    en: ['Sheet', 'Cell', 'Severity', 'Issue', 'Suggested fix'],
  },
  title: {
    vi: 'Danh sách vấn đề của trang tính “{sheet}”, kiểm tra ngày {date}: {count}',
    en: 'Issues found on the sheet “{sheet}”, checked on {date}: {count}',
  },
  issuesOne: { vi: '{n} vấn đề', en: '1 issue' },
  issuesMany: { vi: '{n} vấn đề', en: '{n} issues' },
  /** A fix of another cell than the issue's. */
  fixAt: { vi: '{cell} = {value}', en: '{cell} = {value}' },
  /** The .csv file's name, before the sheet's name and the date. */
  file: { vi: 'Van-de', en: 'Issues' },
} as const;

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One issue, as a row of the table. */
export interface IssueTableRow {
  /** The checked sheet's name. */
  sheet: string;
  /** The issue's cell ("D12"). */
  cell: string;
  severity: Severity;
  /** The severity in words (SEVERITY_WORDS). */
  level: string;
  /** The message, worded as the pane words it. */
  message: string;
  /** The suggested fix ("10,7", or "H9 = 101,4" for another cell); "" when there is none. */
  fix: string;
}

/** The issue list of one check, worded in one language. */
export interface IssueTable {
  lang: Lang;
  /** The checked sheet. */
  sheet: string;
  /** The day of the check, yyyy-mm-dd (local time). */
  date: string;
  /** "Danh sách vấn đề của trang tính “Biểu số 1”, kiểm tra ngày 05/03/2025: 12 vấn đề". */
  title: string;
  /** Trang tính | Ô | Mức | Vấn đề | Gợi ý sửa. */
  header: string[];
  rows: IssueTableRow[];
  /** The name a new sheet for it takes ("Vấn đề", "Issues"). */
  sheetName: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A day as the language writes it: 05/03/2025; 5 March 2025. */
function dayText(d: Date, lang: Lang): string {
  if (lang === 'vi') return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
  return `${d.getDate()} ${MONTHS_EN[d.getMonth()]} ${d.getFullYear()}`;
}

/**
 * A fix's value as a cell of the table shows it: a number as Excel's
 * General format shows it (up to 10 significant digits, no grouping), in
 * the language's decimal style, as the pane's fix button says it.
 */
export function fixValueText(value: string | number, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return String(value);
  const s = Number.isInteger(value) && Math.abs(value) < 1e11 ? String(value) : String(Number(value.toPrecision(10)));
  return lang === 'vi' ? s.replace('.', ',') : s;
}

function fixText(issue: Issue, lang: Lang): string {
  const fix = issue.fix;
  if (!fix) return '';
  const value = fixValueText(fix.value, lang);
  return fix.cell === issue.cell ? value : fill(WORDS.fixAt[lang], { cell: fix.cell, value });
}

/**
 * The table of a report's issues (the ones set apart with "Bỏ qua" are
 * not in it), worded in `lang`, for the check made on `date`.
 */
export function issueTable(report: Pick<SheetReport, 'name' | 'issues'>, lang: Lang, date: Date): IssueTable {
  const rows: IssueTableRow[] = [];
  for (const severity of ORDER) {
    for (const issue of report.issues) {
      if (issue.severity !== severity) continue;
      rows.push({
        sheet: report.name,
        cell: issue.cell,
        severity,
        level: SEVERITY_WORDS[severity][lang],
        message: wordIssue(issue, lang).message,
        fix: fixText(issue, lang),
      });
    }
  }
  const n = rows.length;
  const count = fill((n === 1 ? WORDS.issuesOne : WORDS.issuesMany)[lang], { n });
  const title = fill(WORDS.title[lang], { sheet: report.name, date: dayText(date, lang), count });
  return {
    lang,
    sheet: report.name,
    date: `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`,
    title,
    header: [...WORDS.header[lang]],
    rows,
    sheetName: WORDS.sheetName[lang],
  };
}

// ---------------------------------------------------------------- links

/**
 * A link to a cell of the workbook, as an Excel formula:
 * `=HYPERLINK("#'Biểu số 1'!D12","D12")`. The sheet name is always quoted,
 * its apostrophes doubled (a reference's rule), and the double quotes of
 * the whole location doubled again (a string's rule).
 */
export function hyperlinkFormula(sheet: string, cell: string): string {
  const location = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  const str = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${str(location)},${str(cell)})`;
}

// ---------------------------------------------------------------- CSV

/** The byte order mark that tells Excel a .csv is UTF-8 (without it, Vietnamese opens garbled). */
export const BOM = '\uFEFF';

/** Text that Excel would run as a formula when it opens a .csv ("=…", "+…", "-…", "@…"), unless it is a plain number. */
function formulaLike(s: string): boolean {
  return /^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+([.,]\d+)?$/.test(s);
}

/**
 * One field of a .csv (RFC 4180): quoted when it holds a comma, a double
 * quote, a line break or leading/trailing spaces, its double quotes
 * doubled. A field Excel would take for a formula is written after an
 * apostrophe, so that opening the file runs nothing.
 */
export function csvField(value: string): string {
  const s = formulaLike(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The table as a .csv: a byte order mark, the header row, one line per
 * issue (sheet, cell, severity, message, suggested fix), lines ended with
 * CRLF as RFC 4180 has it. The title is not a row: the file's name says
 * the sheet and the day (issueCsvName).
 */
export function issueCsv(table: IssueTable): string {
  const lines = [table.header, ...table.rows.map((r) => [r.sheet, r.cell, r.level, r.message, r.fix])];
  return BOM + lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Letters without their marks (đ → d), for a file name any system takes. */
function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Van-de_Bieu-so-1_2025-03-05.csv", "Issues_Bieu-so-1_2025-03-05.csv". */
export function issueCsvName(table: IssueTable): string {
  const sheet = ascii(table.sheet);
  return `${WORDS.file[table.lang]}_${sheet ? `${sheet}_` : ''}${table.date}.csv`;
}
