/**
 * Kind 5, key tasks (seed 001, "PHỤ LỤC – MỘT SỐ NHIỆM VỤ TRỌNG TÂM"):
 * TT | Chương trình, đề án, chính sách, nhiệm vụ | Thời gian bắt đầu |
 * Thời gian kết thúc | Đơn vị chủ trì | Ghi chú
 */
import type { Column, ColumnClass, KindSpec } from '../../table';
import { fold } from '../../text';

const STT = /^(s\.?tt|tt|so tt)\.?$/;
const NOTE = /^ghi chu\b/;
const PARTNER = /phoi hop|tham gia/;
const PRODUCT =
  /^(san pham|ket qua|ket qua, san pham|ket qua\/san pham|san pham dau ra|quy mo, muc tieu, ket qua|muc tieu, ket qua|hinh thuc van ban|ket qua dau ra)\b/;
const START = /bat dau|khoi dau|khoi cong|tu ngay|tu thang|^tu$/;
const END = /ket thuc|hoan thanh|thoi han|den ngay|den thang|^den$/;
const PERIOD = /^(thoi gian|thoi gian thuc hien|tien do|tien do thuc hien|thoi gian trien khai|lo trinh|thoi diem|(cac )?moc thoi gian|lich)\b/;
const OWNER = /chu tri|don vi thuc hien|co quan thuc hien|don vi phu trach|co quan phu trach|^don vi$|^co quan$|trach nhiem thuc hien/;
const TASK = /chuong trinh|de an|nhiem vu|noi dung cong viec|cong viec|chinh sach|^noi dung\b|^ten nhiem vu|giai phap|hoat dong/;

function classify(labels: string[]): ColumnClass | undefined {
  if (!labels.length) return undefined;
  const folded = labels.map(fold);
  const own = folded[folded.length - 1];
  const all = folded.join(' / ');
  if (STT.test(own)) return { role: 'stt' };
  if (NOTE.test(own)) return { role: 'note' };
  if (PARTNER.test(own)) return { role: 'partner' };
  if (OWNER.test(own)) return { role: 'owner' };
  if (START.test(own)) return { role: 'start' };
  if (END.test(own)) return { role: 'end' };
  if (PERIOD.test(own)) return { role: 'period' };
  if (PRODUCT.test(own)) return { role: 'product' };
  if (TASK.test(all)) return { role: 'task' };
  return undefined;
}

const TIME = new Set(['start', 'end', 'period']);

export const taskList: KindSpec = {
  kind: 'task-list',
  isHeaderWord: (f) =>
    STT.test(f) || NOTE.test(f) || PARTNER.test(f) || START.test(f) || END.test(f) || PERIOD.test(f) || OWNER.test(f) || TASK.test(f) || PRODUCT.test(f),
  classify,
  score(columns: Column[]) {
    const has = (r: string) => columns.some((c) => c.role === r);
    const time = columns.some((c) => TIME.has(c.role));
    return has('task') && (time || has('owner')) ? 15 + (has('owner') ? 1 : 0) + (time ? 1 : 0) : 0;
  },
  needs: [{ anyOf: ['task'] }, { anyOf: ['start', 'end', 'period', 'owner'] }],
  nameRole: 'task',
  numericRoles: [],
};
