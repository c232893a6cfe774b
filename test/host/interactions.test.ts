import { UserFacingError } from '../../src/app/types';
import {
  MARK_FILLS,
  MARK_FORMULA,
  markCells,
  readRoleOverrides,
  restoreCell,
  rolesKey,
  sheetKey,
  subscribeSheetChanges,
  unmarkCells,
  writeCellWithUndo,
  writeRoleOverrides,
  type MarkCell,
  type SheetChange,
} from '../../src/host/excel/interactions';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import type { WorkbookInit } from '../../src/host/memory/types';
import { rejection } from '../helpers/rejection';

const N = null;
const SHEET = 'Biểu số 1';

function book(): WorkbookInit {
  return {
    active: SHEET,
    sheets: [
      {
        name: SHEET,
        values: [
          ['STT', 'Chỉ tiêu', 'Đơn vị', 'KH 2018', 'ƯTH 2018', '%'],
          [1, 'Doanh thu', 'Tỷ đồng', '1.944', 2430, N],
          [2, 'Thuê bao', 'Thuê bao', N, 115644, N],
          [3, 'Xếp hạng', 'Hạng', '9/63', '7/63', N],
        ],
        formats: [[], ['General', 'General', 'General', '@', '#,##0', '0.0']],
        formulas: { F2: '=IFERROR(E2/D2*100,"")', F3: '=IFERROR(E3/D3*100,"")' },
      },
      { name: 'Sheet2', values: [['x']] },
    ],
  };
}

/** A sheet of `n` rows of three numbers. */
function bigBook(n: number): WorkbookInit {
  return { sheets: [{ name: SHEET, values: Array.from({ length: n }, (_, i) => [i, i * 2, i * 3]) }] };
}

/** The sheet's conditional formats: [type, rule formula or null, address]. */
async function formats(xl: MemoryExcelControl, sheet = SHEET): Promise<[string, string | null, string][]> {
  return xl.run(async (ctx) => {
    const cfs = ctx.workbook.worksheets.getItem(sheet).getRange().conditionalFormats;
    cfs.load('items/type,items/customOrNullObject/rule/formula');
    await ctx.sync();
    const ranges = cfs.items.map((c: any) => c.getRangeOrNullObject().load('address'));
    await ctx.sync();
    return cfs.items.map((c: any, i: number) => [
      c.type,
      c.customOrNullObject.isNullObject ? null : c.customOrNullObject.rule.formula,
      ranges[i].isNullObject ? '' : ranges[i].address,
    ]);
  });
}

/** A user's own fill on B2 and own conditional format on E2:E4. */
async function userFormatting(xl: MemoryExcelControl): Promise<void> {
  await xl.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(SHEET);
    ws.getRange('B2').format.fill.color = '#00B050';
    const cf = ws.getRange('E2:E4').conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=E2>100000';
    cf.custom.format.fill.color = '#FFC000';
    ws.getRange('A2:A4').conditionalFormats.add('DataBar');
    await ctx.sync();
  });
}

describe('markCells / unmarkCells', () => {
  const issues: MarkCell[] = [
    { cell: 'D2', severity: 'info' },
    { cell: 'D4', severity: 'warning' },
    { cell: 'B2', severity: 'error' },
    { cell: 'E3', severity: 'warning' },
    { cell: 'E3', severity: 'error' }, // the worst of a cell's problems counts
    { cell: 'e3', severity: 'info' },
  ];

  it('fills the cells by severity over their own fill, without touching their formats', async () => {
    const xl = createMemoryExcel(book());
    await userFormatting(xl);
    const before = xl.snapshot(SHEET);
    const result = await markCells(xl, SHEET, issues);
    expect(result).toEqual({ syncs: 2, marked: 4, removed: 0 });
    const s = xl.snapshot(SHEET);
    expect(s.cells[1][3].markFill).toBe(MARK_FILLS.info);
    expect(s.cells[3][3].markFill).toBe(MARK_FILLS.warning);
    expect(s.cells[1][1].markFill).toBe(MARK_FILLS.error);
    expect(s.cells[2][4].markFill).toBe(MARK_FILLS.error);
    expect([MARK_FILLS.error, MARK_FILLS.warning, MARK_FILLS.info]).toEqual(['#F8D7DA', '#FFF3CD', '#D1ECF1']);
    // The user's own fill is still the cell's fill, under the mark.
    expect(s.cells[1][1].fill).toBe('#00B050');
    // Cells not marked look as before: E4 ("7/63", text, which Excel ranks
    // above any number) keeps the fill of the user's own rule =E2>100000.
    expect(s.cells[3][4]).toEqual(before.cells[3][4]);
    expect(s.cells[3][4].markFill).toBe('#FFC000');
    // E3 (115644) meets the user's rule too, but the mark is on top.
    expect(before.cells[2][4].markFill).toBe('#FFC000');
    // Apart from markFill, every cell is as it was.
    const strip = (rows: typeof s.cells) => rows.map((r) => r.map(({ markFill: _m, ...rest }) => rest));
    expect(strip(s.cells)).toEqual(strip(before.cells));
    const cfs = await formats(xl);
    expect(cfs.filter(([, f]) => f === MARK_FORMULA)).toHaveLength(4);
    expect(cfs).toContainEqual(['Custom', '=E2>100000', "'Biểu số 1'!E2:E4"]);
    expect(cfs).toContainEqual(['DataBar', null, "'Biểu số 1'!A2:A4"]);
  });

  it('unmark removes exactly the marks: the snapshot is as before marking, the user’s formats stay', async () => {
    const xl = createMemoryExcel(book());
    await userFormatting(xl);
    const before = xl.snapshot(SHEET);
    const cfsBefore = await formats(xl);
    await markCells(xl, SHEET, issues);
    expect(xl.snapshot(SHEET)).not.toEqual(before);
    const result = await unmarkCells(xl, SHEET);
    expect(result).toEqual({ syncs: 2, removed: 4 });
    expect(xl.snapshot(SHEET)).toEqual(before);
    expect(await formats(xl)).toEqual(cfsBefore);
    // Nothing left to remove: one sync.
    expect(await unmarkCells(xl, SHEET)).toEqual({ syncs: 1, removed: 0 });
  });

  it('marking again replaces the earlier marks', async () => {
    const xl = createMemoryExcel(book());
    await markCells(xl, SHEET, issues);
    const again = await markCells(xl, SHEET, [{ cell: 'C3', severity: 'warning' }]);
    expect(again).toMatchObject({ marked: 1, removed: 4 });
    const s = xl.snapshot(SHEET);
    const marked = s.cells.flatMap((row, r) => row.map((c, col) => [r, col, c.markFill] as const)).filter(([, , m]) => m);
    expect(marked).toEqual([[2, 2, MARK_FILLS.warning]]);
    // Marks on another sheet are left alone by marking or unmarking this one.
    await markCells(xl, 'Sheet2', [{ cell: 'A1', severity: 'info' }]);
    await unmarkCells(xl, SHEET);
    expect(xl.snapshot('Sheet2').cells[0][0].markFill).toBe(MARK_FILLS.info);
    expect(xl.snapshot(SHEET).cells[2][2].markFill).toBeUndefined();
  });

  it('makes the same number of syncs for 10 and 5,000 marked cells', async () => {
    const counts: number[][] = [];
    for (const n of [10, 5000]) {
      const xl = createMemoryExcel(bigBook(n));
      const cells: MarkCell[] = Array.from({ length: n }, (_, i) => ({ cell: `B${i + 1}`, severity: i % 2 ? 'warning' : 'error' }));
      xl.resetCounters();
      const mark = await markCells(xl, SHEET, cells);
      const markSyncs = xl.syncCount;
      const remark = await markCells(xl, SHEET, cells);
      const remarkSyncs = xl.syncCount - markSyncs;
      const un = await unmarkCells(xl, SHEET);
      const unSyncs = xl.syncCount - markSyncs - remarkSyncs;
      expect([mark.marked, remark.removed, un.removed]).toEqual([n, n, n]);
      expect(xl.snapshot(SHEET).cells[n - 1][1].markFill).toBeUndefined();
      counts.push([markSyncs, remarkSyncs, unSyncs, mark.syncs, un.syncs]);
    }
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toEqual([2, 2, 2, 2, 2]);
  }, 60000);

  it('fails with a message for the user on a protected or missing sheet, changing nothing', async () => {
    const xl = createMemoryExcel(book());
    xl.protect(SHEET);
    const before = xl.snapshot(SHEET);
    const denied = await rejection(markCells(xl, SHEET, issues));
    expect(denied).toBeInstanceOf(UserFacingError);
    expect(denied.en).toMatch(/protected/);
    expect(xl.snapshot(SHEET)).toEqual(before);
    const missing = await rejection(unmarkCells(xl, 'Không có'));
    expect(missing).toBeInstanceOf(UserFacingError);
    expect(missing.en).toMatch(/could not be found/);
  });
});

describe('writeCellWithUndo / restoreCell', () => {
  const at = (xl: MemoryExcelControl, r: number, c: number) => xl.snapshot(SHEET).cells[r][c];

  it('writes a real number into a Text-formatted cell holding text, and puts text and format back', async () => {
    const xl = createMemoryExcel(book());
    const before = xl.snapshot(SHEET);
    expect(at(xl, 1, 3)).toMatchObject({ value: '1.944', numberFormat: '@' });
    xl.resetCounters();
    const { previous, syncs } = await writeCellWithUndo(xl, SHEET, 'D2', 1944);
    expect(syncs).toBe(2);
    expect(xl.syncCount).toBe(2);
    expect(previous).toEqual({ formula: '1.944', numberFormat: '@' });
    expect(at(xl, 1, 3)).toEqual({ value: 1944, numberFormat: 'General' });
    // The formula that depends on it now computes.
    expect(at(xl, 1, 5).value).toBeCloseTo(125, 9);
    xl.resetCounters();
    expect(await restoreCell(xl, SHEET, 'D2', previous)).toEqual({ syncs: 1 });
    expect(xl.syncCount).toBe(1);
    expect(xl.snapshot(SHEET)).toEqual(before);
  });

  it('writes a number into a General cell as a number and a string as text, even when it looks like a number', async () => {
    const xl = createMemoryExcel(book());
    const before = xl.snapshot(SHEET);
    const a = await writeCellWithUndo(xl, SHEET, 'D3', 2000);
    expect(a.previous).toEqual({ formula: '', numberFormat: 'General' });
    expect(at(xl, 2, 3)).toEqual({ value: 2000, numberFormat: 'General' });
    const b = await writeCellWithUndo(xl, SHEET, 'E4', '8/63');
    expect(b.previous).toEqual({ formula: '7/63', numberFormat: 'General' });
    expect(at(xl, 3, 4).value).toBe('8/63');
    const c = await writeCellWithUndo(xl, SHEET, 'C2', '=1+1');
    expect(at(xl, 1, 2)).toEqual({ value: '=1+1', numberFormat: 'General' });
    await restoreCell(xl, SHEET, 'C2', c.previous);
    await restoreCell(xl, SHEET, 'E4', b.previous);
    await restoreCell(xl, SHEET, 'D3', a.previous);
    expect(xl.snapshot(SHEET)).toEqual(before);
  });

  it('puts a formula and its number format back over a written value', async () => {
    const xl = createMemoryExcel(book());
    const before = xl.snapshot(SHEET);
    const { previous } = await writeCellWithUndo(xl, SHEET, 'F2', 125);
    expect(previous).toEqual({ formula: '=IFERROR(E2/D2*100,"")', numberFormat: '0.0' });
    expect(at(xl, 1, 5)).toEqual({ value: 125, numberFormat: '0.0' });
    await restoreCell(xl, SHEET, 'F2', previous);
    expect(at(xl, 1, 5).formula).toBe('=IFERROR(E2/D2*100,"")');
    expect(xl.snapshot(SHEET)).toEqual(before);
  });

  it('a protected sheet: a message for the user and nothing written', async () => {
    const xl = createMemoryExcel(book());
    xl.protect(SHEET);
    const before = xl.snapshot(SHEET);
    const e = await rejection(writeCellWithUndo(xl, SHEET, 'D2', 1944));
    expect(e).toBeInstanceOf(UserFacingError);
    expect(xl.snapshot(SHEET)).toEqual(before);
  });
});

describe('role corrections in the workbook settings', () => {
  async function settings(xl: MemoryExcelControl): Promise<Record<string, unknown>> {
    return xl.run(async (ctx) => {
      const s = ctx.workbook.settings.load('items/key,items/value');
      await ctx.sync();
      return Object.fromEntries(s.items.map((i: any) => [i.key, i.value]));
    });
  }

  async function idOf(xl: MemoryExcelControl, sheet: string): Promise<string> {
    return xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet).load('id');
      await ctx.sync();
      return ws.id;
    });
  }

  it("are saved per sheet under chitieu.sheet.<worksheet id> as JSON with the sheet's name, and read back", async () => {
    const xl = createMemoryExcel(book());
    expect(await readRoleOverrides(xl, SHEET)).toEqual({});
    await writeRoleOverrides(xl, SHEET, { g: 'ignore', E: 'plan' });
    await writeRoleOverrides(xl, 'Sheet2', { A: 'name' });
    expect(await readRoleOverrides(xl, SHEET)).toEqual({ G: 'ignore', E: 'plan' });
    expect(await readRoleOverrides(xl, 'Sheet2')).toEqual({ A: 'name' });
    const id = await idOf(xl, SHEET);
    const saved = await settings(xl);
    expect(Object.keys(saved).sort()).toEqual([sheetKey(id), sheetKey(await idOf(xl, 'Sheet2'))].sort());
    expect(JSON.parse(saved[`chitieu.sheet.${id}`] as string)).toEqual({ sheet: SHEET, roles: { G: 'ignore', E: 'plan' } });
  });

  it('survive reopening, where the sheets get other ids: found by name, then kept under the new id', async () => {
    const first = createMemoryExcel(book());
    await writeRoleOverrides(first, SHEET, { G: 'ignore' });
    const saved = (await settings(first)) as Record<string, string>;
    // The same file in another session (office-js #1390): other ids, same settings.
    const again = createMemoryExcel({ ...book(), settings: saved, session: 2 });
    const newId = await idOf(again, SHEET);
    expect(newId).not.toBe(await idOf(first, SHEET));
    expect(await readRoleOverrides(again, SHEET)).toEqual({ G: 'ignore' });
    expect(await readRoleOverrides(again, 'Sheet2')).toEqual({});
    await writeRoleOverrides(again, SHEET, { G: 'ignore', E: 'plan' });
    // One record for the sheet, under its id of this session.
    expect(Object.keys(await settings(again))).toEqual([sheetKey(newId)]);
  });

  it("an earlier version's chitieu.roles.<id> is still read, and replaced by the new record when saved", async () => {
    const xl0 = createMemoryExcel(book());
    const id = await idOf(xl0, SHEET);
    const xl = createMemoryExcel({ ...book(), settings: { [rolesKey(id)]: JSON.stringify({ G: 'ignore' }) } });
    expect(await readRoleOverrides(xl, SHEET)).toEqual({ G: 'ignore' });
    await writeRoleOverrides(xl, SHEET, { E: 'plan' });
    expect(await settings(xl)).toEqual({ [sheetKey(id)]: JSON.stringify({ sheet: SHEET, roles: { E: 'plan' } }) });
  });

  it('survive a rename of the sheet', async () => {
    const xl = createMemoryExcel(book());
    await writeRoleOverrides(xl, SHEET, { G: 'ignore' });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET).name = 'Biểu 1 (sửa)';
      await ctx.sync();
    });
    expect(await readRoleOverrides(xl, 'Biểu 1 (sửa)')).toEqual({ G: 'ignore' });
  });

  it('{} removes the setting; writing replaces, not merges', async () => {
    const xl = createMemoryExcel(book());
    await writeRoleOverrides(xl, SHEET, { G: 'ignore', E: 'plan' });
    await writeRoleOverrides(xl, SHEET, { E: 'actual' });
    expect(await readRoleOverrides(xl, SHEET)).toEqual({ E: 'actual' });
    await writeRoleOverrides(xl, SHEET, {});
    expect(await settings(xl)).toEqual({});
    expect(await readRoleOverrides(xl, SHEET)).toEqual({});
    // Clearing what is not there is fine too.
    await writeRoleOverrides(xl, SHEET, {});
    xl.resetCounters();
    await readRoleOverrides(xl, SHEET);
    expect(xl.syncCount).toBe(1);
  });

  it('a missing sheet gives a message for the user', async () => {
    const xl = createMemoryExcel(book());
    const e = await rejection(readRoleOverrides(xl, 'Không có'));
    expect(e).toBeInstanceOf(UserFacingError);
  });
});

describe('subscribeSheetChanges', () => {
  for (const collectionEvent of [true, false]) {
    it(`calls the listener after a user edit and not after unsubscribe (${collectionEvent ? 'WorksheetCollection' : 'Worksheet'}.onChanged)`, async () => {
      const xl = createMemoryExcel(book());
      const seen: SheetChange[] = [];
      xl.resetCounters();
      const unsubscribe = await subscribeSheetChanges(xl, (c) => void seen.push(c), { collectionEvent });
      expect(xl.syncCount).toBe(collectionEvent ? 1 : 2);
      expect(xl.eventHandlerCount).toBe(collectionEvent ? 1 : 2);
      xl.userEdit(SHEET, 'D3', '2000');
      xl.userEdit('Sheet2', 'B1', 'y');
      await xl.idle();
      const ids = await xl.run(async (ctx) => {
        const a = ctx.workbook.worksheets.getItem(SHEET).load('id');
        const b = ctx.workbook.worksheets.getItem('Sheet2').load('id');
        await ctx.sync();
        return [a.id, b.id];
      });
      expect(seen).toEqual([
        { worksheetId: ids[0], address: 'D3', changeType: 'RangeEdited', source: 'Local', triggerSource: 'Unknown' },
        { worksheetId: ids[1], address: 'B1', changeType: 'RangeEdited', source: 'Local', triggerSource: 'Unknown' },
      ]);
      await unsubscribe();
      expect(xl.eventHandlerCount).toBe(0);
      xl.userEdit(SHEET, 'D3', '2100');
      await xl.idle();
      expect(seen).toHaveLength(2);
      await unsubscribe(); // twice is harmless
    });
  }

  it('passes the add-in’s own writes on, marked ThisLocalAddin', async () => {
    const xl = createMemoryExcel(book());
    const seen: SheetChange[] = [];
    const unsubscribe = await subscribeSheetChanges(xl, (c) => void seen.push(c));
    await writeCellWithUndo(xl, SHEET, 'D2', 1944);
    await xl.idle();
    expect(seen.map((c) => [c.address, c.triggerSource])).toEqual([['D2', 'ThisLocalAddin']]);
    await unsubscribe();
  });

  for (const collectionEvent of [true, false]) {
    it(`with onActivated, also hears another sheet made active, by the user or the add-in, in no more syncs (${collectionEvent ? 'WorksheetCollection' : 'Worksheet'}.onChanged)`, async () => {
      const xl = createMemoryExcel(book());
      const activated: string[] = [];
      const changed: SheetChange[] = [];
      xl.resetCounters();
      const unsubscribe = await subscribeSheetChanges(xl, (c) => void changed.push(c), { collectionEvent, onActivated: (id) => void activated.push(id) });
      expect(xl.syncCount).toBe(collectionEvent ? 1 : 2);
      expect(xl.eventHandlerCount).toBe(collectionEvent ? 2 : 3);
      const ids = await xl.run(async (ctx) => {
        const a = ctx.workbook.worksheets.getItem(SHEET).load('id');
        const b = ctx.workbook.worksheets.getItem('Sheet2').load('id');
        await ctx.sync();
        return [a.id, b.id];
      });
      xl.activate(SHEET); // already active: no event
      xl.activate('Sheet2');
      await xl.idle();
      expect(activated).toEqual([ids[1]]);
      await xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(SHEET).activate();
        await ctx.sync();
      });
      await xl.idle();
      expect(activated).toEqual([ids[1], ids[0]]);
      expect(changed).toEqual([]);
      await unsubscribe();
      expect(xl.eventHandlerCount).toBe(0);
      xl.activate('Sheet2');
      await xl.idle();
      expect(activated).toHaveLength(2);
    });
  }
});
