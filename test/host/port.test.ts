/**
 * The workbook port, one contract for both adapters: the same steps on the
 * same workbook, once in the (in-memory) Excel through Office.js and once in
 * an .xlsx through ExcelJS, give the same answers — the cells as they were
 * typed, the engine's changes written where asked, the planner's saved
 * decisions read and changed. What is expected comes from the fixture and
 * the change list, not from either adapter.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readWorkbook, writeWorkbook } from '../../src/cli/main';
import { computeSheet } from '../../src/engine';
import { a1, cellAt, formulaAt } from '../../src/engine/grid';
import type { CellValue } from '../../src/engine/grid';
import { UserFacingError } from '../../src/host/errors';
import { excelWorkbook } from '../../src/host/excel/port';
import { createMemoryExcel } from '../../src/host/memory/excel';
import type { WorkbookPort } from '../../src/host/port';
import { sheetKey } from '../../src/host/settings';
import { xlsxWorkbook } from '../../src/host/xlsx/port';
import { contactList, tienGiang2018 } from '../fixtures/indicator-sheets';
import { addSavedSettings } from '../helpers/webext';
import { writeXlsx } from '../helpers/xlsx';

const SHEET = 'Biểu số 1';
const SAVED = { sheet: SHEET, kind: 'indicator-plan', directions: { '9': 'lower' } };

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-port-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The two adapters on the same workbook (the review sheet, a contact list), with one saved record. */
const adapters: [string, () => Promise<{ book: WorkbookPort; reopen: () => Promise<WorkbookPort> }>][] = [
  [
    'Office.js (in-memory Excel)',
    async () => {
      const excel = createMemoryExcel({ sheets: [tienGiang2018(), contactList()], settings: { [sheetKey('{OTHER-SESSION}')]: JSON.stringify(SAVED) } });
      const book = excelWorkbook(excel);
      return { book, reopen: async () => book };
    },
  ],
  [
    'ExcelJS (.xlsx)',
    async () => {
      const file = path.join(dir, `book-${Math.random().toString(36).slice(2)}.xlsx`);
      await writeXlsx(file, [tienGiang2018(), contactList()]);
      await addSavedSettings(file, { [sheetKey('{OTHER-SESSION}')]: SAVED });
      const { wb, web } = await readWorkbook(file, 'en');
      const book = xlsxWorkbook(wb, web);
      // Saved to a file and read back: what another run of the command line would find.
      const reopen = async () => {
        const out = file.replace(/\.xlsx$/, '-saved.xlsx');
        await writeWorkbook(wb, out, web);
        const again = await readWorkbook(out, 'en');
        return xlsxWorkbook(again.wb, again.web);
      };
      return { book, reopen };
    },
  ],
];

describe.each(adapters)('the workbook port on %s', (_name, open) => {
  test('lists the sheets in order and reads a sheet as it was typed', async () => {
    const { book } = await open();
    expect(await book.sheetNames()).toEqual([SHEET, contactList().name]);
    const grid = await book.readSheet(SHEET);
    const typed = tienGiang2018().values;
    const seen: CellValue[][] = typed.map((row, r) => row.map((_, c) => cellAt(grid, r, c)));
    expect(seen).toEqual(typed.map((row) => row.map((v) => (v === '' ? null : v))));
  });

  test("writes the engine's changes: read again, the computed cells hold the formulas asked for", async () => {
    const { book } = await open();
    const { changes } = computeSheet(await book.readSheet(SHEET));
    const asked: [number, number, string][] = [];
    for (const c of changes) {
      if (c.type !== 'write') continue;
      c.cells.forEach((row, r) => row.forEach((w, k) => w.formula && asked.push([c.top + r, c.left + k, w.formula])));
    }
    expect(asked.length).toBeGreaterThan(10);
    await book.applyChanges(SHEET, changes);
    const after = await book.readSheet(SHEET);
    for (const [row, col, formula] of asked) expect(`${a1(row, col)} ${formulaAt(after, row, col)}`).toBe(`${a1(row, col)} ${formula}`);
  });

  test("reads the planner's saved decisions by the sheet's name, changes them, and keeps them", async () => {
    const { book, reopen } = await open();
    expect(await book.readSettings(SHEET)).toEqual(SAVED);
    expect(await book.readSettings(contactList().name)).toBeNull();
    const saved = await book.updateSettings(SHEET, (r) => ({ ...r, kind: 'time-series', directions: undefined }));
    expect(saved).toEqual({ sheet: SHEET, kind: 'time-series' });
    const again = await reopen();
    expect(await again.readSettings(SHEET)).toEqual({ sheet: SHEET, kind: 'time-series' });
    // A record left with nothing is removed.
    expect(await again.updateSettings(SHEET, (r) => ({ sheet: r.sheet }))).toBeNull();
    expect(await again.readSettings(SHEET)).toBeNull();
  });

  test('a sheet that is not there is an error for the user', async () => {
    const { book } = await open();
    await expect(book.readSheet('Không có')).rejects.toBeInstanceOf(UserFacingError);
  });
});

test('a file the add-in never saved a decision in cannot take one, and says so', async () => {
  const file = path.join(dir, 'bare.xlsx');
  await writeXlsx(file, [tienGiang2018()]);
  const { wb, web } = await readWorkbook(file, 'en');
  const book = xlsxWorkbook(wb, web);
  expect(await book.readSettings(SHEET)).toBeNull();
  await expect(book.updateSettings(SHEET, (r) => ({ ...r, kind: 'time-series' }))).rejects.toMatchObject({
    code: 'no-settings-part',
    params: { sheet: SHEET },
  });
});
