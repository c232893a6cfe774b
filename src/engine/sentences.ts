/**
 * Numbers inside the sentences of a target-result table: "Mật độ điện
 * thoại đạt 113,8 máy/100 dân" → 113,8 with unit "máy/100 dân". Years,
 * dates, document numbers and technology names (3G) are not figures. A
 * figure keeps the bound words around it: "dưới 1,5%" (a ceiling), "trên
 * 90%" / "90% trở lên" (a floor), "khoảng 4", "1-1,5%" (a range).
 */
import type { Qualifier } from './numbers';
import { readNumeral } from './numbers';
import { fold } from './text';

export interface Figure {
  value: number;
  percent: boolean;
  /** Folded unit words after the number ("may/100 dan", "km/diem"). */
  unit: string;
  qualifier?: Qualifier;
  strict?: boolean;
  /** A range's ends ("1-1,5%"); value is then the low end. */
  low?: number;
  high?: number;
}

const FIGURE = /(\d[\d.,]*\d|\d)(?:\s*(?:-|–|den)\s*(\d[\d.,]*\d|\d)(?!\s*\/))?\s*(%|\/\s*\d[\d.,]*)?\s*([^\d;:()]{0,14})/g;

/** Bound words right before a figure (folded); strict: the bound itself does not meet it. */
const BEFORE: Array<[RegExp, Qualifier, boolean]> = [
  [/(\b(khong duoi|khong thap hon|khong it hon|it nhat|toi thieu)|>=|≥)\s*(muc\s*)?$/, 'over', false],
  [/(\b(tren|hon)|>)\s*(muc\s*)?$/, 'over', true],
  [/(\b(khong qua|khong vuot qua|toi da|khong cao hon)|<=|≤)\s*(muc\s*)?$/, 'under', false],
  [/(\bduoi|<)\s*(muc\s*)?$/, 'under', true],
  [/(\b(khoang|xap xi|gan)|~)\s*$/, 'about', false],
];

export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  // "máy/100 dân", "TB/100 dân": the 100 belongs to the unit, not a figure.
  const f = fold(text).replace(/\/\s*100\s*(dan|nguoi|ho)\b/g, '/tram $1');
  let m: RegExpExecArray | null;
  FIGURE.lastIndex = 0;
  while ((m = FIGURE.exec(f))) {
    const [, numeral, second, suffix = '', after = ''] = m;
    const before = f.slice(Math.max(0, m.index - 16), m.index);
    let unit = after.trim().replace(/[.,]+$/, '');
    // "năm 2015", "6/2013", "31/2010/NQ", "3G", "mức độ 3", "Quyết định 2451", "2016-2020".
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
    const fig: Figure = { value: n.value, percent: suffix === '%', unit: suffix === '%' ? '' : unit.replace(/^(tb|thue bao)\b/, 'tb') };
    const hi = second !== undefined ? readNumeral(second, 'vi') : null;
    if (hi && hi.value >= n.value) {
      fig.qualifier = 'range';
      fig.low = n.value;
      fig.high = hi.value;
    } else {
      for (const [re, q, strict] of BEFORE) {
        if (re.test(before)) {
          fig.qualifier = q;
          if (strict) fig.strict = true;
          break;
        }
      }
      const trailing = /^(tro len|tro xuong)\b/.exec(unit);
      if (trailing) {
        fig.qualifier = trailing[1] === 'tro len' ? 'over' : 'under';
        unit = unit.slice(trailing[0].length).trim();
        if (suffix !== '%') fig.unit = unit;
      }
    }
    out.push(fig);
  }
  return out;
}
