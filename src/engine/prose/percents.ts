/**
 * A percentage against the figures it comes from:
 * - "20385/79542 ~ 25,6%", "đạt 3,4/7,27 TB/100 dân, bằng 50%": the fraction;
 * - "đạt X, bằng P% so với năm Y" when the text gives year Y's figure of
 *   the same unit, or "(so với B)" / "kế hoạch (B)" beside it; "tăng P%",
 *   "giảm P%" the same way, and "tăng N … so với … (B)" as an amount;
 * - a row "chỉ tiêu | kết quả | P%" (a table pasted as text): the result
 *   against the target (a target exceeded may be shown as 100%).
 * A "bằng" that gives the growth (or a "tăng" that gives the ratio) is
 * named as such, and a "tăng" whose value fell (a "giảm" whose value rose)
 * too. Silent when the base is not in the text, or is not one figure of
 * the same unit, or is approximate in a way the percentage fits.
 */
import { num, word } from '../messages';
import type { Check, Context } from './context';
import { foldedSpan, half, quote, round, sentenceAt } from './context';
import { sameThing } from './figures';
import type { Figure, ProseIssue, Span } from './types';

export const percentsCheck: Check = (ctx) => {
  const out: ProseIssue[] = [];
  for (const s of ctx.layout.sentences) {
    fractions(ctx, s.index, out);
    stated(ctx, s.index, out);
  }
  for (const r of ctx.layout.rows) row(ctx, r.cells, out);
  return out;
};

/** The bounds a figure allows: exact, at least, at most, a range. Null when only "about". */
function interval(f: Figure): [number, number] | null {
  switch (f.approx) {
    case undefined:
      return [f.value, f.value];
    case 'over':
      return [f.value, Infinity];
    case 'under':
      return [0, f.value];
    case 'range':
      return [f.value, f.high ?? f.value];
    default:
      return null;
  }
}

/** The relative rounding of a figure's last shown decimal. */
function relative(value: number, decimals: number): number {
  return value === 0 ? 0 : half(decimals) / Math.abs(value);
}

/** "20385/79542 ~ 25,6%", "3,4/7,27 TB/100 dân, bằng 50%". */
function fractions(ctx: Context, index: number, out: ProseIssue[]): void {
  const figs = ctx.read[index].figures;
  const text = ctx.folded.text;
  for (let i = 0; i + 1 < figs.length; i++) {
    const f = figs[i];
    const p = figs[i + 1];
    // "~ 25,6%": the percentage is rounded, which the tolerance allows for.
    if (f.of === undefined || p.unit !== '%' || (p.approx && p.approx !== 'about') || f.of === 0) continue;
    const gap = text.slice(ctx.folded.to[f.span[1]], ctx.folded.to[p.span[0]]);
    // Only the fraction's own words between: "~", "=", ",", its unit, "bằng", "đạt", "tỷ lệ".
    const unitless = f.unitText ? gap.replace(foldWords(f.unitText), ' ') : gap;
    if (!/^[\s~≈=,:(]*(?:(?:bang|dat|tuong duong|la|ty le|ti le|khoang|xap xi)[\s,:]*)*$/.test(unitless)) continue;
    ctx.checked.push({ check: 'percent', range: [f.span[0], p.span[1]] });
    const expected = (f.value / f.of) * 100;
    const tol = half(p.decimals) + expected * (relative(f.value, f.decimals) + relative(f.of, f.ofDecimals ?? 0)) + 1e-9;
    if (Math.abs(expected - p.value) <= tol) continue;
    const shown = p.decimals + 1;
    out.push({
      code: 'prose-ratio-mismatch',
      severity: 'error',
      template: 'prose-fraction',
      params: {
        said: quote(ctx, [f.span[0], p.span[1]]),
        a: num(f.value, 'vi'),
        b: num(f.of, 'vi'),
        typed: num(p.value, 'vi'),
        expected: num(round(expected, shown), 'vi'),
      },
      sentence: index,
      range: [f.span[0], p.span[1]],
      figures: [f.value, f.of, p.value],
      expected: round(expected, 6),
    });
  }
}

function foldWords(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase();
}

/** The verb right before a percentage or an amount: bằng, đạt, tăng, giảm. */
const VERB = /(?:^|[^a-z])(bang|dat|tang|giam)\s*$/;

/** "… đạt X …, bằng|tăng|giảm P% so với …": P against X and its base. */
function stated(ctx: Context, index: number, out: ProseIssue[]): void {
  const sentence = ctx.layout.sentences[index];
  const [a, b] = foldedSpan(ctx, sentence.span);
  const text = ctx.folded.text;
  const figs = ctx.read[index].figures;
  for (let i = 1; i < figs.length; i++) {
    const p = figs[i];
    const pAt = ctx.folded.to[p.span[0]];
    const verb = VERB.exec(text.slice(Math.max(a, pAt - 12), pAt));
    if (!verb || p.approx) continue;
    const way = verb[1] as 'bang' | 'dat' | 'tang' | 'giam';
    // The subject: the figure before the verb, the nearest one that is no percentage, in the same clause.
    const x = subject(ctx, figs, i, a);
    if (!x) continue;
    const percent = p.unit === '%';
    // An amount of change ("tăng 8.753 hộp thư") must be of the subject's unit; a ratio must follow "bằng|đạt|tăng|giảm".
    if (!percent && (way === 'bang' || way === 'dat' || !sameThing(p.unit, x.unit))) continue;
    const base = baseOf(ctx, index, figs, i, x, b);
    if (!base) continue;
    judge(ctx, index, { x, base, p, way, percent }, out);
  }
}

/** The nearest plain figure before figs[i]'s verb in the same clause (no ";" between), not a percentage, a fraction or a figure of another clause's subject. */
function subject(ctx: Context, figs: Figure[], i: number, a: number): Figure | null {
  const text = ctx.folded.text;
  for (let k = i - 1; k >= 0; k--) {
    const f = figs[k];
    const gap = text.slice(ctx.folded.to[f.span[1]], ctx.folded.to[figs[i].span[0]]);
    if (/;/.test(gap) || ctx.folded.to[f.span[0]] < a) return null;
    if (f.unit === '%' || f.of !== undefined) {
      // "bằng 110,8%, tăng 10,8%": the subject is before the first of them.
      continue;
    }
    return f.unit ? f : null;
  }
  return null;
}

/** The base a percentage compares with: a figure of the subject's unit after "so với" (or "kế hoạch") in its clause, or year Y's figure for "so với năm Y". */
function baseOf(ctx: Context, index: number, figs: Figure[], i: number, x: Figure, b: number): Figure | null {
  const text = ctx.folded.text;
  // After the figure and its unit ("tăng 8.753 hộp thư điện tử | so với …").
  let after = ctx.folded.to[figs[i].span[1]];
  if (figs[i].unitText) {
    const words = foldWords(figs[i].unitText!)
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const unit = new RegExp(`^\\s*${words.join('\\s+')}`).exec(text.slice(after, b));
    if (unit) after += unit[0].length;
  }
  let end = b;
  const stop = /[;]/.exec(text.slice(after, b));
  if (stop) end = after + stop.index;
  const clause = text.slice(after, end);
  const ref = /^\s*(?:\)\s*)?(?:,\s*)?(?:so voi|so|ke hoach|chi tieu|muc tieu)\b/.exec(clause);
  if (!ref) return null;
  // A figure of the same unit in the reference ("so với năm 2016 (6.247 hộp thư)", "kế hoạch (7,27 TB/100 dân)").
  const inRef = figs.filter((f) => {
    const at = ctx.folded.to[f.span[0]];
    return at > after && at < end && f !== x && f.unit !== '%' && f.of === undefined && sameThing(f.unit, x.unit);
  });
  if (inRef.length === 1 && refersTo(text.slice(after, ctx.folded.to[inRef[0].span[0]]))) return inRef[0];
  if (inRef.length > 1) return null;
  // "so với (cùng kỳ) năm 2011": the figure the text gives for 2011.
  const year = /^\s*(?:\)\s*)?(?:,\s*)?so(?: voi)?\s+(?:cung ky\s+)?(?:nam\s+)?((?:19|20)\d{2})(?!\d)/.exec(clause);
  if (!year) return null;
  const found = yearFigures(ctx, ctx.layout.sentences[index].paragraph, Number(year[1])).filter(
    (f) => f !== x && f.unit !== '%' && f.of === undefined && f.unit === x.unit
  );
  const values = new Set(found.map((f) => f.value));
  return values.size === 1 ? found[0] : null;
}

/** Only reference words before the base: "so với năm 2016 (", "kế hoạch năm 2013 là". */
function refersTo(s: string): boolean {
  return /^[\s),]*(?:so voi|so|ke hoach|chi tieu|muc tieu)[\sa-z\d(:,]*$/.test(s) && !/\b(?:dat|tang|giam|bang)\b/.test(s.replace(/^[\s),]*(?:so voi|so)/, ''));
}

/**
 * The figures of a paragraph said for a year: "năm 2011 đạt hơn 1.100 tỷ
 * đồng" (the first figure after "năm 2011" in its clause), "1.600 trạm năm
 * 2015" (a figure with "năm 2015" right after its unit). A year after "so
 * với" names a base, not a figure.
 */
function yearFigures(ctx: Context, paragraph: number, year: number): Figure[] {
  const text = ctx.folded.text;
  const out: Figure[] = [];
  for (const s of ctx.layout.sentences) {
    if (s.paragraph !== paragraph) continue;
    const { figures, years } = ctx.read[s.index];
    for (const y of years) {
      if (y.year !== year) continue;
      const yAt = ctx.folded.to[y.span[0]];
      const before = text.slice(Math.max(0, yAt - 24), yAt);
      if (/\bso(?: voi)?\s+(?:cung ky\s+)?(?:nam\s+)?$/.test(before) || /[-–]\s*$/.test(before)) continue;
      // Right after a figure's unit: "1.600 trạm năm 2015".
      const prev = [...figures].reverse().find((f) => f.span[1] <= y.span[0]);
      if (prev && /^\s*[\p{L}/ ]*\bnam\s*$/u.test(text.slice(ctx.folded.to[prev.span[1]], yAt)) && prev.unit !== '%') {
        out.push(prev);
        continue;
      }
      // Else the first figure after it, before the next year and any ";".
      const next = figures.find((f) => f.span[0] >= y.span[1]);
      if (!next) continue;
      const gap = text.slice(ctx.folded.to[y.span[1]], ctx.folded.to[next.span[0]]);
      if (/[;()]/.test(gap) || years.some((o) => o.span[0] > y.span[0] && o.span[0] < next.span[0])) continue;
      out.push(next);
    }
  }
  return out;
}

interface Stated {
  x: Figure;
  base: Figure;
  p: Figure;
  way: 'bang' | 'dat' | 'tang' | 'giam';
  percent: boolean;
}

function judge(ctx: Context, index: number, s: Stated, out: ProseIssue[]): void {
  const { x, base, p, way, percent } = s;
  const xi = interval(x);
  const bi = interval(base);
  if (!xi || !bi || bi[0] <= 0) return;
  const exact = xi[0] === xi[1] && bi[0] === bi[1];
  const range: Span = [Math.min(x.span[0], base.span[0], p.span[0]), Math.max(x.span[1], base.span[1], p.span[1])];
  const said = quote(ctx, [ctx.original.lastIndexOf(' ', p.span[0] - 2) + 1, p.span[1]]).replace(/^[(,;]+/, '');
  const params = { said, value: num(x.value, 'vi'), base: num(base.value, 'vi') };
  const issue = (template: ProseIssue['template'], code: string, expected: number, extra: Record<string, ReturnType<typeof num> | ReturnType<typeof word>>) =>
    out.push({
      code,
      severity: 'error',
      template,
      params: { ...params, ...extra },
      sentence: sentenceAt(ctx, range[0]),
      range,
      figures: [x.value, base.value, p.value],
      expected: round(expected, 6),
    });
  ctx.checked.push({ check: 'percent', range });
  const rises = xi[0] > bi[1];
  const falls = xi[1] < bi[0];
  if (!percent) {
    // An amount: "tăng 8.753 hộp thư so với năm 2016 (6.247 hộp thư)".
    const lo = xi[0] - bi[1];
    const hi = xi[1] - bi[0];
    const signed = way === 'tang' ? p.value : -p.value;
    const tol = half(Math.max(x.decimals, base.decimals, p.decimals)) * 2 + 1e-9;
    if (signed >= lo - tol && signed <= hi + tol) return;
    if (!exact) return;
    const change = x.value - base.value;
    if ((way === 'tang' && change < 0) || (way === 'giam' && change > 0)) {
      issue('prose-wrong-way', 'prose-change-mismatch', change, { change: word(change < 0 ? 'fall' : 'rise'), expected: num(Math.abs(change), 'vi') });
    } else
      issue('prose-change-amount', 'prose-change-mismatch', Math.abs(change), {
        change: word(change < 0 ? 'fall' : 'rise'),
        expected: num(Math.abs(change), 'vi'),
        typed: num(p.value, 'vi'),
      });
    return;
  }
  const lo = (xi[0] / bi[1]) * 100;
  const hi = (xi[1] / bi[0]) * 100;
  const r = (x.value / base.value) * 100;
  const tol = half(p.decimals) + r * (relative(x.value, x.decimals) + relative(base.value, base.decimals)) + 1e-9;
  const fits = (v: number) => v >= lo - tol && v <= hi + tol;
  const shown = p.decimals + 1;
  if (way === 'bang' || way === 'dat') {
    if (fits(p.value)) return;
    if (!exact) return;
    if (Math.abs(p.value - (r - 100)) <= tol) {
      issue('prose-ratio-is-growth', 'prose-change-mismatch', r, { expected: num(round(r, shown), 'vi'), growth: num(round(r - 100, shown), 'vi') });
    } else issue('prose-ratio', 'prose-ratio-mismatch', r, { expected: num(round(r, shown), 'vi') });
    return;
  }
  const signed = way === 'tang' ? p.value + 100 : 100 - p.value;
  if (fits(signed)) return;
  if (way === 'tang' ? falls : rises) {
    issue('prose-wrong-way-percent', 'prose-change-mismatch', r - 100, {
      change: word(r < 100 ? 'fall' : 'rise'),
      expected: num(round(Math.abs(r - 100), shown), 'vi'),
    });
    return;
  }
  if (!exact) return;
  if (way === 'tang' && Math.abs(p.value - r) <= tol) {
    issue('prose-growth-is-ratio', 'prose-change-mismatch', r - 100, { expected: num(round(r - 100, shown), 'vi'), ratio: num(round(r, shown), 'vi') });
    return;
  }
  issue('prose-growth', 'prose-ratio-mismatch', Math.abs(r - 100), {
    change: word(r < 100 ? 'fall' : 'rise'),
    expected: num(round(Math.abs(r - 100), shown), 'vi'),
  });
}

/** A row "chỉ tiêu | kết quả | P%": one figure of one unit (no percentage) in each of the two cells before a lone percentage. */
function row(ctx: Context, cells: Span[], out: ProseIssue[]): void {
  if (cells.length < 3) return;
  const last = cells[cells.length - 1];
  const lastText = ctx.original.slice(last[0], last[1]).trim();
  if (!/^\d{1,3}(?:[.,]\d+)?\s*%$/.test(lastText)) return;
  const figsOf = (c: Span) => ctx.layout.sentences.filter((s) => s.span[0] >= c[0] && s.span[1] <= c[1]).flatMap((s) => ctx.read[s.index].figures);
  const [p] = figsOf(last);
  const t = figsOf(cells[cells.length - 3]);
  const r = figsOf(cells[cells.length - 2]);
  if (!p || t.length !== 1 || r.length !== 1) return;
  const target = t[0];
  const result = r[0];
  if (target.unit === '%' || target.of !== undefined || result.of !== undefined || target.approx || result.approx || target.value <= 0 || result.value <= 0)
    return;
  if (!target.unit || !(target.unit === result.unit || sameThing(target.unit, result.unit))) return;
  ctx.checked.push({ check: 'row', range: [cells[cells.length - 3][0], last[1]] });
  const ratio = (result.value / target.value) * 100;
  const inverse = (target.value / result.value) * 100;
  const tolOf = (v: number) => half(p.decimals) + v * (relative(result.value, result.decimals) + relative(target.value, target.decimals)) + 1e-9;
  const fits = (v: number) => Math.abs(v - p.value) <= tolOf(v) || (v >= 100 && Math.abs(p.value - 100) <= half(p.decimals) + 1e-9);
  if (fits(ratio) || fits(inverse)) return;
  const range: Span = [cells[cells.length - 3][0], last[1]];
  out.push({
    code: 'prose-ratio-mismatch',
    severity: 'error',
    template: 'prose-completion',
    params: { said: quote(ctx, last), result: num(result.value, 'vi'), target: num(target.value, 'vi'), expected: num(round(ratio, p.decimals + 1), 'vi') },
    sentence: sentenceAt(ctx, last[0]),
    range,
    figures: [target.value, result.value, p.value],
    expected: round(ratio, 6),
  });
}
