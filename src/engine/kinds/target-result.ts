/**
 * Kind 2, targets against results (mid-term reviews, seed 004):
 * TT | Nội dung chỉ tiêu đến năm 2015 | Kết quả hiện tại (6/2013) | Tỷ lệ hoàn thành chỉ tiêu (%)
 * Targets and results are sentences with numbers inside.
 */
import type { Column, ColumnClass, KindSpec } from '../table';
import { fold } from '../text';

const STT = /^(s\.?tt|tt|so tt)\.?$/;
const NOTE = /^ghi chu\b/;
const COMPLETION = /\b(ty le hoan thanh|muc do hoan thanh|% hoan thanh|hoan thanh chi tieu|ty le dat|danh gia muc do)\b/;
const RESULT = /\b(ket qua|thuc hien den|da dat duoc|tinh hinh thuc hien)\b/;
const TARGET = /\b(noi dung chi tieu|chi tieu den nam|chi tieu ke hoach|muc tieu|chi tieu de ra|chi tieu)\b/;

function classify(labels: string[]): ColumnClass | undefined {
  const f = fold(labels.join(' / '));
  if (STT.test(f)) return { role: 'stt' };
  if (NOTE.test(f)) return { role: 'note' };
  if (COMPLETION.test(f)) return { role: 'completion' };
  if (RESULT.test(f)) return { role: 'result' };
  if (TARGET.test(f)) return { role: 'target' };
  return undefined;
}

export const targetResult: KindSpec = {
  kind: 'target-result',
  isHeaderWord: (f) => STT.test(f) || NOTE.test(f) || COMPLETION.test(f) || RESULT.test(f) || TARGET.test(f),
  classify,
  score(columns: Column[]) {
    const has = (r: string) => columns.some((c) => c.role === r);
    return has('result') && (has('target') || has('completion')) ? 20 : 0;
  },
  nameRole: 'target',
  numericRoles: ['completion'],
};
