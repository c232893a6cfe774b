/** @jest-environment jsdom */
/**
 * The contract page (contract.html): with the test server of `npm run
 * test:excel` it runs the suite at once and sends the results; without it,
 * it warns first and runs on the button. Here on the in-memory Excel, with
 * the server's ping and send stood in for.
 */
import { fireEvent, waitFor } from '@testing-library/dom';
import { CASES, SCRATCH_SHEET } from '../../src/contract';
import { pageOptions, startContractPage, type ContractOffice } from '../../src/contract/page';
import { fitForServer, MAX_QUERY_CHARS, type ContractReport } from '../../src/contract/server';
import { CONTRACT_WORDS } from '../../src/contract/words';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';

function office(host = 'Excel'): ContractOffice {
  return {
    context: {
      diagnostics: { host: 'Excel', platform: 'PC', version: '16.0.18025.20000' },
      displayLanguage: 'vi-VN',
      requirements: { isSetSupported: (name, v) => name === 'ExcelApi' && Number((v ?? '1.1').split('.')[1]) <= 17 },
    },
    onReady: (cb) => {
      cb({ host, platform: 'PC' });
      return Promise.resolve();
    },
  };
}

function workbook(): MemoryExcelControl {
  return createMemoryExcel({ sheets: [{ name: 'Biểu 1', values: [['x']] }] });
}

function root(): HTMLElement {
  const div = document.createElement('div');
  document.body.appendChild(div);
  return div;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the contract page', () => {
  test('with a test server it runs the suite at once, shows every case and sends the results', async () => {
    const mx = workbook();
    const sent: ContractReport[] = [];
    const div = root();
    const page = startContractPage(div, {
      office: office(),
      excel: mx,
      ping: async () => true,
      send: async (r) => {
        sent.push(r);
        return true;
      },
      search: '',
    });
    await page.ready;
    expect(sent).toHaveLength(1);
    const report = sent[0];
    expect(report.suite).toBe('chitieu-contract');
    expect(report.excel).toEqual({ host: 'Excel', platform: 'PC', version: '16.0.18025.20000', language: 'vi-VN' });
    expect(report.results.map((r) => r.name)).toEqual(CASES.filter((c) => !c.optIn).map((c) => c.name));
    // A real Excel's undo history cannot be seen: that case is for a person; ExcelApi 1.17 has no undo groups.
    const statuses = Object.fromEntries(report.results.map((r) => [r.name, r.status]));
    expect(statuses['undo-history']).toBe('manual');
    expect(statuses['undo-group']).toBe('skipped');
    expect(report.results.filter((r) => r.status === 'fail')).toEqual([]);
    // On the page: a row a case, the counts, the text report, and that the results were sent.
    expect(div.querySelectorAll('tbody tr')).toHaveLength(report.results.length);
    expect(div.querySelector('tr[data-case="undo-history"]')?.getAttribute('data-status')).toBe('manual');
    expect(div.querySelector('.summary')?.getAttribute('data-failed')).toBe('0');
    expect(div.querySelector('.report')?.textContent).toContain('MANUAL undo-history');
    expect(div.querySelector('[role="status"]')?.textContent).toContain('Results sent to the test server.');
    expect(div.textContent).toContain('Excel: Excel · PC · 16.0.18025.20000 · vi-VN · ExcelApi 1.17');
    // No button was needed, and the scratch sheet is gone.
    expect((div.querySelector('section.start') as HTMLElement).hidden).toBe(true);
    expect(mx.sheetNames()).toEqual(['Biểu 1']);
  });

  test('without a server it runs nothing: a warning in both languages and a button; the button runs the suite and sends nothing', async () => {
    const mx = workbook();
    const send = jest.fn(async () => true);
    const div = root();
    const page = startContractPage(div, { office: office(), excel: mx, ping: async () => false, send, search: '?only=load-sync,settings' });
    await page.ready;
    expect(mx.syncCount).toBe(0);
    const start = div.querySelector('section.start') as HTMLElement;
    expect(start.hidden).toBe(false);
    expect(start.textContent).toContain(CONTRACT_WORDS.contractWarning.vi);
    expect(start.textContent).toContain(CONTRACT_WORDS.contractWarning.en);
    expect(start.textContent).toContain('Ctrl+Z');
    const button = start.querySelector('button')!;
    expect(button.textContent).toBe('Chạy kiểm tra hợp đồng / Run the contract suite');
    fireEvent.click(button);
    await waitFor(() =>
      expect(div.querySelector('.summary')?.textContent).toBe('2 đạt, 0 không đạt, 0 bỏ qua, 0 thử bằng tay / 2 passed, 0 failed, 0 skipped, 0 by hand')
    );
    expect([...div.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-case'))).toEqual(['load-sync', 'settings']);
    expect(send).not.toHaveBeenCalled();
    expect(mx.sheetNames()).not.toContain(SCRATCH_SHEET);
    // Ready to run again.
    expect(start.hidden).toBe(false);
  });

  test('a ping that fails (no server, refused) is no server', async () => {
    const div = root();
    const page = startContractPage(div, {
      office: office(),
      excel: workbook(),
      ping: () => Promise.reject(new Error('refused')),
      send: async () => true,
      search: '',
    });
    await page.ready;
    expect((div.querySelector('section.start') as HTMLElement).hidden).toBe(false);
    expect(div.textContent).toContain('No test server: press the button to run.');
  });

  test('outside Excel, or without office.js, it says so and runs nothing', async () => {
    const mx = workbook();
    const a = root();
    await startContractPage(a, { office: office('Word'), excel: mx, ping: async () => true, send: async () => true, search: '' }).ready;
    expect(a.textContent).toContain('This page only runs inside Excel.');
    const b = root();
    await startContractPage(b, { office: undefined, excel: undefined, ping: async () => true, send: async () => true, search: '' }).ready;
    expect(b.textContent).toContain('office.js did not load');
    expect(mx.syncCount).toBe(0);
  });

  test('the query string picks cases', () => {
    expect(pageOptions('')).toEqual({});
    expect(pageOptions('?include=payload')).toEqual({ include: ['payload'] });
    expect(pageOptions('?only=load-sync, settings')).toEqual({ only: ['load-sync', 'settings'] });
  });
});

describe('what is sent to the test server', () => {
  const report = (detail: string, n = 13): ContractReport => ({
    suite: 'chitieu-contract',
    excel: { host: 'Excel', platform: 'PC', version: '16', language: 'vi-VN' },
    results: Array.from({ length: n }, (_, i) => ({ name: `case-${i}`, status: 'pass' as const, detail, ms: i })),
  });

  test('a report that fits is sent as it is', () => {
    const r = report('short');
    expect(fitForServer(r)).toBe(r);
  });

  test('long details are cut until the encoded JSON fits in the query string; names and statuses are kept', () => {
    const r = report('chi tiết rất dài '.repeat(200));
    expect(encodeURIComponent(JSON.stringify(r)).length).toBeGreaterThan(MAX_QUERY_CHARS);
    const fit = fitForServer(r);
    expect(encodeURIComponent(JSON.stringify(fit)).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(fit.results.map((x) => [x.name, x.status, x.ms])).toEqual(r.results.map((x) => [x.name, x.status, x.ms]));
    expect(fit.results[0].detail.endsWith('…')).toBe(true);
  });
});
