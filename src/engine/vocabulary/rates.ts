/**
 * Indicators that are themselves rates of change ("Tốc độ tăng GRDP",
 * "Tăng trưởng kinh tế", "Chỉ số phát triển"): they can be negative, are
 * never summed into their parent, never out of range below zero, and get
 * no growth of their own.
 */
const RATE_NAME = [
  /^(toc do|muc|ty le) (tang|tang truong|phat trien|gia tang)\b/,
  /^tang truong\b/,
  /\btoc do tang\b|\btoc do tang truong\b|\btang truong (kinh te|binh quan|grdp)\b/,
  /\bchi so phat trien\b|\bchi so (san xuat|gia)\b/,
];

/** "GRDP tăng", "Giá trị sản xuất tăng bình quân" in %: the figure is the increase. */
const ENDS_WITH_RISE = /\btang( binh quan)?( hang nam| moi nam)?\s*(\(.*\))?$/;

/** Any of them (one test first: most names are none). */
const ANY = new RegExp(`${RATE_NAME.map((re) => `(?:${re.source})`).join('|')}|\\btang\\b`);

/** From the folded name and unit. */
export function isRateName(folded: string, unit = ''): boolean {
  if (!ANY.test(folded)) return false;
  if (RATE_NAME.some((re) => re.test(folded))) return true;
  return (unit === '%' || unit === '') && ENDS_WITH_RISE.test(folded) && !/^(so|tong so)\b/.test(folded);
}
