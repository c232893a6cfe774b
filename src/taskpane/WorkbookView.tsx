/**
 * "Kiểm tra cả sổ": every sheet of the workbook with what it is (its kind,
 * or no standard table) and its errors, warnings and notes; under each, its
 * errors and warnings first, a few of them, each a button that makes that
 * sheet the active one at the cell and checks it (the pane then shows the
 * sheet's whole report, with its fixes and choices).
 */
import * as React from 'react';
import { Body1, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookCheck } from '../app/types';
import { countBySeverity, type Issue } from '../engine/report';
import { KIND_NAMES } from '../i18n/kinds';
import type { Lang } from '../i18n/lang';
import { SEVERITY_WORDS } from '../i18n/issue-table';
import { wordIssue } from '../i18n/report';
import { maybePseudo } from './pseudo';
import { t } from './i18n';
import { cellBadge } from './styles';

/** Issues listed under a sheet; the rest are counted. */
export const WORKBOOK_ISSUES_PER_SHEET = 5;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: '8px', minWidth: 0 },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    padding: '6px 8px',
    minWidth: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  name: { overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  issue: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: '6px',
    width: '100%',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: '4px',
    paddingRight: '4px',
  },
  // The cell's name on one line, beside the message that wraps.
  cell: { ...cellBadge, flexShrink: 0, whiteSpace: 'nowrap', overflowWrap: 'normal' },
  message: { minWidth: 0, overflowWrap: 'anywhere' },
  open: { alignSelf: 'flex-start' },
});

const RANK = { error: 0, warning: 1, info: 2 } as const;

export interface WorkbookViewProps {
  check: WorkbookCheck;
  lang: Lang;
  busy: boolean;
  /** Make the sheet the active one at the cell, and check it. */
  onOpen(sheet: string, cell: string): void;
}

export function WorkbookView({ check, lang, busy, onOpen }: WorkbookViewProps) {
  const s = useStyles();
  const title = t(lang, 'bookTitle', { n: check.sheets.length });
  return (
    <section className={s.root} aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {check.sheets.map(({ name, report }) => {
        const counts = countBySeverity(report.issues);
        const shown: Issue[] = [...report.issues]
          .filter((i) => i.severity !== 'info')
          .sort((a, b) => RANK[a.severity] - RANK[b.severity])
          .slice(0, WORKBOOK_ISSUES_PER_SHEET);
        const more = counts.error + counts.warning - shown.length;
        return (
          <section key={name} className={s.sheet} aria-label={name} data-sheet={name}>
            <Text as="h3" weight="semibold" className={s.name}>
              {maybePseudo(name)}
            </Text>
            <Caption1 className={s.muted}>
              {report.kind ? maybePseudo(KIND_NAMES[report.kind][lang]) : t(lang, 'bookNoTable')}
              {report.kind && ` · ${t(lang, 'bookCounts', counts)}`}
            </Caption1>
            {shown.length > 0 && (
              <ul className={s.list}>
                {shown.map((issue, k) => (
                  <li key={`${issue.cell}-${k}`}>
                    <Button
                      className={s.issue}
                      appearance="subtle"
                      size="small"
                      disabled={busy}
                      data-severity={issue.severity}
                      title={t(lang, 'bookOpenHint', { sheet: name, cell: issue.cell })}
                      onClick={() => onOpen(name, issue.cell)}
                    >
                      <span className={s.cell}>{issue.cell}</span>
                      <span className={s.message}>
                        {SEVERITY_WORDS[issue.severity][lang]}: {maybePseudo(wordIssue(issue, lang).message)}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            )}
            {more > 0 && <Body1 className={s.muted}>{t(lang, 'bookMore', { n: more })}</Body1>}
            {report.kind && (
              <Button className={s.open} size="small" disabled={busy} onClick={() => onOpen(name, shown[0]?.cell ?? 'A1')}>
                {t(lang, 'bookOpen')}
              </Button>
            )}
          </section>
        );
      })}
    </section>
  );
}
