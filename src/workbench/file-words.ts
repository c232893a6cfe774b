/** The workbench's words about the files it opens and saves, in either language. */
import type { Lang } from '../i18n/lang';
import { formatNumber } from '../taskpane/format';
import { t, type StringKey } from '../taskpane/i18n';
import { WorkbookFileError, type OpenFailure } from './xlsx-open';

/** 10485760 → "10 MB", 1572864 → "1,5 MB" (vi) / "1.5 MB" (en), 2048 → "2 KB". */
export function formatBytes(bytes: number, lang: Lang): string {
  const MB = 1024 * 1024;
  if (bytes >= MB) return `${formatNumber(bytes / MB, lang, { decimals: bytes < 10 * MB && bytes % MB !== 0 ? 1 : 0, grouping: true })} MB`;
  if (bytes >= 1024) return `${formatNumber(bytes / 1024, lang, { decimals: 0, grouping: true })} KB`;
  return `${bytes} B`;
}

const REASONS: Record<OpenFailure, StringKey> = {
  'too-large': 'wbErrTooLarge',
  'too-large-xml': 'wbErrTooLargeXml',
  'too-many-cells': 'wbErrTooManyCells',
  empty: 'wbErrEmpty',
  xls: 'wbErrXls',
  encrypted: 'wbErrEncrypted',
  'not-xlsx': 'wbErrNotXlsx',
  'no-sheets': 'wbErrNoSheets',
  unreadable: 'wbErrUnreadable',
};

/** Why a file was not opened, as the message says it (its title names the file). */
export function openFailureWords(err: unknown, file: string, lang: Lang): { title: string; reason: string } {
  const title = t(lang, 'wbOpenFailed', { file });
  if (!(err instanceof WorkbookFileError)) {
    return { title, reason: t(lang, 'wbErrUnreadable', { detail: err instanceof Error ? err.message : String(err) }) };
  }
  const p = err.params;
  const params: Record<string, string> = {};
  if (typeof p.size === 'number') params.size = formatBytes(p.size, lang);
  if (typeof p.limit === 'number')
    params.limit = err.reason === 'too-many-cells' ? formatNumber(p.limit, lang, { decimals: 0, grouping: true }) : formatBytes(p.limit, lang);
  if (p.detail !== undefined) params.detail = String(p.detail);
  return { title, reason: t(lang, REASONS[err.reason], params) };
}
