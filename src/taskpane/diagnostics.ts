/**
 * What the "Chẩn đoán" view shows and copies, without the view: the Excel
 * the pane runs in (host, platform, Office version, display language —
 * Office.context.diagnostics), its ExcelApi requirement sets 1.1 … 1.20,
 * the regional settings Excel has (Application.cultureInfo, ExcelApi
 * 1.11), and the report for support with the contract suite's results.
 * Nothing here sends anything anywhere: the report leaves the pane only
 * when the user copies it.
 *
 * In the workbench there is no office.js: what only office.js knows is
 * "không rõ / unknown", the sets are the workbench's stand-in, and the
 * suite runs on the in-memory Excel (which also shows its undo history).
 */
import type { ContractHost, ContractResult } from '../contract';
import { resultLine, summarize, UNDO_MANUAL } from '../contract';
import { excelApiSets, highestExcelApi, officeInfo, requirementsOf, type OfficeInfo, type OfficeInfoSource } from '../contract/office';
import { summaryParams } from '../contract/words';
import type { ExcelRunner } from '../host/excel/runner';
import type { Lang } from '../i18n/lang';
import { t } from './i18n';

/** What the pane gives the view: the Excel to run the suite on, and what office.js tells. */
export interface DiagnosticsEnv {
  /** The Excel the suite runs on: the global `Excel` (not the pane's wrapped runner, so the suite sets its own run options), or the workbench's in-memory one. */
  excel: ExcelRunner;
  /** office.js's `Office`, inside Excel. */
  office?: OfficeInfoSource;
  /** Which sets the host has, where there is no office.js (the workbench's stand-in); office.js's otherwise. */
  isSetSupported?: (set: string, version: string) => boolean;
  /** What the in-memory Excel lets the suite see besides Office.js (the workbench: its undo history). */
  contractHost?: Omit<ContractHost, 'isSetSupported'>;
}

export interface Culture {
  name: string;
  decimal: string;
  group: string;
}

export interface Diagnostics {
  office: OfficeInfo;
  /** "excel": a real Excel; "memory": the workbench's in-memory Excel. */
  kind: ContractHost['kind'];
  sets: { version: string; supported: boolean | null }[];
  /** Null where Excel cannot say (no ExcelApi 1.11, or the read failed). */
  culture: Culture | null;
}

/** isSetSupported as the view and the suite use it. */
export function setChecker(env: DiagnosticsEnv): ((set: string, version: string) => boolean) | undefined {
  return env.isSetSupported ?? requirementsOf(env.office);
}

/** The user's regional settings as Excel has them (one batch), or null without ExcelApi 1.11. */
export async function readCulture(excel: ExcelRunner, has11: boolean): Promise<Culture | null> {
  if (!has11) return null;
  try {
    return await excel.run(async (context) => {
      const culture = context.workbook.application.cultureInfo;
      culture.load('name');
      culture.numberFormat.load('numberDecimalSeparator,numberGroupSeparator');
      await context.sync();
      return { name: culture.name, decimal: culture.numberFormat.numberDecimalSeparator, group: culture.numberFormat.numberGroupSeparator };
    });
  } catch {
    return null;
  }
}

/** Everything the view shows above the suite. */
export async function collectDiagnostics(env: DiagnosticsEnv): Promise<Diagnostics> {
  const isSetSupported = setChecker(env);
  const sets = excelApiSets(isSetSupported);
  const has11 = sets.find((s) => s.version === '1.11')?.supported === true;
  return {
    office: officeInfo(env.office),
    kind: env.contractHost?.kind ?? 'excel',
    sets,
    culture: await readCulture(env.excel, has11),
  };
}

/** The host the suite is told of. */
export function contractHostOf(env: DiagnosticsEnv): ContractHost {
  return { kind: 'excel', ...env.contractHost, isSetSupported: setChecker(env) };
}

/** "1.1–1.17" for the sets the host has (null when it has none, or cannot tell). */
export function setsRange(sets: Diagnostics['sets']): string | null {
  const highest = highestExcelApi(sets);
  return highest ? `${sets[0].version}–${highest}` : null;
}

/** A result's detail as the view shows it: the undo case's instruction in the pane's language. */
export function detailIn(lang: Lang, r: ContractResult): string {
  if (r.name === 'undo-history' && r.status === 'manual') return UNDO_MANUAL[lang];
  return r.detail;
}

/** "vi-VN: thập phân “,”, phân nhóm “.”", or what is unknown and why. */
export function cultureText(lang: Lang, d: Diagnostics): string {
  if (d.culture) return t(lang, 'diagRegionalValue', { name: d.culture.name, decimal: d.culture.decimal, group: d.culture.group });
  const has11 = d.sets.find((s) => s.version === '1.11')?.supported === true;
  return t(lang, has11 ? 'diagUnknown' : 'diagRegionalNeeds');
}

/** The report for support: the Excel, its sets and settings, and the suite's results (when it ran). */
export function diagnosticsReport(lang: Lang, d: Diagnostics, results: readonly ContractResult[] | null, now: Date = new Date()): string {
  const unknown = t(lang, 'diagUnknown');
  const missing = d.sets.filter((s) => s.supported === false).map((s) => s.version);
  const range = setsRange(d.sets);
  const sets = range ? `${range}${missing.length ? ` (${t(lang, 'diagSetNo')}: ${missing.join(', ')})` : ''}` : unknown;
  const lines = [
    `chitieu — ${t(lang, 'diagTitle')} (${now.toISOString()})`,
    `${t(lang, 'diagExcel')}: ${t(lang, d.kind === 'memory' ? 'diagExcelMemory' : 'diagExcelReal')}`,
    `${t(lang, 'diagHost')}: ${d.office.host ?? unknown}`,
    `${t(lang, 'diagPlatform')}: ${d.office.platform ?? unknown}`,
    `${t(lang, 'diagVersion')}: ${d.office.version ?? unknown}`,
    `${t(lang, 'diagLanguage')}: ${d.office.language ?? unknown}`,
    `${t(lang, 'diagRegional')}: ${cultureText(lang, d)}`,
    `ExcelApi: ${sets}`,
  ];
  if (results) {
    const n = summarize(results);
    lines.push('', `${t(lang, 'diagContract')}:`, ...results.map(resultLine), t(lang, 'contractSummary', summaryParams(n)));
  }
  return lines.join('\n');
}

/** How the text reached the clipboard. */
export type CopyVia = 'clipboard' | 'event';

/**
 * Put plain text on the clipboard: the async Clipboard API, else a one-off
 * `copy` event (older webviews, or a refused API). False when neither works.
 */
export async function copyText(text: string, doc: Document = document): Promise<CopyVia | null> {
  const clipboard = typeof navigator !== 'undefined' ? (navigator.clipboard as Clipboard | undefined) : undefined;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return 'clipboard';
    } catch {
      // Refused (no permission in this webview): try the copy event.
    }
  }
  if (typeof doc.execCommand !== 'function') return null;
  let written = false;
  const onCopy = (e: Event) => {
    const data = (e as ClipboardEvent).clipboardData;
    if (!data) return;
    data.setData('text/plain', text);
    e.preventDefault();
    written = true;
  };
  doc.addEventListener('copy', onCopy);
  try {
    return doc.execCommand('copy') && written ? 'event' : null;
  } catch {
    return null;
  } finally {
    doc.removeEventListener('copy', onCopy);
  }
}
