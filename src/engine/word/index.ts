/** A recognised table to Word: its document (model.ts), page and widths (layout.ts), and the clipboard's HTML and text (html.ts). */
export * from './model';
export * from './layout';
export * from './html';
export { escapeHtml, htmlText } from './markup';
