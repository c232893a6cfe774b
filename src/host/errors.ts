/**
 * Errors that reach the user, raised by the hosts and the app alike: they
 * carry both languages, already worded, and the error behind them (`cause`).
 * Host-neutral (no Office.js), so every layer can raise them and the pane
 * and the command line can show them.
 */

/** An error meant for the user: both languages, already worded. */
export class UserFacingError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly cause?: unknown
  ) {
    super(en);
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
    vi: string,
    en: string,
    /** Some of the changed cells ("L7", …), when known. */
    readonly cells: string[]
  ) {
    super(vi, en);
    this.name = 'UndoConflictError';
  }
}

/** Whether e is an UndoConflictError (also across bundles, by its marker). */
export function isUndoConflict(e: unknown): e is UndoConflictError {
  return e instanceof UndoConflictError || (!!e && typeof e === 'object' && (e as { conflict?: unknown }).conflict === true && 'vi' in e);
}
