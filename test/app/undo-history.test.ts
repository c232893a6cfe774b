/**
 * Excel's own undo history (Ctrl+Z) is the planner's, and a read must not
 * take it away. Reading merged areas makes Excel for Windows forget it
 * (office-js #5918; the in-memory Excel does the same), so no read of the
 * pane's reads them: not the first Kiểm tra of a sheet, the automatic
 * re-check after an edit, a preview, another sheet's check. The engine sees
 * a header's spans from the layout (test/engine/without-merges.test.ts).
 */
import { createExcelActions } from '../../src/app/actions';
import { createPaneSession, type Timers } from '../../src/app/session';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import { contactList, tienGiang2018 } from '../fixtures/indicator-sheets';
import { seedTasks } from '../fixtures/tasks';

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
    const merged = await excel.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem(TG).getRange().getMergedAreasOrNullObject();
      areas.load('address');
      await ctx.sync();
      return areas.isNullObject ? null : areas.address;
    });
    expect(merged).not.toBeNull();
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
    // The same tables as the first check.
    expect(session.getState().outcome!.result.report.tables).toEqual(first.tables);
  });

  test('the first Kiểm tra of a sheet leaves the history too, and reads its two-row merged header as Excel shows it', async () => {
    const { excel, session } = setup();
    excel.userEdit(TG, 'D6', '1');
    await session.check();
    expect(excel.undoHistory).toBe(1);
    const report = session.getState().outcome!.result.report;
    // Tiền Giang's header is merged over rows 4-5, "So sánh (%)" over three columns (H4:J4).
    expect(report.headerRows).toEqual([4, 5]);
    expect(report.columns.filter((c) => c.role === 'ratio').map((c) => c.column)).toEqual(['H', 'I', 'J']);
  });

  test('another sheet made active is checked without a read of its merged areas', async () => {
    const { excel, actions } = setup();
    await actions.check();
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(contactList().name).activate();
      await ctx.sync();
    });
    excel.userEdit(contactList().name, 'A1', 'x');
    const r = await actions.check();
    expect(r.report.name).toBe(contactList().name);
    expect(excel.undoHistory).toBe(1);
  });

  test('a compute, which the planner asks for, reads the merged areas its undo needs: Excel forgets its history then', async () => {
    const { excel, actions } = setup();
    excel.userEdit(TG, 'D6', '1');
    await actions.check();
    expect(excel.undoHistory).toBe(1);
    await actions.compute();
    // The pane's own undo list takes the compute back.
    expect(excel.undoHistory).toBe(0);
  });

  test('an appendix on a sheet of its own leaves the history; one inserted at a cell of a sheet reads the merges there', async () => {
    const own = setup();
    own.excel.userEdit(TG, 'D7', '1');
    await own.actions.insertAppendix(seedTasks().slice(0, 3));
    expect(own.excel.undoHistory).toBe(1);
    const atCell = setup();
    atCell.excel.userEdit(TG, 'D7', '1');
    await atCell.actions.insertAppendix(seedTasks().slice(0, 3), { at: { sheet: TG, cell: 'N30' } });
    expect(atCell.excel.undoHistory).toBe(0);
  });
});
