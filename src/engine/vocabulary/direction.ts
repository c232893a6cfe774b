/**
 * Which way an indicator is better, from its meaning: the words of its
 * name (and unit), folded. One list, read top down: the first entry that
 * matches decides. Each entry carries an example the tests read it on.
 *
 * - `lower`: a smaller value is the better one (poverty rate, unemployment,
 *   prices, accidents, processing times, service radius, people per point,
 *   rank positions);
 * - `higher`: a larger value is better — most indicators, and every amount
 *   of reduction: "Giảm tỷ lệ hộ nghèo 1-1,5%" and "Tỷ lệ hộ nghèo giảm"
 *   count how much it fell, so more is better;
 * - a level to bring down to ("Giảm tỷ lệ hộ nghèo xuống còn 3%") is the
 *   rate itself again: lower.
 */

export type Direction = 'lower' | 'higher';

export interface DirectionEntry {
  /** Tested on the folded name and unit ("ty le ho ngheo", "km/diem"). */
  pattern: RegExp;
  direction: Direction;
  /** A name as planners write it that this entry decides. */
  example: string;
  /** Why, in a few words (for the README and the reader). */
  why: string;
}

export const DIRECTION_VOCABULARY: readonly DirectionEntry[] = [
  // A level to bring down to: "Giảm tỷ lệ hộ nghèo xuống còn dưới 3%".
  {
    pattern: /^(phan dau )?(giam|ha)\b.*\b(xuong|con)\b/,
    direction: 'lower',
    example: 'Giảm tỷ lệ hộ nghèo xuống còn dưới 3%',
    why: 'a level to bring down to',
  },
  // An amount of reduction: "Giảm tỷ lệ hộ nghèo", "Mức giảm tỷ lệ hộ nghèo", "Tỷ lệ hộ nghèo giảm".
  {
    pattern: /^(phan dau |muc |ty le |toc do )?(giam|ha)\b/,
    direction: 'higher',
    example: 'Giảm tỷ lệ hộ nghèo bình quân 1-1,5%/năm',
    why: 'an amount of reduction',
  },
  {
    pattern: /\b(giam|ha) (binh quan|hang nam|moi nam|duoc)\b|\bgiam\s*(\(|$|%|\/)/,
    direction: 'higher',
    example: 'Tỷ lệ hộ nghèo giảm bình quân',
    why: 'an amount of reduction',
  },
  { pattern: /\bthoat ngheo\b/, direction: 'higher', example: 'Số hộ nghèo thoát nghèo trong năm', why: 'households leaving poverty' },
  // Ranks: 7/63 beats 9/63.
  { pattern: /\bxep hang\b|\bthu hang\b|\bvi thu\b|^hang\b/, direction: 'lower', example: 'Xếp hạng chỉ số ICT-Index', why: 'a rank position' },
  // Poverty.
  { pattern: /\bho (can )?ngheo\b|\bngheo da chieu\b/, direction: 'lower', example: 'Tỷ lệ hộ nghèo', why: 'poverty' },
  // Unemployment and under-employment.
  { pattern: /\bthat nghiep\b|\bthieu viec lam\b/, direction: 'lower', example: 'Tỷ lệ thất nghiệp khu vực thành thị', why: 'unemployment' },
  // Prices.
  { pattern: /\bchi so gia\b|\bcpi\b|\blam phat\b/, direction: 'lower', example: 'Chỉ số giá tiêu dùng (CPI) bình quân', why: 'prices' },
  // Accidents, deaths, violations, fires.
  {
    pattern: /\btai nan\b|\b(nguoi|so nguoi) (chet|tu vong)\b|\btu vong\b|\bty (suat|so|le) chet\b|\bchay no\b/,
    direction: 'lower',
    example: 'Số người chết do tai nạn giao thông',
    why: 'accidents and deaths',
  },
  // Malnutrition, illness.
  {
    pattern: /\bsuy dinh duong\b|\bmac moi\b|\bty le (mac|nhiem)\b/,
    direction: 'lower',
    example: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
    why: 'malnutrition and illness',
  },
  // Time taken and files late.
  {
    pattern: /\bthoi gian (xu ly|giai quyet|cho|thong quan|tiep can|thuc hien thu tuc)\b|\b(tre|qua) han\b|\bton dong\b/,
    direction: 'lower',
    example: 'Thời gian xử lý hồ sơ trung bình',
    why: 'time taken, files late',
  },
  {
    pattern: /\bso (ngay|gio) (xu ly|giai quyet|cho)\b/,
    direction: 'lower',
    example: 'Số ngày giải quyết hồ sơ cấp phép',
    why: 'time taken, in days or hours',
  },
  // Service radius and people per service point.
  {
    pattern: /\bban kinh phuc vu\b|\bso dan phuc vu\b|\b(km|nguoi|dan)\/diem\b|\bnguoi\/(tram|buu cuc|diem phuc vu)\b/,
    direction: 'lower',
    example: 'Bán kính phục vụ bình quân',
    why: 'service radius, people per point',
  },
  // Losses and bad debt.
  { pattern: /\bno xau\b|\bthat thoat\b|\bton that\b|\bo nhiem\b/, direction: 'lower', example: 'Tỷ lệ nợ xấu', why: 'losses, bad debt, pollution' },
];

/** Any entry at all (one test first: most names match none). */
const ANY = new RegExp(DIRECTION_VOCABULARY.map((e) => `(?:${e.pattern.source})`).join('|'));

const HIGHER = { direction: 'higher' as const };

/** The direction of an indicator from its folded name and unit; `higher` unless an entry says otherwise. */
export function directionOf(foldedName: string, foldedUnit = ''): { direction: Direction; entry?: DirectionEntry } {
  if (!ANY.test(foldedName) && !(foldedUnit && ANY.test(foldedUnit))) return HIGHER;
  for (const entry of DIRECTION_VOCABULARY) {
    if (entry.pattern.test(foldedName)) return { direction: entry.direction, entry };
  }
  // The unit alone can tell (km/điểm, người/điểm, "hạng").
  if (foldedUnit) {
    for (const entry of DIRECTION_VOCABULARY) {
      if (entry.direction === 'lower' && entry.pattern.test(foldedUnit)) return { direction: 'lower', entry };
    }
  }
  return HIGHER;
}
