/**
 * Reads and writes of large sheets through the Office.js adapter, against
 * the in-memory Excel limited as Excel on the web (4 MiB here, under its
 * 5 MB): the Grid is the one a single read of the used range would give,
 * every request and response stays under the budget, and the number of
 * syncs stays small.
 */
import type { Change, WriteChange } from '../../src/engine/changes';
import type { CellValue, Grid } from '../../src/engine/grid';
import { applyChanges, PAYLOAD_BUDGET, readActiveSheet, READ_CHUNK_ROWS, writtenAreas } from '../../src/host/excel/adapter';
import { FILL_MAX_GAP_ROWS, formulaAt, formulaTemplate, fillRuns, mergeWrites, splitFormats } from '../../src/host/excel/compact';
import { markCells, unmarkCells } from '../../src/host/excel/interactions';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import type { SheetInit } from '../../src/host/memory/types';

const N = null;
const MiB = 1024 * 1024;
const SUSPEND = 'workbook.application.suspendApiCalculationUntilNextSync()';

/** The used range read in one go, as the adapter turns it into a Grid (no limit on this read). */
async function oneShot(xl: MemoryExcelControl): Promise<Pick<Grid, 'origin' | 'values' | 'formats' | 'formulas'>> {
  const limit = PAYLOAD_BUDGET;
  xl.limitRequestBytes(null);
  try {
    return await xl.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
      used.load('values,formulas,numberFormat,rowIndex,columnIndex');
      await ctx.sync();
      return {
        origin: { row: used.rowIndex, col: used.columnIndex },
        values: used.values.map((row: CellValue[]) => row.map((v) => (v === '' ? null : v))),
        formats: used.numberFormat,
        formulas: used.formulas.map((row: unknown[]) => row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : null))),
      };
    });
  } finally {
    xl.limitRequestBytes(limit);
  }
}

/** Syncs that went through (those refused as too large are in the log too). */
function accepted(xl: MemoryExcelControl) {
  return xl.syncLog.filter((s) => s.requestBytes <= 4 * MiB && s.responseBytes <= 4 * MiB);
}

/**
 * A province-wide sheet: `rows` indicator rows under a header, with text,
 * numbers, numbers as text, booleans, a column of formulas, formulas here
 * and there in another, number formats, and a merged header.
 */
function bigSheet(rows: number): SheetInit {
  const values: CellValue[][] = [['STT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Gấp đôi', 'So sánh (%)', 'Ghi chú', 'Đạt'], []];
  const formats: string[][] = [[], []];
  const formulas: Record<string, string> = {};
  for (let i = 0; i < rows; i++) {
    const r = i + 3;
    values.push([
      i + 1,
      i % 7 === 0 ? `Tổng số thuê bao điện thoại di động trả trước và trả sau trên địa bàn — nhóm ${i}` : `Chỉ tiêu ${i}`,
      1000 + (i % 113) * 3.25,
      i % 5 === 0 ? `${(i % 900) + 1}.${String(i % 1000).padStart(3, '0')}` : 900 + (i % 97),
      N,
      i % 97 === 0 ? N : (i % 89) + 0.5,
      i % 50 === 0 ? `Ghi chú "${i}"` : N,
      i % 3 === 0 ? i % 2 === 0 : N,
    ]);
    formats.push(['General', 'General', '#,##0', '#,##0.00', '0', i % 2 ? '0.0' : '0.00', '@', 'General']);
    formulas[`E${r}`] = `=C${r}*2`;
    if (i % 97 === 0) formulas[`F${r}`] = `=IFERROR(D${r}/C${r}*100,"")`;
  }
  return { name: 'Biểu số 1', values, formats, formulas, merges: ['A1:A2', `G${rows}:H${rows + 2}`] };
}

describe('reading a long sheet in chunks', () => {
  let xl: MemoryExcelControl;
  let expected: Awaited<ReturnType<typeof oneShot>>;
  const ROWS = 32_000;

  beforeAll(async () => {
    xl = createMemoryExcel({ sheets: [bigSheet(ROWS)] });
    xl.limitRequestBytes(4 * MiB);
    expected = await oneShot(xl);
  }, 120000);

  for (const formulaCells of [true, false]) {
    it(`gives the Grid of a one-shot read, under 4 MiB a sync (${formulaCells ? 'formulas where there are some' : 'all formulas'})`, async () => {
      xl.resetCounters();
      const { grid, syncs } = await readActiveSheet(xl, { formulaCells, mergedAreas: true });
      expect(syncs).toBe(xl.syncCount);
      expect(syncs).toBeGreaterThan(1);
      expect(syncs).toBeLessThanOrEqual(3);
      expect(xl.maxRequestBytes).toBeLessThanOrEqual(4 * MiB);
      expect(xl.maxResponseBytes).toBeLessThanOrEqual(4 * MiB);
      expect(grid.origin).toEqual(expected.origin);
      expect(grid.values).toHaveLength(ROWS + 2);
      expect(grid.values).toEqual(expected.values);
      expect(grid.formats).toEqual(expected.formats);
      expect(grid.formulas).toEqual(expected.formulas);
      expect(grid.formulas?.[3]?.[4]).toBe('=C4*2');
      expect(grid.merges).toEqual([
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: ROWS - 1, left: 6, bottom: ROWS + 1, right: 7 },
      ]);
    }, 120000);
  }

  it('reads a used range that starts below the first chunk', async () => {
    const values: CellValue[][] = Array.from({ length: READ_CHUNK_ROWS + 5000 }, () => []);
    values.push([N, 'a', 1], [N, 'b', 2]);
    const other = createMemoryExcel({ sheets: [{ name: 'S', values, formulas: { [`D${READ_CHUNK_ROWS + 5002}`]: '=C1+1' } }] });
    const { grid, syncs } = await readActiveSheet(other);
    expect(syncs).toBe(2);
    expect(grid.origin).toEqual({ row: READ_CHUNK_ROWS + 5000, col: 1 });
    expect(grid.values).toEqual([
      ['a', 1, N],
      ['b', 2, 1],
    ]);
    expect(grid.formulas).toEqual([
      [N, N, N],
      [N, N, '=C1+1'],
    ]);
  });

  it('a first chunk too wide for one response: asked again without cells, then read in blocks', async () => {
    const cols = 30;
    const values = Array.from({ length: 10_000 }, (_, r) => Array.from({ length: cols }, (_, c) => `ô ${r}:${c} — văn bản`));
    const wide = createMemoryExcel({ sheets: [{ name: 'Rộng', values }] });
    wide.limitRequestBytes(4 * MiB);
    const want = await oneShot(wide);
    wide.resetCounters();
    const { grid, syncs } = await readActiveSheet(wide);
    expect(grid.values).toEqual(want.values);
    expect(grid.formulas).toEqual(want.formulas);
    expect(syncs).toBe(wide.syncCount);
    // The first was refused; all others fit.
    expect(wide.syncLog[0].responseBytes).toBeGreaterThan(4 * MiB);
    expect(accepted(wide)).toHaveLength(syncs - 1);
    expect(syncs).toBeLessThanOrEqual(6);
  }, 120000);

  it('rows much heavier than those seen first: a refused response is asked again at half the size', async () => {
    const long = 'x'.repeat(1500);
    const values: CellValue[][] = [];
    for (let r = 0; r < READ_CHUNK_ROWS + 2000; r++) values.push(r < READ_CHUNK_ROWS ? [r, N, N, N] : [r, long, long, long]);
    const heavy = createMemoryExcel({ sheets: [{ name: 'Nặng', values }] });
    heavy.limitRequestBytes(4 * MiB);
    const want = await oneShot(heavy);
    heavy.resetCounters();
    const { grid, syncs } = await readActiveSheet(heavy);
    expect(grid.values).toEqual(want.values);
    const refused = heavy.syncLog.filter((s) => s.responseBytes > 4 * MiB);
    expect(refused.length).toBeGreaterThan(0);
    expect(accepted(heavy)).toHaveLength(syncs - refused.length);
    expect(syncs).toBeLessThanOrEqual(6);
  }, 120000);
});

describe('writing large changes in chunks', () => {
  function blank(): MemoryExcelControl {
    return createMemoryExcel({ sheets: [{ name: 'S', values: [['giữ', 'nguyên']] }] });
  }

  async function at(xl: MemoryExcelControl, addresses: string[]) {
    return xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const rs = addresses.map((a) => ws.getRange(a).load('values,formulas,numberFormat'));
      await ctx.sync();
      return rs.map((r) => ({ value: r.values[0][0], formula: r.formulas[0][0], format: r.numberFormat[0][0] }));
    });
  }

  it('splits a write too large for one request by rows, calculation suspended before each sync', async () => {
    const xl = blank();
    xl.limitRequestBytes(4 * MiB);
    const rows = 150_000;
    const write: WriteChange = {
      type: 'write',
      top: 1,
      left: 0,
      cells: Array.from({ length: rows }, (_, r) => [{ value: `Dòng ${r}` }, { value: r * 0.5 }, { value: r % 2 === 0 }]),
      numberFormat: '0.0',
    };
    const changes: Change[] = [
      write,
      { type: 'style', area: { top: 0, left: 0, bottom: rows, right: 2 }, bold: true },
      { type: 'pageSetup', orientation: 'landscape', paper: 'A4', fitToOnePageWide: true },
    ];
    xl.resetCounters();
    const r = await applyChanges(xl, 'S', changes, { pageLayout: false });
    expect(r.syncs).toBe(xl.syncCount);
    expect(r.syncs).toBe(2);
    expect(r.skipped).toEqual(['pageSetup']);
    expect(xl.maxRequestBytes).toBeLessThanOrEqual(4 * MiB);
    expect(xl.syncLog.every((s) => s.first === SUSPEND)).toBe(true);
    const got = await at(xl, ['A1', 'A2', 'B75001', 'C150001', 'A150001']);
    expect(got.map((g) => g.value)).toEqual(['giữ', 'Dòng 0', 37499.5, false, 'Dòng 149999']);
    expect(got[2].format).toBe('0.0');
    expect(xl.snapshot('S').cells[rows][0].bold).toBe(true);
  }, 120000);

  it('still one sync for small changes; a name marked in a later sync replaces the old one', async () => {
    const xl = blank();
    await applyChanges(xl, 'S', [{ type: 'mark', name: 'chitieu_tinh_x', area: { top: 0, left: 0, bottom: 0, right: 0 } }]);
    xl.resetCounters();
    const small = await applyChanges(xl, 'S', [{ type: 'write', top: 3, left: 0, cells: [[{ value: 1 }]] }]);
    expect(small.syncs).toBe(1);
    const big: WriteChange = {
      type: 'write',
      top: 1,
      left: 0,
      cells: Array.from({ length: 120_000 }, (_, r) => [{ value: `Giá trị số ${r}` }, { value: `Ghi chú ${r}` }]),
    };
    const r = await applyChanges(xl, 'S', [big, { type: 'mark', name: 'chitieu_tinh_x', area: { top: 1, left: 0, bottom: 120_000, right: 1 } }], {
      existingNames: ['chitieu_tinh_x'],
    });
    expect(r.syncs).toBeGreaterThan(1);
    expect(xl.definedNames()).toEqual({ chitieu_tinh_x: 'S!$A$2:$B$120001' });
  }, 120000);

  it('fills a long column of formulas from its first row, with exactly the formulas asked for', async () => {
    const rows = 5000;
    const cells = Array.from({ length: rows }, (_, i) => {
      const r = i + 2;
      // Rows 2500 and 2700-2701 differ: the fill passes over them and they are written after it.
      if (i === 2700 || i === 2701) return [{ value: 7 }, { value: null }];
      const f = i === 2500 ? `=A${r}*3` : `=A${r}*2`;
      return [
        { value: null, formula: f },
        { value: null, formula: `=IFERROR(B${r}/$A$1,"")` },
      ];
    });
    const write: WriteChange = { type: 'write', top: 1, left: 1, cells, numberFormat: '0.00' };
    const want = cells.map((row) => row.map((c: { value: unknown; formula?: string }) => c.formula ?? (c.value === null ? '' : c.value)));

    for (const fill of [true, false]) {
      const xl = createMemoryExcel({ sheets: [{ name: 'S', values: [[4], ...Array.from({ length: rows }, (_, i) => [i])] }] });
      xl.resetCounters();
      const r = await applyChanges(xl, 'S', [write], { fill });
      expect(r.syncs).toBe(1);
      const got = await xl.run(async (ctx) => {
        const range = ctx.workbook.worksheets
          .getItem('S')
          .getRange(`B2:C${rows + 1}`)
          .load('formulas,numberFormat,values');
        await ctx.sync();
        return range;
      });
      expect(got.formulas).toEqual(want);
      expect(got.numberFormat.every((row: string[]) => row.every((f) => f === '0.00'))).toBe(true);
      expect(got.values[10]).toEqual([20, 5]);
      if (fill) expect(xl.syncLog[0].requestBytes).toBeLessThan(3000);
      else expect(xl.syncLog[0].requestBytes).toBeGreaterThan(100_000);
    }
  });

  it('sends small writes a few rows apart in the same columns as one, leaving the cells between alone', async () => {
    const xl = createMemoryExcel({
      sheets: [{ name: 'S', values: [[N], [N], [N], [N], [125]], formats: [[], [], [], [], ['General']] }],
    });
    const part = (top: number): WriteChange => ({
      type: 'write',
      top,
      left: 0,
      cells: [0, 1, 2].map((k) => [{ value: null, formula: `=ROW()+${top + k}` }]),
      numberFormat: '0.0',
    });
    const changes: Change[] = [part(1), part(5), part(9)];
    expect(writtenAreas(changes)).toEqual([{ top: 1, left: 0, bottom: 11, right: 0 }]);
    await applyChanges(xl, 'S', changes);
    expect(xl.lastSyncOps.filter((op) => op.endsWith('.formulas='))).toHaveLength(1);
    const cells = xl.snapshot('S').cells;
    expect(cells[4][0]).toMatchObject({ value: 125, numberFormat: 'General' });
    expect(cells[4][0].formula).toBeUndefined();
    expect(cells.slice(1, 12).map((row) => row[0].formula ?? null)).toEqual([
      '=ROW()+1',
      '=ROW()+2',
      '=ROW()+3',
      N,
      '=ROW()+5',
      '=ROW()+6',
      '=ROW()+7',
      N,
      '=ROW()+9',
      '=ROW()+10',
      '=ROW()+11',
    ]);
    expect(cells[2][0].numberFormat).toBe('0.0');
  });
});

describe('marking thousands of cells', () => {
  it('adds and removes marks in as many syncs as keep each request under 4 MiB', async () => {
    const rows = 15_000;
    const xl = createMemoryExcel({ sheets: [{ name: 'S', values: Array.from({ length: rows }, (_, r) => [r]) }] });
    xl.limitRequestBytes(4 * MiB);
    const cells = Array.from({ length: rows }, (_, r) => ({ cell: `A${r + 1}`, severity: r % 3 === 0 ? ('error' as const) : ('info' as const) }));
    const count = () =>
      xl.run(async (ctx) => {
        const n = ctx.workbook.worksheets.getItem('S').getRange().conditionalFormats.getCount();
        await ctx.sync();
        return n.value as number;
      });
    xl.resetCounters();
    const marked = await markCells(xl, 'S', cells);
    expect(marked).toMatchObject({ marked: rows, removed: 0 });
    expect(marked.syncs).toBe(xl.syncCount);
    expect(marked.syncs).toBeGreaterThan(2);
    expect(xl.maxRequestBytes).toBeLessThanOrEqual(4 * MiB);
    expect(await count()).toBe(rows);
    // Marking again replaces them all.
    const again = await markCells(xl, 'S', cells.slice(0, 100));
    expect(again).toMatchObject({ marked: 100, removed: rows });
    expect(await count()).toBe(100);
    xl.resetCounters();
    expect(await unmarkCells(xl, 'S')).toEqual({ syncs: 2, removed: 100 });
    expect(xl.maxRequestBytes).toBeLessThanOrEqual(4 * MiB);
    expect(await count()).toBe(0);
  }, 120000);
});

describe('making writes smaller', () => {
  it('reads only formulas it understands completely', () => {
    expect(formulaTemplate('=IFERROR((F8/D8-1)*100,"")')).not.toBeNull();
    expect(formulaTemplate('=SUM(B2:B9)+$A$1+LOG10(C3)+TRUE')).not.toBeNull();
    for (const f of ["='Biểu 1'!B2", '=Sheet2!B2', '=SUM(A:A)', '=SUM(2:3)', '=ChiTieu*2', '=Table1[Cột]', '={1,2}', '=A1#', '=b2*2', '=IF(A1="x', 'A1']) {
      expect(formulaTemplate(f)).toBeNull();
    }
    const t = formulaTemplate('=IFERROR(F8/$E$8*100,"F8")')!;
    expect(formulaAt(t, 3)).toBe('=IFERROR(F11/$E$8*100,"F8")');
    expect(formulaAt(t, -8)).toBeNull();
  });

  it('fills only runs worth it, writing the few rows that differ over the fill', () => {
    const show = (runs: ReturnType<typeof fillRuns>) => runs.map((r) => (r.type === 'fill' ? `fill ${r.top}+${r.rows}` : `write ${r.top}+${r.cells.length}`));
    const cells = Array.from({ length: 100 }, (_, i) => [{ value: null, formula: i === 50 ? '=1' : `=A${i + 1}*2` }]);
    const runs = fillRuns({ type: 'write', top: 0, left: 3, cells, numberFormat: '0.0' }, 200);
    // Row 50 differs: the fill covers it and it is written right after.
    expect(show(runs)).toEqual(['fill 0+100', 'write 50+1']);
    // More than FILL_MAX_GAP_ROWS different rows in a row end the run.
    const long = cells.map((c, i) => (i >= 40 && i < 40 + FILL_MAX_GAP_ROWS + 1 ? [{ value: i }] : c));
    expect(show(fillRuns({ type: 'write', top: 0, left: 3, cells: long, numberFormat: '0.0' }, 200))).toEqual([
      'fill 0+40',
      `write 40+${FILL_MAX_GAP_ROWS + 1}`,
      `fill ${41 + FILL_MAX_GAP_ROWS}+${59 - FILL_MAX_GAP_ROWS}`,
      'write 50+1',
    ]);
    // Different rows after the last matching one are not covered.
    const tail = cells.map((c, i) => (i >= 98 ? [{ value: 'x' }] : c));
    expect(show(fillRuns({ type: 'write', top: 0, left: 3, cells: tail }, 200))).toEqual(['fill 0+98', 'write 50+1', 'write 98+2']);
    const short = fillRuns({ type: 'write', top: 0, left: 0, cells: cells.slice(0, 10) }, 1024);
    expect(short).toHaveLength(1);
    expect(short[0].type).toBe('write');
  });

  it('sends a long run of rows with one format as that format', () => {
    const formats = [['@', 'General'], ...Array.from({ length: 300 }, () => ['0.0', '0.0']), ['0.0', '#,##0']];
    const cells = formats.map(() => [{ value: 1 }, { value: 2 }]);
    const parts = splitFormats({ type: 'write', top: 4, left: 0, cells, numberFormat: formats });
    expect(parts.map((p) => [p.top, p.cells.length, typeof p.numberFormat === 'string' ? p.numberFormat : 'cells'])).toEqual([
      [4, 1, 'cells'],
      [5, 300, '0.0'],
      [305, 1, 'cells'],
    ]);
  });

  it('joins only small writes in the same columns that follow each other closely, and no text formats', () => {
    const w = (top: number, left = 0, numberFormat?: string): WriteChange => ({ type: 'write', top, left, cells: [[{ value: top }]], numberFormat });
    const kinds = (cs: { type: string; top?: number }[]) => cs.map((c) => `${c.type}${c.top ?? ''}`);
    expect(kinds(mergeWrites([w(0), w(1), w(10), w(30), w(31, 1)]))).toEqual(['write0', 'write30', 'write31']);
    expect(kinds(mergeWrites([w(0, 0, '@'), w(1, 0, '@')]))).toEqual(['write0', 'write1']);
    expect(kinds(mergeWrites([w(0), { type: 'unmerge', area: { top: 0, left: 0, bottom: 0, right: 0 } } as Change, w(1)]))).toEqual([
      'write0',
      'unmerge',
      'write1',
    ]);
  });
});
