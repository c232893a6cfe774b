/**
 * Number entries: text where a number belongs, numbers typed as text,
 * separators that disagree with the column, approximate values, and Excel
 * error values in input cells.
 */
import { cellAt } from '../grid';
import { readCell } from '../numbers';
import { STYLE_NAMES } from '../../i18n/messages';
import type { Finding, Rule } from './types';

export const entriesRule: Rule = {
  codes: ['not-a-number', 'number-as-text', 'ambiguous-number', 'approximate-value'],
  run({ grid, table, lang, show }) {
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
    for (const row of table.rows) {
      if (row.type === 'blank' || row.type === 'label') continue;
      for (const col of inputs) {
        const raw = cellAt(grid, row.row, col.col);
        // A real number or an empty cell is a proper entry: nothing to say.
        if (raw === null || (typeof raw === 'number' && Number.isFinite(raw))) continue;
        const style = table.styles.get(col.col) ?? 'vi';
        const r = table.read(row.row, col.col);
        const at = { row: row.row, col: col.col };
        const column = col.header;
        if (r.kind === 'text' || r.kind === 'boolean') {
          const text = r.kind === 'text' ? r.text : String(r.value);
          out.push({ ...at, code: 'not-a-number', message: 'not-a-number', severity: 'error', params: { column, text } });
        } else if (r.kind === 'error') {
          out.push({ ...at, code: 'not-a-number', message: 'error-value', severity: 'error', params: { column, text: r.text } });
        } else if (r.kind === 'number' && r.fromText) {
          const text = String(raw);
          const foreign = r.evidence !== 'none' && r.evidence !== 'ambiguous' && r.evidence !== style;
          const oddInWholeColumn = r.evidence === 'ambiguous' && wholeColumns.get(col.col) === true && !Number.isInteger(r.value);
          if (foreign || oddInWholeColumn) {
            // "2.9" among "2,41"; "4,907" among whole numbers.
            const meant = oddInWholeColumn ? r.otherValue! : r.value;
            out.push({
              ...at,
              code: 'ambiguous-number',
              message: 'ambiguous-number',
              severity: 'warning',
              params: { text, style: STYLE_NAMES[lang][style], other: show(meant, style) },
              fix: meant,
            });
          } else if (r.qualifier || r.trailing) {
            out.push({ ...at, code: 'approximate-value', message: 'approximate-value', severity: 'info', params: { text, value: show(r.value, style) } });
          } else if (r.shape === 'plain') {
            out.push({ ...at, code: 'number-as-text', message: 'number-as-text', severity: 'info', params: { text, fixed: show(r.value, style) }, fix: r.value });
          }
        }
      }
    }
    return out;
  },
};
