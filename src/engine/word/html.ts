/**
 * A table's document for the clipboard: HTML that Word and LibreOffice
 * Writer paste as the table Decree 30 asks for — Times New Roman (the title
 * block in 13 pt, the table in 13 or 12 pt), a bold centred header in a
 * <thead> (Word repeats it on every page), thin borders on every cell, the
 * widths of the .docx (layout.ts) on a fixed layout, text wrapped, line
 * spacing 1.15, figures on the right as Excel shows them — and a
 * tab-separated plain text for everything else. The page's orientation is
 * the document's own when pasting; the HTML asks for landscape (@page) for
 * a program that opens it as a file.
 */
import { CELL_MARGINS } from '../appendix/layout';
import { BODY_SIZE, FONT } from '../appendix/sheet';
import { cellHtml, cssFont, paddingCss, sum, tableOpenHtml, titleHtml } from './markup';
import type { DocRow, TableDoc } from './model';

export function tableDocHtml(d: TableDoc): string {
  const font = cssFont(FONT, d.fontSize);
  const titleFont = cssFont(FONT, BODY_SIZE);
  const padding = paddingCss(CELL_MARGINS);
  const row = (r: DocRow, tag: 'td' | 'th') =>
    `<tr style="page-break-inside:avoid">` +
    r.cells
      .map((c) =>
        cellHtml(tag, sum(d.widths.slice(c.col, c.col + c.colSpan)), c.text, {
          font,
          padding,
          align: c.align,
          bold: c.bold,
          italic: c.italic,
          span: c.colSpan,
          rows: c.rowSpan,
        })
      )
      .join('') +
    '</tr>';
  const page = d.landscape ? 'size:841.9pt 595.3pt;mso-page-orientation:landscape' : 'size:595.3pt 841.9pt';
  const title = d.title.map((l) =>
    titleHtml(l.text, titleFont, [l.bold ? 'font-weight:bold' : '', l.italic ? 'font-style:italic' : ''].filter(Boolean).join(';'), l.align)
  );
  return [
    `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{${page};margin:2cm}</style></head><body>`,
    ...title,
    ...(title.length ? [titleHtml('\u00a0', titleFont, '')] : []),
    tableOpenHtml(d.widths, font),
    `<thead>${d.header.map((r) => row(r, 'th')).join('')}</thead>`,
    `<tbody>${d.body.map((r) => row(r, 'td')).join('')}</tbody>`,
    '</table></body></html>',
  ].join('');
}

/** Tab-separated lines: the title block, a blank line, then every row with a cell per column (a span's other columns empty). */
export function tableDocText(d: TableDoc): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ').trim();
  const n = d.widths.length;
  const line = (r: DocRow) => {
    const cells = new Array<string>(n).fill('');
    for (const c of r.cells) cells[c.col] = clean(c.text);
    return cells.join('\t');
  };
  const lines = [...d.title.map((l) => clean(l.text)), ...(d.title.length ? [''] : []), ...d.header.map(line), ...d.body.map(line)];
  return lines.join('\n') + '\n';
}
