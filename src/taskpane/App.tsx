/**
 * The task pane: check and compute the active sheet, and what they found,
 * laid out for a 320 px wide pane. "Tính toán" opens the compute panel
 * (ComputePanel.tsx): choose the columns, preview, then write. "Phụ lục"
 * opens the appendix panel (appendix-panel/): gather the key tasks, then
 * insert the appendix, copy it for Word or download a .docx; what it holds
 * is kept while it is closed. "Hoàn tác" (UndoBar.tsx) takes back the
 * add-in's last operation. Around the report: select a problem's
 * cell, mark the problem cells, quick fixes with undo, export the issue
 * list (ExportIssues.tsx: a new sheet or a .csv), column role
 * corrections, and a re-check after the user edits the sheet.
 *
 * It is a view: what runs, and what the pane shows of it, is the pane's
 * session (src/app/session), read with useSyncExternalStore. Only what is
 * the view's own is kept here: the language, which panel is open. Every
 * string comes from i18n.ts; cell text is always rendered as text, never
 * as markup.
 */
import * as React from 'react';
import { Button, Caption1, FluentProvider, Spinner, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { ComputeChoice, PaneActions } from '../app/types';
import { createPaneSession, type PaneSession } from '../app/session';
import type { Lang } from '../i18n/lang';
import { DEFAULT_LANG, t } from './i18n';
import type { AppendixDraft } from './appendix-panel';
import type { DiagnosticsEnv } from './diagnostics';
import { ComputePanel } from './ComputePanel';
import { ErrorBar } from './ErrorBar';
import { ExportIssues } from './ExportIssues';
import { IssuesView } from './IssuesView';
import { PaneHeader } from './PaneHeader';
import { ComputedList, Facts } from './ReportSummary';
import { SentencesView } from './SentencesView';
import { TablesView, type WordSource } from './TablesView';
import { wordDocOf } from '../app/word';
import { UndoBar } from './UndoBar';
import { WorkbookView } from './WorkbookView';
import { usePaneTheme, type OfficeThemeLike } from './theme';

export { columnRoleText } from './TablesView';
export { isUserFacingError } from './ErrorBar';
export { RECHECK_DELAY_MS } from '../app/session';

/**
 * A module loaded the first time it is asked for (its own chunk), then
 * kept; a failed load (offline) is tried again at the next ask.
 */
function onDemand<M>(load: () => Promise<M>): () => Promise<M> {
  let pending: Promise<M> | null = null;
  return () => {
    if (!pending) {
      pending = load();
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  };
}

/** The appendix panel, loaded the first time "Phụ lục" is pressed. */
type AppendixModule = typeof import('./appendix-panel');
const loadAppendixPanel = onDemand(() => import(/* webpackChunkName: "appendix" */ './appendix-panel'));

/** The diagnostics view, loaded the first time "Chẩn đoán" is pressed (with the contract suite). */
type DiagnosticsModule = typeof import('./DiagnosticsView');
const loadDiagnosticsView = onDemand(() => import(/* webpackChunkName: "diagnostics" */ './DiagnosticsView'));

/** "Kiểm tra đoạn văn", loaded the first time it is pressed (with the prose check). */
type ProseModule = typeof import('./ProseView');
const loadProseView = onDemand(() => import(/* webpackChunkName: "prose" */ './ProseView'));

export interface AppProps {
  /** The pane's actions; the pane keeps the ones it was first given (give it a new `key` for others). */
  actions: PaneActions;
  initialLang?: Lang;
  /** What the "Chẩn đoán" view needs (the Excel to run the contract suite on, office.js); no such view without it. */
  diagnostics?: DiagnosticsEnv;
  /** Office's theme (Office.context.officeTheme): a dark one makes the pane dark; the system's forced colours, high contrast (theme.ts). */
  officeTheme?: OfficeThemeLike;
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
  actions: {
    display: 'flex',
    columnGap: '8px',
  },
  actionButton: {
    flexGrow: 1,
    minWidth: 0,
  },
  workbookButton: {
    alignSelf: 'flex-start',
    maxWidth: '100%',
  },
  hint: {
    color: tokens.colorNeutralForeground3,
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
});

/** The pane's session, made once, open while the pane is on screen. */
function usePaneSession(actions: PaneActions): PaneSession {
  const [session] = React.useState(() => createPaneSession(actions, {}));
  React.useEffect(() => {
    session.open();
    return () => session.close();
  }, [session]);
  return session;
}

export function App({ actions, initialLang = DEFAULT_LANG, diagnostics, officeTheme }: AppProps) {
  const s = useStyles();
  const { kind: themeKind, theme } = usePaneTheme(officeTheme);
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const session = usePaneSession(actions);
  const { busy, outcome, overrides, error, markOn, undoEntries, undoConflict, undone, excelUndoOff, exported, workbook } = React.useSyncExternalStore(
    session.subscribe,
    session.getState
  );
  /** The compute panel: null when closed; a new number each time it is (re)opened. */
  const [panel, setPanel] = React.useState<number | null>(null);
  const panelCount = React.useRef(0);
  /** The appendix panel is open (one panel at a time). */
  const [appendixOpen, setAppendixOpen] = React.useState(false);
  /** What the appendix panel held when it was closed. */
  const appendixDraft = React.useRef<AppendixDraft | undefined>(undefined);
  const [appendixPanel, setAppendixPanel] = React.useState<AppendixModule['AppendixPanel'] | null>(null);
  /** The diagnostics view is open (one panel at a time), and its component once loaded. */
  const [diagOpen, setDiagOpen] = React.useState(false);
  const [diagView, setDiagView] = React.useState<DiagnosticsModule['DiagnosticsView'] | null>(null);
  /** "Kiểm tra đoạn văn" is open (one panel at a time), and its component once loaded. */
  const [proseOpen, setProseOpen] = React.useState(false);
  const [proseView, setProseView] = React.useState<ProseModule['ProseView'] | null>(null);
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** "Tính toán" opens the panel (again: a new preview, from the sheet as it is now); nothing is written yet. */
  const openPanel = () => {
    setAppendixOpen(false);
    setDiagOpen(false);
    setProseOpen(false);
    setPanel(++panelCount.current);
  };

  /** "Chẩn đoán" opens the diagnostics view, or closes it when open. */
  const toggleDiagnostics = () => {
    if (diagOpen) {
      setDiagOpen(false);
      return;
    }
    setPanel(null);
    setAppendixOpen(false);
    setProseOpen(false);
    setDiagOpen(true);
    if (diagView) return;
    loadDiagnosticsView().then(
      (m) => {
        if (mounted.current) setDiagView(() => m.DiagnosticsView);
      },
      (err: unknown) => {
        if (!mounted.current) return;
        setDiagOpen(false);
        session.fail(err);
      }
    );
  };

  /** "Phụ lục" opens the appendix panel, or closes it when open. */
  const toggleAppendix = () => {
    setPanel(null);
    setDiagOpen(false);
    setProseOpen(false);
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
        session.fail(err);
      }
    );
  };

  /** "Kiểm tra đoạn văn" opens the prose check, or closes it when open. */
  const toggleProse = () => {
    setPanel(null);
    setDiagOpen(false);
    setAppendixOpen(false);
    if (proseOpen) {
      setProseOpen(false);
      return;
    }
    setProseOpen(true);
    if (proseView) return;
    loadProseView().then(
      (m) => {
        if (mounted.current) setProseView(() => m.ProseView);
      },
      (err: unknown) => {
        if (!mounted.current) return;
        setProseOpen(false);
        session.fail(err);
      }
    );
  };

  const saveAppendixDraft = React.useCallback((draft: AppendixDraft) => {
    appendixDraft.current = draft;
  }, []);

  /** "Ghi vào trang tính": write the chosen columns; the panel closes once written. */
  const writeComputed = (choice: ComputeChoice) => void session.compute(choice, () => setPanel(null));

  const report = outcome?.result.report;
  // The tables go to Word from the check's read; after a compute the sheet is read again by a check first.
  const read = outcome?.result.read;
  const word: WordSource | undefined = read ? { doc: (index) => wordDocOf(read, index) } : outcome?.action === 'compute' ? { recheck: true } : undefined;
  const AppendixPanel = appendixPanel;
  const DiagnosticsView = diagView;
  const isBusy = busy !== null;

  // Exported once a check of a recognised sheet found issues.
  const exportable = !!report && report.kind !== null && report.issues.length > 0;
  const tools = (
    <>
      <div className={s.tools}>
        <Switch className={s.switch} checked={markOn} onChange={(_, data) => session.setMarking(data.checked)} label={t(lang, 'markSwitch')} />
      </div>
      {exportable && (
        <ExportIssues
          lang={lang}
          busy={isBusy}
          table={session.issueTable}
          onExportSheet={() => void session.exportIssues(lang)}
          exported={exported}
          onOpen={(sheet) => session.select(sheet, 'A1')}
          onError={session.fail}
        />
      )}
    </>
  );

  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={s.root} aria-busy={isBusy} data-theme={themeKind}>
        <PaneHeader lang={lang} onLang={setLang} onDiagnostics={diagnostics ? toggleDiagnostics : undefined} diagnosticsOpen={diagOpen} />

        {diagnostics &&
          diagOpen &&
          (DiagnosticsView ? (
            <DiagnosticsView env={diagnostics} lang={lang} onClose={() => setDiagOpen(false)} />
          ) : (
            <Spinner size="tiny" labelPosition="after" label={t(lang, 'busy')} />
          ))}

        <div className={s.actions}>
          <Button className={s.actionButton} appearance="primary" disabled={isBusy} title={t(lang, 'checkHint')} onClick={() => void session.check()}>
            {t(lang, 'check')}
          </Button>
          <Button className={s.actionButton} disabled={isBusy} title={t(lang, 'computeHint')} aria-expanded={panel !== null} onClick={openPanel}>
            {t(lang, 'compute')}
          </Button>
          <Button className={s.actionButton} title={t(lang, 'appendixHint')} aria-expanded={appendixOpen} onClick={toggleAppendix}>
            {t(lang, 'appendix')}
          </Button>
        </div>
        <Button
          className={s.workbookButton}
          appearance="subtle"
          size="small"
          disabled={isBusy}
          title={t(lang, 'checkWorkbookHint')}
          onClick={() => void session.checkWorkbook()}
        >
          {t(lang, 'checkWorkbook')}
        </Button>
        <Button className={s.workbookButton} appearance="subtle" size="small" title={t(lang, 'proseHint')} aria-expanded={proseOpen} onClick={toggleProse}>
          {t(lang, 'proseOpen')}
        </Button>
        {proseOpen &&
          (proseView ? (
            React.createElement(proseView, {
              lang,
              against: outcome?.result.read,
              fromSelection: actions.readSelectionText,
              onError: session.fail,
              onClose: () => setProseOpen(false),
            })
          ) : (
            <Spinner size="tiny" labelPosition="after" label={t(lang, 'busy')} />
          ))}

        <UndoBar entries={undoEntries} lang={lang} busy={isBusy} conflict={undoConflict} done={undone} onUndo={session.undo} />
        {excelUndoOff && (
          <Caption1 className={s.hint} role="note">
            {t(lang, 'excelUndoOff')}
          </Caption1>
        )}

        {isBusy && <Spinner size="tiny" labelPosition="after" label={t(lang, busy === 'recheck' ? 'rechecking' : 'busy')} />}

        {error && <ErrorBar error={error.value} lang={lang} />}

        {panel !== null && (
          <ComputePanel key={panel} preview={session.preview} lang={lang} busy={isBusy} onWrite={writeComputed} onCancel={() => setPanel(null)} />
        )}

        {appendixOpen &&
          (AppendixPanel ? (
            <AppendixPanel
              actions={session.appendixActions}
              lang={lang}
              busy={isBusy}
              initial={appendixDraft.current}
              onDraft={saveAppendixDraft}
              onClose={() => setAppendixOpen(false)}
            />
          ) : (
            <Spinner size="tiny" labelPosition="after" label={t(lang, 'busy')} />
          ))}

        {!isBusy && !error && !outcome && !workbook && panel === null && !appendixOpen && !diagOpen && !proseOpen && (
          <Caption1 className={s.hint}>{t(lang, 'idle')}</Caption1>
        )}

        {workbook && <WorkbookView check={workbook.check} lang={lang} busy={isBusy} onOpen={(sheet, cell) => void session.openSheet(sheet, cell)} />}

        {!workbook && report && outcome && (
          <>
            <div role="status">{outcome.auto && !isBusy && <Caption1 className={s.hint}>{t(lang, 'rechecked')}</Caption1>}</div>
            <Facts report={report} lang={lang} />
            {(report.kind === 'indicator-plan' || report.kind === 'time-series' || report.kind === 'investment') && (
              <SentencesView
                key={`${report.name}@${outcome.at}`}
                lang={lang}
                busy={isBusy}
                load={session.statements}
                insert={session.insertSentences}
                onOpen={(sheet) => session.select(sheet, 'A1')}
                onSelect={(cell) => session.select(report.name, cell)}
                onError={session.fail}
              />
            )}
            {outcome.action === 'compute' && <ComputedList computed={report.computed} lang={lang} />}
            <IssuesView
              issues={report.issues}
              lang={lang}
              busy={isBusy}
              onSelect={(issue) => session.select(report.name, issue.cell)}
              unrecognised={report.kind === null ? (report.unrecognised ?? []) : undefined}
              groups={report.groups}
              onFixAll={session.applyFixes}
              ignored={report.ignored ?? []}
              onIgnore={session.ignoreIssue}
              onUnignore={session.unignoreIssue}
              onChooseKind={session.chooseKind}
              onSelectCell={(cell) => session.select(report.name, cell)}
              onFix={session.applyFix}
              tools={tools}
            />
            <TablesView
              report={report}
              lang={lang}
              overrides={overrides}
              disabled={isBusy}
              onRole={session.setRole}
              onReset={session.resetRoles}
              onChooseKind={session.chooseKind}
              onDirection={session.chooseDirection}
              onHeaderRows={session.chooseHeaderRows}
              onChart={(index) => session.insertChart(index, lang)}
              word={word}
            />
          </>
        )}
      </main>
    </FluentProvider>
  );
}

export default App;
