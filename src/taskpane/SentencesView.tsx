/**
 * "Viết câu báo cáo": the sentences a planner writes around an indicator
 * sheet, one per indicator (engine/statements.ts, worded by
 * i18n/statements.ts), from the sheet as it is now, so they cannot drift
 * from it. Read only. Each sentence names its indicator's cell (a button
 * selects it); "Sao chép cho Word" puts them on the clipboard as paragraphs
 * in the report's style (Times New Roman 14 pt, justified, first line
 * indented) and as plain text.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ExportIssuesResult, StatementsResult } from '../app/types';
import type { SentencesTable } from '../app/sentences-sheet';
import { escapeHtml } from '../engine/appendix/html';
import type { Lang } from '../i18n/lang';
import { sentence } from '../i18n/statements';
import { CopyError, copyRich } from './appendix';
import { t } from './i18n';
import { cellBadge, panelBox } from './styles';

const useStyles = makeStyles({
  box: panelBox,
  list: { display: 'flex', flexDirection: 'column', rowGap: '6px', margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', columnGap: '6px', alignItems: 'flex-start', minWidth: 0 },
  cell: { ...cellBadge, minWidth: '32px', height: 'auto', padding: '1px 4px' },
  text: { overflowWrap: 'anywhere', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '4px' },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The sentences as paragraphs Word takes in the report's style. */
export function sentencesHtml(texts: string[]): string {
  const p = texts.map(
    (s) =>
      `<p style="font-family:'Times New Roman',serif;font-size:14pt;text-align:justify;text-indent:1cm;margin:0 0 6pt 0;line-height:115%">${escapeHtml(s)}</p>`
  );
  return `<div>${p.join('')}</div>`;
}

export interface SentencesViewProps {
  lang: Lang;
  busy: boolean;
  /** The sentences' figures of the active sheet (the session's statements). */
  load(): Promise<StatementsResult>;
  /** Write them to a new sheet; where they went (null: not written, the pane shows why). */
  insert(table: SentencesTable): Promise<ExportIssuesResult | null>;
  /** Show a sheet (its first cell selected). */
  onOpen(sheet: string): void;
  onSelect(cell: string): void;
  onError(err: unknown): void;
}

export function SentencesView({ lang, busy, load, insert, onOpen, onSelect, onError }: SentencesViewProps): React.ReactElement {
  const s = useStyles();
  const [result, setResult] = React.useState<StatementsResult | null>(null);
  const [copied, setCopied] = React.useState<'done' | 'refused' | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [inserted, setInserted] = React.useState<ExportIssuesResult | null>(null);
  const write = async () => {
    setLoading(true);
    setCopied(null);
    setInserted(null);
    try {
      setResult(await load());
    } catch (e) {
      onError(e);
    } finally {
      setLoading(false);
    }
  };
  if (!result)
    return (
      <div>
        <Button size="small" disabled={busy || loading} onClick={() => void write()}>
          {t(lang, 'writeSentences')}
        </Button>
      </div>
    );
  const texts = result.statements.map((st) => sentence(st, lang));
  const copy = async () => {
    try {
      await copyRich(sentencesHtml(texts), texts.join('\n'));
      setCopied('done');
    } catch (e) {
      // The clipboard refused both ways: said here, where the button is.
      if (e instanceof CopyError) setCopied('refused');
      else onError(e);
    }
  };
  return (
    <section className={s.box} aria-label={t(lang, 'sentencesTitle')}>
      <Caption1>{t(lang, 'sentencesTitle')}</Caption1>
      {texts.length === 0 ? (
        <Caption1 className={s.note}>{t(lang, 'sentencesNone')}</Caption1>
      ) : (
        <ul className={s.list}>
          {result.statements.map((st, i) => (
            <li key={st.cell} className={s.item}>
              <Button
                className={s.cell}
                size="small"
                appearance="subtle"
                aria-label={t(lang, 'sentencesCell', { cell: st.cell })}
                onClick={() => onSelect(st.cell)}
              >
                {st.cell}
              </Button>
              <span className={s.text} lang={lang === 'vi' ? 'vi' : 'en'}>
                {texts[i]}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className={s.buttons}>
        {texts.length > 0 && (
          <Button size="small" appearance="primary" onClick={() => void copy()}>
            {t(lang, 'sentencesCopy')}
          </Button>
        )}
        {texts.length > 0 && (
          <Button
            size="small"
            disabled={busy}
            onClick={() =>
              void insert({
                sheet: result.sheet,
                sheetName: t(lang, 'sentencesSheet'),
                title: t(lang, 'sentencesSheetTitle', { sheet: result.sheet }),
                header: [t(lang, 'sentencesHeadText'), t(lang, 'sentencesHeadCell')],
                rows: result.statements.map((st, i) => ({ cell: st.cell, text: texts[i] })),
              }).then((r) => setInserted(r))
            }
          >
            {t(lang, 'sentencesInsert')}
          </Button>
        )}
        <Button size="small" disabled={busy || loading} onClick={() => void write()}>
          {t(lang, 'sentencesAgain')}
        </Button>
        <Button size="small" onClick={() => setResult(null)}>
          {t(lang, 'sentencesClose')}
        </Button>
      </div>
      {inserted && (
        <div className={s.buttons}>
          <Caption1 className={s.note}>{t(lang, 'sentencesInserted', { sheet: inserted.sheet, address: inserted.address })}</Caption1>
          <Button size="small" appearance="subtle" onClick={() => onOpen(inserted.sheet)}>
            {t(lang, 'sentencesOpen')}
          </Button>
        </div>
      )}
      <div role="status">
        {copied && (
          <Caption1 className={s.note}>{copied === 'done' ? t(lang, 'sentencesCopied', { n: texts.length }) : t(lang, 'sentencesCopyFailed')}</Caption1>
        )}
      </div>
    </section>
  );
}
