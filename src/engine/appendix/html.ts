/**
 * The appendix for the clipboard: HTML that Word and LibreOffice Writer
 * paste as a bordered table in Times New Roman 13 pt, with the bold centred
 * header (a <thead>, which Word repeats on each page; with a timeline, each
 * year over its quarters on a second row), the column widths of the .docx
 * (layout.ts: a fixed layout, adding up to the A4 landscape text width,
 * given on the table, every column and every cell in points, which Word
 * honours), line spacing 1.15, the timeline shaded as in the sheet, and the
 * title block centred above; and a tab-separated plain text for everything
 * else. Cell text is escaped: it is shown as text, never as markup.
 */
import type { AppendixModel } from './model';
import { dateText } from './model';
import { CELL_MARGINS, fitColumns } from './layout';
import { BODY_SIZE, FONT, TIMELINE_FILL } from './sheet';
import { cellHtml, cssFont, paddingCss, pt, sum, tableOpenHtml, titleHtml } from '../word/markup';

export { escapeHtml, htmlText } from '../word/markup';

/**
 * The timeline's header in the HTML: the year over its four quarters ("2021"
 * above "I II III IV"), small. Set level, "III" fits a quarter's narrow
 * column in any program; a one-row "III/2021" would need turning upwards,
 * which only Word's own styles ask for, and a program that does not turn it
 * widens the column to hold it and squeezes the task column.
 */
const QUARTER_LABEL_PT = 8;

export function appendixHtml(m: AppendixModel): string {
  const font = cssFont(FONT, BODY_SIZE);
  const tw = fitColumns(m);
  const padding = paddingCss(CELL_MARGINS);
  const p = (text: string, style: string) => titleHtml(text, font, style);
  const td = (
    tag: 'td' | 'th',
    width: number,
    text: string,
    o: { center?: boolean; bold?: boolean; fill?: boolean; span?: number; rows?: number; small?: boolean } = {}
  ) =>
    cellHtml(tag, width, text, {
      font: o.small ? cssFont(FONT, QUARTER_LABEL_PT) : font,
      padding: o.small ? `padding:${pt(20)} 0` : padding,
      align: o.center ? 'center' : 'left',
      bold: o.bold,
      span: o.span,
      rows: o.rows,
      fill: o.fill ? TIMELINE_FILL : undefined,
    });
  const q0 = m.header.length;
  const timeline = (on: (i: number) => boolean) => m.quarters.map((_, i) => td('td', tw[q0 + i], '', { fill: on(i) })).join('');
  // With a timeline: two header rows, the six headers over both, each year over its quarters.
  const rows = m.quarters.length ? 2 : undefined;
  const years: { year: string; from: number; n: number }[] = [];
  m.quarters.forEach((q, i) => {
    const year = q.slice(q.indexOf('/') + 1);
    const last = years[years.length - 1];
    if (last && last.year === year) last.n++;
    else years.push({ year, from: i, n: 1 });
  });
  const head = [
    m.header.map((h, i) => td('th', tw[i], h, { center: true, bold: true, rows })).join('') +
      years.map((y) => td('th', sum(tw.slice(q0 + y.from, q0 + y.from + y.n)), y.year, { center: true, bold: true, small: true, span: y.n })).join(''),
    ...(rows ? [m.quarters.map((q, i) => td('th', tw[q0 + i], q.slice(0, q.indexOf('/')), { center: true, bold: true, small: true })).join('')] : []),
  ];
  const body = m.rows
    .map((r) => {
      if (r.type === 'group') {
        const span = sum(tw.slice(1, 6));
        return `<tr>${td('td', tw[0], r.number, { center: true, bold: true })}${td('td', span, r.task, { bold: true, span: 5 })}${timeline(() => false)}</tr>`;
      }
      const on = (i: number) => !!r.quarters && i >= r.quarters[0] && i <= r.quarters[1];
      const cells = [
        td('td', tw[0], r.number, { center: true }),
        td('td', tw[1], r.task),
        td('td', tw[2], dateText(r.start), { center: true }),
        td('td', tw[3], dateText(r.end), { center: true }),
        td('td', tw[4], r.owner),
        td('td', tw[5], r.note),
      ];
      return `<tr>${cells.join('')}${timeline(on)}</tr>`;
    })
    .join('');
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>',
    p('PHỤ LỤC', 'font-weight:bold'),
    p(m.title, 'font-weight:bold'),
    p(m.subtitle, 'font-style:italic'),
    p('————————', ''),
    tableOpenHtml(tw, font),
    `<thead>${head.map((h) => `<tr>${h}</tr>`).join('')}</thead>`,
    `<tbody>${body}</tbody>`,
    '</table></body></html>',
  ].join('');
}

/** Tab-separated lines, for a plain-text paste. */
export function appendixText(m: AppendixModel): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const lines = ['PHỤ LỤC', m.title, m.subtitle, '', [...m.header].join('\t')];
  for (const r of m.rows) {
    lines.push(
      r.type === 'group' ? `${r.number}\t${clean(r.task)}` : [r.number, r.task, dateText(r.start), dateText(r.end), r.owner, r.note].map(clean).join('\t')
    );
  }
  return lines.join('\n') + '\n';
}
