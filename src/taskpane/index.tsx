/**
 * Entry of taskpane.html inside Excel. Waits for office.js, then shows the
 * pane on top of the real `Excel` namespace. Without office.js (the page
 * opened in a plain browser, or the script blocked) it says so in both
 * languages instead of leaving a blank page.
 */
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  webLightTheme,
} from '@fluentui/react-components';
import { createExcelActions, type ExcelRunner } from '../app/actions';
import { App } from './App';
import { t, type StringKey } from './i18n';

/** The part of office.js the entry uses. */
export interface OfficeLike {
  onReady(callback?: (info: { host: unknown; platform?: unknown }) => unknown): unknown;
  HostType?: { Excel: unknown };
  context?: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export interface BootEnv {
  /** The global `Office`, or undefined when office.js did not load. */
  office?: OfficeLike;
  /** The global `Excel` namespace (defaults to the global when present). */
  excel?: ExcelRunner;
}

const useNoticeStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    rowGap: '8px',
  },
  line: {
    display: 'block',
  },
});

interface NoticeProps {
  intent: 'warning' | 'error' | 'info';
  /** Shown in Vietnamese first, then in English. */
  message: StringKey;
  detail?: string;
}

/** A note in both languages, Vietnamese first. */
export function Notice({ intent, message, detail }: NoticeProps) {
  const s = useNoticeStyles();
  return (
    <FluentProvider theme={webLightTheme} lang="vi">
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

function globalEnv(): BootEnv {
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  return {
    office: g.Office as OfficeLike | undefined,
    excel: g.Excel as ExcelRunner | undefined,
  };
}

function isExcelHost(office: OfficeLike, host: unknown): boolean {
  const excel = office.HostType?.Excel ?? 'Excel';
  return host === excel || host === 'Excel';
}

/**
 * Render the pane (or the right note) into `container`. Returns the React
 * root so a caller can unmount it.
 */
export function boot(container: Element, env: BootEnv = globalEnv()): Root {
  const root = createRoot(container);
  const office = env.office;
  if (!office || typeof office.onReady !== 'function') {
    root.render(<Notice intent="warning" message="noOfficeJs" />);
    return root;
  }
  office.onReady((info) => {
    if (!isExcelHost(office, info?.host)) {
      root.render(<Notice intent="info" message="notExcel" />);
      return;
    }
    const excel = env.excel ?? globalEnv().excel;
    try {
      if (!excel) throw new Error('Excel namespace missing');
      const actions = createExcelActions(excel, {
        isSetSupported: (set, version) =>
          office.context?.requirements.isSetSupported(set, version) ?? false,
      });
      root.render(<App actions={actions} />);
    } catch (err) {
      root.render(
        <Notice
          intent="error"
          message="errorGeneric"
          detail={err instanceof Error ? err.message : String(err)}
        />,
      );
    }
  });
  return root;
}

if (typeof document !== 'undefined') {
  const container = document.getElementById('root');
  if (container) boot(container);
}
