/**
 * Figures in Vietnamese prose: "1.869.673 thuê bao", "3,4 TB/100 dân",
 * "110,8%", "04 dự án", "khoảng 200 - 300 tổ chức", "20385/79542". What is
 * not a figure is left out: years ("năm 2019", "2016-2020"), dates
 * ("30/6/2024", "tháng 4/2018"), document numbers ("số 123/KH-UBND",
 * "Nghị định 43/2011/NĐ-CP", "05-NQ/TU"), technologies ("4G", "3D",
 * "IPv6"), labels ("mức độ 3", "xếp thứ 10", "Quyết định 07", "cơn bão số
 * 10"). Numerals are read with the engine's reader, in Vietnamese style.
 */
import { readNumeral } from '../numbers';
import { fold } from '../text';
import type { Folded } from './folded';
import { originalSpan } from './folded';
import type { Figure, YearMention } from './types';

/** Words right before a number that make it a label, not a quantity (read on the original, lower case). */
const LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:mức độ|mức|cấp|(?<!tổng )số|thứ|top|lần|khóa|khoá|phiên bản|tiêu chí|quyết định|nghị định|thông tư|chỉ thị|nghị quyết|công văn|văn bản|tờ trình|đề án|khu vực|điều|khoản|chương|ngày|tháng|quý|bão|tuần|đợt|phần|nhóm|loại|giai đoạn|kỳ họp|hạng|vị trí|tầng|mã|biểu|phụ lục|mục|tiết|trang|phòng|lớp|tổ|khu|lô|đường|quận|phường|version|v)\s*$/u;

/** Bound words right before a figure (folded). */
const QUALIFIER_BEFORE: Array<[RegExp, NonNullable<Figure['approx']>]> = [
  [/(?:\b(?:khoang|gan|xap xi|uoc khoang|tam)|[~≈])\s*$/, 'about'],
  [/(?:\b(?:hon|tren|vuot|toi thieu|it nhat|khong duoi)|>=?|≥)\s*$/, 'over'],
  [/(?:\b(?:duoi|toi da|khong qua|chua den|chua toi)|<=?|≤)\s*$/, 'under'],
];

/** Words that end a unit (read with their diacritics: "có" ends one, "cơ sở" is one). */
const UNIT_STOP = new Set([
  'và',
  'hoặc',
  'so',
  'bằng',
  'tăng',
  'giảm',
  'đạt',
  'trong',
  'gồm',
  'là',
  'với',
  'của',
  'cho',
  'tại',
  'thuộc',
  'được',
  'đã',
  'có',
  'chiếm',
  'từ',
  'đến',
  'ở',
  'năm',
  'tháng',
  'như',
  'về',
  'trên',
  'dưới',
  'đang',
  'sẽ',
  'còn',
  'hơn',
  'nộp',
  'nhưng',
  'cùng',
  'kỳ',
  'nay',
  'theo',
  'khi',
  'vào',
  'ra',
  'lên',
  'xuống',
  'sau',
  'trước',
  'mỗi',
  'các',
  'nhiều',
  'ít',
  'khoảng',
  'gần',
  'trở',
  'phục',
  'nhằm',
  'để',
  'thì',
  'mà',
  'nên',
  'vì',
  'do',
  'bởi',
  'tổng',
  'ước',
  'thực',
  'đó',
  'này',
  'kể',
]);

/** Glued letters after a numeral that make it a name: "4G", "3D", "24h", "4h30". */
const GLUED_NAME = /^(?:g|d|h|p|x)(?![a-z])/;

const YEAR = /^(?:19|20)\d{2}$/;

export interface Read {
  figures: Figure[];
  years: YearMention[];
}

/** The figures and years of folded [a, b) (a sentence), in order. */
export function readFigures(original: string, f: Folded, a: number, b: number): Read {
  const s = f.text;
  const figures: Figure[] = [];
  const years: YearMention[] = [];
  const re = /\d+(?:[.,]\d+)*/g;
  re.lastIndex = a;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) && m.index < b) {
    const i = m.index;
    let j = i + m[0].length;
    if (j > b) break;
    const prev = i > 0 ? s[i - 1] : ' ';
    // Glued to a word before ("IPv6", "VP2"), or the second half of something already read.
    if (/[\p{L}\d_/]/u.test(prev) || ((prev === '.' || prev === ',') && i > 1 && /\d/.test(s[i - 2]))) continue;
    const raw = m[0].replace(/[.,]$/, '');
    // A numeral followed by "/": a date, a document number or a fraction.
    const chain = /^(?:\/\d+(?:[.,]\d+)*)+|^ ?\/ ?\d+(?:[.,]\d+)*(?![\d/])/.exec(s.slice(j, b));
    if (chain || /^\/\s*[a-z]/.test(s.slice(j, j + 3)) || /^-[a-z]/.test(s.slice(j, j + 2))) {
      const numbers = chain
        ? chain[0]
            .split('/')
            .slice(1)
            .map((x) => x.trim())
        : [];
      const after = s.slice(j + (chain ? chain[0].length : 0), b);
      const before = beforeWords(original, f, i);
      if (
        !chain ||
        numbers.length > 1 ||
        numbers.some((n) => YEAR.test(n) || n.length > 6) ||
        /^[/-]\s*[a-z]/.test(after) ||
        /^[a-z]/.test(after) ||
        LABEL_BEFORE.test(before) ||
        /(?:^|\s)(?:lễ|dịp|từ|đến|ngày)\s*$/.test(before)
      ) {
        re.lastIndex = j + (chain ? chain[0].length : 0);
        continue;
      }
      const n = readNumeral(raw, 'vi');
      const d = readNumeral(numbers[0], 'vi');
      const end = j + chain[0].length;
      re.lastIndex = end;
      if (!n || !d || d.value === 0) continue;
      figures.push({
        value: n.value,
        raw: s.slice(i, end),
        span: originalSpan(f, i, end),
        ...unitOf(original, f, end, b),
        decimals: decimalsOf(raw, n.value),
        of: d.value,
        ofDecimals: decimalsOf(numbers[0], d.value),
      });
      continue;
    }
    if (YEAR.test(raw)) {
      years.push({ year: Number(raw), span: originalSpan(f, i, i + raw.length) });
      // "2016-2020", "2016 - 2018": both years.
      const second = /^\s*[-–—]\s*((?:19|20)\d{2})(?!\d)/.exec(s.slice(j, b));
      if (second) {
        const k = j + second[0].length;
        years.push({ year: Number(second[1]), span: originalSpan(f, k - 4, k) });
        re.lastIndex = k;
      }
      continue;
    }
    if (/^[a-z]/.test(s.slice(j, j + 1)) && GLUED_NAME.test(s.slice(j, j + 2))) continue;
    if (LABEL_BEFORE.test(beforeWords(original, f, i))) continue;
    const n = readNumeral(raw, 'vi');
    if (!n) continue;
    const fig: Figure = { value: n.value, raw, span: [0, 0], unit: '', decimals: decimalsOf(raw, n.value) };
    // A range: "32-38", "5.400 - 5.700", "8 - 10%", "từ 2 đến 3".
    const range = /^\s*(?:[-–—]|den)\s*(\d+(?:[.,]\d+)*)(?![\d/])/.exec(s.slice(j, b));
    if (range) {
      const hi = readNumeral(range[1].replace(/[.,]$/, ''), 'vi');
      if (hi && hi.value >= n.value && !YEAR.test(range[1])) {
        fig.approx = 'range';
        fig.high = hi.value;
        j += range[0].length;
      }
    }
    const pct = /^\s*%/.exec(s.slice(j, b));
    if (pct) {
      j += pct[0].length;
      fig.unit = '%';
    } else Object.assign(fig, unitOf(original, f, j, b));
    if (!fig.approx) {
      const before = s.slice(Math.max(a, i - 16), i);
      for (const [q, kind] of QUALIFIER_BEFORE) {
        if (q.test(before)) {
          fig.approx = kind;
          break;
        }
      }
      if (!fig.approx && /^\s*tro (?:len|xuong)\b/.test(s.slice(j, b))) fig.approx = /^\s*tro len/.test(s.slice(j, b)) ? 'over' : 'under';
    }
    fig.span = originalSpan(f, i, j);
    figures.push(fig);
    re.lastIndex = j;
  }
  return { figures, years };
}

/** The original text just before folded index i, lower case and composed (for label words). */
function beforeWords(original: string, f: Folded, i: number): string {
  const at = f.from[i];
  return original
    .slice(Math.max(0, at - 24), at)
    .normalize('NFC')
    .toLowerCase();
}

function decimalsOf(raw: string, value: number): number {
  if (Number.isInteger(value)) return 0;
  const m = /[.,](\d+)$/.exec(raw);
  return m ? m[1].length : 0;
}

/** The unit words after folded index j (up to b), folded: "thue bao", "du an", "may/100 dan", "dvc muc do 3"; "" when none. */
export function unitAfter(original: string, f: Folded, j: number, b: number): [string, string] {
  if (j >= b) return ['', ''];
  const end = Math.min(b, j + 60);
  let rest = original
    .slice(f.from[j], f.from[end - 1] + 1)
    .normalize('NFC')
    .toLowerCase()
    .replace(/\/\s*100\s*/g, '/100 ');
  const cut = /[,;:.()[\]“”"!?\t\n]/.exec(rest);
  if (cut) rest = rest.slice(0, cut.index);
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let k = 0; k < words.length && out.length < 5; k++) {
    const w = words[k];
    if (/^\d/.test(w)) {
      // "mức độ 3", "cấp 2": the label's number is part of the unit; any other number ends it.
      if (out.length && /^(?:do|muc|cap|loai)$/.test(fold(out[out.length - 1]))) {
        out.push(w);
        continue;
      }
      break;
    }
    if (w === 'bao' && words[k + 1] === 'gồm') break;
    if (UNIT_STOP.has(w) || /^[-–—+=~&]$/.test(w)) break;
    out.push(w);
  }
  return [out.map(fold).join(' ').replace(/^tb\b/, 'thue bao'), out.join(' ')];
}

function unitOf(original: string, f: Folded, j: number, b: number): { unit: string; unitText: string } {
  const [unit, unitText] = unitAfter(original, f, j, b);
  return { unit, unitText };
}

/** True when a figure counts or measures something that adds up (no percentage, density, range or label). */
export function isAdditive(fig: Figure): boolean {
  return fig.unit !== '' && fig.unit !== '%' && !fig.unit.includes('/') && fig.of === undefined && !/^(?:lan|nam|thang|ngay|gio|phut)\b/.test(fig.unit);
}

/** Two units name the same thing when one is the other's first words ("tram" and "tram bts 2g"). */
export function sameThing(u: string, v: string): boolean {
  if (!u || !v) return false;
  const a = u.split(' ');
  const b = v.split(' ');
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
