/**
 * Entry of taskpane.html inside Excel. Waits for office.js, then shows the
 * pane on top of the real `Excel` namespace. Without office.js (the page
 * opened in a plain browser, or the script blocked) it says so in both
 * languages instead of leaving a blank page; in an Excel without the
 * minimum requirement set (ExcelApi 1.7) it names what is missing and what
 * to do (HostSupport.tsx).
 */
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { createExcelActions, type ExcelRunner } from '../app/actions';
import { App } from './App';
import { bootScreen, requirementChecker, UnsupportedHostNotice, useNoticeStyles, type OfficeLike } from './HostSupport';
import { t, type StringKey } from './i18n';
import type { OfficeInfoSource } from '../contract/office';
import { setPseudoLocale, wantsPseudoLocale } from './pseudo';
import { FLUENT_THEMES, isDarkOfficeTheme, usePaneTheme, type OfficeThemeLike } from './theme';

export type { OfficeLike } from './HostSupport';
export { bootScreen, UnsupportedHostNotice } from './HostSupport';

export interface BootEnv {
  /** The global `Office`, or undefined when office.js did not load. */
  office?: OfficeLike;
  /** The global `Excel` namespace (defaults to the global when present). */
  excel?: ExcelRunner;
}

interface NoticeProps {
  intent: 'warning' | 'error' | 'info';
  /** Shown in Vietnamese first, then in English. */
  message: StringKey;
  detail?: string;
  /** Office's theme, once office.js told it. */
  officeTheme?: OfficeThemeLike;
}

/** A note in both languages, Vietnamese first. */
export function Notice({ intent, message, detail, officeTheme }: NoticeProps) {
  const s = useNoticeStyles();
  const { theme } = usePaneTheme(officeTheme);
  return (
    <FluentProvider theme={theme} lang="vi">
      <div className={s.root} role="status">
        <MessageBar intent={intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('vi', 'appName')}</MessageBarTitle>
            <span className={s.line} lang="vi">
              {t('vi', message)}
            </span>
            <span className={s.line} lang="en">
              {t('en', message)}
            </span>
            {detail && <span className={s.line}>{detail}</span>}
          </MessageBarBody>
        </MessageBar>
      </div>
    </FluentProvider>
  );
}

/** Office.context.officeTheme, or undefined where office.js has none (Outlook, a plain browser). */
function officeThemeOf(office: OfficeLike): OfficeThemeLike | undefined {
  try {
    return office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The page under the pane in Office's dark theme: dark too, and dark
 * scroll bars and form controls (color-scheme), where the pane is shorter
 * than the task pane's window. Forced colours repaint it themselves.
 */
function paintPage(officeTheme: OfficeThemeLike | undefined): void {
  if (typeof document === 'undefined' || !isDarkOfficeTheme(officeTheme)) return;
  document.documentElement.style.colorScheme = 'dark';
  document.body.style.backgroundColor = FLUENT_THEMES.dark.colorNeutralBackground1;
}

function globalEnv(): BootEnv {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  return {
    office: g.Office as OfficeLike | undefined,
    excel: g.Excel as ExcelRunner | undefined,
  };
}

/**
 * Render the pane (or the right note) into `container`. Returns the React
 * root so a caller can unmount it.
 */
export function boot(container: Element, env: BootEnv = globalEnv()): Root {
  const root = createRoot(container);
  const office = env.office;
  if (!office || bootScreen(office).kind === 'no-office') {
    root.render(<Notice intent="warning" message="noOfficeJs" />);
    return root;
  }
  office.onReady((info) => {
    const screen = bootScreen(office, info);
    // Office's theme (dark or not) is known once it is ready.
    const officeTheme = officeThemeOf(office);
    paintPage(officeTheme);
    if (screen.kind === 'not-excel' || screen.kind === 'no-office') {
      root.render(<Notice intent="info" message="notExcel" officeTheme={officeTheme} />);
      return;
    }
    if (screen.kind === 'unsupported') {
      // An Excel older than the manifest's minimum: say what it lacks, never a half-working pane.
      root.render(<UnsupportedHostNotice missing={screen.missing} officeTheme={officeTheme} />);
      return;
    }
    const excel = env.excel ?? globalEnv().excel;
    try {
      if (!excel) throw new Error('Excel namespace missing');
      // Sets above the minimum are asked for where they are used (createExcelActions).
      const actions = createExcelActions(excel, { isSetSupported: requirementChecker(office) });
      // "Chẩn đoán" runs the contract suite on the same Excel, and reads what office.js tells of it.
      root.render(<App actions={actions} diagnostics={{ excel, office: office as OfficeInfoSource }} officeTheme={officeTheme} />);
    } catch (err) {
      root.render(<Notice intent="error" message="errorGeneric" detail={err instanceof Error ? err.message : String(err)} officeTheme={officeTheme} />);
    }
  });
  return root;
}

if (typeof document !== 'undefined') {
  // `?lang=pseudo`: every string pseudo-localised (layout tests; see pseudo.ts).
  if (typeof location !== 'undefined' && wantsPseudoLocale(location.search)) setPseudoLocale(true);
  const container = document.getElementById('root');
  if (container) boot(container);
}
