/**
 * "Xuất danh sách vấn đề": the issue list of the check, to send to a
 * reviewer, as a new sheet (each cell a link to the cell at issue; one step
 * of the undo list) or as a .csv download. A menu button (Fluent's Menu:
 * arrows, Enter and Esc work), then a line saying where the list went,
 * with a button that shows the new sheet (the pane does not switch to it
 * by itself: its report stays the checked sheet's).
 * Both take their rows from the session's issueTable, in the pane's language.
 */
import * as React from 'react';
import { Button, Caption1, Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles, tokens } from '@fluentui/react-components';
import { UserFacingError, type ExportIssuesResult } from '../app/types';
import { issueCsv, issueCsvName, type IssueTable } from '../i18n/issue-table';
import type { Lang } from '../i18n/lang';
import { saveFile } from './appendix';
import { errorDetail } from './ErrorBar';
import { t } from './i18n';

export const CSV_MIME = 'text/csv;charset=utf-8';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: '4px',
    minWidth: 0,
  },
  button: {
    maxWidth: '100%',
    minWidth: 0,
    height: 'auto',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    textAlign: 'left',
  },
  status: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: '2px',
    minWidth: 0,
  },
  notice: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

export interface ExportIssuesProps {
  lang: Lang;
  /** Something runs: the menu waits. */
  busy: boolean;
  /** The rows to export, in a language (null: nothing to export). */
  table(lang: Lang): IssueTable | null;
  /** "Ra trang tính mới". */
  onExportSheet(): void;
  /** Where the last export to a sheet went. */
  exported: ExportIssuesResult | null;
  /** Show that sheet (its first cell selected). */
  onOpen(sheet: string): void;
  /** A download that failed. */
  onError(err: unknown): void;
}

export function ExportIssues({ lang, busy, table, onExportSheet, exported, onOpen, onError }: ExportIssuesProps) {
  const s = useStyles();
  const [saved, setSaved] = React.useState<{ file: string; n: number } | null>(null);

  const downloadCsv = () => {
    const rows = table(lang);
    if (!rows) return;
    const file = issueCsvName(rows);
    try {
      saveFile(issueCsv(rows), file, CSV_MIME);
    } catch (err) {
      setSaved(null);
      onError(new UserFacingError('download-csv-failed', { detail: errorDetail(err) }, err));
      return;
    }
    setSaved({ file, n: rows.rows.length });
  };

  const toSheet = () => {
    setSaved(null);
    onExportSheet();
  };

  return (
    <div className={s.root} data-export="">
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton className={s.button} size="small" appearance="outline" disabled={busy} title={t(lang, 'exportHint')}>
            {t(lang, 'exportIssues')}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem onClick={toSheet}>{t(lang, 'exportToSheet')}</MenuItem>
            <MenuItem onClick={downloadCsv}>{t(lang, 'exportToCsv')}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <div role="status" className={s.status}>
        {exported && (
          <Caption1 className={s.notice}>{t(lang, 'exportedSheet', { n: exported.rows, sheet: exported.sheet, address: exported.address })}</Caption1>
        )}
        {saved && <Caption1 className={s.notice}>{t(lang, 'exportedCsv', { file: saved.file, n: saved.n })}</Caption1>}
      </div>
      {exported && (
        <Button className={s.button} size="small" appearance="subtle" onClick={() => onOpen(exported.sheet)}>
          {t(lang, 'exportOpen', { sheet: exported.sheet })}
        </Button>
      )}
    </div>
  );
}
