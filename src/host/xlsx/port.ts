/**
 * The workbook port (host/port.ts) on an .xlsx file read by ExcelJS, with
 * the web extension parts the pane saved its settings in. A file has no
 * worksheet ids, so a record is found by the sheet's name (host/settings.ts)
 * and, when new, saved under a key made of the name; the pane finds it by
 * name too. `updateSettings` needs a file the add-in saved settings in
 * (setOwnSettings says why); the changes reach the file when the caller
 * writes it with `withWebExtensions`.
 */
import type ExcelJS from 'exceljs';
import { UserFacingError } from '../errors';
import { isEmptySettings, withoutEmpty, type WorkbookPort } from '../port';
import { findSheetSettings, parseSheetSettings, SHEET_KEY_PREFIX, sheetKey } from '../settings';
import { applyToWorksheet, gridFromWorksheet } from './index';
import { setOwnSettings, type SavedSetting, type WebExtensionParts } from './settings';

/** The settings the pane saved for a sheet of the file, found by the sheet's name. */
export function savedSettings(web: WebExtensionParts | null): Pick<WorkbookPort, 'readSettings'> {
  return { readSettings: async (name) => (web ? findSheetSettings(web.settings, '', name) : null) };
}

export function xlsxWorkbook(wb: ExcelJS.Workbook, web: WebExtensionParts | null): WorkbookPort {
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new UserFacingError('sheet-missing', { sheet: name });
    return ws;
  };
  /** The keys of the records of a sheet (by its name, as a file knows it). */
  const keysOf = (items: readonly SavedSetting[], name: string) =>
    items.filter((s) => s.key.startsWith(SHEET_KEY_PREFIX) && parseSheetSettings(s.value)?.sheet.toUpperCase() === name.toUpperCase()).map((s) => s.key);
  return {
    sheetNames: async () => wb.worksheets.map((ws) => ws.name),
    readSheet: async (name) => gridFromWorksheet(sheet(name), wb),
    applyChanges: async (name, changes) => applyToWorksheet(wb, sheet(name), [...changes]),
    readSettings: savedSettings(web).readSettings,
    updateSettings: async (name, update) => {
      const ws = sheet(name);
      const items = web?.settings ?? [];
      const record = withoutEmpty(update({ ...(findSheetSettings(items, '', ws.name) ?? {}), sheet: ws.name }));
      const stale = keysOf(items, ws.name);
      const keep = !isEmptySettings(record);
      if (!keep && !stale.length) return null;
      const key = stale[0] ?? sheetKey(ws.name);
      const next = [...items.filter((s) => !stale.includes(s.key)), ...(keep ? [{ key, value: record }] : [])];
      if (!web || !setOwnSettings(web, next)) throw new UserFacingError('no-settings-part', { sheet: ws.name });
      return keep ? record : null;
    },
  };
}
