/**
 * Errors that reach the user, raised by the hosts and the app alike. They
 * are data: a code, its parameters and the error behind them (`cause`); the
 * edges word them in the user's language (`src/i18n/errors.ts`), so an error
 * on screen follows a language switch. Host-neutral (no Office.js), so
 * every layer can raise them and the pane and the command line can show them.
 */
import { areaA1 } from '../engine/grid';
import { MAX_AREA_CELLS, type SheetLayout } from '../engine/layout';

export type ErrorCode =
  /** An Office.js error: `office` its code ("AccessDenied"), `detail` its own text. */
  | 'office'
  | 'sheet-protected'
  | 'sheet-missing'
  | 'sheet-replaced'
  /** What compute would write goes past column XFD. */
  | 'too-large-compute'
  /** The appendix would go past Excel's last row or column. */
  | 'too-large-appendix'
  /** A write stopped part way: `cause` is the error that stopped it (worded first). */
  | 'partial-write'
  | 'sheet-gone'
  | 'undo-conflict'
  /** The same, on a sheet the add-in created. */
  | 'undo-conflict-created'
  | 'bad-address'
  /** A sheet whose content spans more cells than the engine reads (engine/layout.ts MAX_AREA_CELLS). */
  | 'sheet-too-large'
  /** A workbook whose sheets unpack to more than the command line can hold (host/xlsx/size.ts). */
  | 'workbook-too-large'
  /** A file's settings cannot be saved: it has no part of chitieu's to hold them (host/xlsx/settings.ts). */
  | 'no-settings-part'
  | 'download-failed'
  /** The issue list's .csv could not be saved. */
  | 'download-csv-failed'
  /** The workbook's structure is protected: no sheet can be added. */
  | 'workbook-protected'
  /** A chart of completion needs a completion column: Tính toán first. */
  | 'chart-compute-first'
  /** The table gives nothing to draw (no kind with a chart, no years side by side, no rows). */
  | 'chart-none';

/** A parameter: text, a number, or another error's words (a cause said first). */
export type ErrorParam = string | number | ErrorWords;

export interface ErrorWords {
  code: ErrorCode;
  params: Readonly<Record<string, ErrorParam>>;
}

/** An error meant for the user: a code and its parameters, worded at the edge. */
export class UserFacingError extends Error implements ErrorWords {
  constructor(
    readonly code: ErrorCode,
    readonly params: Readonly<Record<string, ErrorParam>> = {},
    readonly cause?: unknown
  ) {
    // The message is for logs and stack traces only; users see the edge's words.
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'UserFacingError';
  }
}

/**
 * An undo refused because cells the operation wrote were changed since
 * (by the user, or by Excel's own undo). Nothing was changed; undo again
 * with `force` to overwrite them.
 */
export class UndoConflictError extends UserFacingError {
  readonly conflict = true;
  constructor(
    code: 'undo-conflict' | 'undo-conflict-created',
    params: Readonly<Record<string, ErrorParam>>,
    /** Some of the changed cells ("L7", …), when known. */
    readonly cells: string[]
  ) {
    super(code, params);
    this.name = 'UndoConflictError';
  }
}

/** Whether e is a UserFacingError (also across bundles, by its shape). */
export function isUserFacingError(e: unknown): e is UserFacingError {
  if (e instanceof UserFacingError) return true;
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { name?: unknown; code?: unknown; params?: unknown };
  return (o.name === 'UserFacingError' || o.name === 'UndoConflictError') && typeof o.code === 'string' && typeof o.params === 'object' && o.params !== null;
}

/** Whether e is an UndoConflictError (also across bundles, by its marker). */
export function isUndoConflict(e: unknown): e is UndoConflictError {
  return e instanceof UndoConflictError || (isUserFacingError(e) && (e as { conflict?: unknown }).conflict === true);
}

/** Refuse a sheet whose content spans more than the engine reads (engine/layout.ts), with its range and counts; both hosts read through this. */
export function refuseTooLarge(sheet: string, layout: SheetLayout): void {
  if (layout.cells <= MAX_AREA_CELLS || !layout.area) return;
  throw new UserFacingError('sheet-too-large', { sheet, range: areaA1(layout.area), cells: layout.cells, occupied: layout.occupied, limit: MAX_AREA_CELLS });
}
