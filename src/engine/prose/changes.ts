/**
 * "bằng x%" beside "tăng y%" (or "giảm y%") for the same pair: y must be
 * x − 100 (or 100 − x). The two are the same pair when nothing but words
 * stands between them in one clause ("bằng 110,8%, tăng 10,8% so với năm
 * 2011"; "tăng 10,8% (bằng 110,8%)").
 */
import { num, word } from '../messages';
import type { Check } from './context';
import { half, quote, round } from './context';
import type { ProseIssue } from './types';

const VERB = /(?:^|[^a-z])(bang|tang|giam)\s*$/;

export const changesCheck: Check = (ctx) => {
  const out: ProseIssue[] = [];
  const text = ctx.folded.text;
  for (const s of ctx.layout.sentences) {
    const figs = ctx.read[s.index].figures;
    for (let i = 0; i + 1 < figs.length; i++) {
      const f = figs[i];
      const g = figs[i + 1];
      if (f.unit !== '%' || g.unit !== '%' || f.approx || g.approx) continue;
      const fAt = ctx.folded.to[f.span[0]];
      const gAt = ctx.folded.to[g.span[0]];
      const vf = VERB.exec(text.slice(Math.max(0, fAt - 10), fAt));
      const vg = VERB.exec(text.slice(Math.max(0, gAt - 10), gAt));
      if (!vf || !vg) continue;
      const gap = text.slice(ctx.folded.to[f.span[1]], gAt);
      if (/[;.]/.test(gap) || gap.length > 40 || /\d/.test(gap.replace(/(?:19|20)\d{2}/g, ''))) continue;
      let ratio;
      let change;
      if (vf[1] === 'bang' && vg[1] !== 'bang') [ratio, change] = [f, g];
      else if (vg[1] === 'bang' && vf[1] !== 'bang') [ratio, change] = [g, f];
      else continue;
      ctx.checked.push({ check: 'change', range: [Math.min(f.span[0], g.span[0]), Math.max(f.span[1], g.span[1])] });
      const rising = (change === f ? vf[1] : vg[1]) === 'tang';
      const expected = ratio.value - 100;
      const said = rising ? change.value : -change.value;
      const tol = half(ratio.decimals) + half(change.decimals) + 1e-9;
      if (Math.abs(said - expected) <= tol) continue;
      const shown = Math.max(ratio.decimals, change.decimals);
      const range: [number, number] = [Math.min(f.span[0], g.span[0]), Math.max(f.span[1], g.span[1])];
      out.push({
        code: 'prose-change-mismatch',
        severity: 'error',
        template: 'prose-ratio-and-growth',
        params: {
          said: quote(ctx, [ctx.original.lastIndexOf(' ', range[0] - 2) + 1, range[1]]),
          ratio: num(ratio.value, 'vi'),
          change: word(expected < 0 ? 'fall' : 'rise'),
          expected: num(round(Math.abs(expected), shown), 'vi'),
        },
        sentence: s.index,
        range,
        figures: [ratio.value, change.value],
        expected: round(expected, 6),
      });
    }
  }
  return out;
};
