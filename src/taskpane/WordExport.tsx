/**
 * A recognised table to Word, from the pane: "Sao chép bảng cho Word" puts
 * the table (with its computed columns) on the clipboard as HTML Word
 * pastes in the Decree 30 layout, with a plain-text copy; "Tải về .docx"
 * downloads it as a Word file named after the sheet. The document is made
 * from the check's read of the sheet (app/word.ts), at once on the click:
 * nothing is awaited before the clipboard is written. Laid out for a
 * 320 px pane: the two buttons wrap under each other when they must.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { UserFacingError } from '../app/types';
import { docxNameOf, tableDocHtml, tableDocText, type TableDoc } from '../engine/word';
import type { Lang } from '../i18n/lang';
import { copyRich, DOCX_MIME, saveFile } from './appendix';
import { ErrorBar, errorDetail } from './ErrorBar';
import { t } from './i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    minWidth: 0,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '6px',
    rowGap: '4px',
  },
  button: {
    maxWidth: '100%',
    whiteSpace: 'normal',
    height: 'auto',
  },
  notice: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
});

type Notice = { kind: 'copied' } | { kind: 'copyFailed' } | { kind: 'downloaded'; name: string } | { kind: 'gone' };

export interface WordExportProps {
  lang: Lang;
  /** Another action of the pane runs. */
  disabled: boolean;
  /** The sheet's name (the file is named after it). */
  sheet: string;
  /** Which of the sheet's tables that go to Word this one is (0-based): the file of the second is "…-2.docx". */
  position: number;
  /** The table's document, made from the check's read; null when the read no longer holds it. */
  doc(): TableDoc | null;
}

export function WordExport({ lang, disabled, sheet, position, doc }: WordExportProps) {
  const s = useStyles();
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [error, setError] = React.useState<{ value: unknown } | null>(null);
  const [working, setWorking] = React.useState(false);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const name = docxNameOf(sheet, position);

  const copy = async () => {
    setError(null);
    // Made and written at once: the click's permission to write the clipboard must still hold.
    const d = doc();
    if (!d) return setNotice({ kind: 'gone' });
    try {
      await copyRich(tableDocHtml(d), tableDocText(d));
      if (mounted.current) setNotice({ kind: 'copied' });
    } catch {
      if (mounted.current) setNotice({ kind: 'copyFailed' });
    }
  };

  const download = async () => {
    setError(null);
    setNotice(null);
    const d = doc();
    if (!d) return setNotice({ kind: 'gone' });
    setWorking(true);
    try {
      // Loaded only now, as the appendix's: the Word writer stays out of the pane's first screen.
      const { tableDocx } = await import(/* webpackChunkName: "docx" */ '../export/table-docx');
      saveFile(await tableDocx(d), name, DOCX_MIME);
      if (mounted.current) setNotice({ kind: 'downloaded', name });
    } catch (err) {
      if (mounted.current) setError({ value: new UserFacingError('download-failed', { detail: errorDetail(err) }, err) });
    } finally {
      if (mounted.current) setWorking(false);
    }
  };

  const said =
    notice?.kind === 'copied'
      ? t(lang, 'wordCopied')
      : notice?.kind === 'copyFailed'
        ? t(lang, 'wordCopyFailed')
        : notice?.kind === 'downloaded'
          ? t(lang, 'wordDownloaded', { name: notice.name })
          : notice?.kind === 'gone'
            ? t(lang, 'wordGone')
            : '';
  return (
    <div className={s.root} data-word-export="">
      <div className={s.buttons}>
        <Button className={s.button} size="small" title={t(lang, 'wordCopyHint')} disabled={disabled || working} onClick={() => void copy()}>
          {t(lang, 'wordCopy')}
        </Button>
        <Button className={s.button} size="small" title={t(lang, 'wordDocxHint', { name })} disabled={disabled || working} onClick={() => void download()}>
          {t(lang, 'wordDocx')}
        </Button>
      </div>
      <div role="status">{said && <Caption1 className={s.notice}>{said}</Caption1>}</div>
      {error && <ErrorBar error={error.value} lang={lang} />}
    </div>
  );
}
