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
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
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
import type { SheetSnapshot, WorkbookInit } from '../host/memory/types';
import { missingRequirement } from '../host/excel/requirements';
import type { Lang } from '../i18n/lang';
import { App } from '../taskpane/App';
import { saveFile } from '../taskpane/appendix';
import { UnsupportedHostNotice } from '../taskpane/HostSupport';
import type { DiagnosticsEnv } from '../taskpane/diagnostics';
import { t } from '../taskpane/i18n';
import { setPseudoLocale } from '../taskpane/pseudo';
import { FLUENT_THEMES, isDarkOfficeTheme } from '../taskpane/theme';
import { cellAddress, parseRange, type CellPos } from './a1';
import { loadExcelJS } from './exceljs';
import { formatBytes, openFailureWords } from './file-words';
import { formatCellValue } from './numfmt';
import { parseWorkbenchOptions, simulatedIsSetSupported, type WorkbenchOptions } from './options';
import { sampleWorkbook } from './sample';
import { SheetGrid } from './SheetGrid';
import { MAX_FILE_BYTES, openWorkbookFile, type ExcelJSLib, type WorkbookFile } from './xlsx-open';
import { savedFileName, workbookFileBytes, XLSX_MIME } from './xlsx-save';

interface Session {
  id: number;
  memoryExcel: MemoryExcelControl;
  actions: PaneActions | null;
  actionsError: unknown;
  /** The requirement set the simulated Excel lacks ("ExcelApi 1.7"), or null. */
  missing: string | null;
  /** The name of the file the workbook was opened from; null for the sample. */
  fileName: string | null;
}

let sessions = 0;

/**
 * A fresh in-memory Excel holding a copy of `workbook` (the sample by
 * default; `fileName` the file it was opened from) and the pane's actions
 * on it, acting as an Excel with the sets `isSetSupported` says (all by
 * default).
 */
export function createSession(
  isSetSupported: (set: string, version: string) => boolean = () => true,
  workbook: WorkbookInit = sampleWorkbook,
  fileName: string | null = null
): Session {
  const memoryExcel = createMemoryExcel(workbook);
  let actions: PaneActions | null = null;
  let actionsError: unknown = null;
  const missing = missingRequirement(isSetSupported);
  try {
    actions = createExcelActions(memoryExcel, { isSetSupported });
  } catch (err) {
    actionsError = err;
  }
  return { id: ++sessions, memoryExcel, actions, actionsError, missing, fileName };
}

/** The most of a sheet the grid draws (the pane still reads all of it): a table of more cells would make the page crawl. */
export const GRID_MAX_ROWS = 1000;
export const GRID_MAX_COLS = 100;

/** A message above the sheet, in both languages (the page's own first). */
interface Notice {
  intent: 'success' | 'warning' | 'error';
  /** Its lines in one language: the first is its title. */
  words(lang: Lang): string[];
}

/** What the workbench is doing with a file while the buttons wait. */
interface Busy {
  kind: 'open' | 'save';
  file: string;
}

/** Let the browser draw (the progress message) before a long piece of work. */
function paint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/** How the workbench reaches files and ExcelJS (the tests hand in their own). */
export interface WorkbenchFiles {
  loadExcelJS(): Promise<ExcelJSLib>;
  /** Hand the saved bytes to the browser as a download. */
  download(bytes: Uint8Array, name: string): void;
}

const browserFiles: WorkbenchFiles = {
  loadExcelJS,
  download: (bytes, name) => saveFile(bytes, name, XLSX_MIME),
};

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
  fileBar: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-end',
    rowGap: '6px',
    flexShrink: 0,
    maxWidth: '45%',
  },
  fileButtons: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'flex-end',
    columnGap: '8px',
    rowGap: '4px',
  },
  fileName: {
    maxWidth: '100%',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  notices: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '4px',
    padding: '4px 12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  progress: {
    display: 'flex',
    alignItems: 'center',
    columnGap: '8px',
  },
  otherLang: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
  },
  dropTarget: {
    position: 'absolute',
    inset: '8px',
    zIndex: 10,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexDirection: 'column',
    rowGap: '4px',
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: 'rgba(255, 255, 255, 0.92)',
    color: tokens.colorBrandForeground1,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    pointerEvents: 'none',
  },
  body: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
  },
  book: {
    position: 'relative',
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

/** Under a short pane in Office's dark theme, the task pane's window is dark too (as taskpane's index.tsx paints the page). */
function paneBackground(options: WorkbenchOptions): React.CSSProperties {
  if (!isDarkOfficeTheme(options.officeTheme)) return {};
  return { backgroundColor: FLUENT_THEMES.dark.colorNeutralBackground1, colorScheme: 'dark' };
}

/** Whether a drag carries files (not text or a link dragged about the page). */
function draggingFiles(e: React.DragEvent): boolean {
  return Array.from(e.dataTransfer?.types ?? []).includes('Files');
}

export function Workbench(props: { initial?: Session; options?: WorkbenchOptions; files?: WorkbenchFiles }) {
  const s = useStyles();
  const options = props.options ?? parseWorkbenchOptions('');
  const files = props.files ?? browserFiles;
  const isSetSupported = React.useMemo(() => simulatedIsSetSupported(options.excelApi), [options.excelApi]);
  // The page's language first, the other beside it.
  const L: Lang = options.lang;
  const O: Lang = L === 'vi' ? 'en' : 'vi';
  const [session, setSession] = React.useState<Session>(() => props.initial ?? createSession(isSetSupported));
  const [version, setVersion] = React.useState(0);
  const [hover, setHover] = React.useState<CellPos | null>(null);
  const [pinned, setPinned] = React.useState<CellPos | null>(null);
  const [editError, setEditError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const busyRef = React.useRef(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [dropping, setDropping] = React.useState(false);
  const fileInput = React.useRef<HTMLInputElement | null>(null);
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
  const snapshot = React.useMemo(() => mx.snapshot(active, { rows: GRID_MAX_ROWS, cols: GRID_MAX_COLS }), [mx, active, version]);
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

  const startSession = (next: Session) => {
    setHover(null);
    setPinned(null);
    setEditError(null);
    setSession(next);
  };

  const reset = () => {
    setNotice(null);
    startSession(createSession(isSetSupported));
  };

  /** One file at a time: the buttons wait, a message says what is going on. */
  const withBusy = async (b: Busy, work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(b);
    setNotice(null);
    try {
      await paint();
      await work();
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  };

  /** Open a planner's .xlsx: a fresh session on it, or a message saying why not (the open workbook stays). */
  const openFile = (file: WorkbookFile | undefined) => {
    if (!file) return;
    void withBusy({ kind: 'open', file: file.name }, async () => {
      try {
        const opened = await openWorkbookFile(file, files.loadExcelJS);
        startSession(createSession(isSetSupported, opened.init, file.name));
        const sheets = opened.init.sheets.length;
        const saved = opened.savedResults;
        setNotice({
          intent: saved ? 'warning' : 'success',
          words: (lang) => [t(lang, 'wbOpened', { file: file.name, sheets }), ...(saved ? [t(lang, 'wbSavedResults', { n: saved })] : [])],
        });
      } catch (err) {
        setNotice({
          intent: 'error',
          words: (lang) => {
            const w = openFailureWords(err, file.name, lang);
            return [w.title, w.reason, t(lang, 'wbKept')];
          },
        });
      }
    });
  };

  /** Save the workbook as it is now, as an .xlsx download. */
  const save = () => {
    const name = savedFileName(session.fileName);
    void withBusy({ kind: 'save', file: name }, async () => {
      try {
        const lib = await files.loadExcelJS();
        files.download(await workbookFileBytes(mx.toInit(), lib), name);
        setNotice({ intent: 'success', words: (lang) => [t(lang, 'wbSaved', { file: name })] });
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        setNotice({ intent: 'error', words: (lang) => [t(lang, 'wbSaveFailed', { file: name, detail })] });
      }
    });
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

  const both = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => `${t(L, key, params)} / ${t(O, key, params)}`;
  const limit = (lang: Lang) => formatBytes(MAX_FILE_BYTES, lang);
  const saveName = savedFileName(session.fileName);
  const workingOn = (lang: Lang) => t(lang, 'wbWorkingOn', { file: session.fileName ?? t(lang, 'wbSampleName') });

  return (
    <FluentProvider theme={webLightTheme} lang={L}>
      <div
        className={s.page}
        // A file dropped anywhere but on the sheet must not make the browser leave the page for it.
        onDragOver={(e) => {
          if (!draggingFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'none';
        }}
        onDrop={(e) => {
          if (draggingFiles(e)) e.preventDefault();
        }}
      >
        <header className={s.banner}>
          <div className={s.bannerText}>
            <Subtitle2 as="h1">{t(L, 'wbTitle')}</Subtitle2>
            <Caption1 lang={L}>{`${t(L, 'wbIntro')} ${t(L, 'wbEditHint')}`}</Caption1>
            <Caption1 lang={O} className={s.muted}>
              {`${t(O, 'wbIntro')} ${t(O, 'wbEditHint')}`}
            </Caption1>
          </div>
          <div className={s.fileBar}>
            <Caption1 className={s.fileName} title={`${workingOn(L)} / ${workingOn(O)}`} data-file={session.fileName ?? ''}>
              {workingOn(L)}
            </Caption1>
            <div className={s.fileButtons}>
              <input
                ref={fileInput}
                type="file"
                accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                style={{ display: 'none' }}
                aria-label={both('wbFileInput')}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  // Cleared, so that choosing the same file again opens it again.
                  e.target.value = '';
                  openFile(file);
                }}
              />
              <Button
                size="small"
                appearance="primary"
                disabled={busy !== null}
                onClick={() => fileInput.current?.click()}
                title={`${t(L, 'wbOpenHint', { limit: limit(L) })} / ${t(O, 'wbOpenHint', { limit: limit(O) })}`}
              >
                {t(L, 'wbOpen')}
              </Button>
              <Button size="small" disabled={busy !== null} onClick={save} title={both('wbSaveHint', { file: saveName })}>
                {t(L, 'wbSave')}
              </Button>
              <Button size="small" disabled={busy !== null} onClick={reset} title={both('wbResetHint')}>
                {t(L, 'wbReset')}
              </Button>
            </div>
          </div>
        </header>
        {(busy || notice) && (
          <div className={s.notices}>
            {busy && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>
                  <span className={s.progress} role="status" data-busy={busy.kind}>
                    <Spinner size="tiny" />
                    <span>
                      <span lang={L}>{t(L, busy.kind === 'open' ? 'wbOpening' : 'wbSaving', { file: busy.file })}</span>
                      {' / '}
                      <span lang={O}>{t(O, busy.kind === 'open' ? 'wbOpening' : 'wbSaving', { file: busy.file })}</span>
                    </span>
                  </span>
                </MessageBarBody>
              </MessageBar>
            )}
            {notice && !busy && (
              <MessageBar intent={notice.intent} layout="multiline" data-notice={notice.intent}>
                <MessageBarBody>
                  {[L, O].map((lang) => {
                    const [title, ...rest] = notice.words(lang);
                    return (
                      <span key={lang} lang={lang} className={lang === O ? s.otherLang : undefined} style={lang === L ? { display: 'block' } : undefined}>
                        {lang === L ? <MessageBarTitle>{title}</MessageBarTitle> : title} {rest.join(' ')}
                      </span>
                    );
                  })}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button appearance="transparent" size="small" aria-label={both('wbDismiss')} onClick={() => setNotice(null)}>
                      ×
                    </Button>
                  }
                />
              </MessageBar>
            )}
          </div>
        )}
        <div className={s.body}>
          <section
            className={s.book}
            aria-label={t(L, 'wbSheets')}
            data-dropping={dropping ? '' : undefined}
            onDragEnter={(e) => {
              if (!draggingFiles(e) || busy) return;
              e.preventDefault();
              setDropping(true);
            }}
            onDragOver={(e) => {
              if (!draggingFiles(e)) return;
              e.preventDefault();
              e.stopPropagation();
              e.dataTransfer.dropEffect = busy ? 'none' : 'copy';
              if (!busy && !dropping) setDropping(true);
            }}
            onDragLeave={(e) => {
              const to = e.relatedTarget as Node | null;
              if (!to || !e.currentTarget.contains(to)) setDropping(false);
            }}
            onDrop={(e) => {
              if (!draggingFiles(e)) return;
              e.preventDefault();
              e.stopPropagation();
              setDropping(false);
              if (!busy) openFile(e.dataTransfer.files[0]);
            }}
          >
            <FormulaBar snapshot={snapshot} pos={hover ?? pinned} />
            {editError && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <span lang={L}>{t(L, 'wbEditFailed', { detail: editError })}</span>
                  {' / '}
                  <span lang={O}>{t(O, 'wbEditFailed', { detail: editError })}</span>
                </MessageBarBody>
              </MessageBar>
            )}
            <SheetGrid snapshot={snapshot} selection={selection} pinned={pinned} onHover={setHover} onPin={setPinned} onEdit={edit} lang={L} />
            <div className={s.tabs}>
              <TabList size="small" selectedValue={active} onTabSelect={(_, data) => activate(String(data.value))} aria-label={t(L, 'wbSheets')}>
                {names.map((n) => (
                  <Tab key={n} value={n}>
                    {n}
                  </Tab>
                ))}
              </TabList>
            </div>
            {dropping && (
              <div className={s.dropTarget} aria-hidden="true">
                <span lang={L}>{t(L, 'wbDropHere')}</span>
                <span lang={O}>{t(O, 'wbDropHere')}</span>
              </div>
            )}
          </section>
          <aside className={s.pane} style={{ width: `${options.paneWidth}px`, ...paneBackground(options) }} aria-label={t(L, 'wbPane')}>
            {session.missing ? (
              <UnsupportedHostNotice missing={session.missing} officeTheme={options.officeTheme ?? undefined} />
            ) : session.actions ? (
              <App
                key={session.id}
                actions={session.actions}
                initialLang={options.lang}
                diagnostics={diagnostics}
                officeTheme={options.officeTheme ?? undefined}
              />
            ) : (
              <div className={s.paneError}>
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{t(L, 'errorGeneric')}</MessageBarTitle>
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
