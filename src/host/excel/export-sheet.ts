/**
 * A new sheet for what the add-in exports (the issue list): its name, free
 * in the workbook ("Vấn đề", then "Vấn đề (2)", "Vấn đề (3)"… as Excel
 * names copies), found in one sync that also makes sure the checked sheet
 * is still there and that the workbook lets a sheet be added.
 */
import type { ExcelRunner } from './runner';
import { UserFacingError } from '../errors';
import { guarded, sheetMissingError, sheetReplacedError } from './errors';

/** Excel's longest sheet name. */
const MAX_SHEET_NAME = 31;

const same = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** `base`, or "base (2)", "base (3)"… the first that no sheet has (compared as Excel does, ignoring case). */
export function freeSheetName(taken: readonly string[], base: string): string {
  const has = (n: string) => taken.some((t) => same(t, n));
  const name = base.slice(0, MAX_SHEET_NAME);
  if (!has(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!has(candidate)) return candidate;
  }
}

/**
 * The name of a new sheet for an export of `checked`, in one sync.
 * Refused before anything is written when `checked` is gone (or another
 * sheet took its name: `expectedId` is the id it had when checked), or
 * when the workbook's structure is protected.
 */
export async function locateNewSheet(api: ExcelRunner, base: string, checked: string, expectedId?: string): Promise<{ sheet: string; syncs: number }> {
  return guarded(() =>
    api.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/id');
      const protection = context.workbook.protection;
      protection.load('protected');
      await context.sync();
      const list = (sheets.items as { name: string; id: string }[]).map((s) => ({ name: s.name, id: s.id }));
      const source = list.find((s) => same(s.name, checked));
      if (!source) throw sheetMissingError(checked);
      if (expectedId !== undefined && source.id !== expectedId) throw sheetReplacedError(checked);
      if (protection.protected) throw new UserFacingError('workbook-protected', {});
      return {
        sheet: freeSheetName(
          list.map((s) => s.name),
          base
        ),
        syncs: 1,
      };
    })
  );
}
