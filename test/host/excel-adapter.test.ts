import { UserFacingError } from '../../src/app/types';
import type { Change, WriteChange } from '../../src/engine/changes';
import { applyChanges, formulaInput, readActiveSheet, readSheet, READ_CHUNK_ROWS, selectCell } from '../../src/host/excel/adapter';
import { explainOfficeError } from '../../src/host/excel/errors';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import { OfficeError } from '../../src/host/memory/office-error';
import type { WorkbookInit } from '../../src/host/memory/types';
import { rejection, worded, type WordedError } from '../helpers/rejection';

const N = null;
const SHEET = 'Biểu số 1';

/** A review sheet whose table starts at B3 (rows 1-2 empty, column A empty). */
function book(): WorkbookInit {
  return {
    active: SHEET,
    sheets: [
      {
        name: SHEET,
        values: [
          [],
          [],
          [N, 'STT', 'Chỉ tiêu', 'Thực hiện', N, 'So sánh'],
          [N, N, N, 'KH 2018', 'ƯTH 2018', N],
          [N, 1, 'Tổng doanh thu', 1944, 2430, N],
          [N, '-', 'Doanh thu bưu chính', 160, 180, N],
          [N, 2, 'Mật độ', '10.7', N, N],
        ],
        formats: [[], [], [], [], [N as never, 'General', 'General', '#,##0', '#,##0', '0.0']],
        merges: ['B3:B4', 'C3:C4', 'D3:E3', 'F3:F4'],
        formulas: { F5: '=IFERROR(E5/D5*100,"")', F7: '=IFERROR(E7/D7*100,"")' },
      },
      { name: 'Danh bạ', values: [['Họ và tên'], ['Nguyễn Văn A']] },
      { name: 'Trống', values: [] },
    ],
  };
}

async function addName(xl: MemoryExcelControl, name: string, ref: string) {
  await xl.run(async (ctx) => {
    ctx.workbook.names.add(name, ref);
    await ctx.sync();
  });
}

function rows(n: number, cols: number): WriteChange {
  return {
    type: 'write',
    top: 1,
    left: 0,
    cells: Array.from({ length: n }, (_, r) =>
      Array.from({ length: cols }, (_, c) => (c === cols - 1 ? { value: r * 2, formula: `=A${r + 2}*2` } : { value: r }))
    ),
    numberFormat: '0.00',
  };
}

describe('readActiveSheet', () => {
  it('reads values, formats, merges (when asked), origin and owned areas in one sync', async () => {
    const xl = createMemoryExcel(book());
    await addName(xl, 'chitieu_sosanh', `='${SHEET}'!$F$5:$F$7`);
    await addName(xl, 'chitieu_other_sheet', "='Danh bạ'!$A$1:$A$2");
    await addName(xl, 'unrelated', `='${SHEET}'!$B$5`);
    // By default no merged areas: reading them clears Excel's undo history on Windows.
    expect((await readActiveSheet(xl)).grid.merges).toEqual([]);
    xl.resetCounters();

    const { grid, syncs } = await readActiveSheet(xl, { mergedAreas: true });

    expect(syncs).toBe(1);
    expect(xl.syncCount).toBe(1);
    expect(grid.name).toBe(SHEET);
    expect(grid.origin).toEqual({ row: 2, col: 1 });
    expect(grid.values).toEqual([
      ['STT', 'Chỉ tiêu', 'Thực hiện', N, 'So sánh'],
      [N, N, 'KH 2018', 'ƯTH 2018', N],
      [1, 'Tổng doanh thu', 1944, 2430, 125],
      ['-', 'Doanh thu bưu chính', 160, 180, N],
      // Text "10.7" counts as 10.7 in arithmetic and the empty E7 as 0.
      [2, 'Mật độ', '10.7', N, 0],
    ]);
    expect(grid.formats?.[2]).toEqual(['General', 'General', '#,##0', '#,##0', '0.0']);
    expect(grid.formats?.[0]).toEqual(['General', 'General', 'General', 'General', 'General']);
    expect(grid.merges).toEqual([
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 4 },
      { top: 2, left: 5, bottom: 3, right: 5 },
    ]);
    expect(grid.owned).toEqual([{ name: 'chitieu_sosanh', area: { top: 4, left: 5, bottom: 6, right: 5 } }]);
  });

  it('keeps merges whose top-left cell lies outside the values-only used range', async () => {
    const xl = createMemoryExcel({
      sheets: [
        {
          name: 'S',
          values: [
            [N, N, N],
            [N, N, 'x'],
            [N, 'y', N],
          ],
          merges: ['A1:B2', 'E5:F6'],
        },
      ],
    });
    const { grid } = await readActiveSheet(xl, { mergedAreas: true });
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    // A1:B2 reaches into the grid (B2:C3); E5:F6 does not.
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it('skips merged areas when asked (no ExcelApi 1.13)', async () => {
    const xl = createMemoryExcel(book());
    const { grid, syncs } = await readActiveSheet(xl, { mergedAreas: false });
    expect(syncs).toBe(1);
    expect(grid.merges).toEqual([]);
    expect(xl.lastSyncOps.some((op) => op.includes('getMergedAreas'))).toBe(false);
  });

  it('gives an empty grid for an empty sheet', async () => {
    const xl = createMemoryExcel(book());
    xl.activate('Trống');
    const { grid, syncs } = await readActiveSheet(xl);
    expect(syncs).toBe(1);
    expect(grid).toMatchObject({ name: 'Trống', values: [], merges: [] });
  });

  it('reads a named sheet, and explains a missing one', async () => {
    const xl = createMemoryExcel(book());
    const { grid } = await readSheet(xl, 'Danh bạ');
    expect(grid.values).toEqual([['Họ và tên'], ['Nguyễn Văn A']]);
    const err = await rejection(readSheet(xl, 'Biểu số 2'));
    expect(err).toBeInstanceOf(UserFacingError);
    expect(err.vi).toMatch(/đổi tên hoặc xoá/);
    expect(err.en).toMatch(/renamed or deleted/);
  });

  it('takes one sync for 10 rows and for READ_CHUNK_ROWS rows, two for 10,000', async () => {
    for (const n of [10, READ_CHUNK_ROWS, 10_000]) {
      const values = Array.from({ length: n }, (_, r) => [r, `Chỉ tiêu ${r}`, r * 1.5, N, 'x']);
      const xl = createMemoryExcel({ sheets: [{ name: 'S', values }] });
      xl.resetCounters();
      const { grid, syncs } = await readActiveSheet(xl);
      expect(grid.values).toHaveLength(n);
      expect(grid.values[n - 1]).toEqual([n - 1, `Chỉ tiêu ${n - 1}`, (n - 1) * 1.5, N, 'x']);
      expect(syncs).toBe(n > READ_CHUNK_ROWS ? 2 : 1);
      expect(xl.syncCount).toBe(syncs);
    }
  });
});

describe('applyChanges', () => {
  it('writes constants, formulas and number formats in one sync, calculation suspended first', async () => {
    const xl = createMemoryExcel(book());
    xl.resetCounters();
    const changes: Change[] = [
      {
        type: 'write',
        top: 4,
        left: 6,
        cells: [
          [{ value: 125, formula: '=IFERROR(E5/D5*100,"")' }, { value: 'ghi chú' }],
          [{ value: 112.5, formula: '=IFERROR(E6/D6*100,"")' }, { value: null }],
        ],
        numberFormat: [
          ['0.0', '@'],
          ['0.0', 'General'],
        ],
      },
    ];
    const { syncs } = await applyChanges(xl, SHEET, changes);
    expect(syncs).toBe(1);
    expect(xl.syncCount).toBe(1);
    expect(xl.lastSyncOps[0]).toBe('workbook.application.suspendApiCalculationUntilNextSync()');
    // One range write for the whole WriteChange.
    expect(xl.lastSyncOps.filter((op) => op.endsWith('.formulas='))).toHaveLength(1);

    const s = xl.snapshot(SHEET);
    expect(s.cells[4][6]).toMatchObject({ value: 125, formula: '=IFERROR(E5/D5*100,"")', numberFormat: '0.0' });
    expect(s.cells[5][6]).toMatchObject({ value: 112.5, numberFormat: '0.0' });
    expect(s.cells[4][7]).toEqual({ value: 'ghi chú', numberFormat: '@' });
    expect(s.cells[5][7]).toEqual({ value: '', numberFormat: 'General' });
  });

  it('keeps constant text as text even when Excel would read it otherwise', async () => {
    const xl = createMemoryExcel(book());
    const texts = ['=6/5', "'quoted", '- Doanh thu', '+84', '10.7', '9/63', '12,3', 'TRUE', '#N/A', 'bình thường'];
    await applyChanges(xl, SHEET, [{ type: 'write', top: 10, left: 0, cells: [texts.map((t) => ({ value: t })), texts.map((_, i) => ({ value: i }))] }]);
    const s = xl.snapshot(SHEET);
    expect(s.cells[10].slice(0, texts.length).map((c) => c.value)).toEqual(texts);
    expect(s.cells[10].slice(0, texts.length).every((c) => c.formula === undefined)).toBe(true);
    expect(s.cells[11].slice(0, texts.length).map((c) => c.value)).toEqual(texts.map((_, i) => i));
    expect(formulaInput({ value: 'plain' })).toBe('plain');
    expect(formulaInput({ value: '=x' })).toBe("'=x");
  });

  it('applies merges, unmerges, styles, clears and names', async () => {
    const xl = createMemoryExcel(book());
    await addName(xl, 'chitieu_cu', `='${SHEET}'!$F$5:$F$7`);
    xl.resetCounters();
    const changes: Change[] = [
      { type: 'unmerge', area: { top: 2, left: 5, bottom: 3, right: 5 } },
      { type: 'clear', area: { top: 4, left: 5, bottom: 6, right: 5 } },
      {
        type: 'write',
        top: 2,
        left: 6,
        cells: [
          [{ value: 'So sánh (%)' }, { value: null }],
          [{ value: 'ƯTH/KH' }, { value: 'ƯTH/TH' }],
        ],
      },
      { type: 'merge', area: { top: 2, left: 6, bottom: 2, right: 7 } },
      {
        type: 'style',
        area: { top: 2, left: 6, bottom: 3, right: 7 },
        bold: true,
        horizontal: 'Center',
        vertical: 'Center',
        wrap: true,
        fontName: 'Times New Roman',
        fontSize: 12,
        borders: { thin: true },
      },
      { type: 'mark', name: 'chitieu_cu', area: { top: 2, left: 6, bottom: 3, right: 7 } },
      { type: 'mark', name: 'chitieu_moi', area: { top: 4, left: 6, bottom: 6, right: 7 } },
    ];
    const { syncs } = await applyChanges(xl, SHEET, changes, { existingNames: ['chitieu_cu'] });
    expect(syncs).toBe(1);
    expect(xl.syncCount).toBe(1);

    const s = xl.snapshot(SHEET);
    expect(s.merges).toEqual(['B3:B4', 'C3:C4', 'D3:E3', 'G3:H3']);
    expect(s.cells[4][5]).toEqual({ value: '', numberFormat: 'General' });
    for (const [r, c] of [
      [2, 6],
      [3, 6],
      [3, 7],
    ]) {
      expect(s.cells[r][c]).toMatchObject({ bold: true, horizontal: 'Center', wrap: true, border: true });
    }
    expect(s.cells[3][7].value).toBe('ƯTH/TH');
    expect(xl.definedNames()).toEqual({
      chitieu_cu: `'${SHEET}'!$G$3:$H$4`,
      chitieu_moi: `'${SHEET}'!$G$5:$H$7`,
    });

    const check = await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(SHEET).getRange('G3:H4');
      r.format.load('verticalAlignment');
      r.format.font.load('name,size');
      const inside = r.format.borders.getItem('InsideHorizontal').load('style,weight');
      const right = r.format.borders.getItem('EdgeRight').load('style,weight');
      await ctx.sync();
      return [r.format.verticalAlignment, r.format.font.name, r.format.font.size, inside.style, inside.weight, right.style];
    });
    expect(check).toEqual(['Center', 'Times New Roman', 12, 'Continuous', 'Thin', 'Continuous']);

    // The read sees the new owned areas.
    const { grid } = await readActiveSheet(xl);
    expect(grid.owned).toEqual([
      { name: 'chitieu_cu', area: { top: 2, left: 6, bottom: 3, right: 7 } },
      { name: 'chitieu_moi', area: { top: 4, left: 6, bottom: 6, right: 7 } },
    ]);
  });

  it('takes the same number of syncs for 10 rows and 10,000 rows', async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const xl = createMemoryExcel({ sheets: [{ name: 'S', values: [['a', 'b', 'c']] }] });
      xl.resetCounters();
      const { syncs } = await applyChanges(xl, 'S', [
        rows(n, 3),
        { type: 'style', area: { top: 1, left: 0, bottom: n, right: 2 }, borders: { thin: true } },
        { type: 'mark', name: 'chitieu_bang', area: { top: 1, left: 0, bottom: n, right: 2 } },
      ]);
      expect(syncs).toBe(xl.syncCount);
      counts.push(xl.syncCount);
      const last = xl.snapshot('S').cells[n];
      expect(last.map((c) => c.value)).toEqual([n - 1, n - 1, (n - 1) * 2]);
      expect(last[2]).toMatchObject({ formula: `=A${n + 1}*2`, numberFormat: '0.00', border: true });
    }
    expect(counts[0]).toBeLessThanOrEqual(2);
    expect(counts[1]).toBe(counts[0]);
  });

  it('does not call Excel for no changes', async () => {
    const xl = createMemoryExcel(book());
    xl.resetCounters();
    expect(await applyChanges(xl, SHEET, [])).toEqual({ syncs: 0 });
    expect(xl.syncCount).toBe(0);
  });
});

describe('errors', () => {
  const write: Change[] = [{ type: 'write', top: 0, left: 0, cells: [[{ value: 1 }]] }];

  it('explains cell edit mode in both languages', async () => {
    const xl = createMemoryExcel(book());
    xl.failNextSync('InvalidOperationInCellEditMode');
    const err = await rejection(applyChanges(xl, SHEET, write));
    expect(err).toBeInstanceOf(UserFacingError);
    expect(err.vi).toBe('Excel đang ở chế độ sửa ô nên chưa ghi gì cả. Nhấn Enter hoặc Esc để rời ô đang sửa, rồi thử lại.');
    expect(err.en).toBe('Excel is editing a cell, so nothing was changed. Press Enter or Esc to leave the cell, then try again.');
    expect(err.cause).toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    // Nothing was written.
    expect(xl.snapshot(SHEET).cells[0][0].value).toBe('');

    xl.failNextSync('InvalidOperationInCellEditMode');
    const readErr = await rejection(readActiveSheet(xl));
    expect(readErr).toBeInstanceOf(UserFacingError);
    expect(readErr.en).toMatch(/editing a cell/);
  });

  it('explains a protected sheet', async () => {
    const xl = createMemoryExcel(book());
    xl.protect(SHEET);
    const err = await rejection(applyChanges(xl, SHEET, write));
    expect(err).toBeInstanceOf(UserFacingError);
    expect(err.vi).toMatch(/bảo vệ/);
    expect(err.en).toMatch(/protected/);
  });

  it('explains a sheet renamed or deleted since it was read', async () => {
    const xl = createMemoryExcel(book());
    const err = await rejection(applyChanges(xl, 'Biểu cũ', write));
    expect(err).toBeInstanceOf(UserFacingError);
    expect(err.en).toMatch(/renamed or deleted/);
    const sel = await rejection(selectCell(xl, 'Biểu cũ', 'A1'));
    expect(sel).toBeInstanceOf(UserFacingError);
  });

  it('explains general errors and payload limits, keeps unknown messages', () => {
    const general = worded(explainOfficeError(new OfficeError('GeneralException'))) as WordedError;
    expect(general.en).toMatch(/internal error/);
    expect(general.vi).toMatch(/lỗi nội bộ/);
    const big = worded(explainOfficeError(new OfficeError('RequestPayloadSizeLimitExceeded'))) as WordedError;
    expect(big.en).toMatch(/Too much data/);
    expect(big.vi).toMatch(/quá lớn/);
    const odd = worded(explainOfficeError(new OfficeError('Conflict', 'The request could not be processed because of a conflict.'))) as WordedError;
    expect(odd.en).toMatch(/^Excel reported an error.*Conflict: The request could not be processed because of a conflict\.$/);
    expect(odd.vi).toMatch(/^Excel báo lỗi.*The request could not be processed because of a conflict\.$/);
    const plain = worded(explainOfficeError(new Error('boom'))) as WordedError;
    expect(plain.en).toMatch(/boom$/);
    const same = new UserFacingError('sheet-missing', { sheet: 'S' });
    expect(explainOfficeError(same)).toBe(same);
  });

  it('reports the payload limit of Excel on the web through the adapter', async () => {
    const xl = createMemoryExcel({ sheets: [{ name: 'S', values: [] }] });
    xl.limitRequestBytes(50_000);
    const err = await rejection(applyChanges(xl, 'S', [rows(5_000, 3)]));
    expect(err).toBeInstanceOf(UserFacingError);
    expect(err.cause).toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(xl.maxRequestBytes).toBeGreaterThan(50_000);
  });

  it('lets programming errors through unchanged', async () => {
    const api = {
      run: async () => {
        throw new TypeError('bug');
      },
    };
    await expect(readActiveSheet(api)).rejects.toThrow(TypeError);
  });
});

describe('selectCell', () => {
  it('activates the sheet and selects the address', async () => {
    const xl = createMemoryExcel(book());
    await selectCell(xl, 'Danh bạ', 'A2');
    expect(xl.activeSheet()).toBe('Danh bạ');
    expect(xl.selection()).toEqual({ sheet: 'Danh bạ', address: 'A2' });
  });
});
