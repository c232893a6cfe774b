/**
 * The task pane: two actions (check, compute) on the active sheet and what
 * they found, laid out for a 320 px wide pane. Every string comes from
 * i18n.ts; cell text is always rendered as text, never as markup.
 */
import * as React from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Subtitle2,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { ActionResult, PaneActions } from '../app/types';
import { UserFacingError } from '../app/types';
import type { Lang } from '../i18n/lang';
import type {
  ColumnReport,
  Computed,
  Issue,
  Quantity,
  Severity,
  SheetReport,
} from '../engine/report';
import { countBySeverity } from '../engine/report';
import { DEFAULT_LANG, metricKey, roleKey, severityKey, t } from './i18n';
import { formatGeneral, formatPercentValue } from './format';

export interface AppProps {
  actions: PaneActions;
  initialLang?: Lang;
}

type ActionName = 'check' | 'compute';

interface Outcome {
  action: ActionName;
  result: ActionResult;
  /** The language the action was run in (the report's messages are in it). */
  lang: Lang;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

const SEVERITY_BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: '280px',
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    rowGap: '12px',
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
  },
  titleRow: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: '8px',
    flexWrap: 'wrap',
  },
  tagline: {
    color: tokens.colorNeutralForeground3,
  },
  langSwitch: {
    display: 'flex',
    columnGap: '4px',
  },
  actions: {
    display: 'flex',
    columnGap: '8px',
  },
  actionButton: {
    flexGrow: 1,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
    paddingTop: '8px',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
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
  item: {
    display: 'grid',
    gridTemplateColumns: '44px 1fr',
    columnGap: '8px',
    alignItems: 'start',
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: '1px 4px',
    textAlign: 'center',
    overflowWrap: 'anywhere',
  },
  itemBody: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  ellipsis: {
    color: tokens.colorNeutralForeground3,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: '6px',
    rowGap: '4px',
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    paddingTop: '4px',
  },
  computedRow: {
    display: 'grid',
    gridTemplateColumns: '44px 1fr auto',
    columnGap: '8px',
    alignItems: 'baseline',
  },
  number: {
    fontVariantNumeric: 'tabular-nums',
    textAlign: 'right',
    whiteSpace: 'nowrap',
  },
});

export function isUserFacingError(err: unknown): err is UserFacingError {
  if (err instanceof UserFacingError) return true;
  if (typeof err !== 'object' || err === null) return false;
  const e = err as { name?: unknown; vi?: unknown; en?: unknown };
  return e.name === 'UserFacingError' && typeof e.vi === 'string' && typeof e.en === 'string';
}

function errorDetail(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err) ?? String(err);
  } catch {
    return String(err);
  }
}

function quantityText(q: Quantity, lang: Lang): string {
  const parts = [t(lang, roleKey(q.role))];
  if (q.period) parts.push(q.period);
  if (q.year !== undefined) parts.push(String(q.year));
  return parts.join(' ');
}

/** The role of a column in words, with its year and period. */
export function columnRoleText(c: ColumnReport, lang: Lang): string {
  if (c.role === 'ratio' && c.ratio) {
    const label = t(lang, c.ratio.growth ? 'roleGrowth' : 'roleRatio');
    const of = t(lang, 'ratioOf', {
      num: quantityText(c.ratio.numerator, lang),
      den: quantityText(c.ratio.denominator, lang),
    });
    return `${label}: ${of}`;
  }
  const parts = [t(lang, roleKey(c.role))];
  if (c.period) parts.push(c.period);
  if (c.year !== undefined) parts.push(t(lang, 'yearValue', { year: c.year }));
  return parts.join(' ');
}

function Facts(props: { report: SheetReport; lang: Lang; syncs: number }) {
  const { report, lang, syncs } = props;
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
        <dt className={s.factLabel}>
          <Caption1>{t(lang, 'kind')}</Caption1>
        </dt>
        <dd className={s.factValue}>
          <Badge
            appearance="tint"
            color={report.kind ? 'success' : 'warning'}
            shape="rounded"
          >
            {report.kind === 'indicator-plan'
              ? t(lang, 'kindIndicatorPlan')
              : t(lang, 'kindNone')}
          </Badge>
        </dd>
        {report.headerRows && (
          <>
            <dt className={s.factLabel}>
              <Caption1>{t(lang, 'headerRows')}</Caption1>
            </dt>
            <dd className={s.factValue}>
              <Body1>
                {t(lang, 'headerRowsValue', {
                  from: report.headerRows[0],
                  to: report.headerRows[1],
                })}
              </Body1>
            </dd>
          </>
        )}
      </dl>
      <Caption1 className={s.muted}>{t(lang, 'syncs', { n: syncs })}</Caption1>
    </section>
  );
}

function Columns(props: { columns: ColumnReport[]; lang: Lang }) {
  const { columns, lang } = props;
  const s = useStyles();
  return (
    <section className={s.section} aria-label={t(lang, 'columns', { n: columns.length })}>
      <Subtitle2 as="h2">{t(lang, 'columns', { n: columns.length })}</Subtitle2>
      {columns.length === 0 ? (
        <Caption1 className={s.muted}>{t(lang, 'columnsNone')}</Caption1>
      ) : (
        <ul className={s.list}>
          {columns.map((c) => (
            <li key={c.column} className={s.item} data-column={c.column}>
              <span className={s.cell}>{c.column}</span>
              <span className={s.itemBody}>
                <Body1>{columnRoleText(c, lang)}</Body1>
                {c.header && (
                  <Caption1 className={s.ellipsis} title={c.header}>
                    {c.header}
                  </Caption1>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function IssueItem(props: { issue: Issue; lang: Lang }) {
  const { issue, lang } = props;
  const s = useStyles();
  return (
    <li className={s.item} data-cell={issue.cell} data-code={issue.code}>
      <span className={s.cell}>{issue.cell}</span>
      <span className={s.itemBody}>
        <Body1>{issue.message}</Body1>
        {issue.fix && (
          <Caption1 className={s.muted}>
            {t(lang, 'fixSuggestion', {
              cell: issue.fix.cell,
              value:
                typeof issue.fix.value === 'number'
                  ? formatGeneral(issue.fix.value, lang)
                  : issue.fix.value,
            })}
          </Caption1>
        )}
      </span>
    </li>
  );
}

function Issues(props: { issues: Issue[]; lang: Lang }) {
  const { issues, lang } = props;
  const s = useStyles();
  const counts = countBySeverity(issues);
  return (
    <section className={s.section} aria-label={t(lang, 'issues', { n: issues.length })}>
      <Subtitle2 as="h2">{t(lang, 'issues', { n: issues.length })}</Subtitle2>
      <div className={s.badges}>
        {SEVERITIES.map((sev) => (
          <Badge
            key={sev}
            data-severity={sev}
            color={SEVERITY_BADGE[sev]}
            appearance={counts[sev] > 0 ? 'filled' : 'outline'}
            shape="rounded"
          >
            {`${counts[sev]} ${t(lang, severityKey(sev))}`}
          </Badge>
        ))}
      </div>
      {issues.length === 0 ? (
        <Caption1 className={s.muted}>{t(lang, 'issuesNone')}</Caption1>
      ) : (
        SEVERITIES.filter((sev) => counts[sev] > 0).map((sev) => (
          <div key={sev} className={s.group} data-group={sev}>
            <Text weight="semibold" size={300}>
              {t(lang, severityKey(sev))}
            </Text>
            <ul className={s.list}>
              {issues
                .filter((i) => i.severity === sev)
                .map((i, n) => (
                  <IssueItem key={`${i.cell}-${i.code}-${n}`} issue={i} lang={lang} />
                ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}

function ComputedList(props: { computed: Computed[]; lang: Lang }) {
  const { computed, lang } = props;
  const s = useStyles();
  const formulas = computed.filter((c) => c.formula !== null).length;
  return (
    <section className={s.section} aria-label={t(lang, 'computed', { n: computed.length })}>
      <Subtitle2 as="h2">{t(lang, 'computed', { n: computed.length })}</Subtitle2>
      {computed.length === 0 ? (
        <Caption1 className={s.muted}>{t(lang, 'computedNone')}</Caption1>
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
                  <Body1>{t(lang, metricKey(c.metric))}</Body1>
                  <Caption1 className={s.ellipsis} title={c.formula ?? undefined}>
                    {c.formula !== null ? c.formula : t(lang, 'isValue')}
                  </Caption1>
                </span>
                <Body1 className={s.number}>
                  {c.value === null ? t(lang, 'valueEmpty') : formatPercentValue(c.value, lang)}
                </Body1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ErrorBar(props: { error: unknown; lang: Lang }) {
  const { error, lang } = props;
  const s = useStyles();
  if (isUserFacingError(error)) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t(lang, 'errorTitle')}</MessageBarTitle>
          {lang === 'vi' ? error.vi : error.en}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, 'errorGeneric')}</MessageBarTitle>
        <span className={s.itemBody}>{t(lang, 'errorDetail', { detail: errorDetail(error) })}</span>
      </MessageBarBody>
    </MessageBar>
  );
}

export function App({ actions, initialLang = DEFAULT_LANG }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [busy, setBusy] = React.useState<ActionName | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const [error, setError] = React.useState<{ value: unknown } | null>(null);
  const runId = React.useRef(0);
  const mounted = React.useRef(true);

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = React.useCallback(
    async (action: ActionName) => {
      const id = ++runId.current;
      const runLang = lang;
      setBusy(action);
      setError(null);
      try {
        const result = await actions[action](runLang);
        if (!mounted.current || id !== runId.current) return;
        setOutcome({ action, result, lang: runLang });
      } catch (err) {
        if (!mounted.current || id !== runId.current) return;
        setOutcome(null);
        setError({ value: err });
      } finally {
        if (mounted.current && id === runId.current) setBusy(null);
      }
    },
    [actions, lang],
  );

  const report = outcome?.result.report;

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={s.root} aria-busy={busy !== null}>
        <header className={s.header}>
          <div className={s.titleRow}>
            <Subtitle1 as="h1">{t(lang, 'appName')}</Subtitle1>
            <div className={s.langSwitch} role="group" aria-label={t(lang, 'langSwitchLabel')}>
              <ToggleButton
                size="small"
                appearance="subtle"
                checked={lang === 'vi'}
                lang="vi"
                onClick={() => setLang('vi')}
              >
                {t(lang, 'langVi')}
              </ToggleButton>
              <ToggleButton
                size="small"
                appearance="subtle"
                checked={lang === 'en'}
                lang="en"
                onClick={() => setLang('en')}
              >
                {t(lang, 'langEn')}
              </ToggleButton>
            </div>
          </div>
          <Caption1 className={s.tagline}>{t(lang, 'appTagline')}</Caption1>
        </header>

        <div className={s.actions}>
          <Button
            className={s.actionButton}
            appearance="primary"
            disabled={busy !== null}
            title={t(lang, 'checkHint')}
            onClick={() => void run('check')}
          >
            {t(lang, 'check')}
          </Button>
          <Button
            className={s.actionButton}
            disabled={busy !== null}
            title={t(lang, 'computeHint')}
            onClick={() => void run('compute')}
          >
            {t(lang, 'compute')}
          </Button>
        </div>

        {busy !== null && <Spinner size="tiny" labelPosition="after" label={t(lang, 'busy')} />}

        {error && <ErrorBar error={error.value} lang={lang} />}

        {!busy && !error && !outcome && <Caption1 className={s.hint}>{t(lang, 'idle')}</Caption1>}

        {report && outcome && (
          <>
            {outcome.lang !== lang && (
              <Caption1 className={s.hint}>{t(lang, 'reportLangNote')}</Caption1>
            )}
            <Facts report={report} lang={lang} syncs={outcome.result.syncs} />
            {outcome.action === 'compute' && (
              <ComputedList computed={report.computed} lang={lang} />
            )}
            <Issues issues={report.issues} lang={lang} />
            <Columns columns={report.columns} lang={lang} />
          </>
        )}
      </main>
    </FluentProvider>
  );
}

export default App;
