/**
 * The compute panel that "Tính toán" opens: the empty cells of the sheet's
 * own "So sánh (%)" columns to fill (first, when there are some), then the
 * metrics the sheet's tables allow as new columns, as checkboxes (grouped by table, each tagged as a ratio "bằng %",
 * a growth "tăng %", places or months), the date for a task list's share of
 * time elapsed, and a preview of the cells that will be written. Nothing
 * is written until "Ghi vào trang tính"; "Hủy" closes it untouched.
 */
import * as React from 'react';
import { Body1, Button, Caption1, Checkbox, Field, Input, Spinner, Subtitle2, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ComputeChoice, MetricOption, PreviewResult } from '../app/types';
import { METRICS, type Computed, type Metric } from '../engine/report';
import { KIND_NAMES } from '../i18n/kinds';
import type { Lang } from '../i18n/lang';
import { ErrorBar } from './ErrorBar';
import { dayMonthYear, formatMetricValue, isIsoDate, isoDate, parseDayMonthYear } from './format';
import { metricKey, metricTagKeys, metricUnit, t, type MetricUnit } from './i18n';
import { cellBadge, panelBox } from './styles';
import { maybePseudo } from './pseudo';

/** How long the panel waits after the last change of the choice before it previews again. */
export const PREVIEW_DELAY_MS = 300;

/** At most this many cells are listed in the preview. */
export const PREVIEW_LIMIT = 50;

export interface ComputePanelProps {
  /** What compute would write for a choice (the session's preview: it reads an unchanged sheet once). */
  preview(choice?: ComputeChoice): Promise<PreviewResult>;
  lang: Lang;
  /** Another action is running: writing waits for it. */
  busy: boolean;
  /** Write the chosen columns. */
  onWrite(choice: ComputeChoice): void;
  /** Close the panel without writing. */
  onCancel(): void;
}

const useStyles = makeStyles({
  panel: {
    ...panelBox,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    margin: 0,
    padding: 0,
    border: 'none',
  },
  groupTitle: {
    overflowWrap: 'anywhere',
  },
  checkbox: {
    // the box lines up with the text above it
    marginLeft: '-8px',
    alignItems: 'flex-start',
  },
  optionLabel: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  optionHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: '6px',
  },
  muted: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  tag: {
    display: 'inline-block',
    padding: '0 4px',
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  ratio: {
    color: tokens.colorPaletteBlueForeground2,
    backgroundColor: tokens.colorPaletteBlueBackground2,
    border: `1px solid ${tokens.colorPaletteBlueBorderActive}`,
  },
  growth: {
    color: tokens.colorPaletteGreenForeground2,
    backgroundColor: tokens.colorPaletteGreenBackground2,
    border: `1px solid ${tokens.colorPaletteGreenBorder2}`,
  },
  places: {
    color: tokens.colorPalettePurpleForeground2,
    backgroundColor: tokens.colorPalettePurpleBackground2,
    border: `1px solid ${tokens.colorPalettePurpleBorderActive}`,
  },
  months: {
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground4,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  date: {
    maxWidth: '100%',
  },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    paddingTop: '6px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  previewHead: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: '8px',
    flexWrap: 'wrap',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
  },
  stale: {
    opacity: 0.6,
  },
  row: {
    display: 'grid',
    gridTemplateColumns: '44px minmax(0, 1fr) auto',
    columnGap: '8px',
    alignItems: 'baseline',
  },
  cell: cellBadge,
  rowBody: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  rowMeta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: '4px',
    color: tokens.colorNeutralForeground3,
  },
  number: {
    fontVariantNumeric: 'tabular-nums',
    textAlign: 'right',
    whiteSpace: 'nowrap',
  },
  buttons: {
    display: 'flex',
    columnGap: '8px',
  },
  button: {
    flexGrow: 1,
    minWidth: 0,
  },
});

/** A tag that tells a ratio from a growth (and places, months); none beside a label that says it already ("Thời gian thực hiện (tháng)"). */
export function MetricTag(props: { metric: Metric; lang: Lang; beside?: string }) {
  const { metric, lang, beside } = props;
  const s = useStyles();
  const unit: MetricUnit = metricUnit(metric);
  const keys = metricTagKeys(metric);
  if (beside && saysTag(beside, metric, lang)) return null;
  return (
    <span className={mergeClasses(s.tag, s[unit])} data-unit={unit} title={t(lang, keys.hint)}>
      {t(lang, keys.tag)}
    </span>
  );
}

/** A label that names the tag's unit in brackets: "… (tháng)". */
export function saysTag(label: string, metric: Metric, lang: Lang): boolean {
  return label.toLowerCase().includes(`(${t(lang, metricTagKeys(metric).tag).toLowerCase()})`);
}

/** The sheet has a key-task table (its date decides the elapsed share). */
function hasTaskTable(p: PreviewResult): boolean {
  return p.report.tables.some((tb) => tb.kind === 'task-list') || p.options.some((o) => o.kind === 'task-list');
}

/**
 * The metrics the choice covers. "elapsed" is on offer exactly when a task
 * list offers anything (it needs the same start and end columns as the
 * duration) and a date is given, whether or not the last preview had it.
 */
function offeredMetrics(options: MetricOption[], asOf: string): Metric[] {
  const set = new Set<Metric>(options.map((o) => o.metric));
  set.delete('elapsed');
  if (isIsoDate(asOf) && options.some((o) => o.kind === 'task-list')) set.add('elapsed');
  return METRICS.filter((m) => set.has(m));
}

export function choiceFor(preview: PreviewResult, unchecked: readonly Metric[], asOf: string): ComputeChoice {
  const metrics = offeredMetrics(preview.options, asOf).filter((m) => !unchecked.includes(m));
  const choice: ComputeChoice = { metrics };
  if (hasTaskTable(preview) && isIsoDate(asOf)) choice.asOf = asOf;
  return choice;
}

function PreviewRow(props: { c: Computed; lang: Lang }) {
  const { c, lang } = props;
  const s = useStyles();
  const name = t(lang, metricKey(c.metric));
  const label = c.label ?? name;
  // Each thing said once: the metric's name when the column's label is another, its tag when neither names its unit.
  const showName = label !== name;
  const showTag = !saysTag(label, c.metric, lang) && !(showName && saysTag(name, c.metric, lang));
  return (
    <li className={s.row} data-cell={c.cell} data-metric={c.metric}>
      <span className={s.cell}>{c.cell}</span>
      <span className={s.rowBody}>
        <Body1>{label}</Body1>
        <Caption1 className={s.rowMeta} title={c.formula ?? undefined}>
          {showName ? <span>{name}</span> : null}
          {showName ? ' · ' : null}
          {showTag ? <MetricTag metric={c.metric} lang={lang} /> : null}
          {showTag ? ' · ' : null}
          <span data-kind={c.formula !== null ? 'formula' : 'value'}>{c.formula !== null ? t(lang, 'isFormula') : t(lang, 'isValue')}</span>
        </Caption1>
      </span>
      <Body1 className={s.number}>{c.value === null ? t(lang, 'valueEmpty') : formatMetricValue(c.value, c.metric, lang)}</Body1>
    </li>
  );
}

export function ComputePanel({ preview: previewOf, lang, busy, onWrite, onCancel }: ComputePanelProps) {
  const s = useStyles();
  const [preview, setPreview] = React.useState<PreviewResult | null>(null);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<{ value: unknown } | null>(null);
  const [unchecked, setUnchecked] = React.useState<Metric[]>([]);
  // The date as typed, day/month/year as the column's label writes it ("Đã qua đến 30/6/2023"), not
  // the browser's date box, which shows it in the system's order (6/30/2023 on an English Windows).
  const [asOfText, setAsOfText] = React.useState(() => dayMonthYear(isoDate(new Date())));
  const asOf = parseDayMonthYear(asOfText) ?? '';

  // What the timer and the answers need, always current.
  const latest = React.useRef({ previewOf, preview, unchecked, asOf });
  latest.current = { previewOf, preview, unchecked, asOf };
  const mounted = React.useRef(true);
  /** Only the answer to the last request counts. */
  const requestId = React.useRef(0);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);

  const request = React.useCallback((choice?: ComputeChoice) => {
    const id = ++requestId.current;
    const ask = latest.current.previewOf;
    setLoading(true);
    let pending: Promise<PreviewResult>;
    try {
      pending = choice ? ask(choice) : ask();
    } catch (err) {
      pending = Promise.reject(err);
    }
    pending.then(
      (result) => {
        if (!mounted.current || id !== requestId.current) return;
        setPreview(result);
        setError(null);
        if (!choice && hasTaskTable(result)) {
          // A task list: preview again with the date, which brings the elapsed share.
          const { unchecked: u, asOf: d } = latest.current;
          request(choiceFor(result, u, d));
          return;
        }
        setLoading(false);
      },
      (err: unknown) => {
        if (!mounted.current || id !== requestId.current) return;
        setError({ value: err });
        setLoading(false);
      }
    );
  }, []);

  /** Preview the current choice a moment after the last change. */
  const schedule = React.useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      const { preview: p, unchecked: u, asOf: d } = latest.current;
      if (!p) return;
      const choice = choiceFor(p, u, d);
      if (choice.metrics && choice.metrics.length === 0) {
        // Nothing chosen: nothing to ask; drop any answer still on its way.
        requestId.current++;
        setLoading(false);
        return;
      }
      request(choice);
    }, PREVIEW_DELAY_MS);
  }, [request]);

  React.useEffect(() => {
    mounted.current = true;
    request();
    return () => {
      mounted.current = false;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [request]);

  const toggle = (metric: Metric, on: boolean) => {
    setUnchecked((u) => (on ? u.filter((m) => m !== metric) : u.includes(metric) ? u : [...u, metric]));
    schedule();
  };

  const changeDate = (value: string) => {
    setAsOfText(value);
    schedule();
  };

  const write = () => {
    if (!preview) return;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    onWrite(choiceFor(preview, unchecked, asOf));
  };

  const validDate = isIsoDate(asOf);
  const options = preview ? preview.options.filter((o) => o.metric !== 'elapsed' || validDate) : [];
  const taskTable = preview ? hasTaskTable(preview) : false;
  const choice = preview ? choiceFor(preview, unchecked, asOf) : null;
  const chosen = new Set<Metric>(choice?.metrics ?? []);
  const nothing = preview !== null && preview.options.length === 0;

  const groups = new Map<number, MetricOption[]>();
  for (const o of options) {
    const g = groups.get(o.table);
    if (g) g.push(o);
    else groups.set(o.table, [o]);
  }
  const tableNumbers = Array.from(groups.keys()).sort((a, b) => a - b);
  const counts = new Map<Metric, number>();
  for (const o of options) counts.set(o.metric, (counts.get(o.metric) ?? 0) + 1);
  const linked = Array.from(counts.values()).some((n) => n > 1);

  const rows = preview ? preview.report.computed.filter((c) => chosen.has(c.metric)) : [];
  const shown = rows.slice(0, PREVIEW_LIMIT);
  const formulas = rows.filter((c) => c.formula !== null).length;
  const noneChecked = chosen.size === 0;
  const panelTitle = t(lang, 'panelTitle');

  return (
    <section className={s.panel} aria-label={panelTitle} aria-busy={loading}>
      <Subtitle2 as="h2">{panelTitle}</Subtitle2>

      {error && <ErrorBar error={error.value} lang={lang} />}

      {!preview && loading && <Spinner size="tiny" labelPosition="after" label={t(lang, 'panelLoading')} />}

      {nothing && <Body1>{t(lang, 'panelNothing')}</Body1>}

      {preview && !nothing && (
        <>
          {tableNumbers.map((n) => {
            const opts = groups.get(n)!;
            const title = t(lang, 'panelTable', { n: n + 1, kind: maybePseudo(KIND_NAMES[opts[0].kind][lang]) });
            return (
              <div key={n} className={s.group} role="group" aria-label={title} data-table={n}>
                <Text weight="semibold" className={s.groupTitle}>
                  {title}
                </Text>
                {opts.map((o, i) => (
                  <Checkbox
                    key={`${o.metric}-${i}`}
                    className={s.checkbox}
                    checked={!unchecked.includes(o.metric)}
                    onChange={(_, data) => toggle(o.metric, data.checked === true)}
                    data-metric={o.metric}
                    label={
                      <span className={s.optionLabel}>
                        <span className={s.optionHead}>
                          <span>{o.fill ? t(lang, 'fillOwn') : t(lang, metricKey(o.metric))}</span>{' '}
                          <MetricTag metric={o.metric} lang={lang} beside={o.fill ? undefined : t(lang, metricKey(o.metric))} />
                        </span>{' '}
                        {/* The column's label, unless it only repeats the metric's name. */}
                        {(o.fill || o.label !== t(lang, metricKey(o.metric))) && (
                          <Caption1 className={s.muted}>{o.fill ? t(lang, 'fillOwnCells', { columns: o.label, cells: o.fill.cells }) : o.label}</Caption1>
                        )}
                      </span>
                    }
                  />
                ))}
              </div>
            );
          })}
          {linked && <Caption1 className={s.muted}>{t(lang, 'panelLinked')}</Caption1>}

          {taskTable && (
            <Field
              label={t(lang, 'asOfLabel')}
              hint={t(lang, 'asOfHint')}
              validationState={validDate ? 'none' : 'warning'}
              validationMessage={validDate ? undefined : t(lang, 'asOfInvalid')}
            >
              <Input className={s.date} value={asOfText} placeholder="30/6/2023" onChange={(_, data) => changeDate(data.value)} />
            </Field>
          )}

          <section className={s.preview} aria-label={t(lang, 'previewTitle', { n: rows.length })}>
            <div className={s.previewHead}>
              <Text weight="semibold">{t(lang, 'previewTitle', { n: rows.length })}</Text>
              {loading && <Spinner size="extra-tiny" labelPosition="after" label={t(lang, 'panelLoading')} />}
            </div>
            {noneChecked ? (
              <Caption1 className={s.muted}>{t(lang, 'previewNoneChecked')}</Caption1>
            ) : rows.length === 0 ? (
              <Caption1 className={s.muted}>{t(lang, 'previewEmpty')}</Caption1>
            ) : (
              <>
                <Caption1 className={s.muted}>{t(lang, 'previewSummary', { formulas, values: rows.length - formulas })}</Caption1>
                <ul className={mergeClasses(s.list, loading && s.stale)}>
                  {shown.map((c) => (
                    <PreviewRow key={c.cell} c={c} lang={lang} />
                  ))}
                </ul>
                {rows.length > shown.length && <Caption1 className={s.muted}>{t(lang, 'previewMore', { n: rows.length - shown.length })}</Caption1>}
              </>
            )}
          </section>
        </>
      )}

      <div className={s.buttons}>
        {!nothing && (
          <Button className={s.button} appearance="primary" disabled={busy || !preview || noneChecked} onClick={write}>
            {t(lang, 'writeToSheet')}
          </Button>
        )}
        <Button className={s.button} onClick={onCancel}>
          {t(lang, 'cancel')}
        </Button>
      </div>
    </section>
  );
}
