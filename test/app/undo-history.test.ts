/**
 * Excel's own undo history (Ctrl+Z) is the planner's, and a read must not
 * take it away. Reading merged areas makes Excel for Windows forget it
 * (office-js #5918; the in-memory Excel does the same), so the pane reads
 * them once for a sheet, on its first read (the Kiểm tra button's hint says
 * so), never again: not on the automatic re-check after an edit, a preview,
 * a compute, the check after a quick fix, or another Kiểm tra.
 */
import { createExcelActions } from '../../src/app/actions';
import { createPaneSession, type Timers } from '../../src/app/session';
import { readMergedAreas } from '../../src/host/excel/adapter';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import { contactList, tienGiang2018 } from '../fixtures/indicator-sheets';

const TG = 'Biểu số 1';
const all = () => true;

function setup() {
  const excel = createMemoryExcel({ sheets: [tienGiang2018(), contactList()] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  let due: (() => void)[] = [];
  const timers: Timers = {
    setTimeout: (run) => {
      due.push(run);
      return due.length;
    },
    clearTimeout: () => undefined,
  };
  const fire = () => {
    const now = due;
    due = [];
    for (const run of now) run();
  };
  return { excel, actions, session: createPaneSession(actions, { timers }), fire };
}

async function settle(excel: MemoryExcelControl): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await excel.idle();
  }
}

describe("Excel's own undo history", () => {
  test('the in-memory Excel keeps it as Excel does: each edit one step, a read of merged areas clears it', async () => {
    const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
    excel.userEdit(TG, 'D7', '1');
    excel.userEdit(TG, 'D8', '2');
    expect(excel.undoHistory).toBe(2);
    expect(await readMergedAreas(excel, TG)).not.toEqual([]);
    expect(excel.undoHistory).toBe(0);
  });

  test('the automatic re-check after an edit, and a preview, leave what the planner can undo', async () => {
    const { excel, session, fire } = setup();
    await session.check();
    await settle(excel);
    const first = session.getState().outcome!.result.report;
    excel.userEdit(TG, 'D7', '123');
    excel.userEdit(TG, 'D8', '124');
    await settle(excel);
    expect(excel.undoHistory).toBe(2);
    fire();
    await settle(excel);
    expect(session.getState().outcome?.auto).toBe(true);
    await session.preview();
    expect(excel.undoHistory).toBe(2);
    // The re-check read the sheet with the merged areas read before: the same tables.
    expect(session.getState().outcome!.result.report.tables).toEqual(first.tables);
  });

  test('the first read of a sheet reads its merged areas (Excel forgets its history then, as on Windows); a later Kiểm tra does not', async () => {
    const { excel, session } = setup();
    excel.userEdit(TG, 'D6', '1');
    await session.check();
    expect(excel.undoHistory).toBe(0);
    excel.userEdit(TG, 'D7', '123');
    await settle(excel);
    expect(excel.undoHistory).toBe(1);
    await session.check();
    expect(excel.undoHistory).toBe(1);
  });

  test('a sheet the pane has not read yet gets its merged areas once, then never again', async () => {
    const { excel, actions } = setup();
    await actions.check();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(contactList().name).activate();
      await ctx.sync();
    });
    excel.userEdit(contactList().name, 'A1', 'x');
    const r = await actions.check();
    expect(r.report.name).toBe(contactList().name);
    expect(excel.undoHistory).toBe(0);
    // Read once, kept: the next automatic check leaves the history alone.
    excel.userEdit(contactList().name, 'A2', 'y');
    await actions.check();
    expect(excel.undoHistory).toBe(1);
  });
});
