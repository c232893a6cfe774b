/**
 * The pieces of the HTML that Word and LibreOffice Writer paste as a table
 * (shared by the appendix and the table export): escaped text that keeps
 * its blanks and line breaks, widths in points (Word honours them) and
 * pixels (for the width attributes), and a bordered cell with its
 * paragraph styled inline. Nothing here parses markup: cell text is only
 * ever escaped.
 */

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Text for a paste into Word: escaped; a run of two or more spaces (the
 * blanks of "Kế hoạch số     /KH-…" left for the number) as as many no-break
 * spaces, since Word collapses spaces in pasted HTML but keeps &nbsp;; a
 * line break typed in a cell as <br>.
 */
export function htmlText(s: string): string {
  return escapeHtml(s)
    .replace(/ {2,}/g, (run) => '&nbsp;'.repeat(run.length))
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Twips as points, as Word writes them ("728.5pt"). */
export const pt = (twips: number) => `${Number((twips / 20).toFixed(2))}pt`;
/** Twips as whole CSS pixels (15 twips a pixel), rounded down, for the width attributes. */
export const px = (twips: number) => Math.floor(twips / 15);
/** Line spacing 1.15, as the .docx has it: the marks stacked on Vietnamese capitals do not touch the line above. */
export const LINE = 'line-height:115%';

export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** A font as inline CSS: "font-family:'Times New Roman',serif;font-size:13pt". */
export const cssFont = (family: string, sizePt: number) => `font-family:'${family}',serif;font-size:${sizePt}pt`;

/** A cell's padding as CSS, from its margins in twips. */
export const paddingCss = (m: { top: number; right: number; bottom: number; left: number }) =>
  `padding:${pt(m.top)} ${pt(m.right)} ${pt(m.bottom)} ${pt(m.left)}`;

export interface HtmlCellOptions {
  /** The paragraph's font (cssFont). */
  font: string;
  /** The cell's padding (CSS). */
  padding: string;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  italic?: boolean;
  /** Columns and rows it spans. */
  span?: number;
  rows?: number;
  /** A background colour ("#BFBFBF"). */
  fill?: string;
}

/** A bordered table cell of a width (twips), its text in one paragraph styled inline. */
export function cellHtml(tag: 'td' | 'th', width: number, text: string, o: HtmlCellOptions): string {
  return (
    `<${tag}${o.span && o.span > 1 ? ` colspan="${o.span}"` : ''}${o.rows && o.rows > 1 ? ` rowspan="${o.rows}"` : ''} width="${px(width)}" ` +
    `style="width:${pt(width)};border:1px solid #000;${o.padding};vertical-align:middle${o.fill ? `;background:${o.fill}` : ''}">` +
    `<p style="margin:0;text-align:${o.align ?? 'left'};${LINE};${o.font}${o.bold ? ';font-weight:bold' : ''}${o.italic ? ';font-style:italic' : ''}">` +
    `${htmlText(text)}</p></${tag}>`
  );
}

/** A centred paragraph of the title block. */
export function titleHtml(text: string, font: string, style: string, align: 'left' | 'center' | 'right' = 'center'): string {
  return `<p style="margin:0;text-align:${align};${LINE};${font};${style}">${htmlText(text)}</p>`;
}

/** The opening of a fixed-layout bordered table of a width (twips), with its columns. */
export function tableOpenHtml(widths: number[], font: string): string {
  const total = sum(widths);
  const cols = widths.map((w) => `<col width="${px(w)}" style="width:${pt(w)}">`).join('');
  return (
    `<table border="1" cellspacing="0" cellpadding="0" width="${px(total)}" style="width:${pt(total)};table-layout:fixed;mso-table-layout-alt:fixed;border-collapse:collapse;${font}">` +
    `<colgroup>${cols}</colgroup>`
  );
}
