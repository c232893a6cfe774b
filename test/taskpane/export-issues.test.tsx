/** @jest-environment jsdom */
/**
 * "Xuất danh sách vấn đề" in the pane (issue 16): the button is there once
 * a check found issues, and not before nor without them; its menu (mouse
 * or keyboard) exports to a new sheet, after which the pane says where the
 * list went and the undo button names that step, or downloads the .csv.
 */
import * as React from 'react';
import { TextDecoder } from 'util';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { emptyReport, fakeActions, report, SHEET } from './fakes';

const CHECKED_AT = new Date(2025, 2, 5, 10, 0).getTime();

async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

async function choose(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('menuitem', { name }));
  });
}

const exportButton = (name = 'Xuất danh sách vấn đề') => screen.queryByRole('button', { name });

/** A Blob's bytes (jsdom's Blob may lack arrayBuffer()). */
function blobBytes(b: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(b);
  });
}

beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(CHECKED_AT);
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('exporting the issue list from the pane', () => {
  test('the button appears after a check that found issues, not before, not for a list without issues, not for a sheet not recognised', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    expect(exportButton()).toBeNull();

    await press('Kiểm tra');
    expect(exportButton()).toBeTruthy();

    fn.check.mockResolvedValueOnce({ report: { ...report(), issues: [] }, syncs: 1 });
    await press('Kiểm tra');
    expect(screen.getByText('Không phát hiện vấn đề nào.')).toBeTruthy();
    expect(exportButton()).toBeNull();

    fn.check.mockResolvedValueOnce({ report: emptyReport(), syncs: 1 });
    await press('Kiểm tra');
    expect(exportButton()).toBeNull();
  });

  test('"Ra trang tính mới" exports the list in the pane’s language; the pane says where it went, the undo button names the step', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('Kiểm tra');
    await press('Xuất danh sách vấn đề');
    await choose('Ra trang tính mới');

    expect(fn.exportIssues).toHaveBeenCalledTimes(1);
    const table = fn.exportIssues.mock.calls[0][0];
    expect(table.sheet).toBe(SHEET);
    expect(table.sheetName).toBe('Vấn đề');
    expect(table.header).toEqual(['Trang tính', 'Ô', 'Mức', 'Vấn đề', 'Gợi ý sửa']);
    expect(table.rows.map((r) => [r.cell, r.level])).toEqual([
      ['E16', 'Lỗi'],
      ['F20', 'Lỗi'],
      ['H8', 'Cảnh báo'],
      ['B9', 'Lưu ý'],
    ]);
    expect(table.date).toBe('2025-03-05');
    // Written, not checked again: the report is the same check's.
    expect(fn.check).toHaveBeenCalledTimes(1);

    expect(screen.getByText('Đã xuất 4 vấn đề ra trang tính mới “Vấn đề” (A1:E6). Bấm “Hoàn tác” để xoá trang này.')).toBeTruthy();
    expect(screen.getByText('Hoàn tác: Xuất danh sách vấn đề: trang tính mới “Vấn đề”')).toBeTruthy();

    // "Mở trang" shows the new sheet.
    await press('Mở trang “Vấn đề”');
    expect(fn.select).toHaveBeenLastCalledWith('Vấn đề', 'A1');

    // Undone: the notice goes, the sheet is checked again.
    await press('Hoàn tác');
    expect(fn.undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/Đã xuất 4 vấn đề/)).toBeNull();
  });

  test('in English the menu and the list are English', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} initialLang="en" />);
    await press('Check');
    await press('Export the issue list');
    expect(screen.getByRole('menuitem', { name: 'Download a .csv file' })).toBeTruthy();
    await choose('To a new sheet');
    const table = fn.exportIssues.mock.calls[0][0];
    expect(table.sheetName).toBe('Issues');
    expect(table.rows.map((r) => r.level)).toEqual(['Error', 'Error', 'Warning', 'Note']);
    expect(screen.getByText('The issue list (4) is on the new sheet “Issues” (A1:E6). Press “Undo” to delete that sheet.')).toBeTruthy();
  });

  test('keyboard: the menu opens with the arrow key and offers both ways; Enter on an item exports; Escape closes it', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('Kiểm tra');
    const trigger = exportButton()!;
    expect(trigger.getAttribute('aria-haspopup')).toBe('menu');
    trigger.focus();
    await act(async () => {
      fireEvent.keyDown(trigger, { key: 'ArrowDown' });
    });
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Ra trang tính mới', 'Tải về tệp .csv']);
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('menuitem', { name: 'Tải về tệp .csv' }), { key: 'Escape' });
    });
    await waitFor(() => expect(screen.queryByRole('menuitem')).toBeNull());
    expect(trigger.getAttribute('aria-expanded')).toBe('false');

    await act(async () => {
      fireEvent.keyDown(trigger, { key: 'ArrowDown' });
    });
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('menuitem', { name: 'Ra trang tính mới' }), { key: 'Enter' });
    });
    expect(fn.exportIssues).toHaveBeenCalledTimes(1);
  });

  test('"Tải về tệp .csv" saves a UTF-8 .csv with a BOM, named after the sheet and the day of the check; nothing is written to the workbook', async () => {
    const createObjectURL = jest.fn((_b: Blob) => 'blob:van-de');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('Kiểm tra');
    await press('Xuất danh sách vấn đề');
    await choose('Tải về tệp .csv');

    expect(fn.exportIssues).not.toHaveBeenCalled();
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('Van-de_Bieu-so-1_2025-03-05.csv');
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = await blobBytes(blob);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Trang tính,Ô,Mức,Vấn đề,Gợi ý sửa');
    expect(lines[1]).toBe('Biểu số 1,E16,Lỗi,"Số “10.7” được gõ dạng chữ nên Excel không tính được; nên đổi thành số 10,7.","10,7"');
    expect(lines).toHaveLength(6);
    expect(screen.getByText('Đã tải về tệp Van-de_Bieu-so-1_2025-03-05.csv (4 vấn đề).')).toBeTruthy();
  });

  test('a download that fails is told in words', async () => {
    Object.assign(URL, { createObjectURL: undefined });
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    await press('Kiểm tra');
    await press('Xuất danh sách vấn đề');
    await choose('Tải về tệp .csv');
    expect(screen.getByText(/Không tải về được tệp \.csv\. Chi tiết: This browser cannot save files/)).toBeTruthy();
  });
});
