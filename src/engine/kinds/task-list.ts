/**
 * Kind 5, key tasks (seed 001, "PHỤ LỤC – MỘT SỐ NHIỆM VỤ TRỌNG TÂM"):
 * TT | Chương trình, đề án, chính sách, nhiệm vụ | Thời gian bắt đầu |
 * Thời gian kết thúc | Đơn vị chủ trì | Ghi chú
 */
import type { Column, ColumnClass, KindSpec } from '../table';
import { fold } from '../text';

const STT = /^(s\.?tt|tt|so tt)\.?$/;
const NOTE = /^ghi chu\b|phoi hop/;
const START = /bat dau|khoi dau|tu ngay|tu thang/;
const END = /ket thuc|hoan thanh|thoi han|den ngay|den thang/;
const OWNER = /chu tri|don vi thuc hien|co quan thuc hien|don vi phu trach|co quan phu trach|^don vi$/;
const TASK = /chuong trinh|de an|nhiem vu|noi dung cong viec|cong viec|chinh sach/;

function classify(labels: string[]): ColumnClass | undefined {
  if (!labels.length) return undefined;
  const folded = labels.map(fold);
  const own = folded[folded.length - 1];
  const all = folded.join(' / ');
  if (STT.test(own)) return { role: 'stt' };
  if (NOTE.test(own)) return { role: 'note' };
  if (START.test(own)) return { role: 'start' };
  if (END.test(own)) return { role: 'end' };
  if (OWNER.test(own)) return { role: 'owner' };
  if (TASK.test(all)) return { role: 'task' };
  return undefined;
}

export const taskList: KindSpec = {
  kind: 'task-list',
  isHeaderWord: (f) => STT.test(f) || NOTE.test(f) || START.test(f) || END.test(f) || OWNER.test(f) || TASK.test(f),
  classify,
  score(columns: Column[]) {
    const has = (r: string) => columns.some((c) => c.role === r);
    return has('task') && (has('start') || has('end')) ? 15 + (has('owner') ? 1 : 0) : 0;
  },
  nameRole: 'task',
  numericRoles: [],
};
