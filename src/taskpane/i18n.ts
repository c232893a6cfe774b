/**
 * Every string the task pane and the workbench show, Vietnamese first.
 * `t(lang, key, params)` picks one and fills its `{placeholders}`.
 */
import type { Lang } from '../i18n/lang';
import type { Metric, Severity } from '../engine/report';
import { maybePseudo } from './pseudo';
import { fill, type Params } from '../i18n/format';
import { CONTRACT_WORDS } from '../contract/words';

export const DEFAULT_LANG: Lang = 'vi';

const STRINGS = {
  // Header and language switch
  appName: { vi: 'Chỉ tiêu', en: 'Chỉ tiêu' },
  appTagline: {
    vi: 'Kiểm tra và tính toán biểu chỉ tiêu ngành TT&TT',
    en: 'Check and compute ICT indicator sheets',
  },
  langSwitchLabel: { vi: 'Ngôn ngữ', en: 'Language' },
  langVi: { vi: 'Tiếng Việt', en: 'Tiếng Việt' },
  langEn: { vi: 'English', en: 'English' },

  // Actions
  check: { vi: 'Kiểm tra', en: 'Check' },
  compute: { vi: 'Tính toán', en: 'Compute' },
  checkHint: {
    vi: 'Đọc trang tính đang mở, nhận dạng biểu và kiểm tra số liệu. Chỉ đọc, không làm mất lịch sử Ctrl+Z của Excel.',
    en: 'Read the active sheet, recognise it and check its entries. It only reads, and leaves Excel’s Ctrl+Z history as it is.',
  },
  checkWorkbook: { vi: 'Kiểm tra cả sổ', en: 'Check the whole workbook' },
  checkWorkbookHint: {
    vi: 'Đọc và kiểm tra mọi trang tính của sổ (chỉ đọc); bấm một vấn đề để mở trang đó tại ô của nó.',
    en: 'Read and check every sheet of the workbook (read only); press an issue to open its sheet at its cell.',
  },
  bookTitle: { vi: 'Cả sổ: {n} trang tính', en: 'Whole workbook: {n} sheets' },
  bookNoTable: { vi: 'Không nhận ra biểu chuẩn', en: 'No standard table recognised' },
  bookCounts: { vi: '{error} lỗi, {warning} cảnh báo, {info} lưu ý', en: '{error} errors, {warning} warnings, {info} notes' },
  bookMore: { vi: 'Còn {n} lỗi và cảnh báo khác trên trang này.', en: '{n} more errors and warnings on this sheet.' },
  bookOpen: { vi: 'Mở trang này', en: 'Open this sheet' },
  bookOpenHint: { vi: 'Mở trang “{sheet}” tại ô {cell} và kiểm tra trang', en: 'Open the sheet “{sheet}” at cell {cell} and check it' },
  fillOwn: { vi: 'Điền các cột So sánh (%) của biểu', en: 'Fill the sheet’s own “So sánh (%)” columns' },
  fillOwnCells: { vi: 'Cột {columns}: {cells} ô trống, điền bằng công thức', en: 'Columns {columns}: {cells} empty cells, filled with formulas' },
  computeHint: {
    vi: 'Chọn các cột cần tính, xem trước rồi ghi vào trang tính đang mở. Khi ghi, tiện ích đọc các ô gộp để hoàn tác được; trên Excel cho Windows việc này làm Excel xoá lịch sử Ctrl+Z trước đó (nút “Hoàn tác” của tiện ích vẫn hoàn tác được lần ghi).',
    en: 'Pick the columns to compute, preview them, then write them into the active sheet. Writing reads the merged cells so it can be undone; on Excel for Windows that clears Excel’s earlier Ctrl+Z history (the pane’s “Undo” still takes the write back).',
  },
  busy: { vi: 'Đang xử lý…', en: 'Working…' },
  idle: {
    vi: 'Mở trang tính cần xử lý rồi bấm “Kiểm tra” hoặc “Tính toán”; “Phụ lục” lập phụ lục nhiệm vụ trọng tâm.',
    en: 'Open the sheet to work on, then press “Check” or “Compute”; “Appendix” builds the appendix of key tasks.',
  },

  // Sheet summary
  sheet: { vi: 'Trang tính', en: 'Sheet' },
  kindNone: { vi: 'Không nhận ra biểu chuẩn', en: 'Not a recognised standard sheet' },
  headerRowsValue: { vi: 'dòng {from}–{to}', en: 'rows {from}–{to}' },
  rechecked: { vi: 'Đã kiểm tra lại sau khi sửa', en: 'Re-checked after your edit' },
  rechecking: { vi: 'Đang kiểm tra lại…', en: 'Re-checking…' },

  // Tables
  tables: { vi: 'Các bảng ({n})', en: 'Tables ({n})' },
  tableN: { vi: 'Bảng {n}', en: 'Table {n}' },
  tableRows: { vi: 'Tiêu đề: {header} · Số liệu: {data}', en: 'Header: {header} · Data: {data}' },
  rowSingle: { vi: 'dòng {n}', en: 'row {n}' },
  wordCopy: { vi: 'Sao chép bảng cho Word', en: 'Copy table for Word' },
  wordCopyHint: {
    vi: 'Sao chép bảng (kể cả các cột đã tính) theo thể thức Nghị định 30: Times New Roman, tiêu đề in đậm căn giữa, kẻ khung, số như Excel hiển thị. Dán vào Word bằng Ctrl+V.',
    en: 'Copy the table (with its computed columns) in the Decree 30 layout: Times New Roman, bold centred header, borders, figures as Excel shows them. Paste into Word with Ctrl+V.',
  },
  wordDocx: { vi: 'Tải về .docx', en: 'Download .docx' },
  wordDocxHint: {
    vi: 'Tải bảng về thành tệp Word {name}: khổ A4 (nằm ngang khi bảng rộng), dòng tiêu đề lặp lại ở mỗi trang.',
    en: 'Download the table as the Word file {name}: A4 (landscape when the table is wide), the header repeated on every page.',
  },
  wordCopied: { vi: 'Đã sao chép bảng. Mở Word và dán (Ctrl+V).', en: 'Table copied. Paste it into Word (Ctrl+V).' },
  wordDownloaded: { vi: 'Đã tạo tệp {name}.', en: 'Created {name}.' },
  wordCopyFailed: {
    vi: 'Không sao chép được: Excel không cho phép ghi vào bộ nhớ tạm. Hãy dùng “Tải về .docx”.',
    en: 'Could not copy: Excel did not allow writing to the clipboard. Use “Download .docx” instead.',
  },
  wordRecheck: {
    vi: 'Để sao chép bảng cho Word kèm các cột vừa tính, hãy nhấn “Kiểm tra” lại.',
    en: 'To copy the table for Word with the columns just computed, press “Check” again.',
  },
  wordGone: {
    vi: 'Bảng này không còn trong lần đọc trang tính: hãy nhấn “Kiểm tra” lại.',
    en: 'This table is no longer in the sheet as read: press “Check” again.',
  },

  // Columns
  columns: { vi: 'Các cột ({n})', en: 'Columns ({n})' },
  columnsNone: { vi: 'Không nhận ra cột nào.', en: 'No columns recognised.' },
  roleGrowth: { vi: 'Tăng trưởng (%)', en: 'Growth (%)' },
  yearValue: { vi: 'năm {year}', en: '{year}' },
  ratioOf: { vi: '{num} / {den}', en: '{num} / {den}' },
  roleSelectLabel: { vi: 'Vai trò của cột {col}', en: 'Role of column {col}' },
  ignoreColumn: { vi: 'Bỏ qua cột', en: 'Ignore column' },
  corrected: { vi: 'đã sửa', en: 'corrected' },
  correctedHint: {
    vi: 'Vai trò của cột này do bạn chỉnh, không phải do nhận dạng tự động.',
    en: 'You set this column’s role; it was not recognised automatically.',
  },
  ignoredColumns: { vi: 'Cột đã bỏ qua', en: 'Ignored columns' },
  resetRoles: { vi: 'Khôi phục nhận dạng', en: 'Reset recognition' },
  resetRolesHint: {
    vi: 'Xóa mọi chỉnh sửa vai trò cột của trang tính này rồi kiểm tra lại.',
    en: 'Clear every column role correction of this sheet, then check again.',
  },

  // Issues
  issues: { vi: 'Vấn đề ({n})', en: 'Issues ({n})' },
  issuesNone: { vi: 'Không phát hiện vấn đề nào.', en: 'No issues found.' },
  groupShow: { vi: 'Xem từng ô ({n})', en: 'Show each cell ({n})' },
  groupHide: { vi: 'Thu gọn', en: 'Collapse' },
  groupFix: { vi: 'Sửa cả {n} ô', en: 'Fix all {n} cells' },
  ignore: { vi: 'Bỏ qua', en: 'Ignore' },
  ignoreLabel: { vi: 'Bỏ qua vấn đề ở ô {cell}', en: 'Ignore the issue at cell {cell}' },
  ignoreHint: {
    vi: 'Ẩn vấn đề này cho đến khi ô thay đổi; lưu trong tệp.',
    en: 'Hide this issue until the cell changes; saved in the file.',
  },
  ignoredShow: { vi: 'Hiện các vấn đề đã bỏ qua ({n})', en: 'Show ignored issues ({n})' },
  ignoredHide: { vi: 'Ẩn các vấn đề đã bỏ qua ({n})', en: 'Hide ignored issues ({n})' },
  ignoredList: { vi: 'Các vấn đề đã bỏ qua', en: 'Ignored issues' },
  unignore: { vi: 'Hiện lại', en: 'Show again' },
  unignoreLabel: { vi: 'Hiện lại vấn đề ở ô {cell}', en: 'Show the issue at cell {cell} again' },
  kindChosen: { vi: 'Loại bảng do bạn chọn (lưu trong tệp).', en: 'Kind chosen by you (saved in the file).' },
  kindAuto: { vi: 'Để chitieu tự nhận ra', en: 'Let chitieu recognise it' },
  directionHeading: { vi: 'Chiều của chỉ tiêu', en: 'Direction of an indicator' },
  directionHint: {
    vi: 'Khi chitieu đoán sai chỉ tiêu nào càng cao hay càng thấp càng tốt, hay chỉ tiêu đặt ra là mức tối thiểu hay tối đa (dòng {from}–{to}).',
    en: 'When chitieu guessed wrong which way an indicator is better, or whether its target is a floor or a ceiling (rows {from}–{to}).',
  },
  directionRow: { vi: 'Dòng', en: 'Row' },
  directionLabel: { vi: 'Chiều tốt của chỉ tiêu', en: 'Which way is better' },
  directionLower: { vi: 'Càng thấp càng tốt', en: 'Lower is better' },
  directionHigher: { vi: 'Càng cao càng tốt', en: 'Higher is better' },
  directionAuto: { vi: 'Để chitieu tự nhận ra', en: 'As chitieu reads it' },
  headerRowsHeading: { vi: 'Tiêu đề bảng ở dòng', en: 'Table header on rows' },
  headerRowsFrom: { vi: 'Từ dòng', en: 'From row' },
  headerRowsTo: { vi: 'đến dòng', en: 'to row' },
  headerRowsSave: { vi: 'Đọc lại', en: 'Read again' },
  boundLabel: { vi: 'Chỉ tiêu đặt ra là', en: 'The target is' },
  boundAuto: { vi: 'Chỉ tiêu: như chữ trong ô', en: 'Target: as its words say' },
  boundFloor: { vi: 'Chỉ tiêu là mức tối thiểu', en: 'Target is a floor (at least)' },
  boundCeiling: { vi: 'Chỉ tiêu là mức tối đa', en: 'Target is a ceiling (at most)' },
  boundExact: { vi: 'Chỉ tiêu là đúng mức', en: 'Target is exact' },
  directionSave: { vi: 'Lưu', en: 'Save' },
  chooseKindLabel: { vi: 'Đọc trang này như:', en: 'Read this sheet as:' },
  chooseKindApply: { vi: 'Áp dụng', en: 'Apply' },
  uncheckedHeading: { vi: 'Chưa kiểm tra được', en: 'Nothing checked' },
  uncheckedLead: {
    vi: 'Không nhận ra biểu chuẩn nào trên trang này, nên chưa kiểm tra số liệu nào.',
    en: 'No standard table was recognised on this sheet, so no figure was checked.',
  },
  uncheckedNoHeader: {
    vi: 'Không thấy dòng nào giống tiêu đề bảng (STT, Chỉ tiêu, Kế hoạch, Dự án, Nhiệm vụ…).',
    en: 'No row looks like a table header (STT, Chỉ tiêu, Kế hoạch, Dự án, Nhiệm vụ…).',
  },
  uncheckedSelect: { vi: 'Chọn dòng {row} trong trang tính', en: 'Select row {row} in the sheet' },
  uncheckedHint: {
    vi: 'Hãy mở trang có biểu, hoặc sửa tiêu đề cột cho rõ (ví dụ “Kế hoạch vốn năm 2024”, “Thời gian thực hiện”).',
    en: 'Open the sheet that holds the table, or make its column headers plain (e.g. “Kế hoạch vốn năm 2024”, “Thời gian thực hiện”).',
  },
  sevError: { vi: 'Lỗi', en: 'Errors' },
  sevWarning: { vi: 'Cảnh báo', en: 'Warnings' },
  sevInfo: { vi: 'Lưu ý', en: 'Notes' },
  issueSelectHint: { vi: 'Chọn ô {cell} trong Excel', en: 'Select cell {cell} in Excel' },
  exportIssues: { vi: 'Xuất danh sách vấn đề', en: 'Export the issue list' },
  exportHint: {
    vi: 'Để gửi cho người rà soát: chép danh sách ra một trang tính mới (mỗi ô là liên kết tới ô có vấn đề; có thể hoàn tác) hoặc tải về tệp .csv.',
    en: 'To send to a reviewer: copy the list to a new sheet (each cell a link to the cell at issue; can be undone) or download a .csv file.',
  },
  exportToSheet: { vi: 'Ra trang tính mới', en: 'To a new sheet' },
  exportToCsv: { vi: 'Tải về tệp .csv', en: 'Download a .csv file' },
  exportedSheet: {
    vi: 'Đã xuất {n} vấn đề ra trang tính mới “{sheet}” ({address}). Bấm “Hoàn tác” để xoá trang này.',
    en: 'The issue list ({n}) is on the new sheet “{sheet}” ({address}). Press “Undo” to delete that sheet.',
  },
  exportOpen: { vi: 'Mở trang “{sheet}”', en: 'Open “{sheet}”' },
  exportedCsv: { vi: 'Đã tải về tệp {file} ({n} vấn đề).', en: 'Downloaded {file}, the issue list ({n}).' },
  fixSuggestion: { vi: 'Gợi ý: {cell} = {value}', en: 'Suggested: {cell} = {value}' },
  fixButton: { vi: 'Sửa: {value}', en: 'Fix: {value}' },
  fixButtonLabel: { vi: 'Sửa: {value} (ô {cell})', en: 'Fix: {value} (cell {cell})' },
  fixHint: {
    vi: 'Ghi {value} vào ô {cell}. Có thể hoàn tác.',
    en: 'Put {value} in cell {cell}. You can undo it.',
  },

  // Undo of the add-in's operations (UndoBar.tsx)
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  undoNext: { vi: 'Hoàn tác: {label}', en: 'Undo: {label}' },
  undoEmpty: {
    vi: 'Chưa có thao tác nào của tiện ích để hoàn tác.',
    en: 'Nothing the add-in did is waiting to be undone.',
  },
  undoMore: { vi: 'Còn {n} bước có thể hoàn tác', en: '{n} steps can be undone' },
  undoDone: { vi: 'Đã hoàn tác: {label}', en: 'Undone: {label}' },
  excelUndoOff: {
    vi: 'Excel ở đây không gộp được mỗi thao tác của tiện ích thành một bước Ctrl+Z, nên Ctrl+Z của Excel không hoàn tác trọn được chúng. Hãy dùng nút “Hoàn tác” của tiện ích.',
    en: 'This Excel cannot make each of the add-in’s operations one Ctrl+Z step, so Excel’s Ctrl+Z cannot take them back whole. Use the add-in’s “Undo” button.',
  },
  undoForce: { vi: 'Vẫn hoàn tác', en: 'Undo anyway' },
  undoForceHint: {
    vi: 'Đưa các ô về như trước khi tiện ích ghi, kể cả những ô bạn đã sửa sau đó.',
    en: 'Put the cells back as they were before the add-in wrote, including those you edited since.',
  },
  undoAreaLabel: { vi: 'Hoàn tác thao tác của tiện ích', en: 'Undo the add-in’s operations' },
  markSwitch: { vi: 'Đánh dấu ô có vấn đề', en: 'Mark problem cells' },

  // Computed
  computed: { vi: 'Ô đã tính ({n})', en: 'Computed cells ({n})' },
  computedSummary: {
    vi: 'Đã tính {n} ô: {formulas} công thức, {values} giá trị.',
    en: 'Computed {n} cells: {formulas} formulas, {values} values.',
  },
  computedNone: { vi: 'Không có ô nào được tính.', en: 'No cells were computed.' },
  metricCompletion: { vi: 'Tỷ lệ hoàn thành', en: 'Completion' },
  metricGrowth: { vi: 'Tăng trưởng', en: 'Growth' },
  metricPlanGrowth: { vi: 'Tăng trưởng kế hoạch', en: 'Plan growth' },
  metricRatio: { vi: 'So sánh của biểu (bằng %)', en: 'The sheet’s own comparison (ratio %)' },
  metricCagr: { vi: 'Tăng bình quân (%/năm)', en: 'Average yearly growth (%)' },
  metricRankChange: { vi: 'Thay đổi thứ hạng (bậc)', en: 'Rank change (places)' },
  metricDisbursement: { vi: 'Tỷ lệ giải ngân', en: 'Disbursement rate' },
  metricAllocation: { vi: 'Tỷ lệ vốn đã bố trí', en: 'Capital allocated' },
  metricDuration: { vi: 'Thời gian thực hiện (tháng)', en: 'Duration (months)' },
  metricElapsed: { vi: 'Phần thời gian đã qua', en: 'Share of time elapsed' },
  valueEmpty: { vi: '(để trống)', en: '(left empty)' },
  isFormula: { vi: 'công thức', en: 'formula' },
  tagRatio: { vi: 'bằng %', en: 'ratio %' },
  tagGrowth: { vi: 'tăng %', en: 'growth %' },
  tagPlaces: { vi: 'bậc', en: 'places' },
  tagMonths: { vi: 'tháng', en: 'months' },
  tagRatioHint: {
    vi: 'Tỷ lệ: A bằng bao nhiêu % của B (100 là bằng nhau).',
    en: 'A ratio: A as a percentage of B (100 means equal).',
  },
  tagGrowthHint: {
    vi: 'Tăng trưởng: A tăng bao nhiêu % so với B (0 là không đổi).',
    en: 'A growth: how many per cent A rose over B (0 means no change).',
  },
  tagPlacesHint: {
    vi: 'Số bậc xếp hạng tăng (+) hoặc giảm (−).',
    en: 'Ranking places gained (+) or lost (−).',
  },
  tagMonthsHint: { vi: 'Số tháng, từ tháng bắt đầu đến tháng kết thúc.', en: 'Months from the start month to the end month.' },

  // Compute panel
  panelTitle: { vi: 'Chọn cột cần tính', en: 'Choose what to compute' },
  panelLoading: { vi: 'Đang xem trước…', en: 'Preparing the preview…' },
  panelNothing: { vi: 'Trang này không có cột nào để tính.', en: 'Nothing to compute on this sheet.' },
  panelTable: { vi: 'Bảng {n}: {kind}', en: 'Table {n}: {kind}' },
  panelLinked: {
    vi: 'Các cột cùng loại được chọn hoặc bỏ cùng nhau.',
    en: 'Columns of the same kind are picked or dropped together.',
  },
  asOfLabel: { vi: 'Tính phần thời gian đã qua đến ngày', en: 'Share of time elapsed at' },
  asOfHint: { vi: 'Ngày/tháng/năm, như 30/6/2023', en: 'Day/month/year, as 30/6/2023' },
  asOfInvalid: {
    vi: 'Chưa có ngày hợp lệ: sẽ không tính phần thời gian đã qua.',
    en: 'No valid date: the share of time elapsed will not be computed.',
  },
  previewTitle: { vi: 'Sẽ ghi {n} ô', en: 'Will write {n} cells' },
  previewSummary: {
    vi: '{formulas} công thức, {values} giá trị.',
    en: '{formulas} formulas, {values} values.',
  },
  previewNoneChecked: { vi: 'Chọn ít nhất một cột để tính.', en: 'Pick at least one column to compute.' },
  previewEmpty: {
    vi: 'Không có ô nào để ghi với lựa chọn này.',
    en: 'No cells to write with this choice.',
  },
  previewMore: { vi: 'và {n} ô nữa', en: 'and {n} more' },
  writeToSheet: { vi: 'Ghi vào trang tính', en: 'Write to sheet' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  isValue: { vi: 'giá trị', en: 'value' },

  // Appendix panel (appendix-panel/)
  appendix: { vi: 'Phụ lục', en: 'Appendix' },
  appendixHint: {
    vi: 'Lập phụ lục nhiệm vụ trọng tâm: chèn vào Excel, sao chép sang Word hoặc tải về tệp .docx.',
    en: 'Build the appendix of key tasks: insert it into Excel, copy it to Word or download a .docx file.',
  },
  apxTitle: { vi: 'Phụ lục nhiệm vụ trọng tâm', en: 'Appendix of key tasks' },
  apxSources: { vi: 'Lấy nhiệm vụ', en: 'Take tasks' },
  apxFromList: { vi: 'Lấy từ bảng nhiệm vụ', en: 'From the task list' },
  apxFromListHint: {
    vi: 'Đọc bảng nhiệm vụ của trang tính đang mở; danh sách bên dưới được thay bằng các nhiệm vụ đó.',
    en: 'Read the task list of the active sheet; its tasks replace the list below.',
  },
  apxFromSelection: { vi: 'Lấy từ vùng chọn', en: 'From the selection' },
  apxFromSelectionHint: {
    vi: 'Đọc các dòng đang chọn: nhiệm vụ, bắt đầu, kết thúc, đơn vị chủ trì, ghi chú (hoặc theo dòng tiêu đề nếu có).',
    en: 'Read the selected rows: task, start, end, owning unit, note (or by their header row, when there is one).',
  },
  apxNoTaskList: { vi: 'Trang này không có bảng nhiệm vụ.', en: 'This sheet has no task list.' },
  apxNoSelection: { vi: 'Vùng chọn không có nhiệm vụ nào.', en: 'The selection holds no tasks.' },
  apxLoaded: { vi: 'Đã lấy {n} nhiệm vụ từ trang “{sheet}”.', en: 'Took {n} tasks from sheet “{sheet}”.' },
  apxLoadedRange: {
    vi: 'Đã lấy {n} nhiệm vụ từ vùng {address} của trang “{sheet}”.',
    en: 'Took {n} tasks from {address} of sheet “{sheet}”.',
  },
  apxTasks: { vi: 'Nhiệm vụ ({n})', en: 'Tasks ({n})' },
  apxTasksNone: {
    vi: 'Chưa có nhiệm vụ nào: lấy từ bảng nhiệm vụ, từ vùng chọn, hoặc thêm từng nhiệm vụ.',
    en: 'No tasks yet: take them from the task list or the selection, or add them one by one.',
  },
  apxAdd: { vi: 'Thêm nhiệm vụ', en: 'Add a task' },
  apxMoveUp: { vi: 'Đưa nhiệm vụ {n} lên', en: 'Move task {n} up' },
  apxMoveDown: { vi: 'Đưa nhiệm vụ {n} xuống', en: 'Move task {n} down' },
  apxEdit: { vi: 'Sửa', en: 'Edit' },
  apxEditLabel: { vi: 'Sửa nhiệm vụ {n}', en: 'Edit task {n}' },
  apxRemove: { vi: 'Xóa', en: 'Remove' },
  apxRemoveLabel: { vi: 'Xóa nhiệm vụ {n}', en: 'Remove task {n}' },
  apxNoOwner: { vi: '(chưa có đơn vị chủ trì)', en: '(no owning unit)' },
  apxNoDate: { vi: '(trống)', en: '(empty)' },
  apxDateInvalid: {
    vi: 'Không đọc được ngày “{text}”: vẫn giữ như đã nhập.',
    en: 'Cannot read the date “{text}”: kept as typed.',
  },
  apxFormAdd: { vi: 'Thêm nhiệm vụ', en: 'Add a task' },
  apxFormEdit: { vi: 'Sửa nhiệm vụ {n}', en: 'Edit task {n}' },
  apxTask: { vi: 'Nhiệm vụ', en: 'Task' },
  apxStart: { vi: 'Thời gian bắt đầu', en: 'Start' },
  apxEnd: { vi: 'Thời gian kết thúc', en: 'End' },
  apxOwner: { vi: 'Đơn vị chủ trì', en: 'Owning unit' },
  apxNote: { vi: 'Ghi chú', en: 'Note' },
  apxDateKind: { vi: 'Kiểu', en: 'Kind' },
  apxKindMonth: { vi: 'Tháng', en: 'Month' },
  apxKindQuarter: { vi: 'Quý', en: 'Quarter' },
  apxKindText: { vi: 'Khác', en: 'Other' },
  apxMonth: { vi: 'Tháng', en: 'Month' },
  apxQuarter: { vi: 'Quý', en: 'Quarter' },
  apxYear: { vi: 'Năm', en: 'Year' },
  apxDateText: { vi: 'Ghi là', en: 'Written as' },
  apxDateTextPlaceholder: { vi: 'VD: Thường xuyên, 30/6/2021', en: 'e.g. Thường xuyên, 30/6/2021' },
  apxDateShows: { vi: 'Sẽ ghi: {text}', en: 'Will read: {text}' },
  apxTaskRequired: { vi: 'Nhập nội dung nhiệm vụ.', en: 'Enter the task.' },
  apxSave: { vi: 'Lưu', en: 'Save' },
  apxAddConfirm: { vi: 'Thêm', en: 'Add' },
  apxOptions: { vi: 'Tùy chọn', en: 'Options' },
  apxTitleLabel: { vi: 'Tiêu đề', en: 'Title' },
  apxTitleHint: {
    vi: 'Viết hoa khi chèn. Ghi giai đoạn (VD: GIAI ĐOẠN 2021-2025) để có tiến độ theo quý.',
    en: 'Set in capitals. Name the period (e.g. GIAI ĐOẠN 2021-2025) for a quarterly timeline.',
  },
  apxSubtitle: { vi: 'Dòng in nghiêng', en: 'Italic line' },
  apxOrder: { vi: 'Thứ tự', en: 'Order' },
  apxOrderGiven: { vi: 'Theo thứ tự nhập', en: 'As entered' },
  apxOrderStart: { vi: 'Theo thời gian bắt đầu', en: 'By start date' },
  apxGroup: { vi: 'Nhóm theo đơn vị chủ trì', en: 'Group by owning unit' },
  apxTimeline: { vi: 'Thêm tiến độ theo quý', en: 'Add a quarterly timeline' },
  apxTimelinePeriod: {
    vi: 'Giai đoạn {from}–{to}: {n} cột quý.',
    en: 'Period {from}–{to}: {n} quarter columns.',
  },
  apxTimelineNoPeriod: {
    vi: 'Tiến độ theo quý cần giai đoạn trong tiêu đề, ví dụ “GIAI ĐOẠN 2021-2025”.',
    en: 'The timeline needs a period in the title, such as “GIAI ĐOẠN 2021-2025”.',
  },
  apxPlace: { vi: 'Vị trí', en: 'Placement' },
  apxPlaceNew: {
    vi: 'Trang mới “Phụ lục” (thay phụ lục cũ trên trang đó nếu có)',
    en: 'New sheet “Phụ lục” (replaces the previous appendix on that sheet)',
  },
  apxPlaceAt: { vi: 'Tại ô…', en: 'At a cell…' },
  apxSheet: { vi: 'Trang tính', en: 'Sheet' },
  apxCell: { vi: 'Ô', en: 'Cell' },
  apxCellInvalid: { vi: 'Nhập địa chỉ một ô, ví dụ B3.', en: 'Enter a cell address, such as B3.' },
  apxSheetsLoading: { vi: 'Đang đọc danh sách trang…', en: 'Reading the sheets…' },
  apxInsert: { vi: 'Chèn phụ lục', en: 'Insert appendix' },
  apxInsertHint: {
    vi: 'Ghi phụ lục vào sổ tính: Times New Roman 13, kẻ khung, khổ A4 nằm ngang. Chèn vào một ô của trang tính có sẵn thì tiện ích đọc các ô gộp ở đó để hoàn tác được; trên Excel cho Windows việc này làm Excel xoá lịch sử Ctrl+Z trước đó (nút “Hoàn tác” của tiện ích vẫn hoàn tác được).',
    en: 'Write the appendix into the workbook: Times New Roman 13, borders, A4 landscape. Inserted at a cell of an existing sheet, it reads the merged cells there so it can be undone; on Excel for Windows that clears Excel’s earlier Ctrl+Z history (the pane’s “Undo” still takes it back).',
  },
  apxCopy: { vi: 'Sao chép cho Word', en: 'Copy for Word' },
  apxCopyHint: {
    vi: 'Sao chép phụ lục dạng bảng có khung để dán vào Word.',
    en: 'Copy the appendix as a bordered table to paste into Word.',
  },
  apxDocx: { vi: 'Tải về .docx', en: 'Download .docx' },
  apxDocxHint: { vi: 'Tải phụ lục về thành tệp Word (Phu-luc.docx).', en: 'Download the appendix as a Word file (Phu-luc.docx).' },
  apxClose: { vi: 'Đóng', en: 'Close' },
  apxWorking: { vi: 'Đang xử lý…', en: 'Working…' },
  apxInserted: { vi: 'Đã chèn vào trang “{sheet}” ({address}).', en: 'Inserted into sheet “{sheet}” ({address}).' },
  apxInsertedNew: {
    vi: 'Đã chèn vào trang mới “{sheet}” ({address}).',
    en: 'Inserted into the new sheet “{sheet}” ({address}).',
  },
  apxInsertedReplaced: {
    vi: 'Đã chèn vào trang “{sheet}” ({address}), đã thay phụ lục cũ.',
    en: 'Inserted into sheet “{sheet}” ({address}), replacing the previous appendix.',
  },
  apxInvalidTitle: {
    vi: 'Ngày không đọc được, ghi nguyên như đã nhập ({n}):',
    en: 'Dates that could not be read, written as typed ({n}):',
  },
  apxInvalidItem: { vi: '“{text}” — {field}, nhiệm vụ {n}', en: '“{text}” — {field}, task {n}' },
  apxFieldStart: { vi: 'bắt đầu', en: 'start' },
  apxFieldEnd: { vi: 'kết thúc', en: 'end' },
  apxSkippedPageSetup: {
    vi: 'Excel này chưa hỗ trợ thiết lập trang in (cần ExcelApi 1.9): hãy tự chọn khổ A4 nằm ngang khi in.',
    en: 'This Excel cannot set up the printed page (needs ExcelApi 1.9): choose A4 landscape yourself when printing.',
  },
  apxCopied: { vi: 'Đã sao chép. Mở Word và dán (Ctrl+V).', en: 'Copied. Paste it into Word (Ctrl+V).' },
  apxCopyFailed: {
    vi: 'Không sao chép được: Excel không cho phép ghi vào bộ nhớ tạm. Hãy dùng “Tải về .docx”.',
    en: 'Could not copy: Excel did not allow writing to the clipboard. Use “Download .docx” instead.',
  },
  apxDownloaded: { vi: 'Đã tạo tệp {name}.', en: 'Created {name}.' },
  apxDownloadFailed: { vi: 'Không tải về được tệp .docx.', en: 'Could not download the .docx file.' },

  // Errors
  errorTitle: { vi: 'Không thực hiện được', en: 'Could not finish' },
  errorGeneric: {
    vi: 'Đã xảy ra lỗi không mong muốn.',
    en: 'An unexpected error occurred.',
  },
  errorDetail: { vi: 'Chi tiết: {detail}', en: 'Details: {detail}' },

  // Boot notes (index.tsx)
  noOfficeJs: {
    vi: 'Không tải được office.js. Hãy mở trang này trong Excel, hoặc chạy `npm start` để dùng trang thử nghiệm.',
    en: 'office.js could not be loaded. Open this page in Excel, or run `npm start` to use the workbench page.',
  },
  notExcel: {
    vi: 'Phần bổ trợ này chạy trong Excel. Hãy mở nó từ Excel (máy tính hoặc Excel trên web).',
    en: 'This add-in runs in Excel. Open it from Excel (desktop or Excel on the web).',
  },
  unsupportedTitle: { vi: 'Phiên bản Excel này chưa được hỗ trợ', en: 'This version of Excel is not supported' },
  unsupportedHost: {
    vi: 'Cần Excel hỗ trợ {set}; Excel đang mở chưa có {set}, nên không đọc và ghi trang tính được.',
    en: 'This add-in needs {set}; the Excel you are using does not have it, so the add-in cannot read or write your sheets.',
  },
  unsupportedWhatToDo: {
    vi: 'Hãy cập nhật Office (Microsoft 365, Excel 2021 trở lên), hoặc dùng Excel trên web.',
    en: 'Update Office (Microsoft 365, Excel 2021 or later), or use Excel on the web.',
  },

  // Workbench (workbench/index.tsx)
  wbTitle: { vi: 'Bàn thử nghiệm Chỉ tiêu', en: 'Chỉ tiêu workbench' },
  wbIntro: {
    vi: 'Trang thử nghiệm cục bộ: một sổ tính mẫu nằm trong bộ nhớ trình duyệt, không cần Excel. Bên phải là ngăn tác vụ thật của phần bổ trợ.',
    en: 'Local workbench: a sample workbook kept in the browser’s memory, no Excel needed. On the right is the add-in’s real task pane.',
  },
  wbReset: { vi: 'Mở lại sổ mẫu', en: 'Reload sample' },
  wbSheets: { vi: 'Các trang tính', en: 'Sheets' },
  wbEmptySheet: { vi: '(trang tính trống)', en: '(empty sheet)' },
  wbFormulaBarEmpty: {
    vi: 'Di chuột hoặc bấm vào một ô để xem nội dung.',
    en: 'Hover or click a cell to see its content.',
  },
  wbPane: { vi: 'Ngăn tác vụ', en: 'Task pane' },
  wbEditHint: {
    vi: 'Nhấp đúp vào một ô (hoặc chọn ô rồi nhấn Enter) để sửa: Enter để ghi, Esc để hủy.',
    en: 'Double-click a cell (or select it and press Enter) to edit it: Enter saves, Esc cancels.',
  },
  wbEditLabel: { vi: 'Nội dung ô {cell}', en: 'Content of cell {cell}' },
  wbEditFailed: { vi: 'Không ghi được vào ô: {detail}', en: 'Could not write the cell: {detail}' },
  wbResetHint: {
    vi: 'Bỏ sổ đang mở, quay về sổ mẫu ban đầu.',
    en: 'Leave the open workbook and go back to the sample as it was.',
  },
  wbOpen: { vi: 'Mở tệp .xlsx…', en: 'Open .xlsx…' },
  wbOpenHint: {
    vi: 'Mở một sổ tính .xlsx của bạn (tối đa {limit}), hoặc kéo thả tệp vào vùng trang tính; sổ đó thay cho sổ đang mở.',
    en: 'Open a workbook of your own (.xlsx, up to {limit}), or drop the file on the sheet; it takes the place of the open workbook.',
  },
  wbFileInput: { vi: 'Chọn tệp .xlsx để mở', en: 'Choose an .xlsx file to open' },
  wbSave: { vi: 'Lưu .xlsx', en: 'Save .xlsx' },
  wbSaveHint: { vi: 'Tải sổ tính đang mở về máy, thành tệp {file}.', en: 'Download the open workbook as {file}.' },
  wbWorkingOn: { vi: 'Sổ đang mở: {file}', en: 'Workbook: {file}' },
  wbSampleName: { vi: 'sổ mẫu', en: 'the sample' },
  wbOpening: { vi: 'Đang mở tệp “{file}”…', en: 'Opening “{file}”…' },
  wbSaving: { vi: 'Đang lưu “{file}”…', en: 'Saving “{file}”…' },
  wbOpened: {
    vi: 'Đã mở “{file}” ({sheets} trang tính). Ngăn tác vụ giờ làm việc trên sổ này.',
    en: 'Opened “{file}” ({sheets} sheets). The pane now works on this workbook.',
  },
  wbSavedResults: {
    vi: '{n} công thức dùng hàm hoặc tên mà bàn thử nghiệm không tính: chúng giữ kết quả Excel đã lưu, không tính lại khi sửa ô.',
    en: '{n} formulas use functions or names the workbench does not compute: they keep the result Excel saved and are not recalculated after an edit.',
  },
  wbSaved: {
    vi: 'Đã tải về “{file}”. Tệp không giữ phần tô đánh dấu của ngăn tác vụ và các lựa chọn đã lưu (vai trò cột, vấn đề bỏ qua).',
    en: 'Downloaded “{file}”. The file does not keep the pane’s marking or its saved decisions (column roles, ignored issues).',
  },
  wbDismiss: { vi: 'Đóng thông báo', en: 'Dismiss' },
  wbDropHere: { vi: 'Thả tệp .xlsx vào đây để mở', en: 'Drop the .xlsx file here to open it' },
  wbOpenFailed: { vi: 'Không mở được “{file}”.', en: 'Could not open “{file}”.' },
  wbKept: { vi: 'Sổ tính đang mở vẫn giữ nguyên.', en: 'The workbook that was open is kept.' },
  wbErrTooLarge: {
    vi: 'Tệp nặng {size}, quá giới hạn {limit} của bàn thử nghiệm. Hãy bỏ bớt các trang không cần, hoặc kiểm tra tệp bằng dòng lệnh (chitieu check).',
    en: 'The file is {size}, above the workbench’s limit of {limit}. Remove the sheets you do not need, or check the file with the command line (chitieu check).',
  },
  wbErrTooLargeXml: {
    vi: 'Các trang tính của tệp giải nén ra {size}, quá giới hạn {limit} của bàn thử nghiệm. Hãy bỏ bớt các trang không cần, hoặc kiểm tra tệp bằng dòng lệnh (chitieu check).',
    en: 'The file’s sheets unpack to {size}, above the workbench’s limit of {limit}. Remove the sheets you do not need, or check the file with the command line (chitieu check).',
  },
  wbErrTooManyCells: {
    vi: 'Tệp có hơn {limit} ô có nội dung hoặc định dạng, quá giới hạn của bàn thử nghiệm. Hãy bỏ bớt các trang không cần, hoặc kiểm tra tệp bằng dòng lệnh (chitieu check).',
    en: 'The file has more than {limit} cells with content or formatting, above the workbench’s limit. Remove the sheets you do not need, or check the file with the command line (chitieu check).',
  },
  wbErrEmpty: { vi: 'Tệp trống (0 byte).', en: 'The file is empty (0 bytes).' },
  wbErrXls: {
    vi: 'Đây là tệp Excel 97–2003 (.xls); bàn thử nghiệm chỉ đọc .xlsx. Hãy mở tệp trong Excel rồi lưu lại dạng “Sổ làm việc Excel (.xlsx)”.',
    en: 'This is an Excel 97–2003 file (.xls); the workbench reads .xlsx only. Open it in Excel and save it as “Excel Workbook (.xlsx)”.',
  },
  wbErrEncrypted: {
    vi: 'Tệp được đặt mật khẩu (mã hóa). Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ Sổ làm việc › Mã hóa bằng Mật khẩu) rồi lưu lại.',
    en: 'The file is protected with a password (encrypted). Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it again.',
  },
  wbErrNotXlsx: { vi: 'Đây không phải tệp .xlsx (sổ làm việc Excel).', en: 'This is not an .xlsx file (an Excel workbook).' },
  wbErrNoSheets: { vi: 'Sổ tính không có trang tính nào để mở.', en: 'The workbook has no worksheet to open.' },
  wbErrUnreadable: { vi: 'Tệp bị hỏng hoặc không đọc được ({detail}).', en: 'The file is damaged or cannot be read ({detail}).' },
  wbSaveFailed: { vi: 'Không lưu được “{file}”: {detail}', en: 'Could not save “{file}”: {detail}' },
  wbGridCut: {
    vi: 'Lưới chỉ hiện {rows} dòng × {cols} cột đầu của trang ({totalRows} × {totalCols}); ngăn tác vụ vẫn đọc cả trang.',
    en: 'The grid shows the first {rows} rows × {cols} columns of the sheet ({totalRows} × {totalCols}); the pane still reads all of it.',
  },

  // Diagnostics (DiagnosticsView.tsx); the contract suite's shared words (contract/words.ts) follow
  diagOpen: { vi: 'Chẩn đoán', en: 'Diagnostics' },
  diagOpenHint: {
    vi: 'Thông tin về Excel đang dùng và bộ kiểm tra hợp đồng Office.js, để gửi cho bộ phận hỗ trợ.',
    en: 'About the Excel in use, and the Office.js contract suite, for support.',
  },
  diagTitle: { vi: 'Chẩn đoán', en: 'Diagnostics' },
  diagClose: { vi: 'Đóng', en: 'Close' },
  diagExcel: { vi: 'Excel chạy bộ kiểm tra', en: 'Excel the suite runs on' },
  diagExcelReal: { vi: 'Excel thật', en: 'a real Excel' },
  diagExcelMemory: { vi: 'Excel trong bộ nhớ (trang thử nghiệm)', en: 'the in-memory Excel (workbench)' },
  diagHost: { vi: 'Ứng dụng', en: 'Host' },
  diagPlatform: { vi: 'Nền tảng', en: 'Platform' },
  diagVersion: { vi: 'Phiên bản Office', en: 'Office version' },
  diagLanguage: { vi: 'Ngôn ngữ hiển thị', en: 'Display language' },
  diagRegional: { vi: 'Thiết lập vùng', en: 'Regional settings' },
  diagRegionalValue: {
    vi: '{name}: dấu thập phân “{decimal}”, phân nhóm “{group}”',
    en: '{name}: decimal “{decimal}”, digit group “{group}”',
  },
  diagRegionalNeeds: { vi: 'không rõ (cần ExcelApi 1.11)', en: 'unknown (needs ExcelApi 1.11)' },
  diagUnknown: { vi: 'không rõ', en: 'unknown' },
  diagSets: { vi: 'Bộ API ExcelApi', en: 'ExcelApi requirement sets' },
  diagSetYes: { vi: 'có', en: 'yes' },
  diagSetNo: { vi: 'không có', en: 'missing' },
  diagSetsNone: { vi: 'không rõ (không có office.js)', en: 'unknown (no office.js)' },
  diagContract: { vi: 'Kiểm tra hợp đồng Office.js', en: 'Office.js contract check' },
  diagContractIntro: {
    vi: 'Chạy trong chính Excel này các hành vi Office.js mà tiện ích dựa vào, rồi lập báo cáo.',
    en: 'Runs, in this very Excel, the Office.js behaviours the add-in relies on, then makes a report.',
  },
  diagRunFailed: { vi: 'Bộ kiểm tra không chạy được: {detail}', en: 'The suite could not run: {detail}' },
  diagReport: { vi: 'Báo cáo cho bộ phận hỗ trợ', en: 'Report for support' },
  diagCopy: { vi: 'Sao chép', en: 'Copy' },
  diagCopied: { vi: 'Đã sao chép báo cáo.', en: 'The report was copied.' },

  // Kiểm tra đoạn văn (the prose of a report, pasted)
  proseOpen: { vi: 'Kiểm tra đoạn văn', en: 'Check report text' },
  proseTitle: { vi: 'Kiểm tra đoạn văn', en: 'Check report text' },
  proseHint: {
    vi: 'Dán đoạn văn của báo cáo: kiểm tra tổng và các phần, tỷ lệ và các số của nó, “bằng” và “tăng”. Văn bản chỉ ở trong ngăn này.',
    en: 'Paste the report’s text: totals and their parts, percentages and their figures, “bằng” and “tăng” are checked. The text stays in this pane.',
  },
  proseLabel: { vi: 'Đoạn văn cần kiểm tra', en: 'Text to check' },
  proseRun: { vi: 'Kiểm tra', en: 'Check' },
  proseAgainst: { vi: 'Đối chiếu với các bảng của trang “{sheet}”', en: 'Compare with the tables of sheet “{sheet}”' },
  proseClose: { vi: 'Đóng', en: 'Close' },
  proseFromSelection: { vi: 'Lấy từ vùng chọn', en: 'Take from the selection' },
  proseFromCells: { vi: 'Đã lấy chữ của các ô {address}.', en: 'Took the text of cells {address}.' },
  proseSelectionEmpty: { vi: 'Các ô đang chọn không có chữ nào.', en: 'The selected cells hold no text.' },
  proseNothingToCheck: {
    vi: 'Đã đọc {sentences} câu: không câu nào nêu tổng và các phần, hay tỷ lệ cùng các số của nó, để kiểm tra.',
    en: 'Read {sentences} sentences: none states a total with its parts, or a percentage with its figures, to check.',
  },
  proseAllRight: {
    vi: 'Đã đọc {sentences} câu, kiểm tra {checked} phép tính: không thấy sai sót.',
    en: 'Read {sentences} sentences, checked {checked} statements: nothing wrong found.',
  },
  proseFound: {
    vi: 'Đã đọc {sentences} câu, kiểm tra {checked} phép tính: {n} chỗ cần xem lại.',
    en: 'Read {sentences} sentences, checked {checked} statements: {n} to look at again.',
  },

  // Viết câu báo cáo (the report's sentences of an indicator sheet)
  writeSentences: { vi: 'Viết câu báo cáo', en: 'Write the report’s sentences' },
  sentencesTitle: { vi: 'Câu báo cáo từ biểu này', en: 'Report sentences from this sheet' },
  sentencesNone: {
    vi: 'Biểu này chưa có kết quả để viết thành câu (cần cột ước thực hiện hoặc thực hiện của một năm, hoặc các năm xếp theo cột).',
    en: 'This sheet has no results to write sentences from yet (it needs an estimate or actual column of a year, or years across the columns).',
  },
  sentencesCopy: { vi: 'Sao chép cho Word', en: 'Copy for Word' },
  sentencesAgain: { vi: 'Viết lại', en: 'Write again' },
  sentencesCopyFailed: {
    vi: 'Không sao chép được: trình duyệt không cho ghi vào bộ nhớ tạm. Hãy chọn các câu và nhấn Ctrl+C.',
    en: 'Could not copy: the browser did not allow writing to the clipboard. Select the sentences and press Ctrl+C.',
  },
  sentencesCopied: { vi: 'Đã sao chép {n} câu, dán vào Word.', en: '{n} sentences copied; paste them into Word.' },
  chartInsert: { vi: 'Chèn biểu đồ', en: 'Insert a chart' },
  chartHint: {
    vi: 'Vẽ biểu đồ Excel cạnh bảng: mức hoàn thành kế hoạch của từng chỉ tiêu (sau khi Tính toán), hoặc diễn biến các năm của từng chỉ tiêu. Hoàn tác xóa biểu đồ.',
    en: 'Draw an Excel chart beside the table: each indicator’s completion of its plan (after Compute), or each indicator over the years. Undo deletes the chart.',
  },
  chartInserted: { vi: 'Đã chèn biểu đồ vào {address}.', en: 'Chart inserted at {address}.' },
  sentencesInsert: { vi: 'Chèn vào trang mới', en: 'Insert on a new sheet' },
  sentencesSheet: { vi: 'Câu báo cáo', en: 'Report sentences' },
  sentencesSheetTitle: { vi: 'Câu báo cáo từ trang “{sheet}”', en: 'Report sentences from sheet “{sheet}”' },
  sentencesHeadText: { vi: 'Câu báo cáo', en: 'Sentence' },
  sentencesHeadCell: { vi: 'Ô', en: 'Cell' },
  sentencesInserted: { vi: 'Đã chèn vào trang “{sheet}” ({address}).', en: 'Inserted on sheet “{sheet}” ({address}).' },
  sentencesOpen: { vi: 'Mở trang này', en: 'Open this sheet' },
  sentencesCell: { vi: 'Chọn ô {cell}', en: 'Select cell {cell}' },
  sentencesClose: { vi: 'Đóng', en: 'Close' },
  diagCopyFailed: {
    vi: 'Không sao chép được: hãy chọn văn bản báo cáo rồi nhấn Ctrl+C.',
    en: 'Could not copy: select the report’s text and press Ctrl+C.',
  },
  diagPrivacy: {
    vi: 'Không dữ liệu nào rời khỏi máy: báo cáo chỉ vào bộ nhớ tạm khi bạn bấm “Sao chép”.',
    en: 'No data leaves this machine: the report goes to the clipboard only when you press “Copy”.',
  },
  ...CONTRACT_WORDS,
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export type { Params };

/** The string `key` in `lang`, with `{name}` placeholders filled from params. */
export function t(lang: Lang, key: StringKey, params?: Params): string {
  // Pseudo-localised only in layout tests (pseudo.ts); placeholders are filled after.
  const s: string = maybePseudo(STRINGS[key][lang]);
  if (!params) return s;
  return fill(s, params);
}

/** All keys, for tests that check the table is complete. */
export function stringKeys(): StringKey[] {
  return Object.keys(STRINGS) as StringKey[];
}

const METRIC_KEYS: Record<Metric, StringKey> = {
  completion: 'metricCompletion',
  growth: 'metricGrowth',
  'plan-growth': 'metricPlanGrowth',
  ratio: 'metricRatio',
  cagr: 'metricCagr',
  'rank-change': 'metricRankChange',
  disbursement: 'metricDisbursement',
  allocation: 'metricAllocation',
  duration: 'metricDuration',
  elapsed: 'metricElapsed',
};

export function metricKey(metric: Metric): StringKey {
  return METRIC_KEYS[metric] ?? 'metricCompletion';
}

/** What a metric's number means: a ratio "bằng …%", a growth "tăng …%", places, months. */
export type MetricUnit = 'ratio' | 'growth' | 'places' | 'months';

const METRIC_UNITS: Record<Metric, MetricUnit> = {
  completion: 'ratio',
  ratio: 'ratio',
  disbursement: 'ratio',
  allocation: 'ratio',
  elapsed: 'ratio',
  growth: 'growth',
  'plan-growth': 'growth',
  cagr: 'growth',
  'rank-change': 'places',
  duration: 'months',
};

export function metricUnit(metric: Metric): MetricUnit {
  return METRIC_UNITS[metric] ?? 'ratio';
}

const UNIT_TAGS: Record<MetricUnit, { tag: StringKey; hint: StringKey }> = {
  ratio: { tag: 'tagRatio', hint: 'tagRatioHint' },
  growth: { tag: 'tagGrowth', hint: 'tagGrowthHint' },
  places: { tag: 'tagPlaces', hint: 'tagPlacesHint' },
  months: { tag: 'tagMonths', hint: 'tagMonthsHint' },
};

/** The short tag beside a metric ("bằng %", "tăng %", "bậc", "tháng") and its explanation. */
export function metricTagKeys(metric: Metric): { tag: StringKey; hint: StringKey } {
  return UNIT_TAGS[metricUnit(metric)];
}

const SEVERITY_KEYS: Record<Severity, StringKey> = {
  error: 'sevError',
  warning: 'sevWarning',
  info: 'sevInfo',
};

export function severityKey(sev: Severity): StringKey {
  return SEVERITY_KEYS[sev];
}
