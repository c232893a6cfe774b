import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import type { WorkbookInit } from '../../src/host/memory/types';
import { rejection } from '../helpers/rejection';

const N = null;

function book(): WorkbookInit {
  return {
    active: 'Biểu số 1',
    sheets: [
      {
        name: 'Biểu số 1',
        values: [
          ['Biểu số 1', N, N, N, N, N],
          ['STT', 'Chỉ tiêu', 'Đơn vị', 'KH 2018', 'ƯTH 2018', '%'],
          [N, N, N, N, N, N],
          [1, 'Doanh thu', 'Tỷ đồng', 1944, 2430, N],
          [2, 'Thuê bao', 'Thuê bao', N, 115644, N],
        ],
        formats: [[], [], [], ['General', 'General', 'General', '#,##0', '#,##0', '0.0']],
        merges: ['A2:A3', 'B2:B3', 'D2:E2'],
        formulas: { F4: '=IFERROR(E4/D4*100,"")', F5: '=IFERROR(E5/D5*100,"")' },
      },
      { name: 'Sheet2', values: [['x']] },
    ],
  };
}

describe('load, sync, read', () => {
  let xl: MemoryExcelControl;
  beforeEach(() => {
    xl = createMemoryExcel(book());
  });

  it('throws PropertyNotLoaded when reading before load and sync', async () => {
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet2').getRange('A1');
      let err: any;
      try {
        void r.values;
      } catch (e) {
        err = e;
      }
      expect(err).toMatchObject({ name: 'RichApi.Error', code: 'PropertyNotLoaded' });
      expect(err.message).toBe(
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context."
      );
      r.load('values');
      // Loaded but not yet synced: still not readable.
      expect(() => r.values).toThrow(/not available/);
      await ctx.sync();
      expect(r.values).toEqual([['x']]);
      // A property that was not part of the load stays unreadable.
      expect(() => r.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('accepts string, array, object and nested load forms', async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu số 1');
      const a = ws.getRange('D4:E4').load('address, rowIndex,columnIndex');
      const b = ws.getRange('D4').load(['numberFormat', 'format/font/bold']);
      const c = ws.getRange('A1').load({ values: true, format: { fill: { color: true } } });
      const sheets = ctx.workbook.worksheets.load('items/name');
      await ctx.sync();
      expect(a.address).toBe("'Biểu số 1'!D4:E4");
      expect([a.rowIndex, a.columnIndex]).toEqual([3, 3]);
      expect(b.numberFormat).toEqual([['#,##0']]);
      expect(b.format.font.bold).toBe(false);
      expect(c.values).toEqual([['Biểu số 1']]);
      expect(c.format.fill.color).toBe('#FFFFFF');
      expect(sheets.items.map((s: any) => s.name)).toEqual(['Biểu số 1', 'Sheet2']);
    });
  });

  it('makes a set property readable only after a new load', async () => {
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet2').getRange('B1').load('values');
      await ctx.sync();
      r.values = [[5]];
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([[5]]);
    });
  });

  it('queues writes until sync, counts syncs and request bytes', async () => {
    xl.resetCounters();
    let before: unknown;
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet2');
      ws.getRange('A2:B3').values = [
        [1, 2],
        [3, 4],
      ];
      before = xl.snapshot('Sheet2').rowCount; // nothing applied yet
      await ctx.sync();
    });
    expect(before).toBe(1);
    expect(xl.snapshot('Sheet2').cells[2][1].value).toBe(4);
    expect(xl.syncCount).toBe(1);
    const small = xl.maxRequestBytes;
    expect(small).toBeGreaterThan(10);

    // A bigger write counts its array in the request size.
    await xl.run(async (ctx) => {
      const big = Array.from({ length: 500 }, (_, i) => [i, `row ${i}`]);
      ctx.workbook.worksheets.getItem('Sheet2').getRange('A1:B500').values = big;
      await ctx.sync();
    });
    expect(xl.syncCount).toBe(2);
    expect(xl.maxRequestBytes).toBeGreaterThan(small + 5000);
    xl.resetCounters();
    expect(xl.syncCount).toBe(0);
    expect(xl.maxRequestBytes).toBe(0);
  });

  it('sends what the batch left queued when run ends, like Excel.run', async () => {
    xl.resetCounters();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet2').getRange('C1').values = [['late']];
    });
    expect(xl.syncCount).toBe(1);
    expect(xl.snapshot('Sheet2').cells[0][2].value).toBe('late');
  });

  it('reports addresses like Excel', async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet2');
      const r1 = ws.getRange('$B$2:C5').load('address');
      const r2 = ws.getCell(9, 27).load('address,rowIndex,columnIndex');
      const r3 = ws.getRangeByIndexes(1, 1, 3, 2).load('address,rowCount,columnCount');
      const r4 = ws.getRange('C:C').load('address');
      const r5 = ws.getRange('B2').getResizedRange(2, 1).getOffsetRange(1, 0).load('address');
      const r6 = ws.getRange('A1:C3').getCell(1, 2).load('address');
      const quoted = ctx.workbook.worksheets.getItem('Biểu số 1').getRange('A1').load('address');
      await ctx.sync();
      expect(r1.address).toBe('Sheet2!B2:C5');
      expect([r2.address, r2.rowIndex, r2.columnIndex]).toEqual(['Sheet2!AB10', 9, 27]);
      expect([r3.address, r3.rowCount, r3.columnCount]).toEqual(['Sheet2!B2:C4', 3, 2]);
      expect(r4.address).toBe('Sheet2!C:C');
      expect(r5.address).toBe('Sheet2!B3:C5');
      expect(r6.address).toBe('Sheet2!C2');
      expect(quoted.address).toBe("'Biểu số 1'!A1");
    });
  });

  it('fails the sync with InvalidArgument for a bad address', async () => {
    const err = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A1:ZZZZ9').load('values');
        await ctx.sync();
      })
    );
    expect(err).toMatchObject({ name: 'RichApi.Error', code: 'InvalidArgument' });
    expect(err.debugInfo).toMatchObject({ code: 'InvalidArgument' });
  });

  it('gives used ranges, and a null object for an empty sheet', async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu số 1');
      const used = ws.getUsedRange(true).load('address');
      const empty = ctx.workbook.worksheets.add('Trống');
      const none = empty.getUsedRangeOrNullObject(true);
      const some = ws.getUsedRangeOrNullObject();
      await ctx.sync();
      expect(used.address).toBe("'Biểu số 1'!A1:F5");
      expect(none.isNullObject).toBe(true);
      expect(some.isNullObject).toBe(false);
    });
  });
});

describe('values and formulas', () => {
  let xl: MemoryExcelControl;
  beforeEach(() => {
    xl = createMemoryExcel({ sheets: [{ name: 'S', values: [] }] });
  });

  async function write(address: string, prop: 'values' | 'formulas', data: unknown) {
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange(address)[prop] = data as any[][];
      await ctx.sync();
    });
  }

  async function read(address: string) {
    return xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange(address).load('values,formulas,numberFormat,valueTypes');
      await ctx.sync();
      return { values: r.values, formulas: r.formulas, numberFormat: r.numberFormat, types: r.valueTypes };
    });
  }

  it('stores "=…" written through values as a formula, like Excel', async () => {
    await write('A1:C1', 'values', [[2, 3, '=A1*B1']]);
    const r = await read('A1:C1');
    expect(r.values).toEqual([[2, 3, 6]]);
    expect(r.formulas).toEqual([[2, 3, '=A1*B1']]);
  });

  it('treats non-"=" entries written through formulas as constants', async () => {
    await write('A1:D1', 'formulas', [[7, 'text', "'=not a formula", '=A1+1']]);
    const r = await read('A1:D1');
    expect(r.values).toEqual([[7, 'text', '=not a formula', 8]]);
    expect(r.formulas[0][2]).toBe('=not a formula');
    expect(r.types).toEqual([['Double', 'String', 'String', 'Double']]);
  });

  it('keeps text after an apostrophe and turns numeric text into numbers', async () => {
    await write('A1:D1', 'values', [["'0123", '42', '9/63x', 'TRUE']]);
    const r = await read('A1:D1');
    expect(r.values).toEqual([['0123', 42, '9/63x', true]]);
  });

  it('reads empty cells as "" with General format', async () => {
    const r = await read('B2:C2');
    expect(r.values).toEqual([['', '']]);
    expect(r.formulas).toEqual([['', '']]);
    expect(r.numberFormat).toEqual([['General', 'General']]);
    expect(r.types).toEqual([['Empty', 'Empty']]);
  });

  it('fills a range with one value, leaves null entries unchanged', async () => {
    await write('A1:B2', 'values', 5);
    await write('A1:B2', 'values', [
      [null, 'x'],
      [null, null],
    ]);
    expect((await read('A1:B2')).values).toEqual([
      [5, 'x'],
      [5, 5],
    ]);
  });

  it('rejects a wrong-shaped array at sync with InvalidArgument', async () => {
    const err = await rejection(write('A1:B2', 'values', [[1, 2]]));
    expect(err).toMatchObject({ name: 'RichApi.Error', code: 'InvalidArgument' });
    expect((await read('A1')).values).toEqual([['']]);
  });

  it('computes IFERROR(F8/E8*100,"") with numbers and with an empty divisor', async () => {
    await write('E8:G9', 'formulas', [
      [1944, 2430, '=IFERROR(F8/E8*100,"")'],
      [null, 2430, '=IFERROR(F9/E9*100,"")'],
    ]);
    const r = await read('G8:G9');
    expect(r.values[0][0]).toBeCloseTo(125, 10);
    expect(r.values[1][0]).toBe('');
    expect(r.types).toEqual([['Double'], ['String']]);
    expect(xl.snapshot('S').cells[8][6]).toMatchObject({ value: '', formula: '=IFERROR(F9/E9*100,"")' });
  });

  it('follows Excel for operators, functions, errors and blanks', async () => {
    await write('A1:B1', 'values', [[10, 'abc']]);
    const formulas = [
      '=A1/0',
      '=A1+B1',
      '=Z9+1',
      '=Z9&"x"',
      '=-2^2',
      '=1+2*3-4/2',
      '=(1+2)*3',
      '=A1>=10',
      '="a"="A"',
      '=IF(A1>5,"big","small")',
      '=AND(A1>5,A1<20)',
      '=OR(A1<5,FALSE)',
      '=ROUND(2.345,2)',
      '=ROUND(-2.5,0)',
      '=SUM(A1:A3,5)',
      '=ABS(-3)',
      '=NOSUCH(1)',
      '=IFERROR(1/0,"none")',
      '=IF(A1/0>1,1,2)',
      '=""+1',
      '=50%',
      '=SUM(A1:B1)',
      '="12"*2',
      '=A1&"%"',
    ];
    await write(
      'C1:C24',
      'formulas',
      formulas.map((f) => [f])
    );
    const v = (await read('C1:C24')).values.map((row: unknown[]) => row[0]);
    expect(v).toEqual([
      '#DIV/0!',
      '#VALUE!',
      1,
      'x',
      4,
      5,
      9,
      true,
      true,
      'big',
      true,
      false,
      2.35,
      -3,
      15,
      3,
      '#NAME?',
      'none',
      '#DIV/0!',
      '#VALUE!',
      0.5,
      10,
      24,
      '10%',
    ]);
  });

  it('treats "" from a formula as text in arithmetic (#VALUE!), an empty cell as 0', async () => {
    await write('A1:C1', 'formulas', [['=""', '=A1+1', '=Z9+1']]);
    expect((await read('B1:C1')).values).toEqual([['#VALUE!', 1]]);
  });

  it('propagates #REF! for a missing sheet and survives a circular reference', async () => {
    await write('A1:C1', 'formulas', [['=Nowhere!A1', '=C1+1', '=B1+1']]);
    const v = (await read('A1:C1')).values[0];
    expect(v[0]).toBe('#REF!');
    expect(typeof v[1]).toBe('number');
  });

  it('reads other sheets through Sheet!A1 references', async () => {
    xl = createMemoryExcel({
      sheets: [
        { name: 'S', values: [] },
        { name: 'Số liệu', values: [[4, 6]] },
      ],
    });
    await write('A1', 'formulas', [["=SUM('Số liệu'!A1:B1)*2"]]);
    expect((await read('A1')).values).toEqual([[20]]);
  });

  it('recomputes on every read', async () => {
    await write('A1:B1', 'formulas', [[2, '=A1*10']]);
    expect((await read('B1')).values).toEqual([[20]]);
    await write('A1', 'values', [[3]]);
    expect((await read('B1')).values).toEqual([[30]]);
  });

  it('rejects a formula Excel cannot parse', async () => {
    const err = await rejection(write('A1', 'formulas', [['=1+(2']]));
    expect(err.code).toBe('InvalidArgument');
  });
});

describe('formats and merges', () => {
  let xl: MemoryExcelControl;
  beforeEach(() => {
    xl = createMemoryExcel(book());
  });

  it('sets and reads format properties, mixed ranges read null', async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet2');
      const r = ws.getRange('A1:B2');
      r.format.font.bold = true;
      r.format.font.color = 'red';
      r.format.fill.color = '#ddeeff';
      r.format.horizontalAlignment = 'Center';
      r.format.wrapText = true;
      r.numberFormat = [
        ['0.0', '0.0'],
        ['@', '0.0'],
      ];
      ws.getRange('B2').format.font.italic = true;
      const borders = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
      for (const b of borders) r.format.borders.getItem(b).style = 'Continuous';
      await ctx.sync();
      const back = ws.getRange('A1:B2').load('numberFormat,format/font/bold,format/font/italic,format/font/color');
      back.format.load('horizontalAlignment,wrapText');
      back.format.fill.load('color');
      const top = back.format.borders.getItem('EdgeTop').load('style,weight');
      const below = ws.getRange('A3').format.borders.getItem('EdgeTop').load('style');
      const outside = ws.getRange('C1').format.borders.getItem('EdgeTop').load('style');
      await ctx.sync();
      expect(back.format.font.bold).toBe(true);
      expect(back.format.font.italic).toBeNull();
      expect(back.format.font.color).toBe('#FF0000');
      expect(back.format.fill.color).toBe('#DDEEFF');
      expect(back.format.horizontalAlignment).toBe('Center');
      expect(back.format.wrapText).toBe(true);
      expect(back.numberFormat).toEqual([
        ['0.0', '0.0'],
        ['@', '0.0'],
      ]);
      expect([top.style, top.weight]).toEqual(['Continuous', 'Thin']);
      // A2's bottom edge is A3's top edge.
      expect(below.style).toBe('Continuous');
      expect(outside.style).toBe('None');
    });
    const snap = xl.snapshot('Sheet2');
    expect(snap.cells[1][1]).toMatchObject({ bold: true, italic: true, fill: '#DDEEFF', horizontal: 'Center', wrap: true, border: true, numberFormat: '0.0' });
    expect(snap.cells[0][0].italic).toBeUndefined();
  });

  it('rejects invalid format values at sync', async () => {
    const err = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A1').format.horizontalAlignment = 'Middle' as any; // invalid on purpose
        await ctx.sync();
      })
    );
    expect(err.code).toBe('InvalidArgument');
  });

  it('merges, unmerges and lists merged areas', async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu số 1');
      const merged = ws.getUsedRange().getMergedAreasOrNullObject().load('address,areaCount');
      const none = ws.getRange('C4:F5').getMergedAreasOrNullObject();
      await ctx.sync();
      expect(merged.address).toBe("'Biểu số 1'!A2:A3, 'Biểu số 1'!B2:B3, 'Biểu số 1'!D2:E2");
      expect(merged.areaCount).toBe(3);
      expect(none.isNullObject).toBe(true);

      ws.getRange('A2:B3').unmerge();
      ws.getRange('A4:C4').merge();
      ws.getRange('A6:B7').merge(true);
      const after = ws.getRange('A1:F9').getMergedAreasOrNullObject().load('address');
      const a4 = ws.getRange('A4:C4').load('values');
      await ctx.sync();
      expect(after.address).toBe("'Biểu số 1'!D2:E2, 'Biểu số 1'!A4:C4, 'Biểu số 1'!A6:B6, 'Biểu số 1'!A7:B7");
      // Only the top-left value survives a merge.
      expect(a4.values).toEqual([[1, '', '']]);
    });
    expect(xl.snapshot('Biểu số 1').merges).toEqual(['D2:E2', 'A4:C4', 'A6:B6', 'A7:B7']);
  });

  it('clears contents, formats, or both', async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu số 1');
      ws.getRange('D4:E4').format.font.bold = true;
      ws.getRange('D4').clear('Contents');
      ws.getRange('E4').clear();
      ws.getRange('D2:E2').clear('Formats');
      await ctx.sync();
    });
    const s = xl.snapshot('Biểu số 1');
    expect(s.cells[3][3]).toMatchObject({ value: '', bold: true, numberFormat: '#,##0' });
    expect(s.cells[3][4]).toEqual({ value: '', numberFormat: 'General' });
    expect(s.merges).not.toContain('D2:E2');
  });

  it('selects a range and activates its sheet', async () => {
    const seen: string[] = [];
    xl.subscribe(() => seen.push(xl.activeSheet()));
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet2').getRange('B3').select();
      await ctx.sync();
      const sel = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      expect(sel.address).toBe('Sheet2!B3');
    });
    expect(xl.selection()).toEqual({ sheet: 'Sheet2', address: 'B3' });
    expect(xl.activeSheet()).toBe('Sheet2');
    // Notified once, for the sync that changed something (not for the read).
    expect(seen).toEqual(['Sheet2']);
  });
});

describe('worksheets, names, protection, errors', () => {
  let xl: MemoryExcelControl;
  beforeEach(() => {
    xl = createMemoryExcel(book());
  });

  it('finds sheets, reports the active one, adds and activates sheets', async () => {
    await xl.run(async (ctx) => {
      const active = ctx.workbook.worksheets.getActiveWorksheet().load('name,position');
      const maybe = ctx.workbook.worksheets.getItemOrNullObject('Không có');
      const added = ctx.workbook.worksheets.add('Mới').load('name,position');
      await ctx.sync();
      expect([active.name, active.position]).toEqual(['Biểu số 1', 0]);
      expect(maybe.isNullObject).toBe(true);
      expect([added.name, added.position]).toEqual(['Mới', 2]);
      added.activate();
      await ctx.sync();
    });
    expect(xl.sheetNames()).toEqual(['Biểu số 1', 'Sheet2', 'Mới']);
    expect(xl.activeSheet()).toBe('Mới');
  });

  it('fails with ItemNotFound for a missing sheet or name', async () => {
    const e1 = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Đã xoá').load('name');
        await ctx.sync();
      })
    );
    expect(e1).toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound' });
    expect(e1.debugInfo.code).toBe('ItemNotFound');
    const e2 = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.names.getItem('chitieu_x').delete();
        await ctx.sync();
      })
    );
    expect(e2.code).toBe('ItemNotFound');
  });

  it('adds names from a range or a reference, reads and deletes them', async () => {
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu số 1');
      ctx.workbook.names.add('chitieu_tile', ws.getRange('F4:F5'));
      ctx.workbook.names.add('other', '=Sheet2!$A$1:$B$2');
      await ctx.sync();
      const names = ctx.workbook.names.load('items/name,items/formula,items/value,items/type');
      const range = ctx.workbook.names.getItem('CHITIEU_TILE').getRange().load('address');
      await ctx.sync();
      expect(names.items.map((n: any) => [n.name, n.formula, n.value, n.type])).toEqual([
        ['chitieu_tile', "='Biểu số 1'!$F$4:$F$5", "'Biểu số 1'!$F$4:$F$5", 'Range'],
        ['other', '=Sheet2!$A$1:$B$2', 'Sheet2!$A$1:$B$2', 'Range'],
      ]);
      expect(range.address).toBe("'Biểu số 1'!F4:F5");
    });
    expect(xl.definedNames()).toEqual({ chitieu_tile: "'Biểu số 1'!$F$4:$F$5", other: 'Sheet2!$A$1:$B$2' });

    const dup = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.names.add('chitieu_tile', '=Sheet2!$A$1');
        await ctx.sync();
      })
    );
    expect(dup.code).toBe('ItemAlreadyExists');

    const badRef = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.names.add('chitieu_lost', '=Nowhere!$A$1');
        await ctx.sync();
      })
    );
    expect(badRef).toMatchObject({ name: 'RichApi.Error', code: 'InvalidReference' });

    await xl.run(async (ctx) => {
      ctx.workbook.names.getItem('chitieu_tile').delete();
      ctx.workbook.names.add('chitieu_tile', '=Sheet2!$C$3');
      await ctx.sync();
    });
    expect(xl.definedNames().chitieu_tile).toBe('Sheet2!$C$3');
  });

  it('rejects writes to a protected sheet with AccessDenied, allows reads', async () => {
    const initially = await xl.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('Biểu số 1').protection.load('protected');
      await ctx.sync();
      return p.protected;
    });
    expect(initially).toBe(false);
    xl.protect('Biểu số 1');
    const err = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Biểu số 1').getRange('A1').values = [['changed']];
        await ctx.sync();
      })
    );
    expect(err).toMatchObject({ name: 'RichApi.Error', code: 'AccessDenied' });
    const state = await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu số 1');
      ws.protection.load('protected');
      const r = ws.getRange('A1').load('values');
      await ctx.sync();
      return { prot: ws.protection.protected, v: r.values[0][0] };
    });
    expect(state).toEqual({ prot: true, v: 'Biểu số 1' });
    for (const write of [(r: any) => (r.format.font.bold = true), (r: any) => r.merge(), (r: any) => r.clear(), (r: any) => (r.numberFormat = [['0']])]) {
      const e = await rejection(
        xl.run(async (ctx) => {
          write(ctx.workbook.worksheets.getItem('Biểu số 1').getRange('A1'));
          await ctx.sync();
        })
      );
      expect(e.code).toBe('AccessDenied');
    }
    xl.protect('Biểu số 1', false);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Biểu số 1').getRange('A1').values = [['changed']];
      await ctx.sync();
    });
    expect(xl.snapshot('Biểu số 1').cells[0][0].value).toBe('changed');
  });

  it('keeps operations before a failing one, like Excel', async () => {
    await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A1').values = [['first']];
        ctx.workbook.worksheets.getItem('Nope').getRange('A1').values = [['second']];
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A2').values = [['third']];
        await ctx.sync();
      })
    );
    const s = xl.snapshot('Sheet2');
    expect(s.cells[0][0].value).toBe('first');
    expect(s.rowCount).toBe(1);
  });

  it('fails the next sync on demand without applying it', async () => {
    xl.failNextSync('InvalidOperationInCellEditMode');
    const err = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A1').values = [['no']];
        await ctx.sync();
      })
    );
    expect(err).toMatchObject({ name: 'RichApi.Error', code: 'InvalidOperationInCellEditMode' });
    expect(xl.snapshot('Sheet2').cells[0][0].value).toBe('x');
  });

  it('records suspendApiCalculationUntilNextSync as an operation', async () => {
    await xl.run(async (ctx) => {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      await ctx.sync();
    });
    expect(xl.lastSyncOps).toEqual(['workbook.application.suspendApiCalculationUntilNextSync()']);
  });
});

describe('snapshot', () => {
  it('shows computed values, formulas, formats and merges from A1', () => {
    const xl = createMemoryExcel(book());
    const s = xl.snapshot('Biểu số 1');
    expect([s.name, s.rowCount, s.colCount]).toEqual(['Biểu số 1', 5, 6]);
    expect(s.cells[3][3]).toEqual({ value: 1944, numberFormat: '#,##0' });
    expect(s.cells[3][5].value).toBeCloseTo(125, 10);
    expect(s.cells[3][5]).toMatchObject({ formula: '=IFERROR(E4/D4*100,"")', numberFormat: '0.0' });
    expect(s.cells[4][5]).toMatchObject({ value: '', formula: '=IFERROR(E5/D5*100,"")' });
    expect(s.cells[2][0]).toEqual({ value: '', numberFormat: 'General' });
    expect(s.merges).toEqual(['A2:A3', 'B2:B3', 'D2:E2']);
    expect(() => xl.snapshot('Nope')).toThrow();
  });
});

describe('worksheet id', () => {
  it('is a GUID-like string that stays the same across a rename, and getItem accepts it', async () => {
    const xl = createMemoryExcel(book());
    const id = await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu số 1').load('id');
      await ctx.sync();
      ws.name = 'Đã đổi tên';
      await ctx.sync();
      return ws.id as string;
    });
    expect(id).toMatch(/^\{[0-9A-F-]{36}\}$/i);
    const after = await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(id).load('id,name');
      await ctx.sync();
      return [ws.id, ws.name];
    });
    expect(after).toEqual([id, 'Đã đổi tên']);
    expect(xl.sheetNames()).toEqual(['Đã đổi tên', 'Sheet2']);
  });
});

describe('formula functions for conditional format rules', () => {
  it('computes ISTEXT, ISNUMBER, ISBLANK, ISERROR, TRUE() and FALSE()', async () => {
    const xl = createMemoryExcel({
      sheets: [
        {
          name: 'S',
          values: [['chữ', 5, N, '12']],
          formulas: {
            A2: '=ISTEXT(A1)',
            B2: '=ISTEXT(B1)',
            C2: '=ISNUMBER(B1)',
            D2: '=ISNUMBER(D1)',
            E2: '=ISBLANK(C1)',
            F2: '=ISERROR(1/0)',
            G2: '=TRUE()',
            H2: '=FALSE()',
            I2: '=ISTEXT("chitieu")',
          },
        },
      ],
    });
    const row = xl.snapshot('S').cells[1].map((c) => c.value);
    // D1 holds the text "12" (seeded as it is): ISNUMBER does not convert text.
    expect(row).toEqual([true, false, true, false, true, true, true, false, true]);
  });
});

describe('conditional formats', () => {
  let xl: MemoryExcelControl;
  beforeEach(() => {
    xl = createMemoryExcel(book());
  });

  async function addCustom(address: string, formula: string, fill?: string, sheet = 'Biểu số 1') {
    return xl.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem(sheet).getRange(address).conditionalFormats.add('Custom');
      cf.custom.rule.formula = formula;
      if (fill) cf.custom.format.fill.color = fill;
      cf.load('id');
      await ctx.sync();
      return cf.id as string;
    });
  }

  it('adds a Custom format whose fill shows in snapshot.markFill where its rule is true, over the own fill', async () => {
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Biểu số 1').getRange('D4').format.fill.color = '#00FF00';
      await ctx.sync();
    });
    const before = xl.snapshot('Biểu số 1');
    await addCustom('D4', '=ISTEXT("chitieu")', '#F8D7DA');
    await addCustom('E4', '=FALSE()', '#FFF3CD');
    const s = xl.snapshot('Biểu số 1');
    expect(s.cells[3][3]).toEqual({ ...before.cells[3][3], fill: '#00FF00', markFill: '#F8D7DA' });
    expect(s.cells[3][4]).toEqual(before.cells[3][4]);
    expect(s.cells[3][4].markFill).toBeUndefined();
  });

  it('moves relative references of the rule with each cell of the range, keeps $ references', async () => {
    // D4:E5 hold 1944, 2430 / (empty), 115644.
    await addCustom('D4:E5', '=ISNUMBER(D4)', '#D1ECF1');
    await addCustom('B4:B5', '=$D$4>2000', '#FF0000');
    const s = xl.snapshot('Biểu số 1');
    expect([s.cells[3][3].markFill, s.cells[3][4].markFill, s.cells[4][3].markFill, s.cells[4][4].markFill]).toEqual([
      '#D1ECF1',
      '#D1ECF1',
      undefined,
      '#D1ECF1',
    ]);
    expect([s.cells[3][1].markFill, s.cells[4][1].markFill]).toEqual([undefined, undefined]);
  });

  it('the newest format has the top priority and wins where both apply', async () => {
    await addCustom('D4:E4', '=TRUE()', '#111111');
    await addCustom('D4', '=TRUE()', '#222222');
    const s = xl.snapshot('Biểu số 1');
    expect([s.cells[3][3].markFill, s.cells[3][4].markFill]).toEqual(['#222222', '#111111']);
    const priorities = await xl.run(async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem('Biểu số 1').getRange().conditionalFormats.load('items/priority,items/custom/format/fill/color');
      await ctx.sync();
      return cfs.items.map((c: any) => [c.priority, c.custom.format.fill.color]);
    });
    expect(priorities).toEqual([
      [0, '#222222'],
      [1, '#111111'],
    ]);
  });

  it('lists, counts, finds the range of, and deletes conditional formats; the whole sheet lists them all', async () => {
    const a = await addCustom('D4', '=ISTEXT("chitieu")', '#F8D7DA');
    await addCustom('F4:F5', '=F4>100', '#FFF3CD');
    const listed = await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Biểu số 1');
      const all = ws.getRange().conditionalFormats.load('items/id,items/type,items/custom/rule/formula');
      const count = ws.getRange().conditionalFormats.getCount();
      const onD = ws.getRange('C4:D4').conditionalFormats.getCount();
      const range = ws.getRange().conditionalFormats.getItem(a).getRange().load('address');
      const missing = ws.getRange('A1').conditionalFormats.getItemOrNullObject(a);
      await ctx.sync();
      return {
        items: all.items.map((c: any) => [c.type, c.custom.rule.formula]),
        count: count.value,
        onD: onD.value,
        address: range.address,
        missing: missing.isNullObject,
      };
    });
    expect(listed).toEqual({
      items: [
        ['Custom', '=F4>100'],
        ['Custom', '=ISTEXT("chitieu")'],
      ],
      count: 2,
      onD: 1,
      address: "'Biểu số 1'!D4",
      missing: true,
    });
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Biểu số 1').getRange().conditionalFormats.getItem(a).delete();
      await ctx.sync();
    });
    const left = await xl.run(async (ctx) => {
      const c = ctx.workbook.worksheets.getItem('Biểu số 1').getRange().conditionalFormats.getCount();
      await ctx.sync();
      return c.value;
    });
    expect(left).toBe(1);
    expect(xl.snapshot('Biểu số 1').cells[3][3].markFill).toBeUndefined();
  });

  it('clearAll takes a range out of the formats that cover it; Clear Formats does too', async () => {
    await addCustom('D4:E5', '=TRUE()', '#F8D7DA');
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Biểu số 1').getRange('E4:E5').conditionalFormats.clearAll();
      await ctx.sync();
    });
    let s = xl.snapshot('Biểu số 1');
    expect([s.cells[3][3].markFill, s.cells[4][3].markFill, s.cells[3][4].markFill]).toEqual(['#F8D7DA', '#F8D7DA', undefined]);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Biểu số 1').getRange('D4').clear('Formats');
      await ctx.sync();
    });
    s = xl.snapshot('Biểu số 1');
    expect([s.cells[3][3].markFill, s.cells[4][3].markFill]).toEqual([undefined, '#F8D7DA']);
    // What remains (D5) is one area again: getRange works.
    const address = await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Biểu số 1').getRange().conditionalFormats.getItemAt(0).getRange().load('address');
      await ctx.sync();
      return r.address;
    });
    expect(address).toBe("'Biểu số 1'!D5");
  });

  it('needs a sync: nothing is added before it, and a queued format shows after', async () => {
    await xl.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem('Biểu số 1').getRange('D4').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=TRUE()';
      cf.custom.format.fill.color = '#F8D7DA';
      expect(xl.snapshot('Biểu số 1').cells[3][3].markFill).toBeUndefined();
      expect(() => cf.id).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
    });
    expect(xl.snapshot('Biểu số 1').cells[3][3].markFill).toBe('#F8D7DA');
  });

  it('custom fails for other types; customOrNullObject is a null object for them', async () => {
    await addCustom('D4', '=TRUE()', '#F8D7DA');
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Biểu số 1').getRange('E4:E5').conditionalFormats.add('DataBar');
      await ctx.sync();
    });
    const err = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Biểu số 1').getRange().conditionalFormats.load('items/type,items/custom/rule/formula');
        await ctx.sync();
      })
    );
    expect(err).toMatchObject({ name: 'RichApi.Error', code: 'InvalidOperation' });
    const seen = await xl.run(async (ctx) => {
      const cfs = ctx.workbook.worksheets.getItem('Biểu số 1').getRange().conditionalFormats;
      cfs.load('items/type,items/customOrNullObject/rule/formula');
      await ctx.sync();
      return cfs.items.map((c: any) => [c.type, c.customOrNullObject.isNullObject ? null : c.customOrNullObject.rule.formula]);
    });
    expect(seen).toEqual([
      ['DataBar', null],
      ['Custom', '=TRUE()'],
    ]);
  });

  it('rejects an unknown type, a bad rule formula, a bad colour and a protected sheet', async () => {
    const codes: string[] = [];
    for (const work of [
      (ctx: any) => ctx.workbook.worksheets.getItem('Biểu số 1').getRange('D4').conditionalFormats.add('Sparkles'),
      (ctx: any) => {
        const cf = ctx.workbook.worksheets.getItem('Biểu số 1').getRange('D4').conditionalFormats.add('Custom');
        cf.custom.rule.formula = '=ISTEXT(';
      },
      (ctx: any) => {
        const cf = ctx.workbook.worksheets.getItem('Biểu số 1').getRange('D4').conditionalFormats.add('Custom');
        cf.custom.format.fill.color = 'not a colour';
      },
    ]) {
      const e = await rejection(
        xl.run(async (ctx) => {
          work(ctx);
          await ctx.sync();
        })
      );
      codes.push(e.code);
    }
    xl.protect('Biểu số 1');
    const denied = await rejection(addCustom('D4', '=TRUE()', '#F8D7DA'));
    codes.push(denied.code);
    expect(codes).toEqual(['InvalidArgument', 'InvalidArgument', 'InvalidArgument', 'AccessDenied']);
  });
});

describe('workbook settings', () => {
  let xl: MemoryExcelControl;
  beforeEach(() => {
    xl = createMemoryExcel(book());
  });

  it('adds, replaces, reads, lists, counts and deletes settings; values are JSON copies', async () => {
    const roles: Record<string, string> = { G: 'ignore' };
    await xl.run(async (ctx) => {
      ctx.workbook.settings.add('a', roles);
      ctx.workbook.settings.add('b', 'text');
      roles.G = 'plan'; // changed after add: the queued value stays
      await ctx.sync();
      ctx.workbook.settings.add('b', 42);
      await ctx.sync();
    });
    const read = await xl.run(async (ctx) => {
      const a = ctx.workbook.settings.getItem('a').load('key,value');
      const b = ctx.workbook.settings.getItemOrNullObject('b').load('value');
      const none = ctx.workbook.settings.getItemOrNullObject('c').load('value');
      const all = ctx.workbook.settings.load('items/key,items/value');
      const count = ctx.workbook.settings.getCount();
      await ctx.sync();
      return {
        a: [a.key, a.value],
        b: [b.isNullObject, b.value],
        none: none.isNullObject,
        all: all.items.map((s: any) => [s.key, s.value]),
        count: count.value,
      };
    });
    expect(read).toEqual({
      a: ['a', { G: 'ignore' }],
      b: [false, 42],
      none: true,
      all: [
        ['a', { G: 'ignore' }],
        ['b', 42],
      ],
      count: 2,
    });
    await xl.run(async (ctx) => {
      ctx.workbook.settings.getItem('a').delete();
      await ctx.sync();
    });
    const missing = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.settings.getItem('a').load('value');
        await ctx.sync();
      })
    );
    expect(missing.code).toBe('ItemNotFound');
  });

  it('sets a value through Setting.value and rejects what JSON cannot hold', async () => {
    await xl.run(async (ctx) => {
      ctx.workbook.settings.add('k', 1);
      await ctx.sync();
      ctx.workbook.settings.getItem('k').value = [1, 'hai'];
      await ctx.sync();
    });
    const v = await xl.run(async (ctx) => {
      const s = ctx.workbook.settings.getItem('k').load('value');
      await ctx.sync();
      return s.value;
    });
    expect(v).toEqual([1, 'hai']);
    const bad = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.settings.add('k', undefined);
        await ctx.sync();
      })
    );
    expect(bad.code).toBe('InvalidArgument');
    const noKey = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.settings.add('', 1);
        await ctx.sync();
      })
    );
    expect(noKey.code).toBe('InvalidArgument');
  });
});

describe('user edits and onChanged events', () => {
  let xl: MemoryExcelControl;
  beforeEach(() => {
    xl = createMemoryExcel(book());
  });

  async function sheetId(name: string): Promise<string> {
    return xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(name).load('id');
      await ctx.sync();
      return ws.id;
    });
  }

  it('stores typed input as Excel does and notifies subscribers', () => {
    let notified = 0;
    xl.subscribe(() => notified++);
    xl.userEdit('Sheet2', 'A1', '1944');
    xl.userEdit('Sheet2', 'B1', '=A1*2');
    xl.userEdit('Sheet2', 'C1', "'12");
    xl.userEdit('Sheet2', 'D1', 'chữ');
    xl.userEdit('Sheet2', 'E1:E2', 7);
    let s = xl.snapshot('Sheet2');
    expect(s.cells[0].map((c) => c.value)).toEqual([1944, 3888, '12', 'chữ', 7]);
    expect(s.cells[0][1].formula).toBe('=A1*2');
    expect(s.cells[1][4].value).toBe(7);
    xl.userEdit('Sheet2', 'A1', null);
    s = xl.snapshot('Sheet2');
    expect(s.cells[0][0].value).toBe('');
    expect(s.cells[0][1].value).toBe(0);
    expect(notified).toBe(6);
    expect(() => xl.userEdit('Nope', 'A1', 1)).toThrow();
    expect(() => xl.userEdit('Sheet2', 'not an address', 1)).toThrow();
    xl.protect('Sheet2');
    expect(() => xl.userEdit('Sheet2', 'A1', 1)).toThrow(/protected/);
  });

  it('calls a Worksheet.onChanged handler asynchronously after a user edit, once registered by a sync', async () => {
    const id = await sheetId('Sheet2');
    const seen: any[] = [];
    const handler = async (e: any) => {
      seen.push(e);
    };
    const result = await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet2').onChanged.add(handler);
      // Not registered before the sync.
      expect(xl.eventHandlerCount).toBe(0);
      await ctx.sync();
      return r;
    });
    expect(xl.eventHandlerCount).toBe(1);
    xl.userEdit('Sheet2', 'B2', '5');
    expect(seen).toHaveLength(0); // not inside userEdit
    await xl.idle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: 'WorksheetChanged',
      worksheetId: id,
      address: 'B2',
      changeType: 'RangeEdited',
      source: 'Local',
      triggerSource: 'Unknown',
      details: { valueBefore: '', valueAfter: 5, valueTypeBefore: 'Empty', valueTypeAfter: 'Double' },
    });
    // An edit of another sheet does not reach this sheet's handler.
    xl.userEdit('Biểu số 1', 'A1', 'x');
    await xl.idle();
    expect(seen).toHaveLength(1);
    // The changed range can be fetched from the event.
    const values = await xl.run(async (ctx) => {
      const r = seen[0].getRange(ctx).load('values');
      const n = seen[0].getRangeOrNullObject(ctx).load('address');
      await ctx.sync();
      return [r.values, n.isNullObject, n.address];
    });
    expect(values).toEqual([[[5]], false, 'Sheet2!B2']);
    // remove() takes effect at the next sync of the handler's context.
    result.remove();
    xl.userEdit('Sheet2', 'B2', '6');
    await xl.idle();
    expect(seen).toHaveLength(2);
    await xl.run(result.context, async (ctx) => {
      await ctx.sync();
    });
    expect(xl.eventHandlerCount).toBe(0);
    xl.userEdit('Sheet2', 'B2', '7');
    await xl.idle();
    expect(seen).toHaveLength(2);
  });

  it('raises the event for the add-in’s own writes too, marked ThisLocalAddin (or unmarked before ExcelApi 1.14)', async () => {
    const seen: any[] = [];
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e: any) => {
        seen.push(e);
      });
      await ctx.sync();
    });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet2');
      ws.getRange('A1:B2').values = [
        [1, 2],
        [3, 4],
      ];
      ws.getRange('C1').formulas = [['=A1+1']];
      ws.getRange('D1').format.fill.color = '#FF0000'; // a format change is no data change
      await ctx.sync();
      expect(seen).toHaveLength(0);
    });
    await xl.idle();
    expect(seen.map((e) => [e.address, e.triggerSource, e.source])).toEqual([
      ['A1:B2', 'ThisLocalAddin', 'Local'],
      ['C1', 'ThisLocalAddin', 'Local'],
    ]);
    xl.eventTriggerSource(false);
    xl.userEdit('Biểu số 1', 'B4', 'Doanh thu mới');
    await xl.idle();
    expect(seen[2].address).toBe('B4');
    expect('triggerSource' in seen[2]).toBe(false);
  });

  it('a failed sync raises no events for the operations it did not apply', async () => {
    const seen: any[] = [];
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (e: any) => {
        seen.push(e);
      });
      await ctx.sync();
    });
    xl.failNextSync('InvalidOperationInCellEditMode');
    await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A1').values = [[1]];
        await ctx.sync();
      })
    );
    await xl.idle();
    expect(seen).toHaveLength(0);
  });
});
