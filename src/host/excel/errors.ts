/**
 * Office.js errors (OfficeExtension.Error, name "RichApi.Error") turned into
 * messages a planner can act on, in Vietnamese and English.
 */
import { UserFacingError } from '../errors';

interface Explanation {
  vi: string;
  en: string;
}

const EXPLANATIONS: Record<string, Explanation> = {
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
};
EXPLANATIONS.ItemAlreadyExists = {
  vi: 'Đã có một mục cùng tên trong sổ tính. Hãy thử lại; nếu vẫn lỗi, xoá tên trùng trong Công thức → Quản lý tên.',
  en: 'An item with the same name already exists in the workbook. Try again; if it keeps failing, remove the duplicate in Formulas → Name Manager.',
};
EXPLANATIONS.NotImplemented = EXPLANATIONS.ApiNotFound;
EXPLANATIONS.UndoNotSupported = {
  vi: 'Excel không gộp được thao tác này thành một bước hoàn tác (Ctrl+Z). Hãy dùng nút “Hoàn tác” trong ngăn tác vụ để hoàn tác.',
  en: 'Excel could not make this one undo step (Ctrl+Z). Use the pane’s “Undo” button to take it back.',
};
EXPLANATIONS.InvalidArgument = {
  vi: 'Excel từ chối dữ liệu tiện ích gửi (đối số không hợp lệ). Hãy kiểm tra lại trang tính rồi thử lại; nếu vẫn lỗi, hãy báo lỗi kèm tệp mẫu.',
  en: 'Excel refused what the add-in sent (invalid argument). Check the sheet again, then try again; if it keeps failing, report it with a sample file.',
};

/** The Office error code of e, if it looks like an Office.js error. */
export function officeErrorCode(e: unknown): string | undefined {
  if (!e || typeof e !== 'object') return undefined;
  const o = e as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof o.code === 'string' && o.code) return o.code;
  if (typeof o.debugInfo?.code === 'string' && o.debugInfo.code) return o.debugInfo.code;
  return undefined;
}

function messageOf(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (e && typeof e === 'object') {
    const m = (e as { message?: unknown; debugInfo?: { message?: unknown } }).message;
    if (typeof m === 'string' && m) return m;
    const d = (e as { debugInfo?: { message?: unknown } }).debugInfo?.message;
    if (typeof d === 'string' && d) return d;
  }
  if (typeof e === 'string') return e;
  return String(e);
}

/**
 * A UserFacingError for anything an Excel call threw. Known Office codes
 * get a plain explanation; for anything else the original message is kept
 * after a general one, so it can still be reported.
 */
export function explainOfficeError(e: unknown): UserFacingError {
  if (e instanceof UserFacingError) return e;
  const code = officeErrorCode(e);
  const known = code ? EXPLANATIONS[code] : undefined;
  if (known) return new UserFacingError(known.vi, known.en, e);
  const original = messageOf(e);
  const detail = code && !original.includes(code) ? `${code}: ${original}` : original;
  return new UserFacingError(
    `Excel báo lỗi khi thực hiện yêu cầu. Chi tiết: ${detail}`,
    `Excel reported an error while carrying out the request. Details: ${detail}`,
    e
  );
}

// ---------------------------------------------------------------- checks before writing

/** How a sheet name is quoted in messages. */
const q = (name: string) => `“${name}”`;

/** A sheet is protected: said before anything is written. */
export function sheetProtectedError(sheet: string): UserFacingError {
  return new UserFacingError(
    `Trang tính ${q(sheet)} đang được bảo vệ nên tiện ích chưa ghi gì cả. Hãy bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`,
    `The sheet ${q(sheet)} is protected, so the add-in changed nothing. Unprotect it (Review → Unprotect Sheet), then try again.`
  );
}

/** A sheet the pane knows by name is no longer there. */
export function sheetMissingError(sheet: string): UserFacingError {
  return new UserFacingError(
    `Không còn trang tính ${q(sheet)}: có thể nó vừa bị đổi tên hoặc xoá. Chưa ghi gì cả. Hãy bấm “Kiểm tra” lại trên trang tính cần dùng.`,
    `There is no sheet ${q(sheet)} any more: it may have been renamed or deleted. Nothing was changed. Press “Check” again on the sheet you want.`
  );
}

/** The sheet of that name is not the one the pane read (renamed, and another given its name). */
export function sheetReplacedError(sheet: string): UserFacingError {
  return new UserFacingError(
    `Trang tính tên ${q(sheet)} bây giờ không phải trang tính đã kiểm tra (các trang tính vừa được đổi tên). Chưa ghi gì cả. Hãy bấm “Kiểm tra” lại.`,
    `The sheet called ${q(sheet)} is not the one that was checked (sheets were renamed since). Nothing was changed. Press “Check” again.`
  );
}

/** What would be written does not fit in the sheet (past column XFD or row 1,048,576). */
export function tooLargeError(sheet: string, range: string, detail: { vi: string; en: string }): UserFacingError {
  return new UserFacingError(
    `Không ghi được vào ${q(sheet)}: vùng ${range} vượt quá giới hạn của Excel (16.384 cột, đến cột XFD; 1.048.576 dòng). ${detail.vi} Chưa ghi gì cả.`,
    `Cannot write to ${q(sheet)}: the range ${range} goes past Excel’s limits (16,384 columns, up to column XFD; 1,048,576 rows). ${detail.en} Nothing was changed.`
  );
}

/** The Office error code behind a UserFacingError made by explainOfficeError, or of e itself. */
export function causeCode(e: unknown): string | undefined {
  if (e instanceof UserFacingError) return officeErrorCode(e.cause);
  return officeErrorCode(e);
}

/**
 * Run work on a sheet named by the pane: an ItemNotFound (the sheet gone
 * or renamed) becomes a message that names it.
 */
export async function onNamedSheet<T>(sheet: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (causeCode(e) === 'ItemNotFound') throw sheetMissingError(sheet);
    throw e;
  }
}

/** Whether e came from Office.js (an OfficeExtension.Error or alike). */
export function isOfficeError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const o = e as { name?: unknown; code?: unknown; debugInfo?: unknown };
  return o.name === 'RichApi.Error' || (typeof o.code === 'string' && !!o.debugInfo && typeof o.debugInfo === 'object');
}

/** Run a batch; Office errors become UserFacingError, anything else is rethrown. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isOfficeError(e)) throw explainOfficeError(e);
    throw e;
  }
}
