/**
 * What the task pane shows when it starts, decided from office.js alone:
 * the pane, or a note — no office.js, not Excel, or an Excel too old for the
 * add-in (it lacks the manifest's minimum requirement set, ExcelApi 1.7).
 * Sets above the minimum are not decided here: createExcelActions asks
 * `isSetSupported` for each where it would use it, and does without.
 */
import * as React from 'react';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import { missingRequirement } from '../host/excel/requirements';
import { t } from './i18n';
import { usePaneTheme, type OfficeThemeLike } from './theme';

/** The part of office.js the entry uses. */
export interface OfficeLike {
  onReady(callback?: (info: { host: unknown; platform?: unknown }) => unknown): unknown;
  HostType?: { Excel: unknown };
  context?: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    /** Office's theme: the pane is dark when it is (theme.ts). */
    officeTheme?: OfficeThemeLike;
  };
}

export type BootScreen =
  | { kind: 'no-office' }
  | { kind: 'not-excel' }
  /** `missing` names the requirement set, e.g. "ExcelApi 1.7". */
  | { kind: 'unsupported'; missing: string }
  | { kind: 'pane' };

export function isExcelHost(office: OfficeLike, host: unknown): boolean {
  const excel = office.HostType?.Excel ?? 'Excel';
  return host === excel || host === 'Excel';
}

/** Office.context.requirements.isSetSupported, or "not supported" when office.js has no context. */
export function requirementChecker(office: OfficeLike): (set: string, version: string) => boolean {
  return (set, version) => office.context?.requirements.isSetSupported(set, version) ?? false;
}

/**
 * Which screen to show. `info` is what Office.onReady reported; undefined
 * before it did (only "no office.js" can be told then).
 */
export function bootScreen(office: OfficeLike | undefined, info?: { host: unknown } | null): BootScreen {
  if (!office || typeof office.onReady !== 'function') return { kind: 'no-office' };
  if (!isExcelHost(office, info?.host)) return { kind: 'not-excel' };
  const missing = missingRequirement(requirementChecker(office));
  return missing ? { kind: 'unsupported', missing } : { kind: 'pane' };
}

/** The layout of the boot screen's notices (this one and index.tsx's). */
export const useNoticeStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    rowGap: '8px',
  },
  line: {
    display: 'block',
    overflowWrap: 'anywhere',
  },
  gap: {
    display: 'block',
    marginTop: '8px',
    overflowWrap: 'anywhere',
  },
});

/** "This Excel lacks ExcelApi 1.7": what is missing and what to do, Vietnamese then English. */
export function UnsupportedHostNotice({ missing, officeTheme }: { missing: string; officeTheme?: OfficeThemeLike }) {
  const s = useNoticeStyles();
  const { theme } = usePaneTheme(officeTheme);
  return (
    <FluentProvider theme={theme} lang="vi">
      <div className={s.root} role="alert" data-missing={missing}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{`${t('vi', 'appName')}: ${t('vi', 'unsupportedTitle')}`}</MessageBarTitle>
            <span className={s.line} lang="vi">
              {t('vi', 'unsupportedHost', { set: missing })}
            </span>
            <span className={s.line} lang="vi">
              {t('vi', 'unsupportedWhatToDo')}
            </span>
            <span className={s.gap} lang="en">
              <strong>{t('en', 'unsupportedTitle')}</strong>
            </span>
            <span className={s.line} lang="en">
              {t('en', 'unsupportedHost', { set: missing })}
            </span>
            <span className={s.line} lang="en">
              {t('en', 'unsupportedWhatToDo')}
            </span>
          </MessageBarBody>
        </MessageBar>
      </div>
    </FluentProvider>
  );
}
