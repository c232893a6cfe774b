/**
 * What the appendix panel needs besides the screen: dates as a small
 * picker (kind, month or quarter, year) and back, cell addresses for
 * "Tại ô…", the owning units already in the list, and the two ways out of
 * Excel: rich text on the clipboard for Word, and a .docx download. No
 * markup is ever parsed: the HTML only goes to the clipboard as data.
 */
import type { CellValue } from '../engine/grid';
import { formatSpan, readPeriod } from '../engine/periods';
import { fold } from '../engine/text';

/** How a date is entered in the form. */
export type DateKind = 'month' | 'quarter' | 'text';

export interface DateDraft {
  kind: DateKind;
  /** 1..12 */
  month: number;
  /** 1..4 */
  quarter: number;
  /** As typed in the year box. */
  year: string;
  /** The free text of the "Khác" kind. */
  text: string;
}

export const QUARTERS = ['I', 'II', 'III', 'IV'];

/** The text a draft stands for: "Tháng 1/2021", "Quý II/2021", or the free text. */
export function dateDraftText(d: DateDraft): string {
  const year = d.year.trim();
  switch (d.kind) {
    case 'month':
      return `Tháng ${d.month}/${year}`;
    case 'quarter':
      return `Quý ${QUARTERS[d.quarter - 1] ?? d.quarter}/${year}`;
    default:
      return d.text.trim();
  }
}

/** A year the engine reads (1900–2100). */
export function isYear(s: string): boolean {
  return /^\d{4}$/.test(s.trim()) && Number(s) >= 1900 && Number(s) <= 2100;
}

/** A date value as the list shows it: text as typed, a serial date as a date, nothing as "". */
export function dateValueText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v.trim();
  const p = readPeriod(v);
  return p.kind === 'span' ? formatSpan(p) : String(v);
}

/** Whether a date value is neither empty nor readable (a schedule such as "Thường xuyên" reads). */
export function isUnreadableDate(v: CellValue): boolean {
  return readPeriod(v).kind === 'invalid';
}

/** The draft for a value: a month or a quarter fills the picker; anything else goes to the free text. */
export function dateDraftOf(v: CellValue, fallback: { month: number; year: number }): DateDraft {
  const base: DateDraft = { kind: 'month', month: fallback.month, quarter: Math.ceil(fallback.month / 3), year: String(fallback.year), text: '' };
  const p = readPeriod(v);
  if (p.kind === 'span' && (p.precision === 'month' || p.precision === 'quarter')) {
    const first = new Date(p.first * 86400000);
    const y = first.getUTCFullYear();
    const m = first.getUTCMonth() + 1;
    return p.precision === 'month'
      ? { ...base, kind: 'month', month: m, quarter: Math.ceil(m / 3), year: String(y) }
      : { ...base, kind: 'quarter', month: m, quarter: Math.ceil(m / 3), year: String(y) };
  }
  if (p.kind === 'empty') return { ...base, kind: 'text', text: '' };
  return { ...base, kind: 'text', text: dateValueText(v) };
}

export function sameDraft(a: DateDraft, b: DateDraft): boolean {
  return dateDraftText(a) === dateDraftText(b);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "b3", "$B$3" → "B3"; null when it is not one cell of a worksheet. */
export function normalizeCell(s: string): string | null {
  const m = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*$/.exec(s);
  if (!m) return null;
  const col = columnNumber(m[1]);
  const row = Number(m[2]);
  if (col < 1 || col > 16384 || row < 1 || row > 1048576) return null;
  return `${m[1].toUpperCase()}${row}`;
}

/** The owning units of a list, each once (ignoring case and diacritics' forms), in order. */
export function ownersOf(owners: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const o of owners) {
    const name = o.trim();
    const key = fold(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/** How the text reached the clipboard. */
export type CopyVia = 'clipboard' | 'event';

/** The clipboard refused both ways. */
export class CopyError extends Error {
  constructor(readonly cause?: unknown) {
    super(cause instanceof Error ? cause.message : 'The clipboard is not available.');
    this.name = 'CopyError';
  }
}

/** A copy through a one-off `copy` listener and execCommand (older webviews, or a refused Clipboard API). */
function copyThroughEvent(html: string, text: string, doc: Document): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  let written = false;
  const onCopy = (e: Event) => {
    const data = (e as ClipboardEvent).clipboardData;
    if (!data) return;
    data.setData('text/html', html);
    data.setData('text/plain', text);
    e.preventDefault();
    written = true;
  };
  doc.addEventListener('copy', onCopy);
  try {
    return doc.execCommand('copy') && written;
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy);
  }
}

/**
 * Put HTML and plain text on the clipboard: the async Clipboard API with one
 * ClipboardItem of both types, else a `copy` event. Throws CopyError when
 * neither works.
 */
export async function copyRich(html: string, text: string, doc: Document = document): Promise<CopyVia> {
  const nav = typeof navigator !== 'undefined' ? navigator : undefined;
  const clipboard = nav?.clipboard as Clipboard | undefined;
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  let refused: unknown;
  if (clipboard && typeof clipboard.write === 'function' && typeof Item === 'function') {
    try {
      await clipboard.write([
        new Item({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'clipboard';
    } catch (err) {
      refused = err;
    }
  }
  if (copyThroughEvent(html, text, doc)) return 'event';
  throw new CopyError(refused);
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const DOCX_NAME = 'Phu-luc.docx';
/** The object URL is let go a moment after the click (some browsers still read it then). */
export const REVOKE_DELAY_MS = 1000;

/**
 * Save bytes, or text (written as UTF-8), as a file: an object URL on a
 * temporary <a download>, clicked, then revoked.
 */
export function saveFile(content: Uint8Array | string, name: string, mime: string, doc: Document = document): void {
  if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') {
    throw new Error('This browser cannot save files (no URL.createObjectURL).');
  }
  // Bytes as a copy on its own ArrayBuffer: what Blob takes, whatever buffer they sit on.
  const blob = new Blob([typeof content === 'string' ? content : content.slice()], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => {
      if (typeof URL.revokeObjectURL === 'function') URL.revokeObjectURL(url);
    }, REVOKE_DELAY_MS);
  }
}
