import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import type { WorkbookInit } from '../../src/host/memory/types';

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
        formats: [
          [],
          [],
          [],
          ['General', 'General', 'General', '#,##0', '#,##0', '0.0'],
        ],
        merges: ['A2:A3', 'B2:B3', 'D2:E2'],
        formulas: { F4: '=IFERROR(E4/D4*100,"")', F5: '=IFERROR(E5/D5*100,"")' },
      },
      { name: 'Sheet2', values: [['x']] },
    ],
  };
}

async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
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
        "The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
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
      }),
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
      ctx.workbook.worksheets.getItem('S').getRange(address)[prop] = data;
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
    await write('C1:C24', 'formulas', formulas.map((f) => [f]));
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
        ctx.workbook.worksheets.getItem('Sheet2').getRange('A1').format.horizontalAlignment = 'Middle';
        await ctx.sync();
      }),
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
      }),
    );
    expect(e1).toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound' });
    expect(e1.debugInfo.code).toBe('ItemNotFound');
    const e2 = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.names.getItem('chitieu_x').delete();
        await ctx.sync();
      }),
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
      }),
    );
    expect(dup.code).toBe('ItemAlreadyExists');

    const badRef = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.names.add('chitieu_lost', '=Nowhere!$A$1');
        await ctx.sync();
      }),
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
      }),
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
    for (const write of [
      (r: any) => (r.format.font.bold = true),
      (r: any) => r.merge(),
      (r: any) => r.clear(),
      (r: any) => (r.numberFormat = [['0']]),
    ]) {
      const e = await rejection(
        xl.run(async (ctx) => {
          write(ctx.workbook.worksheets.getItem('Biểu số 1').getRange('A1'));
          await ctx.sync();
        }),
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
      }),
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
      }),
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
