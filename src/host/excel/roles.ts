/**
 * The user's role corrections for a sheet, kept in the workbook's settings
 * (Workbook.settings, ExcelApi 1.4: saved in the file, private to the
 * add-in) under "chitieu.roles.<worksheet id>". The id, unlike the name,
 * survives a rename of the sheet.
 */
import type { ExcelRunner } from '../../app/actions';
import type { RoleOverrides } from '../../engine/report';
import { guarded } from './errors';

export const ROLES_KEY_PREFIX = 'chitieu.roles.';

/** The settings key of a sheet's role corrections. */
export function rolesKey(worksheetId: string): string {
  return ROLES_KEY_PREFIX + worksheetId;
}

/**
 * Role corrections cleaned up: column letters upper-cased, entries that
 * are not "letters → non-empty text" dropped.
 */
export function normalizeRoles(roles: unknown): RoleOverrides {
  const out: Record<string, string> = {};
  if (!roles || typeof roles !== 'object' || Array.isArray(roles)) return out as RoleOverrides;
  for (const [k, v] of Object.entries(roles as Record<string, unknown>)) {
    const col = k.trim().toUpperCase();
    if (!/^[A-Z]{1,3}$/.test(col) || typeof v !== 'string' || !v.trim()) continue;
    out[col] = v.trim();
  }
  return out as RoleOverrides;
}

/** A setting's value (JSON text, or an object from an older version) as role corrections. */
export function parseRoles(value: unknown): RoleOverrides {
  if (typeof value === 'string') {
    try {
      return normalizeRoles(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return normalizeRoles(value);
}

export interface RoleSettingsLoad {
  /** After the sync: the sheet's role corrections (empty when none). */
  roles(): RoleOverrides;
}

/**
 * Queue, without syncing, what it takes to know a worksheet's role
 * corrections: its id and the add-in's settings. Read `roles()` after the
 * caller's sync, so the read rides along with another one.
 */
export function loadRoleSettings(context: any, ws: any): RoleSettingsLoad {
  ws.load('id');
  const settings = context.workbook.settings;
  settings.load('items/key,items/value');
  return {
    roles: () => {
      const key = rolesKey(ws.id as string);
      const item = (settings.items as { key: string; value: unknown }[]).find((s) => s.key === key);
      return item ? parseRoles(item.value) : {};
    },
  };
}

/** The role corrections saved for a sheet (empty when none), in one sync. */
export async function readRoleOverrides(api: ExcelRunner, sheetName: string): Promise<RoleOverrides> {
  return guarded(() =>
    api.run(async (context) => {
      const load = loadRoleSettings(context, context.workbook.worksheets.getItem(sheetName));
      await context.sync();
      return load.roles();
    }),
  );
}

/**
 * Save a sheet's role corrections (two syncs: the sheet's id, then the
 * write). Saving no corrections (`{}`) removes the setting.
 */
export async function writeRoleOverrides(api: ExcelRunner, sheetName: string, roles: RoleOverrides): Promise<void> {
  const clean = normalizeRoles(roles);
  await guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetName);
      ws.load('id');
      const settings = context.workbook.settings;
      settings.load('items/key');
      await context.sync();
      const key = rolesKey(ws.id as string);
      if (Object.keys(clean).length) {
        settings.add(key, JSON.stringify(clean));
      } else if ((settings.items as { key: string }[]).some((s) => s.key === key)) {
        settings.getItem(key).delete();
      } else {
        return;
      }
      await context.sync();
    }),
  );
}
