/**
 * A total and its breakdown: "10 dự án, trong đó: … 04 dự án … 01 dự án";
 * "tổng mức đầu tư 25.652 triệu đồng trong đó ngân sách tỉnh … ngân sách
 * Trung ương …"; "2.883 trạm (gồm: 1.084 trạm …, 1.108 trạm … và 691
 * trạm …)"; a heading "…: 10 dự án trong đó:" and its bullets. Only parts
 * of the same unit as the total count. Parts above the total are a slip;
 * parts below it only when the breakdown says it is whole (a "tổng", a
 * "gồm", a "chia ra"), since "trong đó" may name only some. Silent when
 * unsure: one part, two totals of the unit before it, an approximate
 * figure, a bullet with two figures of the unit, or parts of which a first
 * run already makes the total (two breakdowns of one total).
 */
import { num } from '../messages';
import type { Check, Context } from './context';
import { foldedSpan, foldedText, half, sentenceAt } from './context';
import { isAdditive, sameThing } from './figures';
import type { Figure, ProseIssue } from './types';

/** Words that open a breakdown (folded); the first group may list only some parts. */
const MARKER = /(?:^|[^a-z])(trong do|bao gom|gom co|gom|chia ra|cu the(?! hoa))(?![a-z])/g;
const WHOLE_MARKER = /^(?:bao gom|gom co|gom|chia ra|cu the)$/;

/** Words before a figure that make it no part: each, compared with, a change, an average. */
const NOT_A_PART = /(?:\bmoi|\bso voi|\bso|\btang|\bgiam|\bbinh quan|\btrung binh|\bthem)\s*(?:(?:khoang|gan|hon|tren|duoi|la|dat|co)\s*)*$/;

/** Units whose figures are rounded (money, lengths, weights): parts may miss the total by their rounding. */
const ROUNDED = /\b(?:dong|ty|trieu|nghin|ngan|usd|km|m|ha|tan|kg|m2|m3|kwh|lit)\b/;

interface Breakdown {
  total: Figure;
  parts: Figure[];
  /** The breakdown says it names every part. */
  whole: boolean;
}

export const sumsCheck: Check = (ctx) => {
  const out: ProseIssue[] = [];
  for (const s of ctx.layout.sentences) for (const b of sentenceBreakdowns(ctx, s.index)) judge(ctx, b, out);
  for (const l of ctx.layout.lists) {
    const b = listBreakdown(ctx, l.sentence, l.items);
    if (b) judge(ctx, b, out);
  }
  return out;
};

/** The breakdowns opened inside one sentence ("… 1.869.673 thuê bao …; trong đó, …"; "Trong đó, …" after the total's sentence). */
function sentenceBreakdowns(ctx: Context, index: number): Breakdown[] {
  const sentence = ctx.layout.sentences[index];
  const [a, b] = foldedSpan(ctx, sentence.span);
  const text = ctx.folded.text;
  const figures = ctx.read[index].figures;
  const markers: { at: number; end: number; word: string }[] = [];
  MARKER.lastIndex = Math.max(0, a - 1);
  let m: RegExpExecArray | null;
  while ((m = MARKER.exec(text)) && m.index < b) {
    const at = m.index + m[0].indexOf(m[1]);
    markers.push({ at, end: at + m[1].length, word: m[1] });
  }
  const out: Breakdown[] = [];
  markers.forEach((mk, k) => {
    const depth = parenDepth(text, a, mk.at);
    // The breakdown runs to its closing parenthesis, the next marker or the sentence's end.
    let end = depth > 0 ? closing(text, mk.end, b) : b;
    if (k + 1 < markers.length) end = Math.min(end, markers[k + 1].at);
    const parts = figures.filter((f) => {
      const at = ctx.folded.to[f.span[0]];
      return at > mk.end && at < end && isAdditive(f) && !NOT_A_PART.test(text.slice(Math.max(a, at - 24), at));
    });
    // The total: before the marker, in this sentence (inside a parenthesis: right before it), or in the sentence before when the marker opens this one.
    let anchor: Figure[];
    let anchorText: string;
    const from = depth > 0 ? a : k > 0 ? markers[k - 1].end : a;
    if (/^[\s\-–+:,.(]*$/.test(text.slice(a, mk.at)) && index > 0 && ctx.layout.sentences[index - 1].paragraph === sentence.paragraph) {
      anchor = ctx.read[index - 1].figures;
      anchorText = foldedText(ctx, ctx.layout.sentences[index - 1].span);
    } else {
      anchor = figures.filter((f) => {
        const at = ctx.folded.to[f.span[0]];
        return at >= from && at < mk.at && (depth === 0 || parenDepth(text, a, at) < depth);
      });
      anchorText = text.slice(from, mk.at);
    }
    const found = pick(anchor, parts);
    if (!found) return;
    out.push({
      total: found.total,
      parts: found.parts,
      whole: WHOLE_MARKER.test(mk.word) || /\btong\b/.test(anchorText) || endsWithRest(text.slice(mk.end, end)),
    });
  });
  // "46 người (trong biên chế là 38 người; hợp đồng là 08 người)": a parenthesis right after a total, of its parts only.
  for (const f of figures) {
    const after = ctx.folded.to[f.span[1]];
    const open = /^[\p{L} ]{0,30}\(/u.exec(text.slice(after, b));
    if (!open || !isAdditive(f)) continue;
    const start = after + open[0].length;
    const end = closing(text, start, b);
    const inside = text.slice(start, end);
    if (/\b(?:so voi|tang|giam|bang|dat|chiem|trong do|gom)\b|%/.test(inside)) continue;
    const parts = figures.filter((p) => {
      const at = ctx.folded.to[p.span[0]];
      return at > start && at < end && isAdditive(p) && sameThing(p.unit, f.unit) && !NOT_A_PART.test(text.slice(Math.max(start, at - 24), at));
    });
    if (parts.length >= 2 && !f.approx) out.push({ total: f, parts, whole: false });
  }
  return out;
}

/** A heading "…: 10 dự án trong đó:" and one figure of the unit in each bullet under it. */
function listBreakdown(ctx: Context, heading: number, items: [number, number][]): Breakdown | null {
  const sentence = ctx.layout.sentences[heading];
  const [a, b] = foldedSpan(ctx, sentence.span);
  const text = ctx.folded.text;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  MARKER.lastIndex = Math.max(0, a - 1);
  while ((m = MARKER.exec(text)) && m.index < b) last = m;
  if (!last || !/^[\s:.,]*$/.test(text.slice(last.index + last[0].length, b))) return null;
  const at = last.index + last[0].indexOf(last[1]);
  const anchor = ctx.read[heading].figures.filter((f) => ctx.folded.to[f.span[0]] < at && isAdditive(f) && !f.approx);
  if (!anchor.length) return null;
  const total = anchor[anchor.length - 1];
  if (anchor.filter((f) => f.unit === total.unit).length > 1) return null;
  const parts: Figure[] = [];
  let missing = false;
  for (const item of items) {
    const own = figuresIn(ctx, item).filter((f) => isAdditive(f) && sameThing(f.unit, total.unit));
    if (own.length > 1) return null;
    if (own.length === 0) missing = true;
    else parts.push(own[0]);
  }
  return { total, parts, whole: !missing && (WHOLE_MARKER.test(last[1]) || /\btong\b/.test(text.slice(a, at))) };
}

function figuresIn(ctx: Context, span: [number, number]): Figure[] {
  const out: Figure[] = [];
  for (const s of ctx.layout.sentences) if (s.span[0] >= span[0] && s.span[1] <= span[1]) out.push(...ctx.read[s.index].figures);
  return out;
}

/** The total among the figures before a marker: the last one of a unit its parts share; none when two figures before it have that unit. */
function pick(anchor: Figure[], candidates: Figure[]): { total: Figure; parts: Figure[] } | null {
  for (let i = anchor.length - 1; i >= 0; i--) {
    const t = anchor[i];
    if (!isAdditive(t)) continue;
    const parts = candidates.filter((p) => sameThing(p.unit, t.unit));
    if (parts.length === 0) continue;
    if (t.approx || anchor.some((o) => o !== t && isAdditive(o) && sameThing(o.unit, t.unit))) return null;
    return { total: t, parts };
  }
  return null;
}

/** "…, còn lại …", "… và các nguồn khác": the parts close with the rest. */
function endsWithRest(s: string): boolean {
  return /\b(?:con lai|khac)\b[^a-z]*(?:\d[^a-z]*)?[a-z ]{0,20}$/.test(s.trim()) && /\b(?:con lai|khac)\b/.test(s);
}

function parenDepth(text: string, a: number, at: number): number {
  let depth = 0;
  for (let i = a; i < at; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
  }
  return depth;
}

function closing(text: string, from: number, b: number): number {
  let depth = 1;
  for (let i = from; i < b; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return b;
}

function judge(ctx: Context, bd: Breakdown, out: ProseIssue[]): void {
  const { total, parts } = bd;
  if (parts.length < 2 || total.approx || parts.some((p) => p.approx)) return;
  const decimals = Math.max(total.decimals, ...parts.map((p) => p.decimals));
  const rounded = decimals > 0 || ROUNDED.test(total.unit);
  const tol = (rounded ? parts.length * half(decimals) : 0) + 1e-9;
  ctx.checked.push({ check: 'sum', range: [total.span[0], parts[parts.length - 1].span[1]] });
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const diff = sum - total.value;
  if (Math.abs(diff) <= tol) return;
  // Two breakdowns of one total, one after the other ("38 biên chế, 8 hợp đồng; 31 văn phòng, 15 sự nghiệp").
  let run = 0;
  for (let i = 0; i < parts.length - 1; i++) {
    run += parts[i].value;
    if (Math.abs(run - total.value) <= tol || Math.abs(sum - run - total.value) <= tol) return;
  }
  if (diff < 0 && !bd.whole) return;
  const start = total.span[0];
  const end = parts[parts.length - 1].span[1];
  const shown = Math.max(decimals, 0);
  out.push({
    code: 'prose-sum-mismatch',
    severity: 'error',
    template: diff > 0 && !bd.whole ? 'prose-sum-exceeds' : 'prose-sum-breakdown',
    params: {
      total: num(total.value, 'vi'),
      sum: num(Number(sum.toFixed(shown)), 'vi'),
      parts: parts.map((p) => p.raw).join(' + '),
      unit: total.unitText ?? '',
    },
    sentence: sentenceAt(ctx, start),
    range: [start, end],
    figures: [total.value, ...parts.map((p) => p.value)],
    expected: Number(sum.toFixed(Math.max(shown, 6))),
  });
}
