/**
 * "Kiểm tra đoạn văn": the planner pastes the prose of a report (the part
 * around the tables) and the pane checks its arithmetic as `chitieu prose`
 * does (engine/prose): totals against their parts, percentages against
 * their figures, "bằng" and "tăng" for one pair. Each issue shows its
 * message and the words it is about, marked in their sentence. Nothing is
 * written to the workbook; the text stays in the pane. After a check, the
 * text's figures may also be held against the checked sheet's tables
 * (same indicator, same year), from that check's read.
 * Loaded on demand (its own chunk).
 */
import * as React from 'react';
import { Button, Caption1, Checkbox, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { factsOfRead } from '../app/prose';
import type { SheetRead } from '../app/types';
import { checkProse, type ProseReport } from '../engine/prose';
import type { Lang } from '../i18n/lang';
import { render } from '../i18n/messages';
import { t } from './i18n';
import { panelBox } from './styles';

const useStyles = makeStyles({
  box: panelBox,
  list: { display: 'flex', flexDirection: 'column', rowGap: '8px', margin: 0, padding: 0, listStyleType: 'none' },
  item: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0, overflowWrap: 'anywhere' },
  excerpt: { color: tokens.colorNeutralForeground2, fontStyle: 'italic' },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontStyle: 'normal' },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: '8px', rowGap: '4px' },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Characters of context shown on each side of an issue's words. */
const CONTEXT = 60;

/** The words of an issue in their context: before, the words, after (cut at a line or CONTEXT characters, with "…"). */
export function excerpt(text: string, [start, end]: [number, number]): [string, string, string] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const from = Math.max(lineStart, start - CONTEXT);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, end + CONTEXT);
  return [
    (from > lineStart ? '…' : '') + text.slice(from, start),
    text.slice(start, end),
    text.slice(end, to) + (to < (lineEnd < 0 ? text.length : lineEnd) ? '…' : ''),
  ];
}

export interface ProseViewProps {
  lang: Lang;
  /** The last check's read of a sheet: the text's figures may be checked against its tables. */
  against?: SheetRead;
  /** "Lấy từ vùng chọn": the text of the selected cells (null: they show none). */
  fromSelection?(): Promise<{ address: string; text: string } | null>;
  onError?(err: unknown): void;
  onClose(): void;
}

export function ProseView({ lang, against, fromSelection, onError, onClose }: ProseViewProps): React.ReactElement {
  const s = useStyles();
  const [text, setText] = React.useState('');
  const [useSheet, setUseSheet] = React.useState(true);
  const [taken, setTaken] = React.useState<{ address: string } | 'none' | null>(null);
  const take = async () => {
    try {
      const got = await fromSelection!();
      setTaken(got ? { address: got.address } : 'none');
      if (got) setText(got.text);
    } catch (e) {
      onError?.(e);
    }
  };
  const [checked, setChecked] = React.useState<{ text: string; report: ProseReport } | null>(null);
  const run = () => setChecked({ text, report: checkProse(text, against && useSheet ? factsOfRead(against) : []) });
  const report = checked?.report;
  const errors = report ? report.issues.filter((i) => i.severity === 'error').length : 0;
  return (
    <section className={s.box} aria-label={t(lang, 'proseTitle')}>
      <Field label={t(lang, 'proseLabel')} hint={t(lang, 'proseHint')}>
        <Textarea value={text} resize="vertical" rows={6} onChange={(_, d) => setText(d.value)} />
      </Field>
      {against && (
        <Checkbox checked={useSheet} onChange={(_, d) => setUseSheet(d.checked === true)} label={t(lang, 'proseAgainst', { sheet: against.grid.name })} />
      )}
      <div className={s.buttons}>
        <Button size="small" appearance="primary" disabled={!text.trim()} onClick={run}>
          {t(lang, 'proseRun')}
        </Button>
        {fromSelection && (
          <Button size="small" onClick={() => void take()}>
            {t(lang, 'proseFromSelection')}
          </Button>
        )}
        <Button size="small" onClick={onClose}>
          {t(lang, 'proseClose')}
        </Button>
      </div>
      {taken && (
        <Caption1 className={s.note}>{taken === 'none' ? t(lang, 'proseSelectionEmpty') : t(lang, 'proseFromCells', { address: taken.address })}</Caption1>
      )}
      <div role="status">
        {report && (
          <Caption1 className={s.note}>
            {report.checked.length === 0
              ? t(lang, 'proseNothingToCheck', { sentences: report.sentences })
              : errors === 0
                ? t(lang, 'proseAllRight', { sentences: report.sentences, checked: report.checked.length })
                : t(lang, 'proseFound', { sentences: report.sentences, checked: report.checked.length, n: report.issues.length })}
          </Caption1>
        )}
      </div>
      {checked && report && report.issues.length > 0 && (
        <ul className={s.list}>
          {report.issues.map((issue) => {
            const [before, words, after] = excerpt(checked.text, issue.range);
            return (
              <li key={`${issue.code}-${issue.range[0]}-${issue.range[1]}`} className={s.item}>
                <span>{render(issue.template, issue.params, lang)}</span>
                <span className={s.excerpt} lang="vi">
                  {before}
                  <mark className={s.mark}>{words}</mark>
                  {after}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
