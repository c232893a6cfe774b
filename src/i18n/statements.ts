/**
 * The sentences planners write around their tables, worded from the
 * engine's statements (engine/statements.ts), in the reports' own style:
 * "Tổng doanh thu năm 2018 ước đạt 2.430 tỷ đồng, đạt 125% kế hoạch năm,
 * không đổi so với năm 2017; trong đó: doanh thu khối bưu chính ước đạt
 * 180 tỷ đồng, …". A ratio is said "đạt …% kế hoạch", a change "tăng" or
 * "giảm" with its size, never "bằng" for one and "tăng" for the other;
 * lower is better and bounds are said as met or not ("đạt chỉ tiêu dưới
 * 4%"); numbers in the reader's style (Vietnamese: 1.234,5).
 */
import { formatNumber } from '../engine/numbers';
import type { Statement } from '../engine/statements';
import type { Lang } from './lang';

/** A percentage with one decimal, without a trailing ",0" (104,3; 125). */
function pct(x: number, lang: Lang): string {
  const s = formatNumber(Math.round(x * 10) / 10, lang === 'vi' ? 'vi' : 'us', 1);
  return s.replace(/[.,]0$/, '');
}

function figure(x: number, lang: Lang): string {
  return formatNumber(x, lang === 'vi' ? 'vi' : 'us');
}

/** A word begun with a capital as it stands in a heading, in lower case inside a sentence ("Tỷ đồng" → "tỷ đồng"; "TB/100 dân", "GRDP" kept). */
function inSentence(s: string): string {
  const chars = [...s];
  if (chars.length < 2) return s;
  const second = chars[1];
  return second.toLowerCase() === second && second.toUpperCase() !== second ? chars[0].toLowerCase() + chars.slice(1).join('') : s;
}

/** A bound as typed ("Dưới 4") with the unit it leaves out ("dưới 4%"). */
function boundText(c: NonNullable<Statement['completion']>, unit: string): string {
  const typed = inSentence(c.planText ?? '');
  if (!/\d$/.test(typed) || !unit) return typed;
  return unit === '%' ? `${typed}%` : `${typed} ${inSentence(unit)}`;
}

/** The value with its unit ("45,2%", "2.430 tỷ đồng"). */
function withUnit(x: number, unit: string, lang: Lang): string {
  if (unit === '%') return `${figure(x, lang)}%`;
  return unit ? `${figure(x, lang)} ${inSentence(unit)}` : figure(x, lang);
}

const VI = {
  when: (s: Statement) => [s.result.period, s.result.year !== undefined ? `năm ${s.result.year}` : ''].filter(Boolean).join(' '),
  reached: (s: Statement) => (s.result.estimate ? 'ước đạt' : 'đạt'),
  rank: (s: Statement) => `xếp thứ ${s.rank}`,
  plan: (c: NonNullable<Statement['completion']>, unit: string) => {
    const met = c.value >= 100 ? 'đạt' : 'chưa đạt';
    if (c.bound) return `${met} chỉ tiêu ${boundText(c, unit)}`.trimEnd();
    if (c.lowerIsBetter) return `${met} kế hoạch năm (${withUnit(c.plan, unit, 'vi')})`;
    return `đạt ${pct(c.value, 'vi')}% kế hoạch năm`;
  },
  change: (g: NonNullable<Statement['growth']>, points: number | null) => {
    // The sign of what is shown: a change that rounds to 0 is none.
    const x = Math.round((points ?? g.value) * 10) / 10;
    const by = (v: number) => (points === null ? `${pct(v, 'vi')}%` : `${pct(v, 'vi')} điểm phần trăm`);
    return x > 0 ? `tăng ${by(x)} so với năm ${g.year}` : x < 0 ? `giảm ${by(-x)} so với năm ${g.year}` : `không đổi so với năm ${g.year}`;
  },
  parts: 'trong đó',
};

const EN = {
  when: (s: Statement) => [s.result.period, s.result.year !== undefined ? `${s.result.year}` : ''].filter(Boolean).join(' '),
  reached: (s: Statement) => (s.result.estimate ? 'estimated at' : 'reached'),
  rank: (s: Statement) => `ranked ${s.rank}`,
  plan: (c: NonNullable<Statement['completion']>, unit: string) => {
    const met = c.value >= 100 ? 'met' : 'did not meet';
    if (c.bound) return `${met} the target ${boundText(c, unit)}`.trimEnd();
    if (c.lowerIsBetter) return `${met} the annual plan (${withUnit(c.plan, unit, 'en')})`;
    return `${pct(c.value, 'en')}% of the annual plan`;
  },
  change: (g: NonNullable<Statement['growth']>, points: number | null) => {
    const x = Math.round((points ?? g.value) * 10) / 10;
    const by = (v: number) => (points === null ? `${pct(v, 'en')}%` : `${pct(v, 'en')} percentage points`);
    return x > 0 ? `up ${by(x)} on ${g.year}` : x < 0 ? `down ${by(-x)} on ${g.year}` : `unchanged on ${g.year}`;
  },
  parts: 'of which',
};

/** One indicator's clause, without its parts: name, when, result, plan, change. */
function clause(s: Statement, lang: Lang, part: boolean): string {
  const w = lang === 'vi' ? VI : EN;
  // A part is said after its parent, which gave the year: its name in lower case, no year again.
  const name = part ? inSentence(s.name) : s.name;
  const when = part ? '' : w.when(s);
  const head = `${name}${when && lang === 'vi' ? ` ${when}` : when ? ` (${when})` : ''}`;
  if (s.disbursement) {
    const d = s.disbursement;
    const plan = withUnit(d.plan, s.unit, lang);
    const done = withUnit(s.result.value, s.unit, lang);
    const year = d.year !== undefined ? (lang === 'vi' ? ` năm ${d.year}` : ` for ${d.year}`) : '';
    // Nothing disbursed yet is said so, not "0 triệu đồng, đạt 0%".
    if (s.result.value === 0)
      return lang === 'vi' ? `${name}: kế hoạch vốn${year} ${plan}, chưa giải ngân` : `${name}: capital plan${year} ${plan}, nothing disbursed yet`;
    const rate = d.rate === null ? '' : lang === 'vi' ? `, đạt ${pct(d.rate, 'vi')}% kế hoạch` : `, ${pct(d.rate, 'en')}% of the plan`;
    return lang === 'vi'
      ? `${name}: kế hoạch vốn${year} ${plan}, đã giải ngân ${done}${rate}`
      : `${name}: capital plan${year} ${plan}, disbursed ${done}${rate}`;
  }
  if (s.rank) {
    // "Xếp hạng chỉ số ICT-Index" → "Chỉ số ICT-Index … xếp thứ 7/63".
    const ranked = lang === 'vi' ? name.replace(/^xếp hạng\s+/i, '') : name;
    const subject = ranked === name ? head : `${ranked.charAt(0).toUpperCase()}${ranked.slice(1)}${when ? ` ${when}` : ''}`;
    return `${subject} ${w.rank(s)}`;
  }
  const bits = [`${head} ${w.reached(s)} ${withUnit(s.result.value, s.unit, lang)}`];
  if (s.completion) bits.push(w.plan(s.completion, s.unit));
  // A rate in % changes by points (49% after 40%: 9 points), not by a percentage of itself.
  if (s.growth) bits.push(w.change(s.growth, s.unit === '%' ? s.result.value - s.growth.previous : null));
  return bits.join(', ');
}

/** The sentence of an indicator and its parts ("…; trong đó: …, …"). */
export function sentence(s: Statement, lang: Lang): string {
  const w = lang === 'vi' ? VI : EN;
  const main = clause(s, lang, false);
  if (!s.parts.length) return `${main}.`;
  return `${main}; ${w.parts}: ${s.parts.map((p) => clause(p, lang, true)).join('; ')}.`;
}
