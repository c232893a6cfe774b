/**
 * What the contract suite's pages say, in Vietnamese and English: the
 * contract page (contract.html) shows both at once; the task pane's
 * "Chẩn đoán" view takes them into its string table (taskpane/i18n.ts),
 * so the warning reads the same in both places.
 */
export const CONTRACT_WORDS = {
  contractRun: { vi: 'Chạy kiểm tra hợp đồng', en: 'Run the contract suite' },
  contractWarning: {
    vi: 'Bộ kiểm tra thêm một trang tạm “chitieu-contract” vào sổ tính này rồi xoá nó khi xong. Xoá một trang tính làm Excel xoá luôn lịch sử hoàn tác (Ctrl+Z) của mình: những thao tác trước đó sẽ không hoàn tác được nữa. Nên chạy trên một sổ tính thử.',
    en: 'The suite adds a scratch sheet “chitieu-contract” to this workbook and deletes it when done. Deleting a sheet makes Excel clear its own undo history (Ctrl+Z): what was done before can no longer be undone. Best run it on a test workbook.',
  },
  contractRunning: { vi: 'Đang chạy bộ kiểm tra…', en: 'Running the suite…' },
  contractStatusPass: { vi: 'Đạt', en: 'Pass' },
  contractStatusFail: { vi: 'Không đạt', en: 'Fail' },
  contractStatusSkipped: { vi: 'Bỏ qua', en: 'Skipped' },
  contractStatusManual: { vi: 'Thử bằng tay', en: 'By hand' },
  contractSummary: {
    vi: '{pass} đạt, {fail} không đạt, {skip} bỏ qua, {hand} thử bằng tay',
    en: '{pass} passed, {fail} failed, {skip} skipped, {hand} by hand',
  },
} as const;

export type ContractWord = keyof typeof CONTRACT_WORDS;

/** The parameters of contractSummary from the counts of each status. */
export function summaryParams(n: { pass: number; fail: number; skipped: number; manual: number }): Record<'pass' | 'fail' | 'skip' | 'hand', number> {
  return { pass: n.pass, fail: n.fail, skip: n.skipped, hand: n.manual };
}
