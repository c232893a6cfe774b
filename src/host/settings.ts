/**
 * The planner's decisions for a sheet (column roles, the kind chosen, header
 * rows, directions and bounds, ignored issues), as one record per sheet in a
 * workbook's settings (Workbook.settings: saved in the file, private to the
 * add-in) under "chitieu.sheet.<worksheet id>", holding the sheet's name too.
 * A worksheet id holds only within one session (office-js #1390;
 * office-js-docs #297): reopened, or opened on another platform, the sheet
 * may get another id. So a record is found by the sheet's id (this session:
 * it survives a rename), else by the sheet's name (another session), else,
 * for a workbook saved by an earlier version, under "chitieu.roles.<id>".
 * Host-neutral: the Excel host (host/excel/roles.ts) and the command line
 * (which reads the .xlsx, host/xlsx/settings.ts) both read records here.
 */
import type { EngineOptions } from '../engine';
import type { Kind, RoleOverrides } from '../engine/report';
import { KINDS } from '../engine/report';

export const ROLES_KEY_PREFIX = 'chitieu.roles.';
export const SHEET_KEY_PREFIX = 'chitieu.sheet.';

/** The settings key of an earlier version's role corrections. */
export function rolesKey(worksheetId: string): string {
  return ROLES_KEY_PREFIX + worksheetId;
}

/** The settings key of a sheet's record. */
export function sheetKey(worksheetId: string): string {
  return SHEET_KEY_PREFIX + worksheetId;
}

/** What the planner decided for one sheet. */
export interface SheetSettings {
  /** The sheet's name when saved. */
  sheet: string;
  roles?: RoleOverrides;
  kind?: Kind;
  /** By 1-based row: which way the row's indicator is better. */
  directions?: Record<string, 'lower' | 'higher'>;
  /** The first table's header rows, 1-based, where recognition misplaced them. */
  header?: [number, number];
  /** By 1-based row: what the row's target is, whatever its words say. */
  bounds?: Record<string, 'floor' | 'ceiling' | 'exact'>;
  /** Issues the planner chose to leave: by cell and code, with what the cell held then (a change brings the issue back). */
  ignored?: { cell: string; code: string; content: string }[];
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

/** A setting's value (JSON text, or an object) as a sheet's record; null when it is none. */
export function parseSheetSettings(value: unknown): SheetSettings | null {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (typeof o.sheet !== 'string') return null;
  const out: SheetSettings = { sheet: o.sheet };
  const roles = normalizeRoles(o.roles);
  if (Object.keys(roles).length) out.roles = roles;
  if (typeof o.kind === 'string' && (KINDS as readonly string[]).includes(o.kind)) out.kind = o.kind as Kind;
  if (o.directions && typeof o.directions === 'object' && !Array.isArray(o.directions)) {
    const d: Record<string, 'lower' | 'higher'> = {};
    for (const [row, dir] of Object.entries(o.directions as Record<string, unknown>))
      if (/^\d+$/.test(row) && (dir === 'lower' || dir === 'higher')) d[row] = dir;
    if (Object.keys(d).length) out.directions = d;
  }
  if (
    Array.isArray(o.header) &&
    o.header.length === 2 &&
    o.header.every((n) => Number.isInteger(n) && (n as number) >= 1) &&
    (o.header[0] as number) <= (o.header[1] as number)
  ) {
    out.header = [o.header[0] as number, o.header[1] as number];
  }
  if (o.bounds && typeof o.bounds === 'object' && !Array.isArray(o.bounds)) {
    const b: Record<string, 'floor' | 'ceiling' | 'exact'> = {};
    for (const [row, k] of Object.entries(o.bounds as Record<string, unknown>))
      if (/^\d+$/.test(row) && (k === 'floor' || k === 'ceiling' || k === 'exact')) b[row] = k;
    if (Object.keys(b).length) out.bounds = b;
  }
  if (Array.isArray(o.ignored)) {
    const ignored = o.ignored
      .filter(
        (x): x is { cell: string; code: string; content: string } =>
          !!x &&
          typeof x === 'object' &&
          typeof (x as { cell?: unknown }).cell === 'string' &&
          /^[A-Z]{1,3}\d{1,7}$/.test((x as { cell: string }).cell) &&
          typeof (x as { code?: unknown }).code === 'string' &&
          typeof (x as { content?: unknown }).content === 'string'
      )
      .map((x) => ({ cell: x.cell, code: x.code, content: x.content }));
    if (ignored.length) out.ignored = ignored;
  }
  return out;
}

/** The settings items as the API gives them. */
export type Items = readonly { key: string; value: unknown }[];

/** The record of a sheet: by its id, else by its name, else an earlier version's roles under its id. */
export function findSheetSettings(items: Items, id: string, name: string): SheetSettings | null {
  const byId = items.find((s) => s.key === sheetKey(id));
  const own = byId ? parseSheetSettings(byId.value) : null;
  if (own) return own;
  const upper = name.toUpperCase();
  for (const s of items) {
    if (!s.key.startsWith(SHEET_KEY_PREFIX)) continue;
    const r = parseSheetSettings(s.value);
    if (r && r.sheet.toUpperCase() === upper) return r;
  }
  const old = items.find((s) => s.key === rolesKey(id));
  if (old) {
    const roles = parseRoles(old.value);
    if (Object.keys(roles).length) return { sheet: name, roles };
  }
  return null;
}

/** The planner's decisions, as the engine takes them. */
export type Decisions = Pick<EngineOptions, 'kind' | 'roles' | 'headerRows' | 'directions' | 'bounds' | 'ignored'>;

/** A saved record as the engine's options (rows keyed by number). */
export function decisionsOf(s: SheetSettings | null | undefined): Decisions {
  const out: Decisions = {};
  if (!s) return out;
  const byRow = <T>(m: Record<string, T>) => Object.fromEntries(Object.entries(m).map(([row, v]) => [Number(row), v])) as Record<number, T>;
  if (s.kind) out.kind = s.kind;
  if (s.roles) out.roles = s.roles;
  if (s.header) out.headerRows = s.header;
  if (s.directions) out.directions = byRow(s.directions);
  if (s.bounds) out.bounds = byRow(s.bounds);
  if (s.ignored) out.ignored = s.ignored;
  return out;
}
