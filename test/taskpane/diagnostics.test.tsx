/** @jest-environment jsdom */
/**
 * "Chẩn đoán": opened from the pane's header, it lists what office.js
 * tells of the Excel (host, platform, version, display language), the
 * ExcelApi sets 1.1 … 1.20, the regional settings Excel has; it runs the
 * contract suite on the press of a button (after the warning) and shows
 * the results; the report it copies holds them. Here on the in-memory
 * Excel, as in the workbench, and with a stand-in for office.js.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CASES, SCRATCH_SHEET } from '../../src/contract';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import { App } from '../../src/taskpane/App';
import { collectDiagnostics, copyText, diagnosticsReport, type DiagnosticsEnv } from '../../src/taskpane/diagnostics';
import { t } from '../../src/taskpane/i18n';
import { Workbench } from '../../src/workbench/index';
import { parseWorkbenchOptions, simulatedIsSetSupported } from '../../src/workbench/options';
import { fakeActions } from './fakes';

function workbook(locale?: 'vi-VN'): MemoryExcelControl {
  return createMemoryExcel({ sheets: [{ name: 'Biểu 1', values: [['Chỉ tiêu', 2023]] }], locale });
}

/** office.js in Excel for Windows, Vietnamese, with ExcelApi up to 1.17. */
function office() {
  return {
    context: {
      diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.18025.20000' },
      displayLanguage: 'vi-VN',
      requirements: { isSetSupported: (name: string, v?: string) => name === 'ExcelApi' && Number((v ?? '1.1').split('.')[1]) <= 17 },
    },
  };
}

/** The workbench's env: no office.js, the stand-in's sets, the in-memory Excel's undo history. */
function memoryEnv(mx: MemoryExcelControl): DiagnosticsEnv {
  return {
    excel: mx,
    isSetSupported: simulatedIsSetSupported(null),
    contractHost: { kind: 'memory', undoHistory: () => mx.undoHistory, userEdit: (s, a, v) => mx.userEdit(s, a, v), idle: () => mx.idle() },
  };
}

async function openDiagnostics() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Chẩn đoán' }));
  });
  return screen.findByRole('region', { name: 'Chẩn đoán' });
}

/** The term → value pairs of the view's list. */
function facts(view: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  const dts = view.querySelectorAll('dt');
  dts.forEach((dt) => (out[dt.textContent ?? ''] = dt.nextElementSibling?.textContent ?? ''));
  return out;
}

const realClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
afterEach(() => {
  if (realClipboard) Object.defineProperty(navigator, 'clipboard', realClipboard);
  else delete (navigator as { clipboard?: unknown }).clipboard;
});

describe('Chẩn đoán in the task pane', () => {
  test('no button without what the view needs (the pane as the other tests render it)', () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    expect(screen.queryByRole('button', { name: 'Chẩn đoán' })).toBeNull();
  });

  test('a button of the header, reached with Tab, opens the view; it lists the Excel, its sets and its regional settings', async () => {
    const { actions } = fakeActions();
    const mx = workbook('vi-VN');
    render(<App actions={actions} diagnostics={{ excel: mx, office: office() }} />);
    const button = within(screen.getByRole('banner')).getByRole('button', { name: 'Chẩn đoán' });
    expect(button.closest('header')).toBe(screen.getByRole('banner'));
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('tabindex')).not.toBe('-1');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const view = await openDiagnostics();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(view.querySelector('dl')).not.toBeNull());
    expect(facts(view)).toEqual({
      'Excel chạy bộ kiểm tra': 'Excel thật',
      'Ứng dụng': 'Excel',
      'Nền tảng': 'PC',
      'Phiên bản Office': '16.0.18025.20000',
      'Ngôn ngữ hiển thị': 'vi-VN',
      'Thiết lập vùng': 'vi-VN: dấu thập phân “,”, phân nhóm “.”',
    });
    const sets = within(view).getByRole('list', { name: 'Bộ API ExcelApi' });
    const items = [...sets.querySelectorAll('li')].map((li) => [li.getAttribute('data-version'), li.getAttribute('data-supported')]);
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => [`1.${i + 1}`, String(i + 1 <= 17)]));
    expect(view.textContent).toContain('Bộ API ExcelApi: 1.1–1.17');
    // Nothing ran: the view only read the culture (one batch), no sheet was added.
    expect(mx.sheetNames()).toEqual(['Biểu 1']);
    // The same button closes it.
    await act(async () => {
      fireEvent.click(button);
    });
    expect(screen.queryByRole('region', { name: 'Chẩn đoán' })).toBeNull();
  });

  test('the suite runs only on the button, after the warning, and its results are shown and in the copied report', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true, writable: true });
    const { actions } = fakeActions();
    const mx = workbook();
    render(<App actions={actions} diagnostics={memoryEnv(mx)} />);
    const view = await openDiagnostics();
    expect(within(view).getByRole('note').textContent).toBe(t('vi', 'contractWarning'));
    expect(t('vi', 'contractWarning')).toContain('Ctrl+Z');
    expect(mx.sheetNames()).toEqual(['Biểu 1']);
    await act(async () => {
      fireEvent.click(within(view).getByRole('button', { name: 'Chạy kiểm tra hợp đồng' }));
    });
    const summary = await waitFor(() => view.querySelector('[data-failed]')!, { timeout: 10_000 });
    const ran = CASES.filter((c) => !c.optIn);
    expect(summary.textContent).toBe(`${ran.length} đạt, 0 không đạt, 0 bỏ qua, 0 thử bằng tay`);
    const rows = [...view.querySelectorAll('li[data-case]')];
    expect(rows.map((r) => [r.getAttribute('data-case'), r.getAttribute('data-status')])).toEqual(ran.map((c) => [c.name, 'pass']));
    expect(rows[0].textContent).toContain(`Đạt · ${CASES[0].title.vi}`);
    expect(mx.sheetNames()).not.toContain(SCRATCH_SHEET);

    const report = (within(view).getByRole('textbox', { name: 'Báo cáo cho bộ phận hỗ trợ' }) as HTMLTextAreaElement).value;
    expect(report).toContain('Excel chạy bộ kiểm tra: Excel trong bộ nhớ (trang thử nghiệm)');
    expect(report).toContain('Ứng dụng: không rõ');
    expect(report).toContain('ExcelApi: 1.1–1.20');
    for (const c of ran) expect(report).toMatch(new RegExp(`^PASS +${c.name} \\(\\d+ ms\\): `, 'm'));
    expect(report).toContain(summary.textContent!);

    await act(async () => {
      fireEvent.click(within(view).getByRole('button', { name: 'Sao chép' }));
    });
    expect(writeText).toHaveBeenCalledWith(report);
    expect(within(view).getByText('Đã sao chép báo cáo.')).toBeTruthy();
  });

  test('in English, and where office.js says Excel is real, the undo case is left to a person with the instruction in the pane’s language', async () => {
    const { actions } = fakeActions();
    const mx = workbook();
    render(<App actions={actions} diagnostics={{ excel: mx, office: office() }} initialLang="en" />);
    await act(async () => {
      fireEvent.click(within(screen.getByRole('banner')).getByRole('button', { name: 'Diagnostics' }));
    });
    const view = await screen.findByRole('region', { name: 'Diagnostics' });
    await act(async () => {
      fireEvent.click(within(view).getByRole('button', { name: 'Run the contract suite' }));
    });
    const summary = await waitFor(() => view.querySelector('[data-failed]')!, { timeout: 10_000 });
    expect(summary.textContent).toMatch(/^\d+ passed, 0 failed, 1 skipped, 1 by hand$/);
    const undo = view.querySelector('li[data-case="undo-history"]')!;
    expect(undo.getAttribute('data-status')).toBe('manual');
    expect(undo.textContent).toContain('By hand · A read of values leaves Excel’s Ctrl+Z history');
    expect(undo.textContent).toContain('press Ctrl+Z');
    // ExcelApi 1.17: no undo groups there.
    expect(view.querySelector('li[data-case="undo-group"]')!.getAttribute('data-status')).toBe('skipped');
  });

  test('a copy the clipboard refuses says how to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async () => Promise.reject(new Error('denied')) },
      configurable: true,
      writable: true,
    });
    const exec = (document as { execCommand?: unknown }).execCommand;
    (document as { execCommand?: unknown }).execCommand = () => false;
    try {
      const { actions } = fakeActions();
      render(<App actions={actions} diagnostics={memoryEnv(workbook())} />);
      const view = await openDiagnostics();
      await within(view).findByRole('textbox', { name: 'Báo cáo cho bộ phận hỗ trợ' });
      await act(async () => {
        fireEvent.click(within(view).getByRole('button', { name: 'Sao chép' }));
      });
      expect(within(view).getByText(t('vi', 'diagCopyFailed'))).toBeTruthy();
    } finally {
      (document as { execCommand?: unknown }).execCommand = exec;
    }
  });
});

describe('Chẩn đoán in the workbench', () => {
  test('no office.js there: its facts are unknown, the sets are the workbench’s, Excel is the in-memory one', async () => {
    render(<Workbench options={parseWorkbenchOptions('?excelApi=1.12')} />);
    const view = await openDiagnostics();
    await waitFor(() => expect(view.querySelector('dl')).not.toBeNull());
    expect(facts(view)).toEqual({
      'Excel chạy bộ kiểm tra': 'Excel trong bộ nhớ (trang thử nghiệm)',
      'Ứng dụng': 'không rõ',
      'Nền tảng': 'không rõ',
      'Phiên bản Office': 'không rõ',
      'Ngôn ngữ hiển thị': 'không rõ',
      'Thiết lập vùng': 'en-US: dấu thập phân “.”, phân nhóm “,”',
    });
    expect(view.textContent).toContain('Bộ API ExcelApi: 1.1–1.12');
  });
});

describe('what the view is made of', () => {
  test('without ExcelApi 1.11 the regional settings are unknown, and say why; without office.js the sets are unknown', async () => {
    const mx = workbook();
    const old = await collectDiagnostics({ excel: mx, isSetSupported: simulatedIsSetSupported('1.10') });
    expect(old.culture).toBeNull();
    expect(diagnosticsReport('en', old, null, new Date(0))).toContain('Regional settings: unknown (needs ExcelApi 1.11)');
    const none = await collectDiagnostics({ excel: mx });
    expect(none.sets.every((s) => s.supported === null)).toBe(true);
    expect(diagnosticsReport('en', none, null, new Date(0)).split('\n')).toEqual([
      'chitieu — Diagnostics (1970-01-01T00:00:00.000Z)',
      'Excel the suite runs on: a real Excel',
      'Host: unknown',
      'Platform: unknown',
      'Office version: unknown',
      'Display language: unknown',
      'Regional settings: unknown (needs ExcelApi 1.11)',
      'ExcelApi: unknown',
    ]);
  });

  test('copyText: the Clipboard API, else a copy event, else nothing', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true, writable: true });
    expect(await copyText('a')).toBe('clipboard');
    delete (navigator as { clipboard?: unknown }).clipboard;
    const setData = jest.fn();
    const exec = (document as { execCommand?: unknown }).execCommand;
    (document as { execCommand?: unknown }).execCommand = () => {
      const e = new Event('copy', { cancelable: true });
      Object.defineProperty(e, 'clipboardData', { value: { setData } });
      document.dispatchEvent(e);
      return true;
    };
    try {
      expect(await copyText('b')).toBe('event');
      expect(setData).toHaveBeenCalledWith('text/plain', 'b');
      (document as { execCommand?: unknown }).execCommand = () => false;
      expect(await copyText('c')).toBeNull();
    } finally {
      (document as { execCommand?: unknown }).execCommand = exec;
    }
  });
});
