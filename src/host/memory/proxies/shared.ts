/**
 * What the API areas of the in-memory Excel share: the target of a Range
 * proxy, the cell limits, argument checks (InvalidArgument), a protected
 * sheet's refusal, the APIs an undo group refuses, getRange addresses,
 * a range taken out of conditional formats.
 */
import { splitSheetAddress, type Area } from '../../../engine/grid';
import { Calc, intersects, MAX_COLS, MAX_ROWS, parseRangeAddress, subtractArea, type SheetModel, type WorkbookModel } from '../model';
import { officeError } from '../office-error';
import type { ClientObject } from './client-object';

/** Largest number of cells one read or fill may touch. */
export const CELL_LIMIT = 5_000_000;
/** Above this many cells a format change only touches cells that exist. */
export const FORMAT_FILL_LIMIT = 2_000_000;

export interface RangeT {
  sheet: SheetModel;
  area: Area;
}

export function invalid(location: string, message?: string): never {
  throw officeError('InvalidArgument', location, message);
}

/**
 * APIs Excel cannot undo (the "Unsupported APIs" of Undo support with the
 * Excel JavaScript API): inside a batch run with `mergeUndoGroup` they
 * fail with UndoNotSupported.
 */
export function undoable(self: ClientObject<any>, location: string): void {
  if (self.context._mergeUndo) {
    throw officeError('UndoNotSupported', location, `${location} cannot be undone, so it cannot be part of an undo group.`);
  }
  // Outside a group, Excel runs it and forgets what the user could undo.
  clearsUndoHistory(self);
}

/** Excel's own undo history is cleared by this call (an API it cannot undo; a read of merged areas, office-js #5918). */
export function clearsUndoHistory(self: ClientObject<any>): void {
  self.context._wb.undoSteps = 0;
}

/** Excel refuses changes to a protected sheet. */
export function writable(sheet: SheetModel, location: string): void {
  if (sheet.deleted) throw officeError('ItemNotFound', location);
  if (sheet.protected) {
    throw officeError(
      'AccessDenied',
      location,
      "The cell or chart you're trying to change is on a protected sheet. You cannot perform the requested operation."
    );
  }
}

export function isInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

export function checkArea(a: Area, location: string): Area {
  if (a.top < 0 || a.left < 0 || a.bottom >= MAX_ROWS || a.right >= MAX_COLS || a.bottom < a.top || a.right < a.left) {
    invalid(location);
  }
  return a;
}

/** Resolve a getRange address on a sheet (A1 forms or a defined name). */
export function resolveAddress(wb: WorkbookModel, s: SheetModel, address: string, location: string): Area {
  const { sheet, address: local } = splitSheetAddress(address);
  if (sheet !== undefined && wb.sheet(sheet) !== s) invalid(location);
  const area = parseRangeAddress(local);
  if (area) return area;
  const named = wb.names.get(local.toUpperCase());
  if (named?.sheet === s && named.area) return named.area;
  return invalid(location);
}

export function calcOf(self: ClientObject<any>): Calc {
  return new Calc(self.context._wb);
}

/** Take a range out of the conditional formats of its sheet (Clear Formats, clearAll). */
export function clearConditionalFormats(t: RangeT): void {
  for (const cf of t.sheet.conditionalFormats) {
    if (!cf.areas.some((a) => intersects(a, t.area))) continue;
    cf.areas = cf.areas.flatMap((a) => subtractArea(a, t.area));
    if (!cf.areas.length) cf.deleted = true;
  }
  t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => !cf.deleted);
}
