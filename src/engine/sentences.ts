/**
 * Numbers inside the sentences of a target-result table: "Mật độ điện
 * thoại đạt 113,8 máy/100 dân" → 113,8 with unit "máy/100 dân". Years,
 * dates, document numbers and technology names (3G) are not figures.
 */
import { readNumeral } from './numbers';
import { fold } from './text';

export interface Figure {
  value: number;
  percent: boolean;
  /** Folded unit words after the number ("may/100 dan", "km/diem"). */
  unit: string;
}

const FIGURE = /(\d[\d.,]*\d|\d)\s*(%|\/\s*\d[\d.,]*)?\s*([^\d;:()]{0,14})/g;

export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  // "máy/100 dân", "TB/100 dân": the 100 belongs to the unit, not a figure.
  const f = fold(text).replace(/\/\s*100\s*(dan|nguoi|ho)\b/g, '/tram $1');
  let m: RegExpExecArray | null;
  FIGURE.lastIndex = 0;
  while ((m = FIGURE.exec(f))) {
    const [, numeral, suffix = '', after = ''] = m;
    const before = f.slice(Math.max(0, m.index - 12), m.index);
    const unit = after.trim().replace(/[.,]+$/, '');
    // "năm 2015", "6/2013", "31/2010/NQ", "3G", "mức độ 3", "Quyết định 2451".
    if (/^(19|20)\d{2}$/.test(numeral)) continue;
    if (suffix.startsWith('/') && /^\/\s*(19|20)\d{2}/.test(suffix)) continue;
    if (/^g\b/.test(unit) || /(muc do|cap|so|nghi dinh|quyet dinh|nq|qd)\s*$/.test(before)) continue;
    const n = readNumeral(numeral, 'vi');
    if (!n) continue;
    if (suffix.startsWith('/')) {
      // "215/230 xã": a count out of a total — as a share.
      const d = readNumeral(suffix.slice(1).trim(), 'vi');
      if (d && d.value > 0) out.push({ value: (n.value / d.value) * 100, percent: true, unit: '' });
      continue;
    }
    out.push({ value: n.value, percent: suffix === '%', unit: suffix === '%' ? '' : unit.replace(/^(tb|thue bao)\b/, 'tb') });
  }
  return out;
}
