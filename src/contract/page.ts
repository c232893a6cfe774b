/**
 * The contract page (contract.html, the task pane of manifest.contract.xml):
 * once office.js is ready it asks the local test server of `npm run
 * test:excel` whether it is there. If it is, the page runs the suite at
 * once, shows the results and sends them to it. Without a server it shows
 * a warning first (a scratch sheet is added and removed, which clears
 * Excel's Ctrl+Z history) and a button that runs the suite.
 *
 * Plain DOM (no React, no Fluent UI): a small page that must work in any
 * Excel the add-in might meet. Text only through textContent. The
 * network is used only for the local test server (pane.ts gives the
 * calls); the page itself makes none.
 *
 * Its query string picks cases: `?include=payload` (the opt-in, slow
 * case), `?only=load-sync,settings`.
 */
import type { ExcelRunner } from '../host/excel/runner';
import { CASES, runContract } from './index';
import { excelApiSets, highestExcelApi, officeInfo, requirementsOf, type OfficeInfoSource } from './office';
import { resultsText, summarize } from './report';
import { fitForServer, type ContractReport } from './server';
import type { ContractResult, ContractStatus } from './types';
import { CONTRACT_WORDS, summaryParams, type ContractWord } from './words';

/** The part of office.js the page uses. */
export interface ContractOffice extends OfficeInfoSource {
  onReady(callback: (info: { host: unknown; platform?: unknown }) => unknown): unknown;
}

export interface ContractPageEnv {
  /** office.js's `Office`; undefined when it did not load. */
  office?: ContractOffice;
  /** The global `Excel` (or another runner). */
  excel?: ExcelRunner;
  /** Whether the test server answers (office-addin-test-helpers' pingTestServer). */
  ping(): Promise<boolean>;
  /** Send the report to the test server (sendTestResults); false when it could not. */
  send(report: ContractReport): Promise<boolean>;
  /** The page's query string. */
  search: string;
}

/** What only this page says (the shared words are in words.ts). */
const PAGE_WORDS = {
  title: { vi: 'chitieu — kiểm tra hợp đồng Office.js', en: 'chitieu — Office.js contract check' },
  noOffice: {
    vi: 'Không tải được office.js: trang này chỉ chạy trong Excel.',
    en: 'office.js did not load: this page only runs inside Excel.',
  },
  notExcel: { vi: 'Trang này chỉ chạy trong Excel.', en: 'This page only runs inside Excel.' },
  serverFound: { vi: 'Có máy chủ kiểm tra (npm run test:excel): chạy ngay.', en: 'Test server found (npm run test:excel): running now.' },
  noServer: { vi: 'Không có máy chủ kiểm tra: bấm nút để chạy.', en: 'No test server: press the button to run.' },
  sent: { vi: 'Đã gửi kết quả cho máy chủ kiểm tra.', en: 'Results sent to the test server.' },
  notSent: { vi: 'Không gửi được kết quả cho máy chủ kiểm tra.', en: 'Could not send the results to the test server.' },
  failedToRun: { vi: 'Bộ kiểm tra không chạy được: {detail}', en: 'The suite could not run: {detail}' },
  colStatus: { vi: 'Kết quả', en: 'Result' },
  colCase: { vi: 'Trường hợp', en: 'Case' },
  colDetail: { vi: 'Chi tiết', en: 'Detail' },
  unknown: { vi: 'không rõ', en: 'unknown' },
} as const;

type Words = { vi: string; en: string };

const STATUS_WORD: Record<ContractStatus, ContractWord> = {
  pass: 'contractStatusPass',
  fail: 'contractStatusFail',
  skipped: 'contractStatusSkipped',
  manual: 'contractStatusManual',
};

function fill(s: string, params: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** "Tiếng Việt / English" on one line. */
function both(w: Words, params: Record<string, string | number> = {}): string {
  return `${fill(w.vi, params)} / ${fill(w.en, params)}`;
}

/** The cases the query string asks for. */
export function pageOptions(search: string): { only?: string[]; include?: string[] } {
  const q = new URLSearchParams(search);
  const list = (k: string) => {
    const v = q.get(k);
    return v === null
      ? undefined
      : v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  };
  const out: { only?: string[]; include?: string[] } = {};
  const only = list('only');
  const include = list('include');
  if (only) out.only = only;
  if (include) out.include = include;
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A paragraph in both languages, Vietnamese first. */
function bilingual(doc: Document, w: Words, cls: string, params: Record<string, string | number> = {}): HTMLElement {
  const box = el(doc, 'div', { class: cls });
  box.append(el(doc, 'p', { lang: 'vi' }, fill(w.vi, params)), el(doc, 'p', { lang: 'en' }, fill(w.en, params)));
  return box;
}

export interface ContractPage {
  /** Resolves once the page has settled: the suite ran (with a server) or the button is shown. */
  ready: Promise<void>;
}

/** Lay out the page in `root` and start it. */
export function startContractPage(root: HTMLElement, env: ContractPageEnv): ContractPage {
  const doc = root.ownerDocument;
  const main = el(doc, 'main', { class: 'page' });
  main.append(el(doc, 'h1', { lang: 'vi' }, PAGE_WORDS.title.vi), el(doc, 'p', { lang: 'en', class: 'sub' }, PAGE_WORDS.title.en));
  const excelLine = el(doc, 'p', { class: 'excel' });
  const status = el(doc, 'div', { role: 'status', class: 'status' });
  const start = el(doc, 'section', { class: 'start', hidden: '' });
  const results = el(doc, 'table', { class: 'results', hidden: '' });
  const summary = el(doc, 'p', { class: 'summary' });
  const report = el(doc, 'pre', { class: 'report', hidden: '' });
  main.append(excelLine, status, start, results, summary, report);
  root.replaceChildren(main);

  const say = (w: Words, params: Record<string, string | number> = {}) => status.replaceChildren(bilingual(doc, w, 'note', params));
  const office = env.office;
  if (!office || typeof office.onReady !== 'function' || !env.excel) {
    say(PAGE_WORDS.noOffice);
    return { ready: Promise.resolve() };
  }
  const excel = env.excel;
  const options = pageOptions(env.search);

  const head = el(doc, 'tr');
  for (const w of [PAGE_WORDS.colStatus, PAGE_WORDS.colCase, PAGE_WORDS.colDetail]) head.append(el(doc, 'th', {}, both(w)));
  const body = el(doc, 'tbody');
  results.append(el(doc, 'thead'), body);
  results.tHead!.append(head);

  const addRow = (r: ContractResult) => {
    results.hidden = false;
    const c = CASES.find((x) => x.name === r.name);
    const tr = el(doc, 'tr', { 'data-status': r.status, 'data-case': r.name });
    tr.append(
      el(doc, 'td', { class: `st ${r.status}` }, both(CONTRACT_WORDS[STATUS_WORD[r.status]])),
      (() => {
        const td = el(doc, 'td');
        td.append(el(doc, 'code', {}, r.name));
        if (c) td.append(el(doc, 'span', { lang: 'vi', class: 'title' }, c.title.vi), el(doc, 'span', { lang: 'en', class: 'title' }, c.title.en));
        return td;
      })(),
      el(doc, 'td', { class: 'detail', lang: 'en' }, `${r.detail} (${r.ms} ms)`)
    );
    body.append(tr);
  };

  let info = officeInfo(office);
  const unknown = both(PAGE_WORDS.unknown);
  const showExcel = () => {
    const sets = excelApiSets(requirementsOf(office));
    const api = highestExcelApi(sets);
    excelLine.textContent = `Excel: ${[info.host, info.platform, info.version, info.language].map((x) => x ?? unknown).join(' · ')} · ExcelApi ${api ?? unknown}`;
  };

  let running = false;
  const run = async (withServer: boolean): Promise<void> => {
    if (running) return;
    running = true;
    start.hidden = true;
    body.replaceChildren();
    summary.textContent = '';
    report.hidden = true;
    say(CONTRACT_WORDS.contractRunning);
    try {
      const list = await runContract(excel, { ...options, host: { kind: 'excel', isSetSupported: requirementsOf(office) }, onResult: addRow });
      const n = summarize(list);
      summary.textContent = both(CONTRACT_WORDS.contractSummary, summaryParams(n));
      summary.setAttribute('data-failed', String(n.fail));
      const header = [`Excel: ${[info.host, info.platform, info.version, info.language].map((x) => x ?? 'unknown').join(' · ')}`];
      report.textContent = resultsText(list, header);
      report.hidden = false;
      if (withServer) {
        const payload: ContractReport = {
          suite: 'chitieu-contract',
          excel: {
            host: info.host ?? 'unknown',
            platform: info.platform ?? 'unknown',
            version: info.version ?? 'unknown',
            language: info.language ?? 'unknown',
          },
          results: list,
        };
        say((await env.send(fitForServer(payload))) ? PAGE_WORDS.sent : PAGE_WORDS.notSent);
      } else {
        status.replaceChildren();
        start.hidden = false;
      }
    } catch (e) {
      say(PAGE_WORDS.failedToRun, { detail: e instanceof Error ? e.message : String(e) });
      start.hidden = false;
    } finally {
      running = false;
    }
  };

  const button = el(doc, 'button', { type: 'button' }, both(CONTRACT_WORDS.contractRun));
  button.addEventListener('click', () => void run(false));
  start.append(bilingual(doc, CONTRACT_WORDS.contractWarning, 'warning'), button);

  const ready = new Promise<void>((resolve) => {
    office.onReady((ready) => {
      info = officeInfo(office);
      showExcel();
      const host = ready?.host;
      if (host !== 'Excel' && host !== (office as { HostType?: { Excel?: unknown } }).HostType?.Excel) {
        say(PAGE_WORDS.notExcel);
        resolve();
        return;
      }
      env.ping().then(
        async (found) => {
          if (found) {
            say(PAGE_WORDS.serverFound);
            await run(true);
          } else {
            say(PAGE_WORDS.noServer);
            start.hidden = false;
          }
          resolve();
        },
        () => {
          say(PAGE_WORDS.noServer);
          start.hidden = false;
          resolve();
        }
      );
    });
  });
  return { ready };
}
