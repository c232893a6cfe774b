/**
 * The task pane's controller, outside React: plain TypeScript over
 * PaneActions, tested without a DOM (test/app/session.test.ts). It holds
 * what the pane shows (the last report and how it was made, busy, the
 * error, the role corrections, the undo list and the last undo) and runs
 * what changes it: checks and computes, which never overlap; the check
 * that runs by itself a moment after the user edits the sheet; the marking
 * of problem cells; quick fixes, undo and the planner's decisions, each
 * followed by a check; the issue list exported to a new sheet; and a
 * cache of the last read of the sheet
 * (sheet-cache.ts), so that compute after a check, and the compute
 * panel's previews, do not read an unchanged sheet again.
 *
 * React reads it with useSyncExternalStore(session.subscribe,
 * session.getState): the state is a new object at each change.
 */
import type { Fix, Issue, Kind, RoleOverrides } from '../../engine/report';
import { issueTable, type IssueTable } from '../../i18n/issue-table';
import type { Lang } from '../../i18n/lang';
import {
  isUndoConflict,
  type ActionResult,
  type ComputeChoice,
  type ExportIssuesResult,
  type PaneActions,
  type PreviewResult,
  type SheetRead,
  type ChartResult,
  type StatementsResult,
  type UndoEntry,
  type WorkbookCheck,
} from '../types';
import type { SentencesTable } from '../sentences-sheet';
import { Marks } from './marks';
import { SheetCache } from './sheet-cache';

/** How long the pane waits after the last edit before it checks again. */
export const RECHECK_DELAY_MS = 600;

export type ReportAction = 'check' | 'compute';

/** What is running: the two actions, the ones that end with a check, and the issue list's export to a sheet. */
export type BusyKind = ReportAction | 'recheck' | 'fix' | 'undo' | 'roles' | 'export' | 'workbook';

export interface Outcome {
  action: ReportAction;
  result: ActionResult;
  /** True when the check ran by itself after the user edited the sheet. */
  auto: boolean;
  /** When it ended (ms since 1970): the day an exported issue list names. */
  at: number;
}

/** What the pane shows of the session. */
export interface PaneState {
  busy: BusyKind | null;
  /** The report on screen, or null. */
  outcome: Outcome | null;
  /** The role corrections saved for the report's sheet. */
  overrides: RoleOverrides;
  error: { value: unknown } | null;
  /** The switch "mark the problem cells" is on. */
  markOn: boolean;
  /** What the actions can undo (oldest first), read again after every operation. */
  undoEntries: UndoEntry[];
  /** The last undo was refused over the user's edits. */
  undoConflict: boolean;
  /** What the last undo took back. */
  undone: UndoEntry | null;
  /** Excel's Ctrl+Z does not cover the add-in's writes here (office-js #6711): the pane says so once it is known. */
  excelUndoOff: boolean;
  /** Where the issue list was last exported to, until another operation. */
  exported: ExportIssuesResult | null;
  /** "Kiểm tra cả sổ": every sheet's report, shown until the next report of one sheet. */
  workbook: { check: WorkbookCheck; at: number } | null;
}

/** setTimeout and clearTimeout, or a stand-in that a test drives. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

// Looked up at each call, so that fake timers installed later are used.
const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SessionOptions {
  timers?: Timers;
  /** Default RECHECK_DELAY_MS. */
  recheckDelayMs?: number;
  /** Clock (ms since 1970), for tests; Date.now by default. */
  now?: () => number;
}

interface RunOptions {
  /** The check that runs by itself after an edit. */
  auto?: boolean;
  /** Keep the report on screen when the run fails (fixes, corrections, re-checks). */
  keepReport?: boolean;
}

type Work = () => Promise<{ action: ReportAction; result: ActionResult }>;

interface Subscription {
  state: 'none' | 'pending' | 'active' | 'failed';
  stop?: () => Promise<void>;
}

export class PaneSession {
  private state: PaneState;
  private readonly listeners = new Set<() => void>();
  private readonly timers: Timers;
  private readonly recheckDelay: number;
  private readonly marks: Marks;
  private readonly cache = new SheetCache();
  /** The pane is open (false once closed: nothing more is shown or started). */
  private opened = true;
  /** A report-producing run is under way (runs never overlap). */
  private inFlight = false;
  /** An edit came in during a run: check again once it ends. */
  private pendingAuto = false;
  /** A run has ended with a report since the pane opened: edits are then followed by a check. */
  private reported = false;
  private timer: unknown = null;
  private subscription: Subscription = { state: 'none' };
  /** The actions for the appendix panel: its writes drop the cache and refresh the undo list. */
  readonly appendixActions: PaneActions;

  constructor(
    private readonly actions: PaneActions,
    private readonly options: SessionOptions
  ) {
    this.timers = options.timers ?? realTimers;
    this.recheckDelay = options.recheckDelayMs ?? RECHECK_DELAY_MS;
    this.marks = new Marks(actions);
    this.state = {
      busy: null,
      outcome: null,
      overrides: {},
      error: null,
      markOn: false,
      undoEntries: actions.undoList(),
      undoConflict: false,
      undone: null,
      excelUndoOff: false,
      exported: null,
      workbook: null,
    };
    this.appendixActions = {
      ...actions,
      insertAppendix: (...args) =>
        this.writing(async () => {
          try {
            return await actions.insertAppendix(...args);
          } finally {
            this.refreshUndo();
            this.update({ undone: null, exported: null });
          }
        }),
    };
  }

  // ------------------------------------------------------------ the store

  readonly getState = (): PaneState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private update(patch: Partial<PaneState>): void {
    if (!this.opened) return;
    this.state = { ...this.state, ...patch };
    for (const l of Array.from(this.listeners)) l();
  }

  /** The report on screen. */
  private get report() {
    return this.state.outcome?.result.report ?? null;
  }

  /** Show an error (a failure outside the runs: selecting a cell, loading a panel). */
  readonly fail = (err: unknown): void => {
    this.update({ error: { value: err } });
  };

  private refreshUndo(): void {
    this.update({ undoEntries: this.actions.undoList(), excelUndoOff: !!this.actions.excelUndoGroupOff?.() });
  }

  // ------------------------------------------------------------ open and close

  /** The pane is (again) on screen. */
  open(): void {
    this.opened = true;
  }

  /** The pane closes: no re-check, no more listening, no marking left behind. */
  close(): void {
    this.opened = false;
    this.reported = false;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    const sub = this.subscription;
    this.subscription = { state: 'none' };
    if (sub.stop) void sub.stop().catch(() => undefined);
    this.cache.invalidate();
    this.marks.leave();
  }

  // ------------------------------------------------------------ reading the sheet once

  /** Work that writes to the workbook: the read kept before it is stale after it (and during it). */
  private async writing<T>(work: () => Promise<T>): Promise<T> {
    this.cache.invalidate();
    try {
      return await work();
    } finally {
      this.cache.invalidate();
    }
  }

  /** Check the active sheet (always read afresh: a check by hand is the planner's way to see the sheet as it is), keeping the read. */
  private async checkSheet(): Promise<ActionResult> {
    const since = this.cache.begin();
    const result = await this.actions.check();
    this.cache.keep(result.read, since);
    return result;
  }

  /**
   * What compute would write for a choice (the compute panel's preview):
   * from the kept read when the sheet is unchanged since, else read (and
   * keep that read for the next preview and the write).
   */
  readonly preview = (choice?: ComputeChoice): Promise<PreviewResult> =>
    this.fromKept((kept) => (kept ? this.actions.previewCompute(choice, kept) : choice ? this.actions.previewCompute(choice) : this.actions.previewCompute()));

  /** An action run on the kept read when the sheet is unchanged since, else on a new read, which is then kept. */
  private async fromKept<T extends { read?: SheetRead }>(run: (kept?: SheetRead) => Promise<T>): Promise<T> {
    const kept = this.cache.current;
    if (kept) return run(kept);
    const since = this.cache.begin();
    const result = await run();
    this.cache.keep(result.read, since);
    // The pane must hear the edits that would make the kept read stale.
    if (this.cache.current) this.ensureSubscribed();
    return result;
  }

  /** The report's sentences of the active sheet ("Viết câu báo cáo"), from the kept read as the preview is. */
  readonly statements = (): Promise<StatementsResult> => this.fromKept((kept) => (kept ? this.actions.statements(kept) : this.actions.statements()));

  // ------------------------------------------------------------ change events

  private ensureSubscribed(): void {
    if (this.subscription.state !== 'none') return;
    this.subscription = { state: 'pending' };
    const listener = (sheet: string) => {
      if (!this.opened) return;
      this.cache.invalidate();
      // Before any report, an edit is only a reason to drop the kept read.
      if (!this.reported) return;
      const current = this.report;
      // An edit on another sheet does not change the report on screen.
      if (current && sheet && sheet !== current.name) return;
      this.scheduleRecheck();
    };
    const invalidate = () => this.cache.invalidate();
    this.actions.onSheetChanged(listener, { onEdit: invalidate, onActivated: invalidate }).then(
      (stop) => {
        if (!this.opened) {
          void stop().catch(() => undefined);
          return;
        }
        this.subscription = { state: 'active', stop };
      },
      () => {
        // No change events here (an older Excel): the user re-checks by hand, and every action reads the sheet.
        this.subscription = { state: 'failed' };
        this.cache.disable();
      }
    );
  }

  private scheduleRecheck(): void {
    if (!this.opened) return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      void this.execute('recheck', async () => ({ action: 'check', result: await this.checkSheet() }), { auto: true, keepReport: true });
    }, this.recheckDelay);
  }

  // ------------------------------------------------------------ runs

  /**
   * Run something that ends with a report: show busy, keep runs from
   * overlapping, then show the report, its role corrections and marking.
   */
  private async execute(kind: BusyKind, work: Work, opts: RunOptions = {}): Promise<void> {
    if (this.inFlight) {
      if (opts.auto) this.pendingAuto = true;
      return;
    }
    this.inFlight = true;
    this.update(opts.auto ? { busy: kind } : { busy: kind, error: null, undoConflict: false, exported: null, ...(kind !== 'undo' ? { undone: null } : {}) });
    try {
      const { action, result } = await work();
      let roles: RoleOverrides = {};
      try {
        roles = await this.actions.getRoles(result.report.name);
      } catch {
        // Without the saved corrections the report still stands.
      }
      if (!this.opened) return;
      const at = (this.options.now ?? Date.now)();
      this.update({ outcome: { action, result, auto: !!opts.auto, at }, overrides: roles ?? {}, error: null, workbook: null });
      if (this.state.markOn) {
        try {
          await this.marks.show(result.report);
        } catch (err) {
          this.fail(err);
        }
      }
      this.reported = true;
      this.ensureSubscribed();
    } catch (err) {
      if (!this.opened) return;
      this.update(opts.keepReport ? { error: { value: err } } : { outcome: null, error: { value: err } });
    } finally {
      this.inFlight = false;
      this.refreshUndo();
      if (this.opened) {
        this.update({ busy: null });
        if (this.pendingAuto) {
          this.pendingAuto = false;
          this.scheduleRecheck();
        }
      }
    }
  }

  /** A write, then a check of the report's sheet; nothing without a report on screen. */
  private thenCheck(kind: BusyKind, write: (sheet: string) => Promise<void>): void {
    const report = this.report;
    if (!report) return;
    void this.execute(
      kind,
      async () => {
        await this.writing(() => write(report.name));
        return { action: 'check', result: await this.checkSheet() };
      },
      { keepReport: true }
    );
  }

  /** "Kiểm tra". */
  readonly check = (): Promise<void> => this.execute('check', async () => ({ action: 'check', result: await this.checkSheet() }));

  /** "Kiểm tra cả sổ": every sheet checked (read only); the sheet's report on screen stays for when the planner opens one. */
  readonly checkWorkbook = async (): Promise<void> => {
    if (this.inFlight) return;
    this.inFlight = true;
    this.update({ busy: 'workbook', error: null, undoConflict: false, undone: null, exported: null });
    try {
      const check = await this.actions.checkWorkbook();
      this.update({ workbook: { check, at: (this.options.now ?? Date.now)() } });
    } catch (err) {
      this.fail(err);
    } finally {
      this.inFlight = false;
      if (this.opened) this.update({ busy: null });
    }
  };

  /** From the workbook's reports: make a sheet the active one at a cell and check it. */
  readonly openSheet = async (sheet: string, cell: string): Promise<void> => {
    try {
      await this.actions.select(sheet, cell);
    } catch (err) {
      this.fail(err);
      return;
    }
    await this.check();
  };

  /** "Ghi vào trang tính": write the chosen columns (from the kept read when the sheet is unchanged); `onWritten` once written. */
  readonly compute = (choice: ComputeChoice, onWritten?: () => void): Promise<void> =>
    this.execute('compute', async () => {
      const kept = this.cache.current;
      const result = await this.writing(() => (kept ? this.actions.compute(choice, kept) : this.actions.compute(choice)));
      if (this.opened) onWritten?.();
      return { action: 'compute', result };
    });

  /** Select a cell of a sheet (a problem's cell). */
  readonly select = (sheet: string, cell: string): void => {
    this.actions.select(sheet, cell).catch(this.fail);
  };

  /** The switch "mark the problem cells". */
  readonly setMarking = (on: boolean): void => {
    this.update({ markOn: on });
    const report = this.report;
    const done = on ? (report ? this.marks.show(report) : Promise.resolve()) : this.marks.clear(() => this.report?.name ?? null);
    done.catch(this.fail);
  };

  /** A quick fix, then a check. */
  readonly applyFix = (issue: Issue): void => {
    const fix = issue.fix;
    if (!fix) return;
    this.thenCheck('fix', async (sheet) => {
      await this.actions.applyFix(sheet, fix);
      this.refreshUndo();
    });
  };

  /** "Sửa cả N ô": every fix of a group written as one undoable step, then a check. */
  readonly applyFixes = (issues: Issue[]): void => {
    const fixes: Fix[] = issues.flatMap((i) => (i.fix ? [i.fix] : []));
    if (fixes.length === 0) return;
    this.thenCheck('fix', async (sheet) => {
      await this.actions.applyFixes(sheet, fixes);
      this.refreshUndo();
    });
  };

  /** Take back the last operation; a refusal over the user's edits offers "Undo anyway". */
  private async undoLast(force: boolean): Promise<UndoEntry | null> {
    try {
      const entry = await this.writing(() => this.actions.undo({ force }));
      this.update({ undone: entry, exported: null });
      return entry;
    } catch (err) {
      if (isUndoConflict(err)) this.update({ undoConflict: true });
      throw err;
    } finally {
      this.refreshUndo();
    }
  }

  /** "Hoàn tác": with a report on screen the sheet is checked again after; without one, just undone. */
  readonly undo = (force: boolean): void => {
    if (this.report) {
      this.thenCheck('undo', async () => {
        await this.undoLast(force);
      });
      return;
    }
    if (this.inFlight) return;
    this.inFlight = true;
    this.update({ busy: 'undo', error: null, undoConflict: false });
    this.undoLast(force)
      .catch(this.fail)
      .finally(() => {
        this.inFlight = false;
        this.update({ busy: null });
      });
  };

  /**
   * The issue list of the report on screen, worded in `lang`, dated the day
   * of its check: what both exports write (the new sheet, the .csv). Null
   * without a report of a recognised sheet.
   */
  readonly issueTable = (lang: Lang): IssueTable | null => {
    const outcome = this.state.outcome;
    if (!outcome || outcome.result.report.kind === null) return null;
    return issueTable(outcome.result.report, lang, new Date(outcome.at));
  };

  /**
   * "Xuất danh sách vấn đề → Ra trang tính mới": the issue list on a new
   * sheet, one step of the undo list. The report stays on screen; no check
   * follows (the checked sheet is not written).
   */
  readonly exportIssues = async (lang: Lang): Promise<void> => {
    const table = this.issueTable(lang);
    if (!table) return;
    const exported = await this.writeBeside(() => this.actions.exportIssues(table));
    if (exported) this.update({ exported });
  };

  /** The report's sentences to a new sheet; where they went (null when it did not run or failed: the error is shown). */
  readonly insertSentences = (table: SentencesTable): Promise<ExportIssuesResult | null> => this.writeBeside(() => this.actions.insertSentences(table));

  /** A chart for the index-th table of the checked sheet (from the kept read), titled in `lang`; where it went (null: not drawn, the error is shown). */
  readonly insertChart = (index: number, lang: Lang): Promise<ChartResult | null> =>
    this.writeBeside(() => {
      const kept = this.cache.current;
      return kept ? this.actions.insertChart(index, lang, kept) : this.actions.insertChart(index, lang);
    });

  /** A write of its own beside the report (a new sheet, a chart): busy meanwhile, one at a time, the undo list refreshed after. */
  private async writeBeside<T>(work: () => Promise<T>): Promise<T | null> {
    if (this.inFlight) return null;
    this.inFlight = true;
    this.update({ busy: 'export', error: null, undoConflict: false, undone: null, exported: null });
    try {
      return await this.writing(work);
    } catch (err) {
      this.fail(err);
      return null;
    } finally {
      this.inFlight = false;
      this.refreshUndo();
      if (this.opened) {
        this.update({ busy: null });
        if (this.pendingAuto) {
          this.pendingAuto = false;
          this.scheduleRecheck();
        }
      }
    }
  }

  /** A column's role corrected (shown at once), saved with the others, then a check. */
  readonly setRole = (column: string, role: RoleOverrides[string]): void => {
    const report = this.report;
    if (!report) return;
    const before = this.state.overrides;
    // Show the choice at once; the check that follows confirms it.
    this.update({ overrides: { ...before, [column]: role } });
    this.thenCheck('roles', async (sheet) => {
      try {
        const saved = await this.actions.getRoles(sheet);
        await this.actions.setRoles(sheet, { ...saved, [column]: role });
      } catch (err) {
        this.update({ overrides: before });
        throw err;
      }
    });
  };

  /** Every role correction taken back, then a check. */
  readonly resetRoles = (): void => this.thenCheck('roles', (sheet) => this.actions.setRoles(sheet, {}));

  /** Read every table as this kind (null: as recognised). */
  readonly chooseKind = (kind: Kind | null): void => this.thenCheck('roles', (sheet) => this.actions.setKind(sheet, kind));

  /** Which way a row's indicator is better, and what its target is. */
  readonly chooseDirection = (row: number, direction: 'lower' | 'higher' | null, bound: 'floor' | 'ceiling' | 'exact' | null): void =>
    this.thenCheck('roles', async (sheet) => {
      await this.actions.setDirection(sheet, row, direction);
      await this.actions.setBound(sheet, row, bound);
    });

  /** Where the header is (null: as recognised). */
  readonly chooseHeaderRows = (rows: [number, number] | null): void => this.thenCheck('roles', (sheet) => this.actions.setHeaderRows(sheet, rows));

  /** "Bỏ qua" an issue. */
  readonly ignoreIssue = (issue: Issue): void => this.thenCheck('roles', (sheet) => this.actions.ignoreIssue(sheet, issue));

  /** Show an ignored issue again. */
  readonly unignoreIssue = (issue: Issue): void => this.thenCheck('roles', (sheet) => this.actions.unignoreIssue(sheet, issue));
}

export function createPaneSession(actions: PaneActions, options: SessionOptions): PaneSession {
  return new PaneSession(actions, options);
}
