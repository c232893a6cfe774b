/**
 * Every issue code, once: its usual severity, a short title, what it means
 * (both languages) and how a group of them reads ("{n} số gõ dạng chữ").
 * The README's table of codes is made from this (`npm run docs:codes`; a
 * test fails when it is out of date).
 */
import type { Severity } from '../engine/report';
import type { Lang } from './lang';

export interface CodeInfo {
  severity: Severity;
  title: Record<Lang, string>;
  /** What the code means, as the README's table says it (markdown). */
  what: Record<Lang, string>;
  /** A group of like issues in one column; `{n}` is their count. */
  group?: Record<Lang, string>;
}

export const ISSUE_CODES = {
  'not-a-number': {
    severity: 'error',
    title: { vi: 'Chữ thay cho số', en: 'Text instead of a figure' },
    what: {
      vi: 'chữ, hoặc một giá trị lỗi của Excel (`#N/A`), ở chỗ cần số liệu',
      en: 'text, or an Excel error value (`#N/A`), where a figure belongs',
    },
    group: { vi: '{n} ô có chữ thay cho số', en: '{n} cells with text instead of a figure' },
  },
  'number-as-text': {
    severity: 'info',
    title: { vi: 'Số gõ dạng chữ', en: 'Number typed as text' },
    what: {
      vi: 'một số được gõ dạng chữ; cách sửa là đổi thành số thật',
      en: 'a number typed as text; the fix is the real number',
    },
    group: { vi: '{n} số gõ dạng chữ', en: '{n} numbers typed as text' },
  },
  'ambiguous-number': {
    severity: 'warning',
    title: { vi: 'Dấu phân cách lạ', en: 'Unusual separators' },
    what: {
      vi: 'dấu phân cách khác với cả cột (`2.9` giữa các số `2,41`; `4,907` giữa các số nguyên); một số mà cách đọc kia làm các phần hoặc cả nhóm cộng lại đúng',
      en: 'separators unlike the rest of the column (`2.9` among `2,41`; `4,907` among whole numbers); a figure whose other reading makes its parts or its group add up (“111,410” among “4,274.844”)',
    },
    group: { vi: '{n} số viết dấu phân cách khác cả cột', en: '{n} figures with separators unlike the column' },
  },
  'approximate-value': {
    severity: 'info',
    title: { vi: 'Số ước lượng', en: 'Approximate figure' },
    what: {
      vi: '`khoảng 195.000`, `trên 90`, `6,6-6,8`: số vẫn được dùng để tính',
      en: '`khoảng 195.000`, `trên 90`, `6,6-6,8`: the number is still used',
    },
    group: { vi: '{n} số có kèm chữ (khoảng, trên, dưới…)', en: '{n} figures with words around them (khoảng, trên, dưới…)' },
  },
  'out-of-range': {
    severity: 'error',
    title: { vi: 'Ngoài khoảng hợp lý', en: 'Out of range' },
    what: {
      vi: 'tỷ lệ % trên 100 hoặc dưới 0, số đếm âm, thứ hạng hoặc “x/y” vượt tổng',
      en: 'a share in % above 100 or below 0, a negative count, a rank or “x/y” above its total',
    },
    group: { vi: '{n} số ngoài khoảng hợp lý', en: '{n} figures out of range' },
  },
  'sum-mismatch': {
    severity: 'error',
    title: { vi: 'Tổng không khớp', en: 'Total does not add up' },
    what: {
      vi: 'các phần của một đại lượng cộng được vượt tổng, hoặc một cơ cấu đầy đủ khác tổng; nguồn vốn của dự án so với tổng mức đầu tư; các cột là phần của cột khác; dòng nhóm, “Cộng”, TỔNG SỐ so với các dự án của nó. Tỷ lệ, mật độ, tốc độ tăng không bao giờ được cộng',
      en: 'parts of an additive quantity above their total, a full breakdown that differs from it (each “Phân theo …” breakdown on its own; a breakdown ending in “khác” / “còn lại” is full); a project’s sources against its total investment; columns that are parts of another (“Tổng số” | “Chia ra”); group, “Cộng” and TỔNG SỐ rows against their projects, column by column. Ratios, densities and growth rates are never summed, and a sum that counts a figure typed against its column’s separators is not judged',
    },
    group: { vi: '{n} tổng không khớp', en: '{n} totals that do not add up' },
  },
  'ratio-mismatch': {
    severity: 'error',
    title: { vi: 'Tỷ lệ không khớp', en: 'Percentage does not match' },
    what: {
      vi: '“So sánh (%)” gõ tay khác với điều tiêu đề (hoặc dòng đánh số) định nghĩa quá mức làm tròn, xét theo cột ghi tỷ lệ hay mức tăng; tỷ lệ hoàn thành khác với chỉ tiêu và kết quả; chỉ số, tỷ trọng, tốc độ tăng trong bảng theo năm không khớp số liệu; mức thay đổi ghi kèm số cuối kỳ không khớp năm trước',
      en: 'a typed “So sánh (%)” that differs from what its header (or numbering row) defines by more than its rounding, judged as what the column holds: ratios (108,6) or growths (8,6); a mix within one column is a warning; a typed completion that differs from its target and result (a target exceeded may be capped at 100%); in a years-down table, an index (năm trước = 100), share or growth that does not follow from the values; a percentage typed with its counts in one cell (“91,2% (118,3/130)”) that does not match them; a change stated with its end figure in a year’s result (“giảm 24,13% còn 88 người”) that does not follow from the year before (“116 người”), or that goes the other way',
    },
    group: { vi: '{n} tỷ lệ không khớp số liệu', en: '{n} percentages that do not match the figures' },
  },
  'evaluation-mismatch': {
    severity: 'error',
    title: { vi: 'Đánh giá trái số liệu', en: 'Evaluation contradicts the figures' },
    what: {
      vi: 'chữ đánh giá (“Đạt”, “Vượt”, “Hoàn thành”, “Không đạt”, “Chưa đạt”) mà số liệu và ngưỡng của chỉ tiêu nói ngược lại; “Vượt” khi chỉ vừa đạt là cảnh báo',
      en: 'an evaluation word (“Đạt”, “Vượt”, “Hoàn thành”, “Không đạt”, “Chưa đạt”) that the figures and the target’s bound contradict; “Vượt” where the target was met exactly is a warning',
    },
    group: { vi: '{n} đánh giá không khớp số liệu', en: '{n} evaluations the figures contradict' },
  },
  'numbering-gap': {
    severity: 'warning',
    title: { vi: 'Số thứ tự bị thiếu', en: 'Gap in the numbering' },
    what: {
      vi: 'một số bị thiếu trong STT của một nhóm: “1, 3”, “a, c”, “1.1, 1.3”',
      en: 'a number missing in the STT of one group: “1, 3”, “a, c”, “1.1, 1.3”',
    },
    group: { vi: '{n} chỗ số thứ tự bị thiếu', en: '{n} gaps in the numbering' },
  },
  'not-one-figure': {
    severity: 'info',
    title: { vi: 'Không phải một con số', en: 'Not one figure' },
    what: {
      vi: 'chữ ở chỗ cần số (“Nhập siêu”, “Hoàn thành”), hoặc nhiều số trong một ô: ô đó không được tính, chỉ vậy thôi',
      en: 'a word where a figure belongs (“Nhập siêu”, “Hoàn thành”), or several figures in one cell (two sub-indicators on two lines): it is not computed, and that is all',
    },
    group: { vi: '{n} ô không phải một con số', en: '{n} cells that are not one figure' },
  },
  'exceeds-total': {
    severity: 'error',
    title: { vi: 'Vượt tổng mức đầu tư', en: 'Above the total investment' },
    what: {
      vi: 'lũy kế vốn đã bố trí, hoặc lũy kế cộng kế hoạch năm, vượt tổng mức đầu tư; giải ngân vượt kế hoạch vốn năm',
      en: 'cumulative allocation, or allocation plus the year plan, above the total investment; disbursement above the year plan',
    },
  },
  'invalid-date': {
    severity: 'error',
    title: { vi: 'Thời gian không đọc được', en: 'Date does not read' },
    what: {
      vi: 'thời gian bắt đầu hoặc kết thúc không đọc được, hoặc tháng 13',
      en: 'a start or end that reads as no date, or a month 13',
    },
    group: { vi: '{n} thời gian không đọc được', en: '{n} dates that do not read' },
  },
  'date-order': {
    severity: 'error',
    title: { vi: 'Kết thúc trước bắt đầu', en: 'End before start' },
    what: {
      vi: 'thời gian kết thúc trước thời gian bắt đầu',
      en: 'an end before its start',
    },
  },
  'outside-period': {
    severity: 'warning',
    title: { vi: 'Ngoài giai đoạn', en: 'Outside the period' },
    what: {
      vi: 'thời gian của nhiệm vụ nằm ngoài giai đoạn mà tiêu đề ghi (“giai đoạn 2021-2025”)',
      en: 'a task date outside the plan period the title names (“giai đoạn 2021-2025”)',
    },
  },
  'missing-value': {
    severity: 'warning',
    title: { vi: 'Còn thiếu', en: 'Missing' },
    what: {
      vi: 'chỉ tiêu chưa có đơn vị tính, nhiệm vụ chưa có đơn vị chủ trì hoặc thời gian, dự án chưa có tổng mức đầu tư',
      en: 'an indicator without a unit, a task without an owner or dates, a project without a total',
    },
    group: { vi: '{n} ô còn thiếu', en: '{n} cells missing' },
  },
  'duplicate-number': {
    severity: 'warning',
    title: { vi: 'Số thứ tự lặp lại', en: 'Repeated number' },
    what: {
      vi: 'cùng một STT hai lần ở một cấp',
      en: 'the same TT twice at one level',
    },
    group: { vi: '{n} số thứ tự lặp lại', en: '{n} repeated numbers' },
  },
  'value-not-formula': {
    severity: 'info',
    title: { vi: 'Giá trị thay cho công thức', en: 'Value instead of a formula' },
    what: {
      vi: 'ô tính toán ghi giá trị vì một đầu vào là chữ, hoặc vì chỉ tiêu là một ngưỡng (“Dưới 4”) mà công thức thường sẽ đọc sai',
      en: 'a computed cell holds a value because an input is text, or because the target is a bound (“Dưới 4”) that a plain formula would misread',
    },
    group: { vi: '{n} ô tính ra giá trị thay vì công thức', en: '{n} cells computed as values, not formulas' },
  },
  'not-computed': {
    severity: 'info',
    title: { vi: 'Không tính được', en: 'Not computed' },
    what: {
      vi: 'ô tính toán để trống vì một đầu vào không phải số (chữ, một từ, nhiều số trong một ô): ô đó được chỉ ra, không có gì được bịa ra',
      en: 'a computed cell left empty because an input is not a figure (text, a word, several figures in one cell): the cell is named and nothing is made up',
    },
    group: { vi: '{n} ô không tính được', en: '{n} cells not computed' },
  },
  'far-cell': {
    severity: 'info',
    title: { vi: 'Ô nằm xa bảng', en: 'Cell far from the tables' },
    what: {
      vi: 'một ô lẻ nằm xa các bảng (như một ghi chú ở cột XFD): không được đọc cùng trang tính, để khỏi đọc hàng triệu ô trống ở giữa',
      en: 'a lone cell far from the tables (a note in column XFD): it is not read with the sheet, so that millions of empty cells between are not read either',
    },
  },
  'prose-sum-mismatch': {
    severity: 'error',
    title: { vi: 'Đoạn văn: tổng không khớp', en: 'Prose: total does not add up' },
    what: {
      vi: 'trong đoạn văn (`chitieu prose`), một tổng và các phần của nó sau “trong đó”, “gồm”, “chia ra” hoặc trong danh sách gạch đầu dòng dưới nó, cùng đơn vị, cộng lại khác tổng: lớn hơn tổng, hoặc nhỏ hơn khi câu nói đó là đủ các phần (“tổng …”, “gồm”)',
      en: 'in prose (`chitieu prose`), a total and its parts of the same unit after “trong đó”, “gồm”, “chia ra” or in the bullet list under it that do not add up: more than the total, or less when the sentence says the parts are all (“tổng …”, “gồm”); one part, two totals of the unit, or an approximate figure say nothing',
    },
  },
  'prose-ratio-mismatch': {
    severity: 'error',
    title: { vi: 'Đoạn văn: tỷ lệ không khớp', en: 'Prose: percentage does not match' },
    what: {
      vi: 'trong đoạn văn, một tỷ lệ không suy ra được từ các số nó dựa vào: “a/b ~ P%”, “đạt X, bằng P% so với năm Y” khi văn bản cho số của năm Y (hoặc “so với B”), “tăng P%” tương tự, một dòng “chỉ tiêu | kết quả | P%”',
      en: 'in prose, a percentage that does not follow from the figures it rests on: “a/b ~ P%”, “đạt X, bằng P% so với năm Y” when the text gives year Y’s figure (or “so với B”), “tăng P%” the same way, a row “target | result | P%” pasted as text (a target exceeded may read 100%)',
    },
  },
  'prose-change-mismatch': {
    severity: 'error',
    title: { vi: 'Đoạn văn: bằng/tăng nhầm', en: 'Prose: ratio and rise mixed up' },
    what: {
      vi: 'trong đoạn văn, “bằng x%” cạnh “tăng y%” của cùng một cặp số mà y khác x − 100; “bằng” ghi mức tăng hoặc “tăng” ghi tỷ lệ; “tăng” khi số đã giảm (hoặc “giảm” khi số đã tăng); mức tăng bằng số không khớp hai số',
      en: 'in prose, “bằng x%” beside “tăng y%” for one pair where y is not x − 100; a “bằng” that gives the rise or a “tăng” that gives the ratio; “tăng” for a value that fell (or “giảm” for one that rose); an amount of change that does not follow from the two figures',
    },
  },
  'prose-table-mismatch': {
    severity: 'error',
    title: { vi: 'Đoạn văn: khác số liệu của bảng', en: 'Prose: not the table’s figure' },
    what: {
      vi: 'trong đoạn văn kiểm tra cùng bảng tính (`chitieu prose --against`, hoặc trong ngăn tác vụ cùng trang đã kiểm tra), một câu nêu đủ tên chỉ tiêu của bảng, năm và một số cùng đơn vị mà khác số của bảng cho chỉ tiêu và năm đó (ước thực hiện hoặc thực hiện; kế hoạch khi câu nói “kế hoạch”); khác trong phạm vi làm tròn thì coi là khớp',
      en: 'in prose checked against a workbook (`chitieu prose --against`, or in the pane against the checked sheet), a sentence that names a table’s indicator by its whole name, a year and a figure of its unit that is not the table’s figure for that indicator and year (the estimate or actual; the plan when the sentence says “kế hoạch”); a difference within rounding agrees',
    },
  },
} satisfies Record<string, CodeInfo>;

export type IssueCode = keyof typeof ISSUE_CODES;

export const CODE_LIST = Object.keys(ISSUE_CODES) as IssueCode[];

export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(ISSUE_CODES, code);
}

/** What the catalog says of a code (undefined for a code it does not know). */
export function codeInfo(code: string): CodeInfo | undefined {
  return isIssueCode(code) ? (ISSUE_CODES as Record<IssueCode, CodeInfo>)[code] : undefined;
}

/** The README's table of codes, in one language, made from the catalog. */
export function codesTable(lang: Lang = 'en'): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|');
  const head = lang === 'vi' ? '| mã | mức | nghĩa là |' : '| code | severity | what |';
  const rows = CODE_LIST.map((c) => `| \`${c}\` | ${ISSUE_CODES[c].severity} | ${cell(ISSUE_CODES[c].what[lang])} |`);
  return [head, '|---|---|---|', ...rows].join('\n');
}
