/** What every check reads: the text, its folded form, its layout and the figures of each sentence. */
import type { Folded } from './folded';
import { foldMapped } from './folded';
import type { Read } from './figures';
import { readFigures } from './figures';
import { layout } from './split';
import type { Checked, Figure, Layout, ProseIssue, Span } from './types';

export interface Context {
  original: string;
  folded: Folded;
  layout: Layout;
  /** Figures and years of each sentence, by sentence index. */
  read: Read[];
  /** Every statement a check judged, right or wrong (what silence covers). */
  checked: Checked[];
}

export type Check = (ctx: Context) => ProseIssue[];

export function contextOf(original: string): Context {
  const folded = foldMapped(original);
  const l = layout(original);
  const read = l.sentences.map((s) => readFigures(original, folded, folded.to[s.span[0]], folded.to[s.span[1]]));
  return { original, folded, layout: l, read, checked: [] };
}

/** Folded [a, b) of an original span. */
export function foldedSpan(ctx: Context, span: Span): [number, number] {
  return [ctx.folded.to[span[0]], ctx.folded.to[span[1]]];
}

/** The folded text of an original span. */
export function foldedText(ctx: Context, span: Span): string {
  const [a, b] = foldedSpan(ctx, span);
  return ctx.folded.text.slice(a, b);
}

/** Folded text between two original positions (empty when b <= a). */
export function between(ctx: Context, a: number, b: number): string {
  return b > a ? foldedText(ctx, [a, b]) : '';
}

/** The figures whose sentences lie within an original span, in order. */
export function figuresWithin(ctx: Context, span: Span): Figure[] {
  const out: Figure[] = [];
  for (const s of ctx.layout.sentences) {
    if (s.span[0] >= span[0] && s.span[1] <= span[1]) out.push(...ctx.read[s.index].figures);
  }
  return out;
}

/** The sentence holding an original position. */
export function sentenceAt(ctx: Context, pos: number): number {
  const s = ctx.layout.sentences.find((x) => x.span[0] <= pos && pos < x.span[1]);
  return s ? s.index : 0;
}

/** The text of an original span, on one line (for quoting in a message). */
export function quote(ctx: Context, span: Span): string {
  return ctx.original.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
}

/** Half a unit of the last decimal shown. */
export function half(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** Round for showing and for the report. */
export function round(x: number, decimals: number): number {
  const k = 10 ** decimals;
  return Math.round(x * k) / k;
}
