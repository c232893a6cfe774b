/**
 * What the in-memory Excel gained for undo, checked against Office.js
 * semantics: Range.getCellProperties / setCellProperties (ExcelApi 1.9),
 * Excel.run(options, batch) with `mergeUndoGroup` (ExcelApi 1.20, and
 * UndoNotSupported for what Excel cannot undo), and cell edit mode. Also
 * the pure helpers of undo/.
 */
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import { partition, sameEntry, writtenEntry } from '../../src/host/excel/undo';
import { rejection } from '../helpers/rejection';

function book(): MemoryExcelControl {
  return createMemoryExcel({
    sheets: [
      {
        name: 'S',
        values: [
          ['a', 1],
          ['b', 2],
        ],
      },
      { name: 'T', values: [['x']] },
    ],
  });
}

describe('Range.getCellProperties', () => {
  it('gives each cell what was asked for, in the range’s shape, with Excel’s defaults', async () => {
    const xl = book();
    const props = await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1').format.fill.color = '#FFFF00';
      ws.getRange('A1').format.font.bold = true;
      ws.getRange('B2').format.horizontalAlignment = 'Right';
      ws.getRange('A1:B1').format.borders.getItem('EdgeBottom').style = 'Continuous';
      const r = ws.getRange('A1:B2').getCellProperties({
        address: true,
        format: { fill: { color: true }, font: { bold: true, name: true }, borders: { style: true }, horizontalAlignment: true },
      });
      await ctx.sync();
      return r.value;
    });
    expect(props).toHaveLength(2);
    expect(props[0]).toHaveLength(2);
    expect(props[0][0]).toEqual({
      address: 'S!A1',
      format: {
        fill: { color: '#FFFF00' },
        font: { bold: true, name: 'Calibri' },
        borders: {
          top: { style: 'None' },
          bottom: { style: 'Continuous' },
          left: { style: 'None' },
          right: { style: 'None' },
          diagonalDown: { style: 'None' },
          diagonalUp: { style: 'None' },
        },
        horizontalAlignment: 'General',
      },
    });
    // A bottom border of A1 is also the top border of A2 (one edge).
    expect((props[1][0] as any).format.borders.top).toEqual({ style: 'Continuous' });
    expect((props[1][1] as any).format).toMatchObject({ fill: { color: '#FFFFFF' }, horizontalAlignment: 'Right' });
  });

  it('is readable only after the sync, and counts in the response', async () => {
    const xl = book();
    xl.resetCounters();
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets
        .getItem('S')
        .getRange('A1:B2')
        .getCellProperties({ format: { font: { name: true } } });
      expect(() => r.value).toThrow(/not available|PropertyNotLoaded|value/);
      await ctx.sync();
      expect(r.value[1][1]).toEqual({ format: { font: { name: 'Calibri' } } });
    });
    expect(xl.maxResponseBytes).toBeGreaterThan(4 * 30);
  });

  it('refuses load options that are not an object', async () => {
    const xl = book();
    const e = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem('S')
          .getRange('A1')
          .getCellProperties('format' as any);
        await ctx.sync();
      })
    );
    expect(e.code).toBe('InvalidArgument');
  });
});

describe('Range.setCellProperties', () => {
  it('sets what each entry names and leaves null entries alone', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem('S')
        .getRange('A1:B1')
        .setCellProperties([
          [
            {
              format: {
                font: { italic: true, name: 'Times New Roman', size: 13 },
                fill: { color: '#8EA9C1' },
                wrapText: true,
                borders: { right: { style: 'Continuous', weight: 'Thin', color: '#000000' } },
              },
            },
            null,
          ],
        ]);
      await ctx.sync();
    });
    const snap = xl.snapshot('S');
    expect(snap.cells[0][0]).toMatchObject({ italic: true, fontName: 'Times New Roman', fontSize: 13, fill: '#8EA9C1', wrap: true, borders: { right: true } });
    // The shared edge shows on B1 too; B1 itself is otherwise untouched.
    expect(snap.cells[0][1]).toEqual({ value: 1, numberFormat: 'General', border: true, borders: { left: true } });
  });

  it('removes a border with style None, and default values leave nothing stored', async () => {
    const xl = book();
    const before = xl.snapshot('S');
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('B2');
      r.setCellProperties([[{ format: { borders: { top: { style: 'Double' } }, font: { bold: true } } }]]);
      r.setCellProperties([
        [
          {
            format: {
              borders: { top: { style: 'None' } },
              font: { bold: false, name: 'Calibri', size: 11, color: '#000000' },
              horizontalAlignment: 'General',
              verticalAlignment: 'Bottom',
              wrapText: false,
            },
          },
        ],
      ]);
      await ctx.sync();
    });
    expect(xl.snapshot('S')).toEqual(before);
  });

  it('refuses a wrong shape or a bad value (nothing changes) and a protected sheet', async () => {
    const xl = book();
    const before = xl.snapshot('S');
    const shape = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem('S')
          .getRange('A1:B1')
          .setCellProperties([[{ format: { font: { bold: true } } }]]);
        await ctx.sync();
      })
    );
    expect(shape.code).toBe('InvalidArgument');
    const bad = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem('S')
          .getRange('A1:B1')
          .setCellProperties([[{ format: { font: { bold: true } } }, { format: { fill: { color: 'nope' } } }]]);
        await ctx.sync();
      })
    );
    expect(bad.code).toBe('InvalidArgument');
    expect(xl.snapshot('S')).toEqual(before);
    xl.protect('S');
    const denied = await rejection(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem('S')
          .getRange('A1')
          .setCellProperties([[{ format: { font: { bold: true } } }]]);
        await ctx.sync();
      })
    );
    expect(denied.code).toBe('AccessDenied');
  });
});

describe('Excel.run options', () => {
  it('records each run’s options; mergeUndoGroup runs the batch as one undo group', async () => {
    const xl = book();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['c']];
      await ctx.sync();
    });
    await xl.run({ mergeUndoGroup: true }, async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2').values = [['d']];
      await ctx.sync();
    });
    expect(xl.runOptions).toEqual([{}, { mergeUndoGroup: true }]);
    expect(xl.snapshot('S').cells.map((r) => r[0].value)).toEqual(['c', 'd']);
  });

  it('an API Excel cannot undo fails with UndoNotSupported inside an undo group, and works outside one', async () => {
    const xl = book();
    const e = await rejection(
      xl.run({ mergeUndoGroup: true }, async (ctx) => {
        ctx.workbook.worksheets.getItem('T').delete();
        await ctx.sync();
      })
    );
    expect(e.code).toBe('UndoNotSupported');
    expect(xl.sheetNames()).toEqual(['S', 'T']);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('T').delete();
      await ctx.sync();
    });
    expect(xl.sheetNames()).toEqual(['S']);
  });

  it('Excel.run(context, batch) still goes on with an earlier context', async () => {
    const xl = book();
    const range = await xl.run(async (ctx) => ctx.workbook.worksheets.getItem('S').getRange('A1'));
    await xl.run(range, async (ctx) => {
      range.load('values');
      await ctx.sync();
      expect(range.values).toEqual([['a']]);
    });
    expect(xl.runOptions).toHaveLength(1);
  });
});

describe('cell edit mode', () => {
  it('fails every sync with InvalidOperationInCellEditMode, running nothing, until it ends', async () => {
    const xl = book();
    const before = xl.snapshot('S');
    xl.cellEditMode(true);
    for (let i = 0; i < 2; i++) {
      const e = await rejection(
        xl.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['z']];
          await ctx.sync();
        })
      );
      expect(e.code).toBe('InvalidOperationInCellEditMode');
    }
    expect(xl.snapshot('S')).toEqual(before);
    xl.cellEditMode(false);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['z']];
      await ctx.sync();
    });
    expect(xl.snapshot('S').cells[0][0].value).toBe('z');
  });
});

describe('undo/ helpers', () => {
  it('partition cuts a computed block into its header and data bands, inside or outside a cut', () => {
    const header = { top: 3, left: 11, bottom: 4, right: 13 };
    const numbering = { top: 5, left: 11, bottom: 5, right: 13 };
    const data = { top: 6, left: 11, bottom: 99, right: 13 };
    expect(partition([header, numbering, data])).toEqual([header, numbering, data]);
    // A formatted range ending at column M cuts each band in two.
    const cut = { top: 0, left: 0, bottom: 99, right: 12 };
    expect(partition([header, data], [cut])).toEqual([
      { top: 3, left: 11, bottom: 4, right: 12 },
      { top: 3, left: 13, bottom: 4, right: 13 },
      { top: 6, left: 11, bottom: 99, right: 12 },
      { top: 6, left: 13, bottom: 99, right: 13 },
    ]);
    // One style per row of a long list: too many pieces.
    const rows = Array.from({ length: 300 }, (_, i) => ({ top: i, left: i % 7, bottom: i, right: 7 + (i % 5) }));
    expect(partition(rows)).toBeNull();
  });

  it('compares a cell as Range.formulas gives it with what was written', () => {
    expect(sameEntry(12.5, writtenEntry({ value: 12.5 }))).toBe(true);
    expect(sameEntry('12', writtenEntry({ value: '12' }))).toBe(true);
    expect(sameEntry(12, writtenEntry({ value: '12' }))).toBe(false);
    expect(sameEntry('=IFERROR(F8/E8*100, "")', writtenEntry({ value: 1, formula: '=iferror(F8/E8*100,"")' }))).toBe(true);
    expect(sameEntry('', writtenEntry({ value: null }))).toBe(true);
    expect(sameEntry(null, '')).toBe(true);
    expect(sameEntry(true, writtenEntry({ value: true }))).toBe(true);
    expect(sameEntry(0.1 + 0.2, 0.3)).toBe(true);
  });
});
