/**
 * The appendix for the clipboard: HTML that Word and LibreOffice Writer
 * paste as a bordered table in Times New Roman, with the bold centred
 * header, the column widths and the title block centred above, and a
 * tab-separated plain text for everything else. Cell text is escaped: it
 * is shown as text, never as markup.
 */
import type { AppendixModel, DateCell } from './model';
import { BODY_SIZE, FONT, TIMELINE_FILL } from './sheet';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function dateText(c: DateCell): string {
  return c.kind === 'empty' ? '' : c.text;
}

/** Usable width of A4 landscape with 2 cm margins, in points. */
const USABLE_PT = 728;

/** Column widths in points: a character of Times New Roman 13 pt is about 6.5 pt, scaled to fit the page. */
function pointWidths(widths: number[]): number[] {
  const raw = widths.map((w) => w * 6.5);
  const total = raw.reduce((a, b) => a + b, 0);
  const k = total > USABLE_PT ? USABLE_PT / total : 1;
  return raw.map((w) => Math.round(w * k));
}

export function appendixHtml(m: AppendixModel): string {
  const font = `font-family:'${FONT}',serif;font-size:${BODY_SIZE}pt`;
  const cell = `border:1px solid #000;padding:2pt 4pt;vertical-align:middle;${font}`;
  const p = (text: string, style: string) => `<p style="margin:0;text-align:center;${font};${style}">${escapeHtml(text)}</p>`;
  const widths = pointWidths(m.widths)
    .map((w) => `<col style="width:${w}pt" width="${Math.round(w * (96 / 72))}">`)
    .join('');
  // Quarter labels ("I/2021") are set small so they fit their narrow columns.
  const head = [
    ...m.header.map((h) => `<th style="${cell};font-weight:bold;text-align:center">${escapeHtml(h)}</th>`),
    ...m.quarters.map((q) => `<th style="${cell};font-weight:bold;text-align:center;font-size:8pt;padding:1pt">${escapeHtml(q)}</th>`),
  ].join('');
  const body = m.rows
    .map((r) => {
      if (r.type === 'group') {
        return `<tr><td style="${cell};text-align:center;font-weight:bold">${escapeHtml(r.number)}</td><td colspan="5" style="${cell};font-weight:bold">${escapeHtml(r.task)}</td>${m.quarters.map(() => `<td style="${cell}"></td>`).join('')}</tr>`;
      }
      const q = m.quarters.map((_, i) => {
        const on = r.quarters && i >= r.quarters[0] && i <= r.quarters[1];
        return `<td style="${cell}${on ? `;background:${TIMELINE_FILL}` : ''}"></td>`;
      });
      const tds = [
        `<td style="${cell};text-align:center">${escapeHtml(r.number)}</td>`,
        `<td style="${cell}">${escapeHtml(r.task)}</td>`,
        `<td style="${cell};text-align:center">${escapeHtml(dateText(r.start))}</td>`,
        `<td style="${cell};text-align:center">${escapeHtml(dateText(r.end))}</td>`,
        `<td style="${cell}">${escapeHtml(r.owner)}</td>`,
        `<td style="${cell}">${escapeHtml(r.note)}</td>`,
      ];
      return `<tr>${tds.join('')}${q.join('')}</tr>`;
    })
    .join('');
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>',
    p('PHỤ LỤC', 'font-weight:bold'),
    p(m.title, 'font-weight:bold'),
    p(m.subtitle, 'font-style:italic'),
    p('————————', ''),
    `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;${font}">`,
    `<colgroup>${widths}</colgroup>`,
    `<thead><tr>${head}</tr></thead>`,
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
