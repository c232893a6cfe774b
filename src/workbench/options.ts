/**
 * The workbench page's query string, for trying the pane in other
 * conditions (and for test/e2e):
 *
 *   ?lang=en        the pane starts in English (vi by default)
 *   ?lang=pseudo    every UI string pseudo-localised (src/taskpane/pseudo.ts)
 *   ?pane=360       the pane this many px wide (240–800; 320 by default)
 *   ?excelApi=1.6   act as an Excel whose highest ExcelApi set is 1.6
 *                   (default: every set supported)
 *   ?theme=dark     act as an Office in its Black theme (Office.context.officeTheme):
 *                   the pane turns dark (default: Office's light theme). The
 *                   system's high contrast is the browser's own forced colours.
 */
import type { Lang } from '../i18n/lang';
import type { OfficeThemeLike } from '../taskpane/theme';

export const DEFAULT_PANE_WIDTH = 320;

export interface WorkbenchOptions {
  lang: Lang;
  pseudo: boolean;
  paneWidth: number;
  /** The highest ExcelApi version the simulated host has; null: all of them. */
  excelApi: string | null;
  /** Office's theme the simulated host tells the pane; null: none (a light pane). */
  officeTheme: OfficeThemeLike | null;
}

/** What Office.context.officeTheme holds in the Black theme (a dark body, light text). */
export const OFFICE_DARK_THEME: OfficeThemeLike = {
  bodyBackgroundColor: '#262626',
  bodyForegroundColor: '#FFFFFF',
  controlBackgroundColor: '#404040',
  controlForegroundColor: '#FFFFFF',
};

function versionParts(v: string): number[] {
  return v.split('.').map((p) => Number(p));
}

/** -1, 0 or 1 as version `a` is below, equal to or above `b` ("1.10" > "1.9"). */
export function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export function parseWorkbenchOptions(search: string): WorkbenchOptions {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const pane = Number(q.get('pane'));
  const api = q.get('excelApi');
  return {
    lang: lang === 'en' ? 'en' : 'vi',
    pseudo: lang === 'pseudo',
    paneWidth: Number.isInteger(pane) && pane >= 240 && pane <= 800 ? pane : DEFAULT_PANE_WIDTH,
    excelApi: api !== null && /^\d+(\.\d+)*$/.test(api) ? api : null,
    officeTheme: q.get('theme') === 'dark' ? OFFICE_DARK_THEME : null,
  };
}

/** isSetSupported of the simulated host: every set when `excelApi` is null, else ExcelApi up to it and nothing else. */
export function simulatedIsSetSupported(excelApi: string | null): (set: string, version: string) => boolean {
  if (excelApi === null) return () => true;
  return (set, version) => set === 'ExcelApi' && compareVersions(version, excelApi) <= 0;
}
