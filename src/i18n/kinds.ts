/** Names of the standard sheet kinds and column roles, in both languages. */
import type { Kind, Role } from '../engine/report';
import type { Lang } from './lang';

export const KIND_NAMES: Record<Kind, Record<Lang, string>> = {
  'indicator-plan': { vi: 'Biểu rà soát chỉ tiêu kế hoạch', en: 'Indicator plan review' },
};

export const ROLE_NAMES: Record<Role, Record<Lang, string>> = {
  stt: { vi: 'Số thứ tự', en: 'Number' },
  name: { vi: 'Chỉ tiêu', en: 'Indicator' },
  unit: { vi: 'Đơn vị tính', en: 'Unit' },
  actual: { vi: 'Thực hiện', en: 'Actual' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  estimate: { vi: 'Ước thực hiện', en: 'Estimate' },
  ratio: { vi: 'So sánh (%)', en: 'Comparison (%)' },
  note: { vi: 'Ghi chú', en: 'Note' },
};
