/**
 * Parts of the report on screen besides its issues and tables: the facts
 * (the sheet, the round trips the run made) and, after a compute, the
 * cells it wrote with their formulas and values.
 */
import * as React from 'react';
import { Body1, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Computed, SheetReport } from '../engine/report';
import type { Lang } from '../i18n/lang';
import { MetricTag } from './ComputePanel';
import { formatMetricValue } from './format';
import { metricKey, t } from './i18n';
import { cellBadge } from './styles';

const useStyles = makeStyles({
  hint: {
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    paddingTop: '8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: '8px',
    rowGap: '2px',
    margin: 0,
  },
  factLabel: {
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  factValue: {
    margin: 0,
    overflowWrap: 'anywhere',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
  },
  cell: cellBadge,
  itemBody: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  ellipsis: {
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  computedRow: {
    display: 'grid',
    gridTemplateColumns: '44px minmax(0, 1fr) auto',
    columnGap: '8px',
    alignItems: 'baseline',
  },
  number: {
    fontVariantNumeric: 'tabular-nums',
    textAlign: 'right',
    whiteSpace: 'nowrap',
  },
});

export function Facts(props: { report: SheetReport; lang: Lang }) {
  const { report, lang } = props;
  const s = useStyles();
  return (
    <section className={s.section} aria-label={t(lang, 'sheet')}>
      <dl className={s.facts}>
        <dt className={s.factLabel}>
          <Caption1>{t(lang, 'sheet')}</Caption1>
        </dt>
        <dd className={s.factValue}>
          <Text weight="semibold">{report.name}</Text>
        </dd>
      </dl>
    </section>
  );
}

export function ComputedList(props: { computed: Computed[]; lang: Lang }) {
  const { computed, lang } = props;
  const s = useStyles();
  const formulas = computed.filter((c) => c.formula !== null).length;
  return (
    <section className={s.section} aria-label={t(lang, 'computed', { n: computed.length })}>
      <Subtitle2 as="h2">{t(lang, 'computed', { n: computed.length })}</Subtitle2>
      {computed.length === 0 ? (
        <Caption1 className={s.hint}>{t(lang, 'computedNone')}</Caption1>
      ) : (
        <>
          <Body1>
            {t(lang, 'computedSummary', {
              n: computed.length,
              formulas,
              values: computed.length - formulas,
            })}
          </Body1>
          <ul className={s.list}>
            {computed.map((c) => (
              <li key={c.cell} className={s.computedRow} data-cell={c.cell}>
                <span className={s.cell}>{c.cell}</span>
                <span className={s.itemBody}>
                  <Body1>
                    {t(lang, metricKey(c.metric))} <MetricTag metric={c.metric} lang={lang} beside={t(lang, metricKey(c.metric))} />
                  </Body1>
                  {c.label && <Caption1 className={s.hint}>{c.label}</Caption1>}
                  <Caption1 className={s.ellipsis} title={c.formula ?? undefined}>
                    {c.formula !== null ? c.formula : t(lang, 'isValue')}
                  </Caption1>
                </span>
                <Body1 className={s.number}>{c.value === null ? t(lang, 'valueEmpty') : formatMetricValue(c.value, c.metric, lang)}</Body1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
