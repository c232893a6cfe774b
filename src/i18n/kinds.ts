/** Names of the standard sheet kinds and column roles, in both languages. */
import type { Kind, Role } from '../engine/report';
import type { Lang } from './lang';

export const KIND_NAMES: Record<Kind, Record<Lang, string>> = {
  'indicator-plan': { vi: 'Biểu rà soát chỉ tiêu kế hoạch', en: 'Indicator plan review' },
  'target-result': { vi: 'Bảng chỉ tiêu và kết quả thực hiện', en: 'Targets and results' },
  'time-series': { vi: 'Chuỗi số liệu theo năm', en: 'Time series by year' },
  investment: { vi: 'Kế hoạch đầu tư công', en: 'Public investment plan' },
  'task-list': { vi: 'Danh mục nhiệm vụ trọng tâm', en: 'Key tasks' },
};

export const ROLE_NAMES: Record<Role, Record<Lang, string>> = {
  stt: { vi: 'Số thứ tự', en: 'Number' },
  name: { vi: 'Tên chỉ tiêu, dự án', en: 'Indicator or project' },
  unit: { vi: 'Đơn vị tính', en: 'Unit' },
  note: { vi: 'Ghi chú', en: 'Note' },
  evaluation: { vi: 'Đánh giá', en: 'Evaluation' },
  actual: { vi: 'Thực hiện', en: 'Actual' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  estimate: { vi: 'Ước thực hiện', en: 'Estimate' },
  ratio: { vi: 'So sánh (%)', en: 'Comparison (%)' },
  target: { vi: 'Chỉ tiêu đặt ra', en: 'Target' },
  result: { vi: 'Kết quả thực hiện', en: 'Result' },
  completion: { vi: 'Tỷ lệ hoàn thành (%)', en: 'Completion (%)' },
  value: { vi: 'Số liệu năm', en: 'Value of a year' },
  time: { vi: 'Năm, kỳ (theo dòng)', en: 'Year or period (down the rows)' },
  'total-investment': { vi: 'Tổng mức đầu tư', en: 'Total investment' },
  'central-budget': { vi: 'Ngân sách trung ương', en: 'Central budget' },
  'local-budget': { vi: 'Ngân sách địa phương', en: 'Local budget' },
  'other-budget': { vi: 'Nguồn vốn khác', en: 'Other sources' },
  'period-plan': { vi: 'Kế hoạch trung hạn', en: 'Medium-term plan' },
  allocated: { vi: 'Lũy kế vốn đã bố trí', en: 'Allocated to date' },
  'year-plan': { vi: 'Kế hoạch vốn năm', en: 'Capital plan of the year' },
  disbursed: { vi: 'Giải ngân', en: 'Disbursed' },
  location: { vi: 'Địa điểm', en: 'Location' },
  period: { vi: 'Thời gian thực hiện (KC-HT)', en: 'Time span (start–completion)' },
  decision: { vi: 'Quyết định đầu tư', en: 'Investment decision' },
  investor: { vi: 'Chủ đầu tư', en: 'Investor' },
  amount: { vi: 'Số lượng, khối lượng khác', en: 'Other amount' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  start: { vi: 'Thời gian bắt đầu', en: 'Start' },
  end: { vi: 'Thời gian kết thúc', en: 'End' },
  owner: { vi: 'Đơn vị chủ trì', en: 'Owning unit' },
  partner: { vi: 'Cơ quan phối hợp', en: 'Partner units' },
  product: { vi: 'Sản phẩm', en: 'Product' },
};

// The roles a user may pick for each kind are the kind's own data (src/engine/kinds).
export { KIND_ROLES } from '../engine/kinds';
