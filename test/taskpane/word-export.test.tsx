/** @jest-environment jsdom */
/**
 * A recognised table to Word from the pane, on the in-memory Excel: after
 * Kiểm tra, each indicator, investment or time-series table offers "Sao
 * chép bảng cho Word" (HTML and plain text on the clipboard, the numbers
 * as Excel shows them) and "Tải về .docx" (a Word file named after the
 * sheet); after Tính toán, a check brings the computed columns along.
 */
import * as React from 'react';
import { TextEncoder } from 'util';
import JSZip from 'jszip';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel } from '../../src/host/memory/excel';
import type { SheetInit } from '../../src/host/memory/types';
import { App } from '../../src/taskpane/App';
import { DOCX_MIME } from '../../src/taskpane/appendix';
import { sheetInit } from '../fixtures/real/sheet';
import { table as tthue2019 } from '../fixtures/real/ind-tthue-chi-tieu-2019';
import { haTinhTasks } from '../fixtures/other-sheets';

const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');

// jsdom has no TextEncoder; the docx writer needs it (a browser has it).
beforeAll(() => {
  if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });
});

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
  get types() {
    return Object.keys(this.items);
  }
}

function fakeClipboard() {
  const write = jest.fn(async (_items: FakeClipboardItem[]) => undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { write }, configurable: true, writable: true });
  (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
  return write;
}

afterEach(() => {
  if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
  delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
  jest.restoreAllMocks();
});

function read(b: Blob, as: 'text' | 'buffer'): Promise<string | ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string | ArrayBuffer);
    r.onerror = () => reject(r.error);
    if (as === 'text') r.readAsText(b);
    else r.readAsArrayBuffer(b);
  });
}

async function press(name: string | RegExp, scope?: HTMLElement) {
  await act(async () => {
    fireEvent.click(scope ? within(scope).getByRole('button', { name }) : screen.getByRole('button', { name }));
  });
}

function open(sheets: SheetInit[], lang?: 'en') {
  const excel = createMemoryExcel({ sheets });
  const actions = createExcelActions(excel, { isSetSupported: () => true });
  render(<App actions={actions} initialLang={lang} />);
  return excel;
}

/** The first table's part of the pane. */
const tablePart = () => document.querySelector('[data-kind]') as HTMLElement;

describe('after Kiểm tra, an indicator table goes to Word', () => {
  test('“Sao chép bảng cho Word” puts the table on the clipboard as HTML and text, the numbers as Excel shows them', async () => {
    const write = fakeClipboard();
    open([sheetInit(tthue2019)]);
    await press('Kiểm tra');
    const part = tablePart();
    expect(part.getAttribute('data-kind')).toBe('indicator-plan');
    await press('Sao chép bảng cho Word', part);
    expect(write).toHaveBeenCalledTimes(1);
    const [item] = write.mock.calls[0][0];
    expect(item.types.sort()).toEqual(['text/html', 'text/plain']);
    const html = (await read(item.items['text/html'], 'text')) as string;
    expect(html).toContain("font-family:'Times New Roman',serif");
    expect(html).toContain('<thead><tr');
    expect(html).toContain('>Chỉ tiêu chủ yếu</p></th>');
    // 7213.5 and 19770 in "#,##0.0", 98.07 in "0.0#": as Excel shows them in Vietnamese.
    for (const shown of ['7.213,5', '19.770,0', '98,07', '6,61']) expect(html).toContain(`>${shown}</p></td>`);
    const text = (await read(item.items['text/plain'], 'text')) as string;
    expect(text.split('\n')).toContain('5\tThu ngân sách Nhà nước (Tỷ đồng)\t7.788,0\t7.213,5\t7.787,0\tVượt');
    expect(within(part).getByText('Đã sao chép bảng. Mở Word và dán (Ctrl+V).')).toBeTruthy();
  });

  test('“Tải về .docx” saves a Word file named after the sheet, its header repeated, its numbers as shown', async () => {
    const createObjectURL = jest.fn((_b: Blob) => 'blob:bang');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    open([sheetInit(tthue2019)]);
    await press('Kiểm tra');
    await press('Tải về .docx', tablePart());
    await waitFor(() => expect(clicked).toHaveLength(1), { timeout: 10000 });
    expect(clicked[0].download).toBe('Chi-tieu-2019.docx');
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe(DOCX_MIME);
    const zip = await JSZip.loadAsync((await read(blob, 'buffer')) as ArrayBuffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('>7.213,5</w:t>');
    await waitFor(() => expect(within(tablePart()).getByText('Đã tạo tệp Chi-tieu-2019.docx.')).toBeTruthy());
  });

  test('after Tính toán the pane asks for a check; then the copy holds the computed columns', async () => {
    const write = fakeClipboard();
    open([sheetInit(tthue2019)]);
    await press('Tính toán');
    const panel = await screen.findByRole('region', { name: 'Chọn cột cần tính' });
    await waitFor(() => expect(within(panel).getAllByRole('checkbox').length).toBeGreaterThan(0));
    await press('Ghi vào trang tính', panel);
    await screen.findByText(/^Ô đã tính \(\d+\)$/);
    expect(within(tablePart()).queryByRole('button', { name: 'Sao chép bảng cho Word' })).toBeNull();
    expect(within(tablePart()).getByText('Để sao chép bảng cho Word kèm các cột vừa tính, hãy nhấn “Kiểm tra” lại.')).toBeTruthy();
    await press('Kiểm tra');
    await press('Sao chép bảng cho Word', tablePart());
    const text = (await read(write.mock.calls[0][0][0].items['text/plain'], 'text')) as string;
    // Row 10: 2.007 / 1.915 × 100 = 104,80 (completion, one decimal as written); in the same line as the typed figures.
    const line = text.split('\n').find((l) => l.startsWith('2\tTổng sản phẩm'))!;
    expect(line.startsWith('2\tTổng sản phẩm trong tỉnh bình quân đầu người (USD)\t1.839,0\t1.915,0\t2.007,0\tĐạt\t104,8')).toBe(true);
  });
});

test('in English; a task list has no such buttons (it has its appendix)', async () => {
  open([haTinhTasks()], 'en');
  await press('Check');
  expect(tablePart().getAttribute('data-kind')).toBe('task-list');
  expect(screen.queryByRole('button', { name: 'Copy table for Word' })).toBeNull();
  document.body.innerHTML = '';
  open([sheetInit(tthue2019)], 'en');
  await press('Check');
  const copy = within(tablePart()).getByRole('button', { name: 'Copy table for Word' });
  expect(copy.getAttribute('title')).toContain('Decree 30');
  expect(within(tablePart()).getByRole('button', { name: 'Download .docx' }).getAttribute('title')).toContain('Chi-tieu-2019.docx');
});
