/**
 * The in-memory Excel as Excel on the web for large data: the size of each
 * sync's request and response, the 5 MB limits, the five-million-cell
 * limit of a read; and the calls the host uses on large sheets:
 * Range.copyFrom and Range.getSpecialCells.
 */
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import { moveFormula } from '../../src/host/memory/formula-text';
import { jsonBytes } from '../../src/host/memory/payload';
import { rejection } from '../helpers/rejection';

const N = null;

function sheetOf(rows: number): MemoryExcelControl {
  const values = Array.from({ length: rows }, (_, r) => [r + 1, `Chỉ tiêu số ${r + 1}`, r * 1.5, N]);
  return createMemoryExcel({
    sheets: [
      { name: 'S', values },
      { name: 'T', values: [['đích']] },
    ],
  });
}

describe('jsonBytes', () => {
  it('is the UTF-8 length of JSON.stringify', () => {
    const samples: unknown[] = [
      null,
      true,
      false,
      0,
      -0,
      7,
      -123456789,
      1234567890123,
      1.5,
      -0.000001,
      1e21,
      Number.NaN,
      Infinity,
      '',
      'ASCII',
      'Tổng doanh thu — ƯTH/KH',
      'emoji 🎉 and 𝔸',
      'quote " backslash \\ newline \n tab \t bell \u0007',
      'lone \ud800 high and \udc00 low',
      [1, 'a', null, undefined, () => 1, [2, [3]]],
      { a: 1, b: undefined, c: 'x', d: { e: [true] }, f: () => 0 },
      { toJSON: () => ({ inner: 'y' }) },
      [
        [1, '=IFERROR(F8/E8*100,"")', ''],
        ['General', '0.0', '#,##0'],
      ],
    ];
    for (const x of samples) expect(jsonBytes(x)).toBe(Buffer.byteLength(JSON.stringify(x) ?? '', 'utf8'));
  });
});

describe('request and response sizes', () => {
  it('counts what a sync loads in its response, and resetCounters clears it', async () => {
    const xl = sheetOf(500);
    xl.resetCounters();
    let values: unknown[][] = [];
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:D500').load('values');
      await ctx.sync();
      values = r.values;
    });
    expect(xl.maxResponseBytes).toBeGreaterThanOrEqual(jsonBytes(values));
    expect(xl.maxResponseBytes).toBeLessThan(jsonBytes(values) + 100);
    expect(xl.maxRequestBytes).toBeLessThan(200);
    expect(xl.syncLog).toEqual([expect.objectContaining({ operations: 1, responseBytes: xl.maxResponseBytes })]);
    xl.resetCounters();
    expect(xl.maxResponseBytes).toBe(0);
    expect(xl.maxRequestBytes).toBe(0);
    expect(xl.syncLog).toEqual([]);
  });

  it('counts collection items and their properties', async () => {
    const xl = sheetOf(3);
    xl.resetCounters();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
    });
    expect(xl.maxResponseBytes).toBeGreaterThanOrEqual(jsonBytes([{ name: 'S' }, { name: 'T' }]));
    expect(xl.maxResponseBytes).toBeLessThan(100);
  });

  it('refuses a response over the limit: what it loaded cannot be read, what it wrote was written', async () => {
    const xl = sheetOf(2000);
    xl.limitRequestBytes(20_000);
    const err = await rejection(
      xl.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('S');
        ws.getRange('F1').values = [['ghi']];
        const r = ws.getRange('A1:D2000').load('values');
        try {
          await ctx.sync();
        } catch (e) {
          expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
          throw e;
        }
      })
    );
    expect(err).toMatchObject({ name: 'RichApi.Error', code: 'ResponsePayloadSizeLimitExceeded' });
    expect(xl.maxResponseBytes).toBeGreaterThan(20_000);
    expect(xl.snapshot('S').cells[0][5].value).toBe('ghi');
    // Smaller reads go through.
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:D100').load('values');
      await ctx.sync();
      expect(r.values).toHaveLength(100);
    });
  });

  it('refuses a request over the limit and runs none of it', async () => {
    const xl = sheetOf(2);
    xl.limitRequestBytes(10_000);
    const big = Array.from({ length: 1000 }, (_, i) => [`dòng ${i}`]);
    const err = await rejection(
      xl.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('T');
        ws.getRange('B1').values = [['trước']];
        ws.getRange('A1:A1000').values = big;
        await ctx.sync();
      })
    );
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(xl.snapshot('T').cells[0]).toEqual([expect.objectContaining({ value: 'đích' })]);
    xl.limitRequestBytes(null);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('T').getRange('A1:A1000').values = big;
      await ctx.sync();
    });
    expect(xl.snapshot('T').rowCount).toBe(1000);
  });

  it('fails a read of more than five million cells of one range, as Excel does', async () => {
    const xl = sheetOf(2);
    const err = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1:E1000001').load('values');
        await ctx.sync();
      })
    );
    expect(err.code).toBe('ResponsePayloadSizeLimitExceeded');
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1:E1000000').load('rowCount');
      await ctx.sync();
      expect(r.rowCount).toBe(1_000_000);
    });
  });
});

describe('moveFormula', () => {
  it('moves relative references as a paste does, and nothing else', () => {
    expect(moveFormula('=IFERROR(F8/E8*100,"")', 2, 0)).toBe('=IFERROR(F10/E10*100,"")');
    expect(moveFormula('=$A1+A$1+$A$1+A1', 3, 2)).toBe('=$A4+C$1+$A$1+C4');
    expect(moveFormula('=SUM(B2:B9)*"B2"', 1, 1)).toBe('=SUM(C3:C10)*"B2"');
    expect(moveFormula("='Biểu 1'!B2+Sheet2!C3+LOG10(A1)", 1, 0)).toBe("='Biểu 1'!B3+Sheet2!C4+LOG10(A2)");
    expect(moveFormula('=SUM(A:B)+SUM(2:3)+1E5', 1, 1)).toBe('=SUM(B:C)+SUM(3:4)+1E5');
    expect(moveFormula('=A1+#N/A', -1, 0)).toBe('=#REF!+#N/A');
    expect(moveFormula('=Z1+AA1', 0, 1)).toBe('=AA1+AB1');
  });
});

describe('Range.copyFrom', () => {
  function book(): MemoryExcelControl {
    return createMemoryExcel({
      sheets: [
        {
          name: 'S',
          values: [
            [1, 10, N],
            [2, 20, N],
            [3, 30, 'giữ'],
            [4, 40, N],
            [5, 50, N],
          ],
          formulas: { C1: '=A1*B1+$A$1' },
          formats: [[N as never, N as never, '0.0']],
        },
        { name: 'T', values: [[7]] },
      ],
    });
  }

  it('repeats a row of formulas down a destination that is a whole multiple of it, moving references', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('C2:C5').copyFrom(ws.getRange('C1'), 'Formulas');
      await ctx.sync();
    });
    const cells = xl.snapshot('S').cells;
    expect(cells.map((row) => row[2].formula)).toEqual(['=A1*B1+$A$1', '=A2*B2+$A$1', '=A3*B3+$A$1', '=A4*B4+$A$1', '=A5*B5+$A$1']);
    expect(cells.map((row) => row[2].value)).toEqual([11, 41, 91, 161, 251]);
    // "Formulas" leaves the destination's formats alone.
    expect(cells[1][2].numberFormat).toBe('General');
  });

  it('pastes once at the top-left of a destination that is no multiple; All brings formats; Values the results', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('D2:E4').copyFrom('A1:B2', 'All');
      ws.getRange('F1').copyFrom('C1', 'Values');
      ws.getRange('G1').copyFrom('C1', 'Formats');
      ws.getRange('H1').copyFrom('T!A1');
      await ctx.sync();
    });
    const cells = xl.snapshot('S').cells;
    expect([cells[1][3].value, cells[1][4].value, cells[2][3].value, cells[2][4].value]).toEqual([1, 10, 2, 20]);
    expect(cells[3][3].value).toBe('');
    expect(cells[0][5]).toMatchObject({ value: 11, numberFormat: 'General' });
    expect(cells[0][5].formula).toBeUndefined();
    expect(cells[0][6]).toMatchObject({ value: '', numberFormat: '0.0' });
    expect(cells[0][7].value).toBe(7);
  });

  it('leaves cells alone under blank source cells with skipBlanks', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('C3').copyFrom('C2', 'All', true);
      ws.getRange('C4').copyFrom('C2', 'All', false);
      await ctx.sync();
    });
    const cells = xl.snapshot('S').cells;
    expect(cells[2][2].value).toBe('giữ');
    expect(cells[3][2].value).toBe('');
  });

  it('refuses what it does not do', async () => {
    const xl = book();
    const bad = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('D1').copyFrom('A1', 'Everything');
        await ctx.sync();
      })
    );
    expect(bad.code).toBe('InvalidArgument');
    const transpose = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('D1').copyFrom('A1:A2', 'All', false, true);
        await ctx.sync();
      })
    );
    expect(transpose.code).toBe('NotImplemented');
    xl.protect('S');
    const locked = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('D1').copyFrom('A1');
        await ctx.sync();
      })
    );
    expect(locked.code).toBe('AccessDenied');
  });
});

describe('Range.getSpecialCells', () => {
  function book(): MemoryExcelControl {
    return createMemoryExcel({
      sheets: [
        {
          name: 'Biểu 1',
          values: [
            ['a', 1, N, N],
            ['b', 2, N, N],
            ['c', 3, N, N],
            [N, 4, N, true],
          ],
          formulas: { C1: '=B1*2', C2: '=B2*2', D1: '=B1*3', D2: '=B2*3', C4: '=1/0' },
        },
      ],
    });
  }

  it('finds formulas as rectangles, by the type of their results when asked', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Biểu 1').getRange('A1:D4');
      const formulas = range.getSpecialCells('Formulas').load('address,areaCount,cellCount');
      const errors = range.getSpecialCellsOrNullObject('Formulas', 'Errors').load('address');
      const numbers = range.getSpecialCells('Constants', 'Numbers').load('address');
      const text = range.getSpecialCells('Constants', 'LogicalText').load('address');
      const blanks = range.getSpecialCells('Blanks').load('address');
      await ctx.sync();
      expect(formulas.address).toBe("'Biểu 1'!C1:D2, 'Biểu 1'!C4");
      expect([formulas.areaCount, formulas.cellCount]).toEqual([2, 5]);
      expect(errors.address).toBe("'Biểu 1'!C4");
      expect(numbers.address).toBe("'Biểu 1'!B1:B4");
      expect(text.address).toBe("'Biểu 1'!A1:A3, 'Biểu 1'!D4");
      expect(blanks.address).toBe("'Biểu 1'!C3:D3, 'Biểu 1'!A4");
    });
  });

  it('none: ItemNotFound, or a null object', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      const none = ctx.workbook.worksheets.getItem('Biểu 1').getRange('A1:A3').getSpecialCellsOrNullObject('Formulas').load('address');
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
    });
    const err = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Biểu 1').getRange('A1:A3').getSpecialCells('Formulas').load('address');
        await ctx.sync();
      })
    );
    expect(err.code).toBe('ItemNotFound');
  });
});
