/**
 * The local workbench (workbench.html): the sample workbook in an in-memory
 * Excel on the left, the real task pane on the right, working on it through
 * the same `createExcelActions` as inside Excel. For machines with no Excel.
 * Its query string (options.ts) sets the pane's language (or the
 * pseudo-locale), its width and the Excel version it acts as; test/e2e reads
 * the workbook through `window.__chitieuWorkbench` (read-only).
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { createExcelActions } from '../app/actions';
import type { PaneActions } from '../app/types';
import { createMemoryExcel, type MemoryExcelControl } from '../host/memory/excel';
import type { SheetSnapshot } from '../host/memory/types';
import { missingRequirement } from '../host/excel/requirements';
import { App } from '../taskpane/App';
import { UnsupportedHostNotice } from '../taskpane/HostSupport';
import type { DiagnosticsEnv } from '../taskpane/diagnostics';
import { t } from '../taskpane/i18n';
import { setPseudoLocale } from '../taskpane/pseudo';
import { cellAddress, parseRange, type CellPos } from './a1';
import { formatCellValue } from './numfmt';
import { parseWorkbenchOptions, simulatedIsSetSupported, type WorkbenchOptions } from './options';
import { sampleWorkbook } from './sample';
import { SheetGrid } from './SheetGrid';

interface Session {
  id: number;
  memoryExcel: MemoryExcelControl;
  actions: PaneActions | null;
  actionsError: unknown;
  /** The requirement set the simulated Excel lacks ("ExcelApi 1.7"), or null. */
  missing: string | null;
}

let sessions = 0;

/**
 * A fresh in-memory copy of the sample workbook and the pane's actions on
 * it, acting as an Excel with the sets `isSetSupported` says (all by default).
 */
export function createSession(isSetSupported: (set: string, version: string) => boolean = () => true): Session {
  const memoryExcel = createMemoryExcel(sampleWorkbook);
  let actions: PaneActions | null = null;
  let actionsError: unknown = null;
  const missing = missingRequirement(isSetSupported);
  try {
    actions = createExcelActions(memoryExcel, { isSetSupported });
  } catch (err) {
    actionsError = err;
  }
  return { id: ++sessions, memoryExcel, actions, actionsError, missing };
}

/** What `window.__chitieuWorkbench` offers the browser tests: copies, never the live workbook. */
export interface WorkbenchProbe {
  sheetNames(): string[];
  activeSheet(): string;
  selection(): { sheet: string; address: string } | null;
  /** The sheet (the active one by default) as the grid draws it. */
  snapshot(sheet?: string): SheetSnapshot;
  /** A1 address → formula of every cell of the sheet that holds one. */
  formulas(sheet?: string): Record<string, string>;
}

export function workbenchProbe(mx: MemoryExcelControl): WorkbenchProbe {
  const copy = <T,>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
  const snap = (sheet?: string) => mx.snapshot(sheet ?? mx.activeSheet());
  return {
    sheetNames: () => mx.sheetNames().slice(),
    activeSheet: () => mx.activeSheet(),
    selection: () => copy(mx.selection()),
    snapshot: (sheet) => copy(snap(sheet)),
    formulas: (sheet) => {
      const out: Record<string, string> = {};
      snap(sheet).cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.formula) out[cellAddress(r, c)] = cell.formula;
        })
      );
      return out;
    },
  };
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    boxSizing: 'border-box',
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  banner: {
    display: 'flex',
    alignItems: 'center',
    columnGap: '16px',
    padding: '8px 12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bannerText: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground3,
  },
  body: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
  },
  book: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  formulaBar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: '8px',
    padding: '4px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minHeight: '26px',
    fontSize: '13px',
  },
  nameBox: {
    width: '64px',
    flexShrink: 0,
    fontFamily: tokens.fontFamilyMonospace,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: '1px 4px',
  },
  fx: {
    fontStyle: 'italic',
    color: tokens.colorNeutralForeground3,
    flexShrink: 0,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    padding: '0 4px',
  },
  pane: {
    width: '320px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  paneError: {
    padding: '12px',
  },
});

function FormulaBar(props: { snapshot: SheetSnapshot; pos: CellPos | null }) {
  const s = useStyles();
  const { snapshot, pos } = props;
  if (!pos) {
    return (
      <div className={s.formulaBar}>
        <Caption1 className={s.muted}>
          {t('vi', 'wbFormulaBarEmpty')} / {t('en', 'wbFormulaBarEmpty')}
        </Caption1>
      </div>
    );
  }
  const cell = snapshot.cells[pos.row]?.[pos.col];
  const content = cell?.formula ?? (cell ? formatCellValue(cell.value, cell.numberFormat) : '');
  return (
    <div className={s.formulaBar} aria-live="polite">
      <span className={s.nameBox}>{cellAddress(pos.row, pos.col)}</span>
      <span className={s.fx} aria-hidden="true">
        fx
      </span>
      <span className={s.formula} title={content}>
        {content}
      </span>
      {cell?.formula && <Caption1 className={s.muted}>= {formatCellValue(cell.value, cell.numberFormat)}</Caption1>}
    </div>
  );
}

export function Workbench(props: { initial?: Session; options?: WorkbenchOptions }) {
  const s = useStyles();
  const options = props.options ?? parseWorkbenchOptions('');
  const isSetSupported = React.useMemo(() => simulatedIsSetSupported(options.excelApi), [options.excelApi]);
  const [session, setSession] = React.useState<Session>(() => props.initial ?? createSession(isSetSupported));
  const [version, setVersion] = React.useState(0);
  const [hover, setHover] = React.useState<CellPos | null>(null);
  const [pinned, setPinned] = React.useState<CellPos | null>(null);
  const [editError, setEditError] = React.useState<string | null>(null);
  const mx = session.memoryExcel;
  /** "Chẩn đoán" on the in-memory Excel: no office.js (its facts are "không rõ"), the simulated sets, and its undo history to see. */
  const diagnostics = React.useMemo<DiagnosticsEnv>(
    () => ({
      excel: mx,
      isSetSupported,
      contractHost: {
        kind: 'memory',
        undoHistory: () => mx.undoHistory,
        userEdit: (sheet, address, input) => mx.userEdit(sheet, address, input),
        idle: () => mx.idle(),
      },
    }),
    [mx, isSetSupported]
  );

  React.useEffect(() => mx.subscribe(() => setVersion((v) => v + 1)), [mx]);
  React.useEffect(() => {
    (globalThis as { chitieuWorkbench?: Session }).chitieuWorkbench = session;
    (globalThis as { __chitieuWorkbench?: WorkbenchProbe }).__chitieuWorkbench = workbenchProbe(session.memoryExcel);
  }, [session]);

  const names = mx.sheetNames();
  const active = mx.activeSheet();
  // `version` changes on every sync that changed the workbook.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version: the workbook changed, read it again
  const snapshot = React.useMemo(() => mx.snapshot(active), [mx, active, version]);
  const sel = mx.selection();
  const selection = sel && sel.sheet === active ? parseRange(sel.address) : null;

  const activate = (name: string) => {
    if (name === active) return;
    mx.activate(name);
    setHover(null);
    setPinned(null);
    setEditError(null);
    setVersion((v) => v + 1);
  };

  const reset = () => {
    setHover(null);
    setPinned(null);
    setEditError(null);
    setSession(createSession(isSetSupported));
  };

  /** A person typed into a cell: store it as Excel would (the pane hears of it). */
  const edit = (pos: CellPos, text: string) => {
    try {
      mx.userEdit(active, cellAddress(pos.row, pos.col), text === '' ? null : text);
      setEditError(null);
    } catch (err) {
      setEditError(err instanceof Error ? err.message : String(err));
    }
    // Subscribers hear of the edit at once; this also covers a failed one.
    setVersion((v) => v + 1);
  };

  return (
    <FluentProvider theme={webLightTheme} lang="vi">
      <div className={s.page}>
        <header className={s.banner}>
          <div className={s.bannerText}>
            <Subtitle2 as="h1">{t('vi', 'wbTitle')}</Subtitle2>
            <Caption1 lang="vi">{`${t('vi', 'wbIntro')} ${t('vi', 'wbEditHint')}`}</Caption1>
            <Caption1 lang="en" className={s.muted}>
              {`${t('en', 'wbIntro')} ${t('en', 'wbEditHint')}`}
            </Caption1>
          </div>
          <Button size="small" onClick={reset} title={t('en', 'wbReset')}>
            {t('vi', 'wbReset')}
          </Button>
        </header>
        <div className={s.body}>
          <section className={s.book} aria-label={t('vi', 'wbSheets')}>
            <FormulaBar snapshot={snapshot} pos={hover ?? pinned} />
            {editError && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <span lang="vi">{t('vi', 'wbEditFailed', { detail: editError })}</span>
                  {' / '}
                  <span lang="en">{t('en', 'wbEditFailed', { detail: editError })}</span>
                </MessageBarBody>
              </MessageBar>
            )}
            <SheetGrid snapshot={snapshot} selection={selection} pinned={pinned} onHover={setHover} onPin={setPinned} onEdit={edit} />
            <div className={s.tabs}>
              <TabList size="small" selectedValue={active} onTabSelect={(_, data) => activate(String(data.value))} aria-label={t('vi', 'wbSheets')}>
                {names.map((n) => (
                  <Tab key={n} value={n}>
                    {n}
                  </Tab>
                ))}
              </TabList>
            </div>
          </section>
          <aside className={s.pane} style={{ width: `${options.paneWidth}px` }} aria-label={t('vi', 'wbPane')}>
            {session.missing ? (
              <UnsupportedHostNotice missing={session.missing} />
            ) : session.actions ? (
              <App key={session.id} actions={session.actions} initialLang={options.lang} diagnostics={diagnostics} />
            ) : (
              <div className={s.paneError}>
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{t('vi', 'errorGeneric')}</MessageBarTitle>
                    {String(session.actionsError instanceof Error ? session.actionsError.message : session.actionsError)}
                  </MessageBarBody>
                </MessageBar>
              </div>
            )}
          </aside>
        </div>
      </div>
    </FluentProvider>
  );
}

if (typeof document !== 'undefined') {
  const container = document.getElementById('root');
  if (container) {
    const options = parseWorkbenchOptions(typeof location !== 'undefined' ? location.search : '');
    if (options.pseudo) setPseudoLocale(true);
    createRoot(container).render(<Workbench options={options} />);
  }
}
