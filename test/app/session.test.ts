/** @jest-environment node */
/**
 * The pane's session (src/app/session) without a DOM: on the in-memory
 * Excel with the real actions, it reads an unchanged sheet once for a
 * check and the compute after it, and once for all the previews of a
 * choice; an edit, another active sheet or the add-in's own write makes it
 * read again, and an edit brings a re-check after the pause. On fake
 * actions: runs that never overlap, the undo list, the marking.
 */
import { createExcelActions } from '../../src/app/actions';
import { createPaneSession, RECHECK_DELAY_MS, type PaneSession, type Timers } from '../../src/app/session';
import { UndoConflictError, type ActionResult, type PaneActions } from '../../src/app/types';
import { MARK_FILLS } from '../../src/host/excel/interactions';
import { createMemoryExcel, type MemoryExcelControl as MemoryExcel } from '../../src/host/memory/excel';
import { contactList, haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';
import { SHEET, emptyReport, fakeActions, issues, report } from '../taskpane/fakes';

const all = () => true;
const TG = 'Biểu số 1';
const HT = 'Chỉ tiêu 2025';

/** Timers a test fires by hand. */
function handTimers() {
  let next = 1;
  const pending = new Map<number, { run: () => void; ms: number }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const id = next++;
      pending.set(id, { run, ms });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
  };
  return {
    timers,
    /** The delays of the timers waiting. */
    delays: () => Array.from(pending.values()).map((p) => p.ms),
    /** Run every timer waiting. */
    fire() {
      const due = Array.from(pending.values());
      pending.clear();
      for (const p of due) p.run();
    },
  };
}

/** Let promises, events and their handlers run out. */
async function settle(excel?: MemoryExcel): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (excel) await excel.idle();
  }
}

/** The reads of the active sheet: every read starts with a sync that loads its name. */
function reads(excel: MemoryExcel): number {
  return excel.syncLog.filter((s) => s.first === 'workbook.worksheets.getActiveWorksheet().load("name")').length;
}

function onMemory(sheets = [tienGiang2018(), contactList()]) {
  const excel = createMemoryExcel({ sheets });
  const actions = createExcelActions(excel, { isSetSupported: all });
  const clock = handTimers();
  const session = createPaneSession(actions, { timers: clock.timers });
  return { excel, actions, session, clock };
}

const reportOf = (session: PaneSession) => session.getState().outcome?.result.report ?? null;

describe('one read of an unchanged sheet', () => {
  test('check, then compute: the sheet is read once (the compute only writes)', async () => {
    const { excel, session } = onMemory();
    excel.resetCounters();
    await session.check();
    expect(reads(excel)).toBe(1);
    expect(session.getState().outcome?.result.syncs).toBe(1);
    await settle(excel);

    await session.compute({});
    const { outcome, error } = session.getState();
    expect(error).toBeNull();
    expect(outcome?.action).toBe('compute');
    expect(outcome?.result.report.computed.length).toBeGreaterThan(20);
    // Before the session kept the read: 2 (a read, then the write).
    expect(outcome?.result.syncs).toBe(1);
    expect(reads(excel)).toBe(1);
    expect(Object.keys(excel.definedNames()).some((n) => n.startsWith('chitieu_'))).toBe(true);
    expect(session.getState().undoEntries.map((e) => e.kind)).toEqual(['compute']);
  });

  test('the computed columns are those of a compute that reads the sheet itself', async () => {
    const fresh = createMemoryExcel({ sheets: [tienGiang2018()] });
    const expected = await createExcelActions(fresh, { isSetSupported: all }).compute({});
    const { excel, session } = onMemory([tienGiang2018()]);
    await session.check();
    await session.compute({});
    expect(session.getState().outcome?.result.report).toEqual(expected.report);
    expect(excel.snapshot(TG)).toEqual(fresh.snapshot(TG));
  });

  test('the compute panel: one read for its first preview, none for the next ones nor for the write', async () => {
    const { excel, actions, session } = onMemory();
    excel.resetCounters();
    const first = await session.preview();
    expect(reads(excel)).toBe(1);
    expect(first.syncs).toBe(1);
    await settle(excel);
    // The pane now listens for the edits that would make that read stale.
    expect(excel.eventHandlerCount).toBe(2);
    excel.resetCounters();
    const some = await session.preview({ metrics: ['completion'] });
    const more = await session.preview({ metrics: ['completion', 'growth'] });
    await session.preview({ metrics: ['growth'], asOf: '2025-06-30' });
    // Before the session kept the read: one read (one sync) for each.
    expect(excel.syncCount).toBe(0);
    expect(some.syncs).toBe(0);
    // The same previews as with a read each.
    const direct = await actions.previewCompute({ metrics: ['completion', 'growth'] });
    expect(more.report).toEqual(direct.report);
    expect(more.options).toEqual(direct.options);
    expect(first.options).toEqual(direct.options);
    expect(some.report.computed.every((c) => c.metric === 'completion')).toBe(true);

    excel.resetCounters();
    await session.compute({ metrics: ['completion'] });
    expect(reads(excel)).toBe(0);
    expect(session.getState().outcome?.result.syncs).toBe(1);
  });

  test('after a check, the compute panel does not read the sheet', async () => {
    const { excel, session } = onMemory();
    await session.check();
    await settle(excel);
    excel.resetCounters();
    const preview = await session.preview();
    expect(excel.syncCount).toBe(0);
    expect(preview.report.name).toBe(TG);
    expect(preview.options.length).toBeGreaterThan(0);
  });

  test('a check by hand reads the sheet again', async () => {
    const { excel, session } = onMemory();
    await session.check();
    await settle(excel);
    excel.resetCounters();
    await session.check();
    expect(reads(excel)).toBe(1);
  });
});

describe('what makes the session read again', () => {
  test('the actions tell of an edit at once (before its sheet’s name is looked up) and of another sheet made active; not of their own writes', async () => {
    const excel = createMemoryExcel({ sheets: [haTinh2024(), contactList()] });
    const actions = createExcelActions(excel, { isSetSupported: all });
    const heard: string[] = [];
    const stop = await actions.onSheetChanged((sheet) => void heard.push(`edited ${sheet}`), {
      onEdit: () => void heard.push('edit'),
      onActivated: () => void heard.push('activated'),
    });
    await actions.compute();
    await actions.applyFix(HT, { cell: 'D6', value: 3150 });
    await excel.idle();
    expect(heard).toEqual([]);
    excel.userEdit(HT, 'B6', 'x');
    await excel.idle();
    excel.activate('Danh bạ');
    await excel.idle();
    await actions.select(HT, 'D6');
    await excel.idle();
    expect(heard).toEqual(['edit', `edited ${HT}`, 'activated', 'activated']);
    await stop();
    expect(excel.eventHandlerCount).toBe(0);
  });

  test('an edit drops the read and, after the pause, checks again (once for quick edits)', async () => {
    const { excel, session, clock } = onMemory();
    await session.check();
    await settle(excel);
    expect(excel.eventHandlerCount).toBe(2);
    expect(clock.delays()).toEqual([]);

    excel.userEdit(TG, 'D7', '123');
    await settle(excel);
    excel.userEdit(TG, 'D8', '124');
    await settle(excel);
    expect(clock.delays()).toEqual([RECHECK_DELAY_MS]);

    excel.resetCounters();
    await session.preview();
    expect(reads(excel)).toBe(1);

    excel.resetCounters();
    clock.fire();
    await settle(excel);
    expect(reads(excel)).toBe(1);
    const { outcome, busy } = session.getState();
    expect(busy).toBeNull();
    expect(outcome?.auto).toBe(true);
    expect(outcome?.action).toBe('check');
    expect(clock.delays()).toEqual([]);
  });

  test('an edit on another sheet drops the read (a formula may use it) but brings no re-check', async () => {
    const { excel, session, clock } = onMemory();
    await session.check();
    await settle(excel);
    excel.userEdit('Danh bạ', 'A2', 'x');
    await settle(excel);
    expect(clock.delays()).toEqual([]);
    excel.resetCounters();
    await session.preview();
    expect(reads(excel)).toBe(1);
  });

  test('another sheet made active: the preview is of that sheet, and compute writes there', async () => {
    const { excel, session } = onMemory([tienGiang2018(), haTinh2024()]);
    await session.check();
    await settle(excel);
    excel.activate(HT);
    await settle(excel);
    const preview = await session.preview();
    expect(preview.report.name).toBe(HT);
    await session.compute({});
    expect(reportOf(session)?.name).toBe(HT);
    expect(Object.values(excel.definedNames()).every((ref) => ref.includes(HT))).toBe(true);
  });

  test('the add-in’s own writes: after a compute, a quick fix or a saved decision, the next preview reads', async () => {
    const { excel, session } = onMemory([haTinh2024()]);
    await session.check();
    await settle(excel);

    const d6 = reportOf(session)!.issues.find((i) => i.cell === 'D6' && i.fix)!;
    session.applyFix(d6);
    await settle(excel);
    expect(session.getState().undoEntries.map((e) => e.kind)).toEqual(['fix']);
    excel.resetCounters();
    await session.preview();
    expect(reads(excel)).toBe(0); // the check after the fix read the sheet as it is now

    session.chooseKind('indicator-plan');
    await settle(excel);
    excel.resetCounters();
    await session.preview();
    expect(reads(excel)).toBe(0);

    await session.compute({});
    excel.resetCounters();
    await session.preview();
    expect(reads(excel)).toBe(1);
  });

  test('without change events (an older Excel) nothing is kept: every action reads', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    const actions: PaneActions = {
      ...createExcelActions(excel, { isSetSupported: all }),
      onSheetChanged: () => Promise.reject(new Error('no events')),
    };
    const session = createPaneSession(actions, { timers: handTimers().timers });
    await session.check();
    await settle(excel);
    excel.resetCounters();
    await session.preview();
    await session.compute({});
    expect(reads(excel)).toBe(2);
  });

  test('closing the pane stops listening, forgets the read and leaves no marking', async () => {
    const { excel, session, clock } = onMemory([haTinh2024()]);
    session.setMarking(true);
    await session.check();
    await settle(excel);
    expect(excel.snapshot(HT).cells[7][7].markFill).toBe(MARK_FILLS.error);
    excel.userEdit(HT, 'D7', '1');
    await settle(excel);
    expect(clock.delays()).toEqual([RECHECK_DELAY_MS]);
    session.close();
    await settle(excel);
    expect(clock.delays()).toEqual([]);
    expect(excel.eventHandlerCount).toBe(0);
    expect(excel.snapshot(HT).cells[7][7].markFill).toBeUndefined();
  });
});

describe('runs and re-checks (fake actions)', () => {
  test('the actions are asked without a language: the report holds codes, and the view words it in its own', async () => {
    const { actions, fn } = fakeActions();
    const session = createPaneSession(actions, { timers: handTimers().timers });
    await session.check();
    await session.preview();
    expect(fn.check.mock.calls).toEqual([[]]);
    expect(fn.previewCompute.mock.calls).toEqual([[]]);
    expect(session.getState().outcome).not.toHaveProperty('lang');
  });

  test('busy while a run is under way; a run asked meanwhile is dropped; an edit meanwhile re-checks once after it', async () => {
    let finish: (r: ActionResult) => void = () => undefined;
    const { actions, fn, fireSheetChanged } = fakeActions();
    const clock = handTimers();
    const session = createPaneSession(actions, { timers: clock.timers });
    await session.check();
    await settle();
    expect(fn.onSheetChanged).toHaveBeenCalledTimes(1);

    fn.check.mockImplementationOnce(() => new Promise<ActionResult>((resolve) => (finish = resolve)));
    const running = session.check();
    expect(session.getState().busy).toBe('check');
    void session.check();
    fireSheetChanged(SHEET);
    clock.fire();
    expect(fn.check).toHaveBeenCalledTimes(2);
    finish({ report: report('vi'), syncs: 1 });
    await running;
    expect(session.getState().busy).toBeNull();
    expect(clock.delays()).toEqual([RECHECK_DELAY_MS]);
    clock.fire();
    await settle();
    expect(fn.check).toHaveBeenCalledTimes(3);
    expect(session.getState().outcome?.auto).toBe(true);
  });

  test('a failed check clears the report; a failed re-check or fix keeps it and shows the error', async () => {
    const { actions, fn, fireSheetChanged } = fakeActions();
    const clock = handTimers();
    const session = createPaneSession(actions, { timers: clock.timers });
    await session.check();
    await settle();
    fn.check.mockRejectedValueOnce(new Error('busy Excel'));
    fireSheetChanged(SHEET);
    clock.fire();
    await settle();
    expect(session.getState().outcome).not.toBeNull();
    expect(String(session.getState().error?.value)).toMatch(/busy Excel/);

    fn.check.mockRejectedValueOnce(new Error('gone'));
    await session.check();
    expect(session.getState().outcome).toBeNull();
    expect(String(session.getState().error?.value)).toMatch(/gone/);
  });

  test('the state is a new object at each change, and listeners hear of it', async () => {
    const { actions } = fakeActions();
    const session = createPaneSession(actions, { timers: handTimers().timers });
    const seen: unknown[] = [];
    const stop = session.subscribe(() => seen.push(session.getState()));
    const before = session.getState();
    await session.check();
    expect(seen.length).toBeGreaterThan(1);
    expect(session.getState()).not.toBe(before);
    expect(new Set(seen).size).toBe(seen.length);
    stop();
    const n = seen.length;
    await session.check();
    expect(seen).toHaveLength(n);
  });
});

describe('the undo list', () => {
  test('read at the start, after a fix and after an undo; an undo with a report checks again', async () => {
    const { actions, fn, undoEntries } = fakeActions();
    const session = createPaneSession(actions, { timers: handTimers().timers });
    expect(session.getState().undoEntries).toEqual([]);
    await session.check();
    session.applyFix(issues('vi')[0]);
    await settle();
    expect(session.getState().undoEntries).toEqual(undoEntries);
    expect(session.getState().undoEntries).toHaveLength(1);
    expect(fn.check).toHaveBeenCalledTimes(2);

    session.undo(false);
    await settle();
    expect(fn.undo).toHaveBeenCalledWith({ force: false });
    expect(fn.check).toHaveBeenCalledTimes(3);
    expect(session.getState().undoEntries).toEqual([]);
    expect(session.getState().undone?.cell).toBe('E16');
  });

  test('refused over the user’s edits: the conflict is shown; forced, it is undone; without a report, no check', async () => {
    const { actions, fn, undoEntries } = fakeActions();
    undoEntries.push({ kind: 'appendix', sheet: 'Phụ lục', cell: 'A1', address: 'A1:F9', label: 'Phụ lục', labels: { vi: 'Phụ lục', en: 'Appendix' } });
    fn.undo.mockImplementationOnce(async () => {
      throw new UndoConflictError('undo-conflict', { sheet: 'Phụ lục', where: ' (L8)' }, ['L8']);
    });
    const session = createPaneSession(actions, { timers: handTimers().timers });
    expect(session.getState().undoEntries).toHaveLength(1);
    session.undo(false);
    await settle();
    expect(session.getState().undoConflict).toBe(true);
    expect(session.getState().error?.value).toBeInstanceOf(UndoConflictError);
    expect(session.getState().undoEntries).toHaveLength(1);
    session.undo(true);
    await settle();
    expect(fn.undo).toHaveBeenLastCalledWith({ force: true });
    expect(session.getState()).toMatchObject({ undoConflict: false, error: null, undoEntries: [] });
    expect(session.getState().undone?.kind).toBe('appendix');
    expect(fn.check).not.toHaveBeenCalled();
  });

  test('on the in-memory Excel: compute, then undo puts the sheet back and checks it again', async () => {
    const { excel, session } = onMemory([tienGiang2018()]);
    const before = excel.snapshot(TG);
    await session.check();
    await session.compute({});
    expect(session.getState().undoEntries).toHaveLength(1);
    session.undo(false);
    await settle(excel);
    expect(session.getState()).toMatchObject({ busy: null, error: null, undoEntries: [] });
    expect(session.getState().outcome?.action).toBe('check');
    expect(excel.snapshot(TG)).toEqual(before);
  });

  test('the appendix panel’s insert refreshes the list and drops the read', async () => {
    const { excel, session } = onMemory([tienGiang2018()]);
    await session.check();
    await settle(excel);
    await session.appendixActions.insertAppendix([{ task: 'Một việc', start: '01/2025', end: '12/2025', owner: 'Sở', note: '' }]);
    expect(session.getState().undoEntries.map((e) => e.kind)).toEqual(['appendix']);
    excel.activate(TG);
    excel.resetCounters();
    await session.preview();
    expect(reads(excel)).toBe(1);
  });
});

describe('marking (fake actions)', () => {
  test('the switch marks the report’s problems, a new report re-marks, off unmarks, closing unmarks', async () => {
    const { actions, fn } = fakeActions();
    const session = createPaneSession(actions, { timers: handTimers().timers });
    session.setMarking(true);
    await settle();
    expect(fn.mark).not.toHaveBeenCalled(); // no report yet
    await session.check();
    expect(fn.mark).toHaveBeenCalledWith(SHEET, issues('vi'));

    fn.check.mockResolvedValueOnce({ report: { ...report('vi'), issues: [] }, syncs: 1 });
    await session.check();
    expect(fn.mark).toHaveBeenCalledTimes(1);
    expect(fn.unmark).toHaveBeenLastCalledWith(SHEET);

    await session.check();
    expect(fn.mark).toHaveBeenCalledTimes(2);
    session.setMarking(false);
    await settle();
    expect(fn.unmark).toHaveBeenCalledTimes(2);
    expect(session.getState().markOn).toBe(false);

    session.setMarking(true);
    await settle();
    session.close();
    await settle();
    expect(fn.unmark).toHaveBeenCalledTimes(3);
  });

  test('a report of another sheet unmarks the sheet marked before', async () => {
    const { actions, fn } = fakeActions();
    const session = createPaneSession(actions, { timers: handTimers().timers });
    session.setMarking(true);
    await session.check();
    fn.check.mockResolvedValueOnce({ report: { ...emptyReport('Danh bạ'), issues: issues('vi') }, syncs: 1 });
    await session.check();
    expect(fn.unmark).toHaveBeenCalledWith(SHEET);
    expect(fn.mark).toHaveBeenLastCalledWith('Danh bạ', issues('vi'));
  });

  test('a failing mark shows the error and keeps the report', async () => {
    const { actions, fn } = fakeActions();
    fn.mark.mockRejectedValue(new Error('protected'));
    const session = createPaneSession(actions, { timers: handTimers().timers });
    session.setMarking(true);
    await session.check();
    expect(session.getState().outcome).not.toBeNull();
    expect(String(session.getState().error?.value)).toMatch(/protected/);
  });
});

describe('the issue list exported (issue 16)', () => {
  test('on the in-memory Excel: the list goes to a new sheet dated the day of the check; the pane hears where; the report stays, unchecked again; undo deletes it', async () => {
    const excel = createMemoryExcel({ sheets: [haTinh2024()] });
    const actions = createExcelActions(excel, { isSetSupported: all });
    // Checked on 5 March 2025, exported the day after: the list names the day of the check.
    let now = new Date(2025, 2, 5, 16, 30).getTime();
    const session = createPaneSession(actions, { timers: handTimers().timers, now: () => now });
    await session.check();
    await settle(excel);
    const shown = reportOf(session);
    now = new Date(2025, 2, 6, 9, 0).getTime();
    excel.resetCounters();
    await session.exportIssues('vi');
    await settle(excel);

    const state = session.getState();
    expect(state.error).toBeNull();
    expect(state.busy).toBeNull();
    expect(state.exported).toMatchObject({ sheet: 'Vấn đề', address: 'A1:E24', rows: 22 });
    expect(state.undoEntries.map((e) => e.kind)).toEqual(['export']);
    expect(excel.snapshot('Vấn đề').cells[0][0].value).toBe('Danh sách vấn đề của trang tính “Chỉ tiêu 2025”, kiểm tra ngày 05/03/2025: 22 vấn đề');
    // The report on screen is the same, and the checked sheet was not read again.
    expect(reportOf(session)).toBe(shown);
    expect(reads(excel)).toBe(0);

    session.undo(false);
    await settle(excel);
    expect(excel.sheetNames()).toEqual([HT]);
    expect(session.getState().exported).toBeNull();
    expect(session.getState().undoEntries).toEqual([]);
  });

  test('the table follows the language asked; nothing to export without a report of a recognised sheet; a failure is shown, the report kept', async () => {
    const { actions, fn } = fakeActions();
    const session = createPaneSession(actions, { timers: handTimers().timers, now: () => new Date(2025, 2, 5).getTime() });
    expect(session.issueTable('vi')).toBeNull();
    await session.exportIssues('vi');
    expect(fn.exportIssues).not.toHaveBeenCalled();

    await session.check();
    await session.exportIssues('en');
    expect(fn.exportIssues).toHaveBeenCalledTimes(1);
    const table = fn.exportIssues.mock.calls[0][0];
    expect(table.sheetName).toBe('Issues');
    expect(table.rows.map((r) => `${r.cell} ${r.level}`)).toEqual(['E16 Error', 'F20 Error', 'H8 Warning', 'B9 Note']);

    fn.exportIssues.mockRejectedValueOnce(new Error('busy Excel'));
    await session.exportIssues('vi');
    expect(String(session.getState().error?.value)).toMatch(/busy Excel/);
    expect(session.getState().outcome).not.toBeNull();
    expect(session.getState().exported).toBeNull();

    fn.check.mockResolvedValueOnce({ report: emptyReport(), syncs: 1 });
    await session.check();
    expect(session.issueTable('vi')).toBeNull();
  });
});
