/** @jest-environment jsdom */
/**
 * The workbench page's file buttons (src/workbench/index.tsx), in jsdom:
 * "Mở tệp .xlsx…" and a dropped file open a workbook built in code (with
 * Node's ExcelJS handed in), the pane then works on it; "Lưu .xlsx" hands
 * an .xlsx to the download; a file it refuses gets a message naming it and
 * the workbook stays; the grid's widths and its limit. The browser run
 * (test/e2e/files.ts) does the same with the real file picker and download.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { createSession, GRID_MAX_ROWS, Workbench, type WorkbenchFiles } from '../../src/workbench/index';
import { parseWorkbenchOptions } from '../../src/workbench/options';
import { t } from '../../src/taskpane/i18n';
import { MAX_FILE_BYTES, type ExcelJSLib, type WorkbookFile } from '../../src/workbench/xlsx-open';

const SHEET = 'Chỉ tiêu 2024';
/** Reading an .xlsx with ExcelJS takes a second or more on a busy machine (findBy's default is 1 s). */
const WAIT = { timeout: 20_000 };

async function plannerBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = 'RÀ SOÁT CHỈ TIÊU KẾ HOẠCH NĂM 2024';
  ws.mergeCells('A1:F1');
  ws.getRow(3).values = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'];
  ws.getRow(4).values = [1, 'Tổng doanh thu', 'Tỷ đồng', 2430, 2500, 2600];
  ws.getRow(5).values = [2, 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', '%', 10, 12, '12,3'];
  ws.getColumn(2).width = 40;
  wb.addWorksheet('Ghi chú');
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A file as an <input type="file"> gives it. */
function fileOf(name: string, bytes: Uint8Array, size = bytes.length): WorkbookFile {
  return { name, size, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
}

interface Harness extends WorkbenchFiles {
  loads: number;
  downloads: { name: string; bytes: Uint8Array }[];
}

function harness(gate?: Promise<void>): Harness {
  const h: Harness = {
    loads: 0,
    downloads: [],
    loadExcelJS: async () => {
      h.loads++;
      if (gate) await gate;
      return ExcelJS as unknown as ExcelJSLib;
    },
    download: (bytes, name) => {
      h.downloads.push({ name, bytes });
    },
  };
  return h;
}

const banner = () => document.querySelector('header')!;
const fileInput = () => banner().querySelector('input[type="file"]') as HTMLInputElement;

/** The element, once the page shows it. */
function shown(selector: string): Promise<Element> {
  return waitFor(() => {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no ${selector} yet`);
    return el;
  }, WAIT);
}

async function choose(file: WorkbookFile): Promise<void> {
  await act(async () => {
    fireEvent.change(fileInput(), { target: { files: [file] } });
  });
}

describe('opening an .xlsx in the workbench', () => {
  test('"Mở tệp .xlsx…" opens the file picker; the chosen workbook takes the sample’s place and the pane checks it', async () => {
    const files = harness();
    render(<Workbench initial={createSession()} files={files} />);
    const open = screen.getByRole('button', { name: 'Mở tệp .xlsx…' });
    const picked = jest.spyOn(fileInput(), 'click');
    fireEvent.click(open);
    expect(picked).toHaveBeenCalledTimes(1);

    await choose(fileOf('Biểu 2024.xlsx', await plannerBytes()));
    await screen.findByRole('tab', { name: SHEET }, WAIT);
    expect(screen.queryByRole('tab', { name: 'Biểu số 1' })).toBeNull();
    expect(screen.getByRole('tab', { name: 'Ghi chú' })).toBeTruthy();
    expect(banner().querySelector('[data-file]')!.textContent).toBe('Sổ đang mở: Biểu 2024.xlsx');
    const note = document.querySelector('[data-notice="success"]')!;
    expect(note.textContent).toContain(t('vi', 'wbOpened', { file: 'Biểu 2024.xlsx', sheets: 2 }));
    expect(note.textContent).toContain(t('en', 'wbOpened', { file: 'Biểu 2024.xlsx', sheets: 2 }));
    expect(document.querySelector('td[data-cell="F5"]')!.textContent).toBe('12,3');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    });
    await waitFor(() => expect(document.querySelector('aside li[data-cell="F5"][data-code="number-as-text"]')).not.toBeNull(), WAIT);
    expect(screen.getByText(SHEET, { selector: 'aside *' })).toBeTruthy();
  });

  test('while it opens: a message naming the file in both languages, and the buttons wait', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    render(<Workbench initial={createSession()} files={harness(gate)} />);
    await choose(fileOf('lon.xlsx', await plannerBytes()));
    const status = await shown('[data-busy="open"]');
    expect(status.textContent).toBe(`${t('vi', 'wbOpening', { file: 'lon.xlsx' })} / ${t('en', 'wbOpening', { file: 'lon.xlsx' })}`);
    for (const name of ['Mở tệp .xlsx…', 'Lưu .xlsx', 'Mở lại sổ mẫu']) expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      release();
    });
    await screen.findByRole('tab', { name: SHEET }, WAIT);
    expect(document.querySelector('[data-busy]')).toBeNull();
    expect((screen.getByRole('button', { name: 'Mở tệp .xlsx…' }) as HTMLButtonElement).disabled).toBe(false);
  });

  test('a file it cannot read gets a message naming it; the workbook open before stays', async () => {
    render(<Workbench initial={createSession()} files={harness()} />);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(600).fill(0)]);
    await choose(fileOf('cu.xls', xls));
    const note = await shown('[data-notice="error"]');
    for (const lang of ['vi', 'en'] as const) {
      expect(note.textContent).toContain(t(lang, 'wbOpenFailed', { file: 'cu.xls' }));
      expect(note.textContent).toContain(t(lang, 'wbErrXls'));
      expect(note.textContent).toContain(t(lang, 'wbKept'));
    }
    expect(screen.getByRole('tab', { name: 'Biểu số 1' })).toBeTruthy();
    expect(banner().querySelector('[data-file]')!.textContent).toBe('Sổ đang mở: sổ mẫu');
    // Dismissed, it is gone.
    fireEvent.click(screen.getByRole('button', { name: 'Đóng thông báo / Dismiss' }));
    expect(document.querySelector('[data-notice]')).toBeNull();
  });

  test('a file above the limit is refused with its size and the limit, without reading it or loading ExcelJS', async () => {
    const files = harness();
    render(<Workbench initial={createSession()} files={files} />);
    let read = false;
    await choose({
      name: 'to.xlsx',
      size: 12 * 1024 * 1024,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    });
    const note = await shown('[data-notice="error"]');
    expect(note.textContent).toContain(t('vi', 'wbErrTooLarge', { size: '12 MB', limit: '5 MB' }));
    expect(note.textContent).toContain(t('en', 'wbErrTooLarge', { size: '12 MB', limit: '5 MB' }));
    expect(MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(read).toBe(false);
    expect(files.loads).toBe(0);
  });

  test('a file dropped on the sheet opens; dropped elsewhere on the page it is caught and ignored', async () => {
    render(<Workbench initial={createSession()} files={harness()} />);
    const file = fileOf('tha.xlsx', await plannerBytes());
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    const section = document.querySelector('section')!;
    // On the banner: the page keeps the browser from leaving for the file (the drop is cancelled), and opens nothing.
    expect(fireEvent.dragOver(banner(), { dataTransfer })).toBe(false);
    await act(async () => {
      expect(fireEvent.drop(banner(), { dataTransfer })).toBe(false);
    });
    expect(document.querySelector('[data-busy], [data-notice]')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Biểu số 1' })).toBeTruthy();
    fireEvent.dragEnter(section, { dataTransfer });
    fireEvent.dragOver(section, { dataTransfer });
    expect(section.hasAttribute('data-dropping')).toBe(true);
    expect(screen.getByText(t('vi', 'wbDropHere'))).toBeTruthy();
    await act(async () => {
      fireEvent.drop(section, { dataTransfer });
    });
    await screen.findByRole('tab', { name: SHEET }, WAIT);
    expect(section.hasAttribute('data-dropping')).toBe(false);
  });
});

describe('saving the workbook as an .xlsx', () => {
  test('the sample is saved as chitieu-mau.xlsx; an opened file under its name with -chitieu, with what was edited', async () => {
    const files = harness();
    render(<Workbench initial={createSession()} files={files} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lưu .xlsx' }));
    });
    await waitFor(() => expect(files.downloads).toHaveLength(1), WAIT);
    expect(files.downloads[0].name).toBe('chitieu-mau.xlsx');
    const sample = new ExcelJS.Workbook();
    await sample.xlsx.load(files.downloads[0].bytes as unknown as ExcelJS.Buffer);
    expect(sample.worksheets.map((w) => w.name)).toEqual(['Biểu số 1', 'Đầu tư công', 'Nhiệm vụ', 'Danh bạ']);
    expect(document.querySelector('[data-notice="success"]')!.textContent).toContain(t('vi', 'wbSaved', { file: 'chitieu-mau.xlsx' }));

    await choose(fileOf('Biểu 2024.xlsx', await plannerBytes()));
    await screen.findByRole('tab', { name: SHEET }, WAIT);
    // A person types the figure as a number.
    const f5 = document.querySelector('td[data-cell="F5"]')!;
    fireEvent.doubleClick(f5);
    const editor = f5.querySelector('input')!;
    fireEvent.change(editor, { target: { value: '12.3' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Lưu .xlsx' }));
    });
    await waitFor(() => expect(files.downloads).toHaveLength(2), WAIT);
    expect(files.downloads[1].name).toBe('Biểu 2024-chitieu.xlsx');
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(files.downloads[1].bytes as unknown as ExcelJS.Buffer);
    expect(saved.getWorksheet(SHEET)!.getCell('F5').value).toBe(12.3);
    expect(saved.getWorksheet(SHEET)!.getCell('B5').value).toBe('Tỷ lệ dịch vụ công trực tuyến mức độ 4');
  });
});

describe('the page in English (?lang=en)', () => {
  test('the buttons are English, messages English first', async () => {
    render(<Workbench initial={createSession()} files={harness()} options={parseWorkbenchOptions('?lang=en')} />);
    for (const name of ['Open .xlsx…', 'Save .xlsx', 'Reload sample']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(banner().querySelector('[data-file]')!.textContent).toBe('Workbook: the sample');
    await choose(fileOf('notes.xlsx', Uint8Array.from(Buffer.from('STT;Chỉ tiêu\n'))));
    const note = await shown('[data-notice="error"]');
    const text = note.textContent!;
    expect(text.indexOf(t('en', 'wbOpenFailed', { file: 'notes.xlsx' }))).toBe(0);
    expect(text.indexOf(t('vi', 'wbOpenFailed', { file: 'notes.xlsx' }))).toBeGreaterThan(0);
  });
});

describe('the grid', () => {
  test('columns as wide as the workbook says (points at 96 dpi), Excel’s 64 px where it says nothing', () => {
    const { container } = render(<Workbench initial={createSession()} files={harness()} />);
    const widths = Array.from(container.querySelectorAll('section colgroup col')).map((c) => (c as HTMLElement).style.width);
    // The row numbers' column, then the sample's A 30 pt → 40 px, B 210 pt → 280 px, C 66 pt → 88 px.
    expect(widths.slice(0, 4)).toEqual(['40px', '40px', '280px', '88px']);
    const init = { sheets: [{ name: 'S', values: [[1, 2]], columnWidths: [null, 75] }] };
    const { container: other } = render(<Workbench initial={createSession(undefined, init)} files={harness()} />);
    expect(Array.from(other.querySelectorAll('section colgroup col')).map((c) => (c as HTMLElement).style.width)).toEqual(['40px', '64px', '100px']);
  });

  test('a sheet longer than the grid draws shows its first rows and says so', () => {
    const rows = GRID_MAX_ROWS + 200;
    const init = { sheets: [{ name: 'Dài', values: Array.from({ length: rows }, (_, r) => [r + 1, `dòng ${r + 1}`]) }] };
    const { container } = render(<Workbench initial={createSession(undefined, init)} files={harness()} />);
    expect(container.querySelectorAll('section tbody tr')).toHaveLength(GRID_MAX_ROWS);
    const note = container.querySelector('section [role="note"]')!;
    expect(note.textContent).toContain(t('vi', 'wbGridCut', { rows: GRID_MAX_ROWS, cols: 2, totalRows: rows, totalCols: 2 }));
    // The row numbers' column is wide enough for "1200".
    expect((container.querySelector('section colgroup col') as HTMLElement).style.width).toBe('46px');
  });
});
