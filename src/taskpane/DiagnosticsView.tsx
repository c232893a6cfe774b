/**
 * The "Chẩn đoán" view, opened from the pane's header: the Excel the pane
 * runs in (host, platform, Office version, display language, regional
 * settings), the ExcelApi requirement sets 1.1 … 1.20 it has, and the
 * Office.js contract suite (src/contract), run in this Excel on the press
 * of a button — after the same warning as contract.html: the suite adds and
 * removes a scratch sheet, and Excel then forgets its Ctrl+Z history. Then
 * a report in text with "Sao chép" for support. Nothing is sent anywhere.
 *
 * Loaded on demand (its own chunk), like the appendix panel.
 */
import * as React from 'react';
import { Body1, Button, Caption1, Spinner, Subtitle2, Text, Textarea, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CASES, runContract, summarize, type ContractResult, type ContractStatus } from '../contract';
import { summaryParams } from '../contract/words';
import type { Lang } from '../i18n/lang';
import {
  collectDiagnostics,
  contractHostOf,
  copyText,
  cultureText,
  detailIn,
  diagnosticsReport,
  setsRange,
  type Diagnostics,
  type DiagnosticsEnv,
} from './diagnostics';
import { t, type StringKey } from './i18n';
import { panelBox } from './styles';

export interface DiagnosticsViewProps {
  env: DiagnosticsEnv;
  lang: Lang;
  onClose(): void;
}

const STATUS_KEYS: Record<ContractStatus, StringKey> = {
  pass: 'contractStatusPass',
  fail: 'contractStatusFail',
  skipped: 'contractStatusSkipped',
  manual: 'contractStatusManual',
};

const useStyles = makeStyles({
  panel: {
    ...panelBox,
    overflowWrap: 'anywhere',
  },
  head: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: '8px',
    flexWrap: 'wrap',
  },
  title: {
    margin: 0,
    minWidth: 0,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
    columnGap: '8px',
    rowGap: '2px',
    margin: 0,
  },
  term: {
    color: tokens.colorNeutralForeground3,
    minWidth: 0,
  },
  value: {
    margin: 0,
    minWidth: 0,
  },
  sets: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: '4px',
  },
  set: {
    padding: '0 4px',
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  setYes: {
    color: tokens.colorPaletteGreenForeground2,
    backgroundColor: tokens.colorPaletteGreenBackground2,
  },
  setNo: {
    color: tokens.colorNeutralForeground3,
    textDecorationLine: 'line-through',
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  warning: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    padding: '6px 8px',
    borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  results: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '6px',
  },
  result: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
  },
  status: {
    fontWeight: tokens.fontWeightSemibold,
  },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  other: { color: tokens.colorPaletteDarkOrangeForeground1 },
  report: {
    width: '100%',
    fontFamily: tokens.fontFamilyMonospace,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: '8px',
    rowGap: '4px',
  },
});

function statusClass(s: ReturnType<typeof useStyles>, status: ContractStatus): string {
  return status === 'pass' ? s.pass : status === 'fail' ? s.fail : s.other;
}

export function DiagnosticsView({ env, lang, onClose }: DiagnosticsViewProps) {
  const s = useStyles();
  const [diag, setDiag] = React.useState<Diagnostics | null>(null);
  const [results, setResults] = React.useState<ContractResult[] | null>(null);
  const [running, setRunning] = React.useState(false);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [copied, setCopied] = React.useState<'yes' | 'no' | null>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const mounted = React.useRef(true);

  React.useEffect(() => {
    mounted.current = true;
    heading.current?.focus();
    void collectDiagnostics(env).then((d) => {
      if (mounted.current) setDiag(d);
    });
    return () => {
      mounted.current = false;
    };
  }, [env]);

  const run = async () => {
    setRunning(true);
    setFailure(null);
    setCopied(null);
    setResults([]);
    try {
      const out = await runContract(env.excel, {
        host: contractHostOf(env),
        onResult: (r) => {
          if (mounted.current) setResults((rs) => [...(rs ?? []), r]);
        },
      });
      if (mounted.current) setResults(out);
    } catch (e) {
      if (mounted.current) setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      if (mounted.current) setRunning(false);
    }
  };

  const report = diag ? diagnosticsReport(lang, diag, running ? null : results) : '';
  const copy = async () => setCopied((await copyText(report)) ? 'yes' : 'no');
  const unknown = t(lang, 'diagUnknown');
  const facts: [StringKey, string][] = diag
    ? [
        ['diagExcel', t(lang, diag.kind === 'memory' ? 'diagExcelMemory' : 'diagExcelReal')],
        ['diagHost', diag.office.host ?? unknown],
        ['diagPlatform', diag.office.platform ?? unknown],
        ['diagVersion', diag.office.version ?? unknown],
        ['diagLanguage', diag.office.language ?? unknown],
        ['diagRegional', cultureText(lang, diag)],
      ]
    : [];
  const title = t(lang, 'diagTitle');
  const counts = results && !running ? summarize(results) : null;

  return (
    <section className={s.panel} aria-label={title} aria-busy={!diag || running} data-testid="diagnostics">
      <div className={s.head}>
        <h2 ref={heading} tabIndex={-1} className={s.title}>
          <Subtitle2>{title}</Subtitle2>
        </h2>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {t(lang, 'diagClose')}
        </Button>
      </div>

      {!diag ? (
        <Spinner size="tiny" labelPosition="after" label={t(lang, 'busy')} />
      ) : (
        <>
          <dl className={s.facts}>
            {facts.map(([k, v]) => (
              <React.Fragment key={k}>
                <dt className={s.term}>
                  <Caption1>{t(lang, k)}</Caption1>
                </dt>
                <dd className={s.value}>
                  <Caption1>{v}</Caption1>
                </dd>
              </React.Fragment>
            ))}
          </dl>

          <div>
            <Caption1 className={s.muted}>
              {t(lang, 'diagSets')}: {setsRange(diag.sets) ?? (diag.sets.every((x) => x.supported === null) ? t(lang, 'diagSetsNone') : unknown)}
            </Caption1>
            <ul className={s.sets} aria-label={t(lang, 'diagSets')}>
              {diag.sets.map((x) => (
                <li
                  key={x.version}
                  className={mergeClasses(s.set, x.supported === true ? s.setYes : x.supported === false ? s.setNo : undefined)}
                  title={`ExcelApi ${x.version}: ${x.supported === null ? unknown : t(lang, x.supported ? 'diagSetYes' : 'diagSetNo')}`}
                  data-version={x.version}
                  data-supported={String(x.supported)}
                >
                  {x.version}
                  <span className={s.muted}>{x.supported === null ? ' ?' : x.supported ? ' ✓' : ' ✗'}</span>
                </li>
              ))}
            </ul>
          </div>
        </>
      )}

      <Text weight="semibold">{t(lang, 'diagContract')}</Text>
      <Caption1 className={s.muted}>{t(lang, 'diagContractIntro')}</Caption1>
      <div className={s.warning} role="note">
        <Body1>{t(lang, 'contractWarning')}</Body1>
      </div>
      <div className={s.actions}>
        <Button appearance="primary" disabled={running} onClick={() => void run()}>
          {t(lang, 'contractRun')}
        </Button>
        {running && <Spinner size="tiny" labelPosition="after" label={t(lang, 'contractRunning')} />}
      </div>
      {failure && (
        <Body1 role="alert" className={s.fail}>
          {t(lang, 'diagRunFailed', { detail: failure })}
        </Body1>
      )}

      {results && results.length > 0 && (
        <ul className={s.results} aria-label={t(lang, 'diagContract')}>
          {results.map((r) => {
            const c = CASES.find((x) => x.name === r.name);
            return (
              <li key={r.name} className={s.result} data-case={r.name} data-status={r.status}>
                <Caption1>
                  <span className={mergeClasses(s.status, statusClass(s, r.status))}>{t(lang, STATUS_KEYS[r.status])}</span>
                  {' · '}
                  {c ? c.title[lang] : r.name}
                </Caption1>
                <Caption1 className={s.muted} lang={r.name === 'undo-history' && r.status === 'manual' ? lang : 'en'}>
                  {`${detailIn(lang, r)} (${r.ms} ms)`}
                </Caption1>
              </li>
            );
          })}
        </ul>
      )}
      {counts && (
        <Body1 role="status" data-failed={counts.fail}>
          {t(lang, 'contractSummary', summaryParams(counts))}
        </Body1>
      )}

      {diag && (
        <>
          <Textarea className={s.report} readOnly resize="vertical" rows={8} value={report} aria-label={t(lang, 'diagReport')} />
          <div className={s.actions}>
            <Button onClick={() => void copy()}>{t(lang, 'diagCopy')}</Button>
            <span role="status">
              {copied && <Caption1 className={copied === 'no' ? s.fail : s.muted}>{t(lang, copied === 'yes' ? 'diagCopied' : 'diagCopyFailed')}</Caption1>}
            </span>
          </div>
          <Caption1 className={s.muted}>{t(lang, 'diagPrivacy')}</Caption1>
        </>
      )}
    </section>
  );
}

export default DiagnosticsView;
