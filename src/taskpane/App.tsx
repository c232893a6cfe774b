/**
 * The task pane: check and compute the active sheet, and what they found,
 * laid out for a 320 px wide pane. "Tính toán" opens the compute panel
 * (ComputePanel.tsx): choose the columns, preview, then write. "Phụ lục"
 * opens the appendix panel (appendix-panel/): gather the key tasks, then
 * insert the appendix, copy it for Word or download a .docx; what it holds
 * is kept while it is closed. "Hoàn tác" (UndoBar.tsx) takes back the
 * add-in's last operation. Around the report: select a problem's
 * cell, mark the problem cells, quick fixes with undo, column role
 * corrections, and a re-check after the user edits the sheet. Every string
 * comes from i18n.ts; cell text is always rendered as text, never as markup.
 */
import * as React from 'react';
import {
  Body1,
  Button,
  Caption1,
  FluentProvider,
  Spinner,
  Subtitle1,
  Subtitle2,
  Switch,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { isUndoConflict, type ActionResult, type ComputeChoice, type PaneActions, type UndoEntry } from '../app/types';
import type { Lang } from '../i18n/lang';
import type { Computed, Issue, Kind, RoleOverrides, SheetReport } from '../engine/report';
import { DEFAULT_LANG, metricKey, t } from './i18n';
import { formatMetricValue } from './format';
import type { AppendixDraft } from './appendix-panel';
import { ComputePanel, MetricTag } from './ComputePanel';
import { ErrorBar } from './ErrorBar';
import { IssuesView } from './IssuesView';
import { TablesView, type RoleChoice } from './TablesView';
import { UndoBar } from './UndoBar';
import { cellBadge } from './styles';

export { columnRoleText } from './TablesView';
export { isUserFacingError } from './ErrorBar';

/** The appendix panel's module, loaded the first time "Phụ lục" is pressed (its own chunk). */
type AppendixModule = typeof import('./appendix-panel');

let appendixModule: Promise<AppendixModule> | null = null;

function loadAppendixPanel(): Promise<AppendixModule> {
  if (!appendixModule) {
    appendixModule = import(/* webpackChunkName: "appendix" */ './appendix-panel');
    // A failed load (offline) may be tried again on the next press.
    appendixModule.catch(() => {
      appendixModule = null;
    });
  }
  return appendixModule;
}

export interface AppProps {
  actions: PaneActions;
  initialLang?: Lang;
}

/** How long the pane waits after the last edit before it checks again. */
export const RECHECK_DELAY_MS = 600;

type ReportAction = 'check' | 'compute';

/** What is running: the two actions, and the ones that end with a check. */
type BusyKind = ReportAction | 'recheck' | 'fix' | 'undo' | 'roles';

interface Outcome {
  action: ReportAction;
  result: ActionResult;
  /** The language the action was run in (the report's messages are in it). */
  lang: Lang;
  /** True when the check ran by itself after the user edited the sheet. */
  auto: boolean;
}

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    minWidth: '280px',
    maxWidth: '100%',
    padding: '12px',
    display: 'flex',
    flexDirection: 'column',
    rowGap: '12px',
    overflowX: 'hidden',
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
    minWidth: 0,
  },
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
  tools: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: '8px',
    rowGap: '2px',
  },
  switch: {
    marginLeft: '-8px',
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
      </dl>
      <Caption1 className={s.hint}>{t(lang, 'syncs', { n: syncs })}</Caption1>
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
                    {t(lang, metricKey(c.metric))} <MetricTag metric={c.metric} lang={lang} />
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

/** A ref that always holds the latest value (for listeners and timers). */
function useLatest<T>(value: T): React.MutableRefObject<T> {
  const ref = React.useRef(value);
  ref.current = value;
  return ref;
}

interface Subscription {
  state: 'none' | 'pending' | 'active' | 'failed';
  stop?: () => Promise<void>;
}

interface RunOptions {
  /** The check that runs by itself after an edit. */
  auto?: boolean;
  /** Keep the report on screen when the run fails (fixes, corrections, re-checks). */
  keepReport?: boolean;
}

export function App({ actions, initialLang = DEFAULT_LANG }: AppProps) {
  const s = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [busy, setBusy] = React.useState<BusyKind | null>(null);
  const [outcome, setOutcome] = React.useState<Outcome | null>(null);
  const [overrides, setOverrides] = React.useState<RoleOverrides>({});
  const [error, setError] = React.useState<{ value: unknown } | null>(null);
  const [markOn, setMarkOn] = React.useState(false);
  /** What the actions can undo (oldest first), read again after every operation. */
  const [undoEntries, setUndoEntries] = React.useState<UndoEntry[]>(() => actions.undoList());
  /** The last undo was refused over the user's edits. */
  const [undoConflict, setUndoConflict] = React.useState(false);
  /** What the last undo took back. */
  const [undone, setUndone] = React.useState<UndoEntry | null>(null);
  /** The compute panel: null when closed; a new number each time it is (re)opened. */
  const [panel, setPanel] = React.useState<number | null>(null);
  const panelCount = React.useRef(0);
  /** The appendix panel is open (one panel at a time). */
  const [appendixOpen, setAppendixOpen] = React.useState(false);
  /** What the appendix panel held when it was closed. */
  const appendixDraft = React.useRef<AppendixDraft | undefined>(undefined);
  const [appendixPanel, setAppendixPanel] = React.useState<AppendixModule['AppendixPanel'] | null>(null);

  // Everything a listener, a timer or an unmount needs, always current.
  const actionsRef = useLatest(actions);
  const langRef = useLatest(lang);
  const mounted = React.useRef(true);
  const reportRef = React.useRef<SheetReport | null>(null);
  const markOnRef = React.useRef(false);
  /** The sheet the pane last marked (to unmark it later). */
  const markedSheet = React.useRef<string | null>(null);
  /** Marking calls run one after another, never interleaved. */
  const markChain = React.useRef<Promise<void>>(Promise.resolve());
  /** A report-producing run is under way (runs never overlap). */
  const inFlight = React.useRef(false);
  /** An edit came in during a run: check again once it ends. */
  const pendingAuto = React.useRef(false);
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const subscription = React.useRef<Subscription>({ state: 'none' });

  const queueMark = React.useCallback((op: () => Promise<void>): Promise<void> => {
    const next = markChain.current.then(op);
    markChain.current = next.catch(() => undefined);
    return next;
  }, []);

  /** Mark a report's problem cells (or clear the marking when it has none). */
  const syncMarks = React.useCallback(
    (report: SheetReport) =>
      queueMark(async () => {
        const a = actionsRef.current;
        const previous = markedSheet.current;
        if (previous !== null && previous !== report.name) {
          markedSheet.current = null;
          await a.unmark(previous);
        }
        if (report.issues.length > 0) {
          markedSheet.current = report.name;
          await a.mark(report.name, report.issues);
        } else {
          markedSheet.current = null;
          await a.unmark(report.name);
        }
      }),
    [queueMark, actionsRef]
  );

  const clearMarks = React.useCallback(
    () =>
      queueMark(async () => {
        const target = markedSheet.current ?? reportRef.current?.name ?? null;
        markedSheet.current = null;
        if (target !== null) await actionsRef.current.unmark(target);
      }),
    [queueMark, actionsRef]
  );

  const fail = React.useCallback((err: unknown) => {
    if (mounted.current) setError({ value: err });
  }, []);

  const refreshUndo = React.useCallback(() => {
    if (mounted.current) setUndoEntries(actionsRef.current.undoList());
  }, [actionsRef]);

  // Filled in below; the listener and timers go through these refs.
  const scheduleRecheck = React.useRef<() => void>(() => undefined);

  const ensureSubscribed = React.useCallback(() => {
    if (subscription.current.state !== 'none') return;
    subscription.current = { state: 'pending' };
    const listener = (sheet: string) => {
      if (!mounted.current) return;
      const current = reportRef.current;
      // An edit on another sheet does not change the report on screen.
      if (current && sheet && sheet !== current.name) return;
      scheduleRecheck.current();
    };
    actionsRef.current.onSheetChanged(listener).then(
      (stop) => {
        if (!mounted.current) {
          void stop().catch(() => undefined);
          return;
        }
        subscription.current = { state: 'active', stop };
      },
      () => {
        // No change events here (an older Excel): the user re-checks by hand.
        subscription.current = { state: 'failed' };
      }
    );
  }, [actionsRef]);

  /**
   * Run something that ends with a report: show busy, keep runs from
   * overlapping, then show the report, its role corrections and marking.
   */
  const execute = React.useCallback(
    async (kind: BusyKind, work: (lang: Lang) => Promise<{ action: ReportAction; result: ActionResult }>, opts: RunOptions = {}): Promise<void> => {
      if (inFlight.current) {
        if (opts.auto) pendingAuto.current = true;
        return;
      }
      inFlight.current = true;
      const runLang = langRef.current;
      setBusy(kind);
      if (!opts.auto) {
        setError(null);
        setUndoConflict(false);
        if (kind !== 'undo') setUndone(null);
      }
      try {
        const { action, result } = await work(runLang);
        let roles: RoleOverrides = {};
        try {
          roles = await actionsRef.current.getRoles(result.report.name);
        } catch {
          // Without the saved corrections the report still stands.
        }
        if (!mounted.current) return;
        reportRef.current = result.report;
        setOutcome({ action, result, lang: runLang, auto: !!opts.auto });
        setOverrides(roles ?? {});
        setError(null);
        if (markOnRef.current) {
          try {
            await syncMarks(result.report);
          } catch (err) {
            fail(err);
          }
        }
        ensureSubscribed();
      } catch (err) {
        if (!mounted.current) return;
        if (!opts.keepReport) {
          reportRef.current = null;
          setOutcome(null);
        }
        setError({ value: err });
      } finally {
        inFlight.current = false;
        refreshUndo();
        if (mounted.current) {
          setBusy(null);
          if (pendingAuto.current) {
            pendingAuto.current = false;
            scheduleRecheck.current();
          }
        }
      }
    },
    [actionsRef, langRef, syncMarks, ensureSubscribed, fail, refreshUndo]
  );

  scheduleRecheck.current = () => {
    if (!mounted.current) return;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void execute('recheck', async (l) => ({ action: 'check', result: await actionsRef.current.check(l) }), { auto: true, keepReport: true });
    }, RECHECK_DELAY_MS);
  };

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const sub = subscription.current;
      subscription.current = { state: 'none' };
      if (sub.stop) void sub.stop().catch(() => undefined);
      // Closing the pane leaves no marking behind.
      const marked = markedSheet.current;
      if (marked !== null) {
        markedSheet.current = null;
        // actionsRef holds the latest actions, not a DOM node: the ones current at unmount are meant.
        // eslint-disable-next-line react-hooks/exhaustive-deps
        void queueMark(() => actionsRef.current.unmark(marked)).catch(() => undefined);
      }
    };
  }, [queueMark, actionsRef]);

  const runCheck = () => void execute('check', async (l) => ({ action: 'check', result: await actions.check(l) }));

  /** "Tính toán" opens the panel (again, reading the sheet afresh); nothing is written yet. */
  const openPanel = () => {
    setAppendixOpen(false);
    setPanel(++panelCount.current);
  };

  /** "Phụ lục" opens the appendix panel, or closes it when open. */
  const toggleAppendix = () => {
    setPanel(null);
    if (appendixOpen) {
      setAppendixOpen(false);
      return;
    }
    setAppendixOpen(true);
    if (appendixPanel) return;
    loadAppendixPanel().then(
      (m) => {
        if (mounted.current) setAppendixPanel(() => m.AppendixPanel);
      },
      (err: unknown) => {
        if (!mounted.current) return;
        setAppendixOpen(false);
        setError({ value: err });
      }
    );
  };

  const saveAppendixDraft = React.useCallback((draft: AppendixDraft) => {
    appendixDraft.current = draft;
  }, []);

  const closePanel = () => setPanel(null);

  /** "Ghi vào trang tính": write the chosen columns; the panel closes once written. */
  const writeComputed = (choice: ComputeChoice) =>
    void execute('compute', async (l) => {
      const result = await actions.compute(l, choice);
      if (mounted.current) setPanel(null);
      return { action: 'compute', result };
    });

  const selectCell = (sheet: string, cell: string) => {
    actions.select(sheet, cell).catch(fail);
  };

  const toggleMark = (on: boolean) => {
    markOnRef.current = on;
    setMarkOn(on);
    const report = reportRef.current;
    const done = on ? (report ? syncMarks(report) : Promise.resolve()) : clearMarks();
    done.catch(fail);
  };

  const applyFix = (issue: Issue) => {
    const report = reportRef.current;
    const fix = issue.fix;
    if (!report || !fix) return;
    void execute(
      'fix',
      async (l) => {
        await actions.applyFix(report.name, fix);
        refreshUndo();
        return { action: 'check', result: await actions.check(l) };
      },
      { keepReport: true }
    );
  };

  /** "Sửa cả N ô": every fix of a group written as one undoable step, then the sheet checked again. */
  const applyFixes = (issues: Issue[]) => {
    const report = reportRef.current;
    const fixes = issues.flatMap((i) => (i.fix ? [i.fix] : []));
    if (!report || fixes.length === 0) return;
    void execute(
      'fix',
      async (l) => {
        await actions.applyFixes(report.name, fixes);
        refreshUndo();
        return { action: 'check', result: await actions.check(l) };
      },
      { keepReport: true }
    );
  };

  /** Take back the last operation; a refusal over the user's edits offers "Undo anyway". */
  const undoLast = async (force: boolean): Promise<UndoEntry | null> => {
    try {
      const entry = await actions.undo({ force });
      if (mounted.current) setUndone(entry);
      return entry;
    } catch (err) {
      if (mounted.current && isUndoConflict(err)) setUndoConflict(true);
      throw err;
    } finally {
      refreshUndo();
    }
  };

  /** "Hoàn tác": with a report on screen the sheet is checked again after; without one, just undone. */
  const runUndo = (force: boolean) => {
    if (reportRef.current) {
      void execute(
        'undo',
        async (l) => {
          await undoLast(force);
          return { action: 'check', result: await actions.check(l) };
        },
        { keepReport: true }
      );
      return;
    }
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy('undo');
    setError(null);
    setUndoConflict(false);
    undoLast(force)
      .catch(fail)
      .finally(() => {
        inFlight.current = false;
        if (mounted.current) setBusy(null);
      });
  };

  /** The appendix panel writes through the same actions; the undo list is read again after. */
  const panelActions = React.useMemo<PaneActions>(
    () => ({
      ...actions,
      insertAppendix: async (...args: Parameters<PaneActions['insertAppendix']>) => {
        try {
          return await actions.insertAppendix(...args);
        } finally {
          refreshUndo();
          if (mounted.current) setUndone(null);
        }
      },
    }),
    [actions, refreshUndo]
  );

  const changeRole = (column: string, role: RoleChoice) => {
    const report = reportRef.current;
    if (!report) return;
    const before = overrides;
    // Show the choice at once; the check that follows confirms it.
    setOverrides({ ...before, [column]: role });
    void execute(
      'roles',
      async (l) => {
        try {
          const saved = await actions.getRoles(report.name);
          await actions.setRoles(report.name, { ...saved, [column]: role });
        } catch (err) {
          if (mounted.current) setOverrides(before);
          throw err;
        }
        return { action: 'check', result: await actions.check(l) };
      },
      { keepReport: true }
    );
  };

  /** A decision saved in the workbook, then the sheet checked again with it. */
  const decide = (save: (sheet: string) => Promise<void>) => {
    const report = reportRef.current;
    if (!report) return;
    void execute(
      'roles',
      async (l) => {
        await save(report.name);
        return { action: 'check', result: await actions.check(l) };
      },
      { keepReport: true }
    );
  };
  const chooseKind = (kind: Kind | null) => decide((sheet) => actions.setKind(sheet, kind));
  const chooseDirection = (row: number, direction: 'lower' | 'higher' | null, bound: 'floor' | 'ceiling' | 'exact' | null) =>
    decide(async (sheet) => {
      await actions.setDirection(sheet, row, direction);
      await actions.setBound(sheet, row, bound);
    });
  const chooseHeaderRows = (rows: [number, number] | null) => decide((sheet) => actions.setHeaderRows(sheet, rows));
  const ignoreIssue = (issue: Issue) => decide((sheet) => actions.ignoreIssue(sheet, issue));
  const unignoreIssue = (issue: Issue) => decide((sheet) => actions.unignoreIssue(sheet, issue));

  const resetRoles = () => {
    const report = reportRef.current;
    if (!report) return;
    void execute(
      'roles',
      async (l) => {
        await actions.setRoles(report.name, {});
        return { action: 'check', result: await actions.check(l) };
      },
      { keepReport: true }
    );
  };

  const report = outcome?.result.report;
  const AppendixPanel = appendixPanel;
  const isBusy = busy !== null;

  const tools = (
    <div className={s.tools}>
      <Switch className={s.switch} checked={markOn} onChange={(_, data) => toggleMark(data.checked)} label={t(lang, 'markSwitch')} />
    </div>
  );

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={s.root} aria-busy={isBusy}>
        <header className={s.header}>
          <div className={s.titleRow}>
            <Subtitle1 as="h1">{t(lang, 'appName')}</Subtitle1>
            <div className={s.langSwitch} role="group" aria-label={t(lang, 'langSwitchLabel')}>
              <ToggleButton size="small" appearance="subtle" checked={lang === 'vi'} lang="vi" onClick={() => setLang('vi')}>
                {t(lang, 'langVi')}
              </ToggleButton>
              <ToggleButton size="small" appearance="subtle" checked={lang === 'en'} lang="en" onClick={() => setLang('en')}>
                {t(lang, 'langEn')}
              </ToggleButton>
            </div>
          </div>
          <Caption1 className={s.tagline}>{t(lang, 'appTagline')}</Caption1>
        </header>

        <div className={s.actions}>
          <Button className={s.actionButton} appearance="primary" disabled={isBusy} title={t(lang, 'checkHint')} onClick={runCheck}>
            {t(lang, 'check')}
          </Button>
          <Button className={s.actionButton} disabled={isBusy} title={t(lang, 'computeHint')} aria-expanded={panel !== null} onClick={openPanel}>
            {t(lang, 'compute')}
          </Button>
          <Button className={s.actionButton} title={t(lang, 'appendixHint')} aria-expanded={appendixOpen} onClick={toggleAppendix}>
            {t(lang, 'appendix')}
          </Button>
        </div>

        <UndoBar entries={undoEntries} lang={lang} busy={isBusy} conflict={undoConflict} done={undone} onUndo={runUndo} />

        {isBusy && <Spinner size="tiny" labelPosition="after" label={t(lang, busy === 'recheck' ? 'rechecking' : 'busy')} />}

        {error && <ErrorBar error={error.value} lang={lang} />}

        {panel !== null && <ComputePanel key={panel} actions={actions} lang={lang} busy={isBusy} onWrite={writeComputed} onCancel={closePanel} />}

        {appendixOpen &&
          (AppendixPanel ? (
            <AppendixPanel
              actions={panelActions}
              lang={lang}
              busy={isBusy}
              initial={appendixDraft.current}
              onDraft={saveAppendixDraft}
              onClose={() => setAppendixOpen(false)}
            />
          ) : (
            <Spinner size="tiny" labelPosition="after" label={t(lang, 'busy')} />
          ))}

        {!isBusy && !error && !outcome && panel === null && !appendixOpen && <Caption1 className={s.hint}>{t(lang, 'idle')}</Caption1>}

        {report && outcome && (
          <>
            <div role="status">{outcome.auto && !isBusy && <Caption1 className={s.hint}>{t(lang, 'rechecked')}</Caption1>}</div>
            {outcome.lang !== lang && <Caption1 className={s.hint}>{t(lang, 'reportLangNote')}</Caption1>}
            <Facts report={report} lang={lang} syncs={outcome.result.syncs} />
            {outcome.action === 'compute' && <ComputedList computed={report.computed} lang={lang} />}
            <IssuesView
              issues={report.issues}
              lang={lang}
              busy={isBusy}
              onSelect={(issue) => selectCell(report.name, issue.cell)}
              unrecognised={report.kind === null ? (report.unrecognised ?? []) : undefined}
              groups={report.groups}
              onFixAll={applyFixes}
              ignored={report.ignored ?? []}
              onIgnore={ignoreIssue}
              onUnignore={unignoreIssue}
              onChooseKind={chooseKind}
              onSelectCell={(cell) => selectCell(report.name, cell)}
              onFix={applyFix}
              tools={tools}
            />
            <TablesView
              report={report}
              lang={lang}
              overrides={overrides}
              disabled={isBusy}
              onRole={changeRole}
              onReset={resetRoles}
              onChooseKind={chooseKind}
              onDirection={chooseDirection}
              onHeaderRows={chooseHeaderRows}
            />
          </>
        )}
      </main>
    </FluentProvider>
  );
}

export default App;
