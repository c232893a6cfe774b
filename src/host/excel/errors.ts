/**
 * Office.js errors (OfficeExtension.Error, name "RichApi.Error") turned into
 * errors a planner can act on: a code and parameters (the words, by Office
 * code, are `src/i18n/errors.ts`'s).
 */
import { UserFacingError } from '../errors';

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
 * A UserFacingError for anything an Excel call threw: its Office code
 * (known codes get a plain explanation at the edge) and its own text, kept
 * after a general one for the others, so it can still be reported.
 */
export function explainOfficeError(e: unknown): UserFacingError {
  if (e instanceof UserFacingError) return e;
  const code = officeErrorCode(e);
  const original = messageOf(e);
  const detail = code && !original.includes(code) ? `${code}: ${original}` : original;
  return new UserFacingError('office', code ? { office: code, detail } : { detail }, e);
}

// ---------------------------------------------------------------- checks before writing

/** A sheet is protected: said before anything is written. */
export function sheetProtectedError(sheet: string): UserFacingError {
  return new UserFacingError('sheet-protected', { sheet });
}

/** A sheet the pane knows by name is no longer there. */
export function sheetMissingError(sheet: string): UserFacingError {
  return new UserFacingError('sheet-missing', { sheet });
}

/** The sheet of that name is not the one the pane read (renamed, and another given its name). */
export function sheetReplacedError(sheet: string): UserFacingError {
  return new UserFacingError('sheet-replaced', { sheet });
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
