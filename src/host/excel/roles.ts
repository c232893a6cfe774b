/**
 * The planner's decisions for a sheet, read and written through Office.js
 * (Workbook.settings, ExcelApi 1.4); the record and how it is found are in
 * host/settings.ts.
 */
import type { ExcelRunner } from './runner';
import type { XlContext, XlWorksheet } from '../excel-api';
import type { RoleOverrides } from '../../engine/report';
import { guarded } from './errors';
import { isEmptySettings, withoutEmpty } from '../port';
import { findSheetSettings, normalizeRoles, parseSheetSettings, rolesKey, sheetKey, SHEET_KEY_PREFIX, type Items, type SheetSettings } from '../settings';

export {
  findSheetSettings,
  normalizeRoles,
  parseRoles,
  parseSheetSettings,
  rolesKey,
  sheetKey,
  ROLES_KEY_PREFIX,
  SHEET_KEY_PREFIX,
  type SheetSettings,
} from '../settings';

export interface RoleSettingsLoad {
  /** After the sync: the sheet's role corrections (empty when none). */
  roles(): RoleOverrides;
  /** After the sync: the sheet's whole record (null when none). */
  record(): SheetSettings | null;
}

/**
 * Queue, without syncing, what it takes to know a worksheet's role
 * corrections: its id and name, and the add-in's settings. Read `roles()`
 * after the caller's sync, so the read rides along with another one.
 */
export function loadRoleSettings(context: XlContext, ws: XlWorksheet): RoleSettingsLoad {
  ws.load('id,name');
  const settings = context.workbook.settings;
  settings.load('items/key,items/value');
  const record = () => findSheetSettings(settings.items as Items, ws.id as string, ws.name as string);
  return { roles: () => record()?.roles ?? {}, record };
}

/** The role corrections saved for a sheet (empty when none), in one sync. */
export async function readRoleOverrides(api: ExcelRunner, sheetName: string): Promise<RoleOverrides> {
  return guarded(() =>
    api.run(async (context) => {
      const load = loadRoleSettings(context, context.workbook.worksheets.getItem(sheetName));
      await context.sync();
      return load.roles();
    })
  );
}

/**
 * Change a sheet's record (two syncs: the sheet's id, its settings and any
 * `cells` asked for, then the write), keeping the rest of it. The record is
 * written under the sheet's id of this session, with its name; a record of
 * the same sheet under another key (another session's id, an earlier
 * version's key) is removed. A record left with nothing is removed.
 */
export async function updateSheetSettings(
  api: ExcelRunner,
  sheetName: string,
  update: (record: SheetSettings, cells: unknown[]) => SheetSettings,
  cells: readonly string[] = []
): Promise<SheetSettings | null> {
  return guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.load('id,name');
      const settings = context.workbook.settings;
      settings.load('items/key,items/value');
      const ranges = cells.map((a) => ws.getRange(a).load('values'));
      await context.sync();
      const items = settings.items as Items;
      const id = ws.id as string;
      const name = ws.name as string;
      const record = withoutEmpty(
        update(
          { ...(findSheetSettings(items, id, name) ?? {}), sheet: name },
          ranges.map((r) => r.values[0][0])
        )
      );
      const stale = items.filter(
        (s) =>
          s.key === rolesKey(id) ||
          (s.key.startsWith(SHEET_KEY_PREFIX) && (s.key === sheetKey(id) || parseSheetSettings(s.value)?.sheet.toUpperCase() === name.toUpperCase()))
      );
      const keep = !isEmptySettings(record);
      if (!keep && stale.length === 0) return null;
      // settings.add replaces the value under its own key: that one is not deleted first.
      for (const s of stale) if (!(keep && s.key === sheetKey(id))) settings.getItem(s.key).delete();
      if (keep) settings.add(sheetKey(id), JSON.stringify(record));
      await context.sync();
      return keep ? record : null;
    })
  );
}

/** Save a sheet's role corrections, keeping the rest of its record ({} removes them). */
export async function writeRoleOverrides(api: ExcelRunner, sheetName: string, roles: RoleOverrides): Promise<void> {
  const clean = normalizeRoles(roles);
  await updateSheetSettings(api, sheetName, (r) => ({ ...r, roles: Object.keys(clean).length ? clean : undefined }));
}
