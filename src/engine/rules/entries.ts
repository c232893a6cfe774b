/**
 * Number entries: text where a number belongs, numbers typed as text,
 * separators that disagree with the column, approximate values, and Excel
 * error values in input cells.
 */
import { cellAt } from '../grid';
import { readCell } from '../numbers';
import { fold } from '../text';
import { word } from '../messages';
import type { Finding, Rule } from './types';

/**
 * Words a planner writes as the result itself, instead of a figure: an
 * evaluation ("Đạt", "Hoàn thành", "Đang thực hiện"), a trade balance
 * ("Xuất siêu"), "nothing arose". Kept as data, one entry a line.
 */
const WORD_RESULTS = [
  /^(khong |chua |co ban )?(dat|hoan thanh)\b/,
  /^vuot\b/,
  /^dang (thuc hien|trien khai|xay dung|hoan thien)\b/,
  /^chua (thuc hien|trien khai)\b/,
  /^(xuat sieu|nhap sieu|can bang)\b/,
  /^khong (co|phat sinh)\b/,
];

/**
 * 'several' for a cell of two or more lines that each start with a figure
 * ("7,6\n10,4", "1 vững mạnh,\n4 khá"); 'word' for a word result; null otherwise.
 */
function notOneFigure(raw: unknown, style: 'vi' | 'us'): 'several' | 'word' | null {
  if (typeof raw !== 'string') return null;
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length >= 2 && lines.filter((l) => readCell(l, style).kind === 'number').length >= 2) return 'several';
  const f = fold(raw);
  return WORD_RESULTS.some((re) => re.test(f)) ? 'word' : null;
}

export const entriesRule: Rule = {
  codes: ['not-a-number', 'not-one-figure', 'number-as-text', 'ambiguous-number', 'approximate-value'],
  run({ grid, table, show }) {
    const out: Finding[] = [];
    // The kind's numeric columns are those it judged a number style for.
    const inputs = table.columns.filter((c) => table.styles.has(c.col) && !c.owned);
    // Columns whose other numbers are all whole: there "4,907" likely means 4907.
    const wholeColumns = new Map<number, boolean>();
    for (const col of inputs) {
      let whole = 0;
      let fractional = 0;
      for (const row of table.rows) {
        const raw = cellAt(grid, row.row, col.col);
        if (typeof raw === 'number') {
          // A real number (the common case): no need to read it.
          if (Number.isInteger(raw)) whole++;
          else if (Number.isFinite(raw)) fractional++;
          continue;
        }
        const r = table.read(row.row, col.col);
        if (r.kind !== 'number' || r.evidence === 'ambiguous') continue;
        if (Number.isInteger(r.value)) whole++;
        else fractional++;
      }
      wholeColumns.set(col.col, whole >= 2 && fractional === 0);
    }
    // Findings are written field by field (no spread): a column typed as text gives one for each of its cells.
    for (const row of table.rows) {
      if (row.type === 'blank' || row.type === 'label') continue;
      for (const col of inputs) {
        const raw = cellAt(grid, row.row, col.col);
        // A real number or an empty cell is a proper entry: nothing to say.
        if (raw === null || (typeof raw === 'number' && Number.isFinite(raw))) continue;
        const style = table.styles.get(col.col) ?? 'vi';
        const r = table.read(row.row, col.col);
        const column = col.header;
        if (r.kind === 'text' && notOneFigure(raw, style)) {
          // Two figures on two lines, or a word that is the result ("Xuất siêu", "Hoàn thành"): nothing to fix, nothing to compute.
          const several = notOneFigure(raw, style) === 'several';
          out.push({
            row: row.row,
            col: col.col,
            code: 'not-one-figure',
            message: several ? 'several-figures' : 'word-result',
            severity: 'info',
            params: { column, text: r.text },
          });
        } else if (r.kind === 'text' || r.kind === 'boolean') {
          const text = r.kind === 'text' ? r.text : String(r.value);
          out.push({ row: row.row, col: col.col, code: 'not-a-number', message: 'not-a-number', severity: 'error', params: { column, text } });
        } else if (r.kind === 'error') {
          out.push({ row: row.row, col: col.col, code: 'not-a-number', message: 'error-value', severity: 'error', params: { column, text: r.text } });
        } else if (r.kind === 'number' && r.fromText) {
          const text = String(raw);
          const foreign = r.evidence !== 'none' && r.evidence !== 'ambiguous' && r.evidence !== style;
          const oddInWholeColumn = r.evidence === 'ambiguous' && wholeColumns.get(col.col) === true && !Number.isInteger(r.value);
          if (foreign || oddInWholeColumn) {
            // "2.9" among "2,41"; "4,907" among whole numbers.
            const meant = oddInWholeColumn ? r.otherValue! : r.value;
            out.push({
              row: row.row,
              col: col.col,
              code: 'ambiguous-number',
              message: 'ambiguous-number',
              severity: 'warning',
              params: { text, style: word(style === 'vi' ? 'style-vi' : 'style-us'), other: show(meant, style) },
              fix: meant,
            });
          } else if (r.qualifier || r.trailing) {
            out.push({
              row: row.row,
              col: col.col,
              code: 'approximate-value',
              message: 'approximate-value',
              severity: 'info',
              params: { text, value: show(r.value, style) },
            });
          } else if (r.shape === 'plain') {
            out.push({
              row: row.row,
              col: col.col,
              code: 'number-as-text',
              message: 'number-as-text',
              severity: 'info',
              params: { text, fixed: show(r.value, style) },
              fix: r.value,
            });
          }
        }
      }
    }
    return out;
  },
};
