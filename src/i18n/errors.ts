/**
 * The words of the errors that reach the user (`src/host/errors.ts` gives a
 * code and parameters), in Vietnamese and English, and of the Office.js
 * errors the add-in explains (by their Office code).
 */
import type { ErrorCode, ErrorParam, ErrorWords } from '../host/errors';
import { formatNumber } from '../engine/numbers';
import { fill } from './format';
import type { Lang } from './lang';

type Words = Record<Lang, string>;

/** Every error's template; `{sheet}` is a sheet name, written in quotes “…”. */
export const ERROR_TEXT: Record<ErrorCode, Words> = {
  office: {
    vi: 'Excel báo lỗi khi thực hiện yêu cầu. Chi tiết: {detail}',
    en: 'Excel reported an error while carrying out the request. Details: {detail}',
  },
  'sheet-protected': {
    vi: 'Trang tính “{sheet}” đang được bảo vệ nên tiện ích chưa ghi gì cả. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.',
    en: 'The sheet “{sheet}” is protected, so the add-in changed nothing. Unprotect it (Review → Unprotect Sheet), then try again.',
  },
  'sheet-missing': {
    vi: 'Không còn trang tính “{sheet}”: có thể nó vừa bị đổi tên hoặc xoá. Chưa ghi gì cả. Hãy bấm “Kiểm tra” lại trên trang tính cần dùng.',
    en: 'There is no sheet “{sheet}” any more: it may have been renamed or deleted. Nothing was changed. Press “Check” again on the sheet you want.',
  },
  'sheet-replaced': {
    vi: 'Trang tính tên “{sheet}” bây giờ không phải trang tính đã kiểm tra (các trang tính vừa được đổi tên). Chưa ghi gì cả. Hãy bấm “Kiểm tra” lại.',
    en: 'The sheet called “{sheet}” is not the one that was checked (sheets were renamed since). Nothing was changed. Press “Check” again.',
  },
  'too-large-compute': {
    vi: 'Không ghi được vào “{sheet}”: vùng {range} vượt quá giới hạn của Excel (16.384 cột, đến cột XFD; 1.048.576 dòng). Bảng ở dòng {top}–{bottom} cần thêm {width} cột tính toán bên phải, từ cột {from}. Hãy xoá các cột thừa ở bên phải bảng, hoặc chép bảng sang một trang tính mới. Chưa ghi gì cả.',
    en: 'Cannot write to “{sheet}”: the range {range} goes past Excel’s limits (16,384 columns, up to column XFD; 1,048,576 rows). The table in rows {top}–{bottom} needs {width} computed columns on its right, from column {from}. Delete the extra columns right of the table, or copy the table to a new sheet. Nothing was changed.',
  },
  'too-large-appendix': {
    vi: 'Không ghi được vào “{sheet}”: vùng {range} vượt quá giới hạn của Excel (16.384 cột, đến cột XFD; 1.048.576 dòng). Phụ lục cần {rows} dòng và {columns} cột từ ô {cell}. Hãy chọn ô bắt đầu cao hơn hoặc lệch trái hơn. Chưa ghi gì cả.',
    en: 'Cannot write to “{sheet}”: the range {range} goes past Excel’s limits (16,384 columns, up to column XFD; 1,048,576 rows). The appendix needs {rows} rows and {columns} columns from cell {cell}. Choose a starting cell further up or to the left. Nothing was changed.',
  },
  'partial-write': {
    vi: '{cause} Một phần đã được ghi vào trang tính: bấm “Hoàn tác” để gỡ phần đó.',
    en: '{cause} Part of it was written to the sheet: press “Undo” to take that part back.',
  },
  'sheet-gone': {
    vi: 'Trang tính “{sheet}” không còn nữa nên không có gì để hoàn tác; bước này đã được bỏ khỏi danh sách hoàn tác.',
    en: 'The sheet “{sheet}” is gone, so there is nothing to undo; this step was removed from the undo list.',
  },
  'undo-conflict': {
    vi: 'Các ô tiện ích đã ghi trên “{sheet}” đã bị sửa{where} kể từ đó. Chưa hoàn tác để khỏi ghi đè các thay đổi của bạn. Bấm “Vẫn hoàn tác” nếu vẫn muốn đưa chúng về như trước.',
    en: 'Cells the add-in wrote on “{sheet}” were changed since{where}. Nothing was undone, so your changes are not overwritten. Press “Undo anyway” to put them back as they were all the same.',
  },
  'undo-conflict-created': {
    vi: 'Trang tính “{sheet}” đã có thêm nội dung khác{where} kể từ khi tiện ích tạo ra nó. Chưa hoàn tác để khỏi mất nội dung đó. Bấm “Vẫn hoàn tác” nếu vẫn muốn xoá trang tính này.',
    en: 'The sheet “{sheet}” has other content now{where} besides what the add-in wrote. Nothing was undone, so that content is not lost. Press “Undo anyway” to delete the sheet all the same.',
  },
  'sheet-too-large': {
    vi: 'Trang tính “{sheet}” quá lớn để kiểm tra: nội dung trải trên vùng {range} ({cells} ô, có {occupied} ô có dữ liệu), quá giới hạn {limit} ô. Hãy xoá các ô thừa ở xa bảng, hoặc chép bảng sang một tệp mới.',
    en: 'The sheet “{sheet}” is too large to check: its content spans {range} ({cells} cells, {occupied} of them filled), above the limit of {limit} cells. Delete the stray cells far from the table, or copy the table to a new file.',
  },
  'workbook-too-large': {
    vi: 'Tệp “{file}” quá lớn để kiểm tra trên máy này: {size} MB, khi giải nén các trang tính là {unpacked} MB (lớn nhất {part}: {largest} MB), quá giới hạn {limit} MB theo bộ nhớ của máy. Chưa đọc gì cả. Hãy chép bảng cần kiểm tra sang một tệp mới, hoặc xoá các dòng, cột thừa.',
    en: 'The file “{file}” is too large to check on this machine: {size} MB, its sheets unpack to {unpacked} MB (the largest, {part}: {largest} MB), above the limit of {limit} MB the machine’s memory allows. Nothing was read. Copy the table to check into a new file, or delete the extra rows and columns.',
  },
  'bad-address': {
    vi: 'Địa chỉ ô không hợp lệ: “{address}”.',
    en: 'Not a cell address: “{address}”.',
  },
  'no-settings-part': {
    vi: 'Không lưu được lựa chọn cho trang tính “{sheet}” vào tệp: tệp chưa có phần lưu cài đặt của chitieu (tệp chưa từng được lưu với tiện ích trong Excel). Hãy mở tệp bằng Excel có tiện ích, lưu một lựa chọn ở đó, rồi thử lại.',
    en: 'Cannot save the choices for the sheet “{sheet}” in the file: it has no part holding chitieu’s settings (it was never saved with the add-in in Excel). Open it in Excel with the add-in, save one choice there, then try again.',
  },
  'download-failed': {
    vi: 'Không tải về được tệp .docx. Chi tiết: {detail}',
    en: 'Could not download the .docx file. Details: {detail}',
  },
  'download-csv-failed': {
    vi: 'Không tải về được tệp .csv. Chi tiết: {detail}',
    en: 'Could not download the .csv file. Details: {detail}',
  },
  'chart-compute-first': {
    vi: 'Biểu này chưa có cột tỷ lệ hoàn thành kế hoạch (ước thực hiện so với kế hoạch của cùng năm) để vẽ. Hãy bấm Tính toán trước, rồi chèn biểu đồ. Chưa ghi gì cả.',
    en: 'This sheet has no completion column yet (the estimate or result against the same year’s plan) to draw. Press Compute first, then insert the chart. Nothing was changed.',
  },
  'chart-none': {
    vi: 'Bảng này không có gì để vẽ thành biểu đồ (cần biểu chỉ tiêu có cột hoàn thành kế hoạch, hoặc dãy số liệu có các năm liền nhau theo cột). Chưa ghi gì cả.',
    en: 'This table has nothing to draw as a chart (it needs an indicator sheet with a completion column, or a series with consecutive years across). Nothing was changed.',
  },
  'workbook-protected': {
    vi: 'Sổ tính đang được bảo vệ cấu trúc nên không thêm được trang tính mới. Chưa ghi gì cả. Hãy bỏ bảo vệ (Xem lại → Bảo vệ Sổ làm việc) rồi thử lại, hoặc tải danh sách về dưới dạng tệp .csv.',
    en: 'The workbook’s structure is protected, so no sheet can be added. Nothing was changed. Unprotect it (Review → Protect Workbook), then try again, or download the list as a .csv file.',
  },
};

/** Office.js error codes the add-in explains in plain words; any other code gets `office`'s general words and its own text. */
export const OFFICE_TEXT: Record<string, Words> = {
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô nên chưa ghi gì cả. Nhấn Enter hoặc Esc để rời ô đang sửa, rồi thử lại.',
    en: 'Excel is editing a cell, so nothing was changed. Press Enter or Esc to leave the cell, then try again.',
  },
  AccessDenied: {
    vi: 'Không sửa được trang tính: trang tính đang được bảo vệ hoặc tệp chỉ cho phép đọc. Hãy bỏ bảo vệ trang tính (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.',
    en: 'The sheet cannot be changed: it is protected or the file is read-only. Unprotect the sheet (Review → Unprotect Sheet), then try again.',
  },
  ItemNotFound: {
    vi: 'Không tìm thấy trang tính (hoặc tên) cần dùng: có thể trang tính vừa bị đổi tên hoặc xoá. Hãy chọn lại trang tính rồi thử lại.',
    en: 'The sheet (or name) could not be found: it may have been renamed or deleted. Select the sheet again, then try again.',
  },
  GeneralException: {
    vi: 'Excel gặp lỗi nội bộ khi thực hiện yêu cầu. Hãy thử lại; nếu vẫn lỗi, lưu tệp rồi mở lại Excel.',
    en: 'Excel hit an internal error while carrying out the request. Try again; if it keeps failing, save the file and restart Excel.',
  },
  RequestPayloadSizeLimitExceeded: {
    vi: 'Lượng dữ liệu gửi cho Excel quá lớn cho một lần. Hãy chia bảng thành các trang tính nhỏ hơn hoặc dùng Excel trên máy tính.',
    en: 'Too much data to send to Excel at once. Split the table into smaller sheets or use Excel on the desktop.',
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: 'Trang tính quá lớn để đọc một lần. Hãy chia bảng thành các trang tính nhỏ hơn hoặc dùng Excel trên máy tính.',
    en: 'The sheet is too large to read at once. Split the table into smaller sheets or use Excel on the desktop.',
  },
  InvalidOperation: {
    vi: 'Excel không cho phép thao tác này trên trang tính hiện tại (ví dụ trong bảng hoặc vùng bị khoá).',
    en: 'Excel does not allow this operation on the current sheet (for example inside a table or a locked area).',
  },
  ApiNotFound: {
    vi: 'Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Office hoặc dùng Excel trên web.',
    en: 'This version of Excel does not support a feature the add-in needs. Update Office or use Excel on the web.',
  },
  ItemAlreadyExists: {
    vi: 'Đã có một mục cùng tên trong sổ tính. Hãy thử lại; nếu vẫn lỗi, xoá tên trùng trong Công thức → Quản lý tên.',
    en: 'An item with the same name already exists in the workbook. Try again; if it keeps failing, remove the duplicate in Formulas → Name Manager.',
  },
  UndoNotSupported: {
    vi: 'Excel không gộp được thao tác này thành một bước hoàn tác (Ctrl+Z). Hãy dùng nút “Hoàn tác” trong ngăn tác vụ để hoàn tác.',
    en: 'Excel could not make this one undo step (Ctrl+Z). Use the pane’s “Undo” button to take it back.',
  },
  InvalidArgument: {
    vi: 'Excel từ chối dữ liệu tiện ích gửi (đối số không hợp lệ). Hãy kiểm tra lại trang tính rồi thử lại; nếu vẫn lỗi, hãy báo lỗi kèm tệp mẫu.',
    en: 'Excel refused what the add-in sent (invalid argument). Check the sheet again, then try again; if it keeps failing, report it with a sample file.',
  },
};
OFFICE_TEXT.NotImplemented = OFFICE_TEXT.ApiNotFound;

function paramText(p: ErrorParam, lang: Lang): string {
  if (typeof p === 'number') return formatNumber(p, lang === 'vi' ? 'vi' : 'us');
  return typeof p === 'object' ? errorText(p, lang) : p;
}

/** An error's words in one language. */
export function errorText(e: ErrorWords, lang: Lang): string {
  if (e.code === 'office') {
    const known = typeof e.params.office === 'string' ? OFFICE_TEXT[e.params.office] : undefined;
    if (known) return known[lang];
  }
  const words: Record<string, string> = {};
  for (const k of Object.keys(e.params)) words[k] = paramText(e.params[k], lang);
  return fill(ERROR_TEXT[e.code][lang], words, 'empty');
}
