/**
 * Which quantities add up. Counts, money and lengths do (thuê bao, trạm,
 * km, dự án, tỷ đồng, triệu đồng); ratios and densities never do (%,
 * /100 dân, km/điểm, người/điểm), nor averages and rates.
 */
import { fold } from './text';

const ADDITIVE_UNIT =
  /\b(thue bao|tb|tram|km|m|du an|cong trinh|ty dong|trieu dong|nghin dong|dong|vnd|diem|xa|may|nguoi|cai|chiec|doanh nghiep|co so|don vi|trang|ho|tin|bai|luot|buu cuc|dai|co quan|ban|dau sach|cuon|tac pham|so|gian hang|dich vu|thu tuc|ho so|van ban)\b/;
const NOT_ADDITIVE_NAME = /mat do|ty le|binh quan|toc do|chi so|xep hang|ban kinh|trung binh/;

export function isAdditive(unit: string, name = ''): boolean {
  return isAdditiveFolded(fold(unit), fold(name));
}

/** The same, for a unit and name already folded. */
export function isAdditiveFolded(u: string, name: string): boolean {
  if (u === '' || u.includes('%') || u.includes('/')) return false;
  if (NOT_ADDITIVE_NAME.test(name)) return false;
  return ADDITIVE_UNIT.test(u);
}
