/** The workbook port (host/port.ts) on Office.js: each call one `Excel.run`, its errors explained (UserFacingError). */
import type { WorkbookPort } from '../port';
import { applyChanges, readSheet } from './adapter';
import { guarded } from './errors';
import { loadRoleSettings, updateSheetSettings } from './roles';
import type { ExcelRunner } from './runner';

export function excelWorkbook(api: ExcelRunner): WorkbookPort {
  return {
    sheetNames: () =>
      guarded(() =>
        api.run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load('items/name');
          await context.sync();
          return sheets.items.map((ws) => ws.name as string);
        })
      ),
    readSheet: async (name) => (await readSheet(api, name)).grid,
    applyChanges: async (name, changes) => {
      await applyChanges(api, name, [...changes]);
    },
    readSettings: (name) =>
      guarded(() =>
        api.run(async (context) => {
          const load = loadRoleSettings(context, context.workbook.worksheets.getItem(name));
          await context.sync();
          return load.record();
        })
      ),
    updateSettings: (name, update) => updateSheetSettings(api, name, (record) => update(record)),
  };
}
