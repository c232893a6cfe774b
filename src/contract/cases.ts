/**
 * The Office.js behaviours the add-in relies on, each a small case that
 * works only on the scratch sheet the runner made (index.ts). The same
 * cases run on the in-memory Excel in CI (test/host/contract.test.ts) and
 * in a real Excel (contract.html, `npm run test:excel`, and the pane's
 * "Chẩn đoán" view), so a difference between the two shows as a failed
 * case, not as a bug report.
 *
 * Each case says what it relies on and where it is used; what a given
 * Excel cannot show ends the case as "skipped" with the reason, and what
 * Office.js cannot observe at all (Excel's undo history) as "manual" with
 * what a person should do and see.
 */
import type { XlContext, XlWorksheet, XlWorksheetChangedEventArgs } from '../host/excel-api';
import { PAYLOAD_BUDGET } from '../host/excel/chunks';
import { isMarkFormula, MARK_FILLS, MARK_FORMULA } from '../host/excel/interactions';
import { check, ContractFailure, describeError, equal, errorCode, manual, show, skip, throwsFrom } from './assert';
import type { CaseContext, ContractCase } from './types';

/** Excel on the web's limit on one request (and one response): 5 MB. The add-in keeps every sync under PAYLOAD_BUDGET (4 MiB). */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

/** How long a case waits for Excel's change event before it fails. */
export const EVENT_WAIT_MS = 10_000;

/** A defined name and a setting key no one else uses; the cases remove them again. */
export const CONTRACT_NAME = 'chitieu_contract_test';
export const CONTRACT_SETTING = 'chitieu.contract.test';

/** The Office codes with which an Excel refuses an undo group as a whole (as host/excel/runner.ts falls back on them). */
const GROUP_REFUSALS = new Set(['GeneralException', 'InvalidArgument', 'InvalidOperation', 'ApiNotFound', 'NotImplemented', 'UndoNotSupported']);

function sheetOf(context: XlContext, ctx: CaseContext): XlWorksheet {
  return context.workbook.worksheets.getItem(ctx.sheet);
}

/** Run one batch on the scratch sheet. */
function onSheet<T>(ctx: CaseContext, batch: (ws: XlWorksheet, context: XlContext) => Promise<T>): Promise<T> {
  return ctx.api.run((context) => batch(sheetOf(context, ctx), context));
}

/** `p`, or `fallback` after `ms` milliseconds, whichever is first (the timer is cleared either way). */
async function within<T, F>(p: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

function upper(v: unknown): unknown {
  return typeof v === 'string' ? v.toUpperCase() : v;
}

// ---------------------------------------------------------------- load and sync

const loadSync: ContractCase = {
  name: 'load-sync',
  title: {
    vi: 'Đọc thuộc tính chưa load báo PropertyNotLoaded; sau sync có giá trị',
    en: 'A property not loaded throws PropertyNotLoaded; values are there after sync',
  },
  // Every read of the add-in: load, sync, then read (and never before).
  async run(ctx) {
    await onSheet(ctx, async (ws, context) => {
      ws.getRange('A1:B1').values = [[42, 'bốn mươi hai']];
      await context.sync();
      const r = ws.getRange('A1:B1');
      const never = await throwsFrom(() => r.values, 'reading values never loaded');
      equal(errorCode(never), 'PropertyNotLoaded', 'the error of reading values never loaded');
      r.load('values');
      const early = await throwsFrom(() => r.values, 'reading values loaded but not synced yet');
      equal(errorCode(early), 'PropertyNotLoaded', 'the error of reading values loaded before the sync');
      await context.sync();
      equal(r.values, [[42, 'bốn mươi hai']], 'values after the sync');
      ctx.note('PropertyNotLoaded before load and between load and sync; the values after sync');
    });
  },
};

const readsBeforeWrites: ContractCase = {
  name: 'reads-before-writes',
  title: {
    vi: 'Lệnh đọc xếp trước lệnh ghi trong cùng một sync trả về trạng thái trước khi ghi',
    en: 'Reads queued before writes in one sync return the state before them',
  },
  // The undo snapshot (host/excel/undo) is read in the same sync as the write it covers.
  async run(ctx) {
    const cellProps = ctx.hasApi('1.9');
    await onSheet(ctx, async (ws, context) => {
      ws.getRange('A3:B3').values = [['trước', 1]];
      await context.sync();
      const before = ws.getRange('A3:B3');
      before.load('values,formulas');
      const formats = cellProps ? before.getCellProperties({ format: { font: { bold: true } } }) : null;
      ws.getRange('A3:B3').formulas = [['sau', '=1+1']];
      ws.getRange('A3:B3').format.font.bold = true;
      const after = ws.getRange('A3:B3');
      after.load('values,formulas');
      await context.sync();
      equal(before.values, [['trước', 1]], 'values read before the write');
      equal(before.formulas, [['trước', 1]], 'formulas read before the write');
      if (formats) {
        equal(
          formats.value[0].map((c) => c.format?.font?.bold),
          [false, false],
          'bold read (getCellProperties) before the write'
        );
      }
      equal(after.values, [['sau', 2]], 'values read after the write');
      equal(after.formulas, [['sau', '=1+1']], 'formulas read after the write');
      ctx.note(
        cellProps
          ? 'values, formulas and formats read before the write are those before it'
          : 'values and formulas (no getCellProperties: ExcelApi 1.9 missing)'
      );
    });
  },
};

// ---------------------------------------------------------------- formats

const cellProperties: ContractCase = {
  name: 'cell-properties',
  title: {
    vi: 'getCellProperties/setCellProperties giữ nguyên định dạng (đậm, nghiêng, màu, nền, viền, căn lề)',
    en: 'getCellProperties/setCellProperties round-trip formats (bold, italic, colour, fill, borders, alignment)',
  },
  // The undo snapshot reads formats cell by cell and puts them back with setCellProperties, null for a cell to leave.
  async run(ctx) {
    if (!ctx.hasApi('1.9')) skip('ExcelApi 1.9 is not available: no getCellProperties / setCellProperties (the add-in puts formats back by range there)');
    const edge = (style: string, weight: string, color: string) => ({ style, weight, color });
    const b5 = {
      font: { bold: true, italic: false, color: '#C00000' },
      fill: { color: '#FFF2CC' },
      horizontalAlignment: 'Center',
      verticalAlignment: 'Top',
      borders: {
        top: edge('Continuous', 'Thin', '#000000'),
        bottom: edge('Continuous', 'Medium', '#1F4E79'),
        left: edge('Dash', 'Thin', '#000000'),
        right: edge('Continuous', 'Thick', '#000000'),
      },
    };
    await onSheet(ctx, async (ws, context) => {
      // C5 is bold before; the null entry below must leave it so.
      ws.getRange('C5').format.font.bold = true;
      await context.sync();
      const range = ws.getRange('B5:C6');
      range.setCellProperties([
        [{ format: b5 } as Excel.SettableCellProperties, null],
        [{ format: { font: { italic: true } } }, { format: { fill: { color: '#DDEBF7' }, horizontalAlignment: 'Right' } } as Excel.SettableCellProperties],
      ]);
      const read = ws.getRange('B5:C6').getCellProperties({
        format: {
          font: { bold: true, italic: true, color: true },
          fill: { color: true },
          borders: { style: true, weight: true, color: true },
          horizontalAlignment: true,
          verticalAlignment: true,
        },
      });
      await context.sync();
      const [[B5, C5], [B6, C6]] = read.value.map((row) => row.map((c) => c.format ?? {}));
      equal({ ...B5.font, color: upper(B5.font?.color) }, b5.font, 'B5 font');
      equal(upper(B5.fill?.color), b5.fill.color, 'B5 fill');
      equal([B5.horizontalAlignment, B5.verticalAlignment], ['Center', 'Top'], 'B5 alignment');
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        const got = B5.borders?.[side];
        equal({ style: got?.style, weight: got?.weight, color: upper(got?.color) }, b5.borders[side], `B5 ${side} border`);
      }
      equal([C5.font?.bold, C5.font?.italic], [true, false], 'C5 font (a null entry leaves the cell as it was)');
      equal([B6.font?.bold, B6.font?.italic], [false, true], 'B6 font');
      equal([upper(C6.fill?.color), C6.horizontalAlignment], ['#DDEBF7', 'Right'], 'C6 fill and alignment');
      ctx.note('font, fill, four borders and alignment read back as set; a null entry left its cell as it was');
    });
  },
};

const fillDown: ContractCase = {
  name: 'fill-down',
  title: {
    vi: 'copyFrom dán công thức xuống cột với tham chiếu tương đối',
    en: 'copyFrom fills a formula down a column with relative references',
  },
  // host/excel/adapter.ts applyFill: a long column of formulas is its first row pasted down.
  async run(ctx) {
    if (!ctx.hasApi('1.9')) skip('ExcelApi 1.9 is not available: no Range.copyFrom (the add-in writes every formula there)');
    await onSheet(ctx, async (ws, context) => {
      ws.getRange('E1:E5').values = [[1], [2], [3], [4], [5]];
      const first = ws.getRangeByIndexes(0, 5, 1, 2);
      first.formulas = [['=IFERROR(E1*2,"")', '=E1/$E$1*100']];
      ws.getRangeByIndexes(1, 5, 4, 2).copyFrom(first, 'Formulas', false, false);
      const out = ws.getRange('F1:G5');
      out.load('formulas,values');
      await context.sync();
      const expected = [1, 2, 3, 4, 5].map((r) => [`=IFERROR(E${r}*2,"")`, `=E${r}/$E$1*100`]);
      equal(out.formulas, expected, 'formulas of F1:G5 after the paste');
      equal(
        out.values,
        [1, 2, 3, 4, 5].map((v) => [v * 2, v * 100]),
        'their values'
      );
      ctx.note('relative references moved, absolute ones kept, values computed');
    });
  },
};

// ---------------------------------------------------------------- names, conditional formats, settings

const definedNames: ContractCase = {
  name: 'defined-names',
  title: {
    vi: 'Tên định nghĩa: thêm, đọc công thức, xoá',
    en: 'Defined names: add, read their formula, delete',
  },
  // Each computed block is recorded as a workbook name chitieu_tinh_…; the appendix as chitieu_phuluc; undo puts names back by formula.
  async run(ctx) {
    const other = `${CONTRACT_NAME}_2`;
    await onSheet(ctx, async (ws, context) => {
      const names = context.workbook.names;
      const leftovers = [names.getItemOrNullObject(CONTRACT_NAME), names.getItemOrNullObject(other)];
      await context.sync();
      for (const n of leftovers) if (!n.isNullObject) n.delete();
      names.add(CONTRACT_NAME, ws.getRange('A1:C4'));
      names.add(other, `='${ctx.sheet}'!$D$2:$D$9`);
      await context.sync();
      const a = names.getItem(CONTRACT_NAME);
      const b = names.getItem(other);
      a.load('name,formula');
      b.load('formula');
      await context.sync();
      equal(a.name, CONTRACT_NAME, 'the name as added');
      equal(a.formula, `='${ctx.sheet}'!$A$1:$C$4`, 'the formula of a name added with a Range');
      equal(b.formula, `='${ctx.sheet}'!$D$2:$D$9`, 'the formula of a name added with a formula');
      a.delete();
      b.delete();
      await context.sync();
      const gone = [names.getItemOrNullObject(CONTRACT_NAME), names.getItemOrNullObject(other)];
      await context.sync();
      equal(
        gone.map((n) => n.isNullObject),
        [true, true],
        'the names after delete (isNullObject)'
      );
      ctx.note(`formula ${a.formula}; deleted`);
    });
  },
};

const conditionalFormats: ContractCase = {
  name: 'conditional-formats',
  title: {
    vi: 'Định dạng có điều kiện được thêm và xoá đúng số lượng (đánh dấu ô có vấn đề)',
    en: 'Conditional formats are added and removed exactly (marking the problem cells)',
  },
  // host/excel/interactions.ts markCells / unmarkCells: the marks are Custom formats told apart by their rule.
  async run(ctx) {
    await onSheet(ctx, async (ws, context) => {
      const load = () => {
        const formats = ws.getRange().conditionalFormats;
        formats.load('items/type,items/customOrNullObject/rule/formula');
        return formats;
      };
      const before = load();
      await context.sync();
      equal(before.items.length, 0, 'conditional formats on the new scratch sheet');
      const own = ws.getRange('H1:H3').conditionalFormats.add('Custom');
      own.custom.rule.formula = '=H1>100';
      own.custom.format.font.bold = true;
      for (const cell of ['I1', 'I2']) {
        const mark = ws.getRange(cell).conditionalFormats.add('Custom');
        mark.custom.rule.formula = MARK_FORMULA;
        mark.custom.format.fill.color = MARK_FILLS.error;
      }
      const added = load();
      await context.sync();
      const marks = added.items.filter(
        (cf) => cf.type === 'Custom' && !cf.customOrNullObject.isNullObject && isMarkFormula(cf.customOrNullObject.rule.formula)
      );
      equal([added.items.length, marks.length], [3, 2], 'conditional formats after adding one of the user’s and two marks [all, marks]');
      for (const m of marks) m.delete();
      const left = load();
      await context.sync();
      equal(left.items.length, 1, 'conditional formats after deleting the marks');
      const rule = left.items[0].customOrNullObject;
      check(!rule.isNullObject, 'the one left should be the Custom format added first');
      equal(rule.rule.formula, '=H1>100', 'the rule of the format left');
      left.items[0].delete();
      const none = load();
      await context.sync();
      equal(none.items.length, 0, 'conditional formats after deleting the last');
      ctx.note('3 added (2 marks), the 2 marks deleted, the user’s one left as it was, then none');
    });
  },
};

const settings: ContractCase = {
  name: 'settings',
  title: {
    vi: 'Thiết lập của sổ tính (settings): ghi, đọc, ghi đè, xoá',
    en: 'Workbook settings: set, get, replace, remove',
  },
  // The planner's decisions for a sheet live in workbook.settings (host/excel/roles.ts).
  async run(ctx) {
    const first = { sheet: ctx.sheet, roles: { G: 'ignore' }, header: [4, 5], n: 1.5 };
    const second = { sheet: ctx.sheet, kind: 'investment' };
    await ctx.api.run(async (context) => {
      const s = context.workbook.settings;
      const leftover = s.getItemOrNullObject(CONTRACT_SETTING);
      await context.sync();
      if (!leftover.isNullObject) leftover.delete();
      s.add(CONTRACT_SETTING, first);
      await context.sync();
      const a = s.getItem(CONTRACT_SETTING);
      a.load('key,value');
      await context.sync();
      equal(a.key, CONTRACT_SETTING, 'the key');
      equal(a.value, first, 'the value read back');
      s.add(CONTRACT_SETTING, second);
      s.load('items/key');
      const b = s.getItem(CONTRACT_SETTING);
      b.load('value');
      await context.sync();
      equal(b.value, second, 'the value after add with the same key');
      equal(s.items.filter((x) => x.key === CONTRACT_SETTING).length, 1, 'settings with the key after it was added twice');
      b.delete();
      await context.sync();
      const gone = s.getItemOrNullObject(CONTRACT_SETTING);
      await context.sync();
      check(gone.isNullObject, `the setting ${CONTRACT_SETTING} should be gone after delete`);
      ctx.note('an object value read back as set, replaced by a second add, removed');
    });
  },
};

// ---------------------------------------------------------------- events

const changeEvent: ContractCase = {
  name: 'change-event',
  title: {
    vi: 'Sự kiện onChanged của trang tính, với triggerSource ThisLocalAddin cho lần ghi của tiện ích',
    en: 'Worksheet onChanged, with triggerSource ThisLocalAddin for the add-in’s own write',
  },
  // The pane re-checks after the user's edits and refuses an undo over them; its own writes are told apart by triggerSource (ExcelApi 1.14).
  async run(ctx) {
    await onSheet(ctx, async (ws, context) => {
      ws.load('id');
      const seen: XlWorksheetChangedEventArgs[] = [];
      let arrived!: () => void;
      const first = new Promise<void>((resolve) => (arrived = resolve));
      const handler = async (args: XlWorksheetChangedEventArgs) => {
        seen.push(args);
        if (args.address === 'K2') arrived();
      };
      const registration = ws.onChanged.add(handler);
      await context.sync();
      ws.getRange('K2').values = [['sự kiện']];
      await context.sync();
      const came = await within(
        first.then(() => true),
        EVENT_WAIT_MS,
        false
      );
      registration.remove();
      await context.sync();
      if (!came) {
        throw new ContractFailure(
          `no onChanged event for K2 within ${EVENT_WAIT_MS / 1000} s of the write` + (seen.length ? ` (others: ${seen.map((a) => a.address).join(', ')})` : '')
        );
      }
      const e = seen.find((a) => a.address === 'K2')!;
      equal(e.worksheetId, ws.id, 'worksheetId of the event');
      equal([e.changeType, e.source], ['RangeEdited', 'Local'], 'changeType and source of the event');
      if (e.triggerSource === undefined) {
        if (!ctx.hasApi('1.14')) {
          skip(
            'the event came, but ExcelApi 1.14 is not available: Excel does not say who made a change (the add-in tells its own writes by their cells and time instead)'
          );
        }
        throw new ContractFailure('the event has no triggerSource although ExcelApi 1.14 is reported');
      }
      equal(e.triggerSource, 'ThisLocalAddin', 'triggerSource of the add-in’s own write');
      ctx.note(`event for K2 on the scratch sheet, triggerSource ${e.triggerSource}`);
    });
  },
};

// ---------------------------------------------------------------- undo history

/** What a person checks by hand where Office.js cannot see Excel's undo history. */
export const UNDO_MANUAL = {
  en:
    'Office.js exposes no count of Excel’s undo steps, so this is checked by hand: type something in a cell of any sheet, ' +
    'then press “Kiểm tra” (Check) in the chitieu pane, which only reads values, formulas and number formats; then press Ctrl+Z (⌘Z on a Mac): ' +
    'what you typed should go. Do not run this suite in between: deleting its scratch sheet clears the history.',
  vi:
    'Office.js không cho biết lịch sử hoàn tác của Excel, nên phải thử bằng tay: gõ một giá trị vào một ô bất kỳ, ' +
    'rồi bấm “Kiểm tra” trong ngăn chitieu (chỉ đọc giá trị, công thức và định dạng số); sau đó nhấn Ctrl+Z (⌘Z trên Mac): ' +
    'giá trị vừa gõ phải mất đi. Đừng chạy bộ kiểm tra này xen giữa: xoá trang tạm của nó làm mất lịch sử.',
};

const undoHistory: ContractCase = {
  name: 'undo-history',
  title: {
    vi: 'Đọc giá trị không làm mất lịch sử Ctrl+Z của Excel',
    en: 'A read of values leaves Excel’s Ctrl+Z history',
  },
  // "Kiểm tra" and every re-check only read (never merged areas: office-js #5918), so the planner's Ctrl+Z history stays.
  async run(ctx) {
    const { undoHistory: steps, userEdit } = ctx.host;
    if (!steps || !userEdit) manual(UNDO_MANUAL.en);
    userEdit(ctx.sheet, 'M1', 'gõ tay');
    const before = steps();
    check(before > 0, `a person's edit should add a step to the undo history (it holds ${before})`);
    await onSheet(ctx, async (ws, context) => {
      const used = ws.getUsedRange();
      used.load('address,values,formulas,numberFormat');
      await context.sync();
    });
    equal(steps(), before, 'undo steps after a read of values, formulas and number formats');
    // The count is live: a read of merged areas clears it, as Excel for Windows does (office-js #5918).
    await onSheet(ctx, async (ws, context) => {
      ws.getRange('A1:M5').getMergedAreasOrNullObject();
      await context.sync();
    });
    equal(steps(), 0, 'undo steps after a read of merged areas (the control: Excel for Windows forgets its history there)');
    ctx.note(`${before} step(s) kept by the read; cleared by a read of merged areas, as in Excel for Windows`);
  },
};

// ---------------------------------------------------------------- run options

const delayForCellEdit: ContractCase = {
  name: 'delay-for-cell-edit',
  title: {
    vi: 'Tuỳ chọn delayForCellEdit được chấp nhận khi chạy',
    en: 'delayForCellEdit is accepted as a run option',
  },
  // Every batch of the pane runs with it (host/excel/runner.ts delayedForCellEdit).
  async run(ctx) {
    const values = await ctx.api.run({ delayForCellEdit: true }, async (context) => {
      const r = sheetOf(context, ctx).getRange('N1');
      r.values = [[7]];
      r.load('values');
      await context.sync();
      return r.values;
    });
    equal(values, [[7]], 'what a batch run with delayForCellEdit wrote and read');
    ctx.note(ctx.hasApi('1.11') ? 'a batch with the option ran' : 'a batch with the option ran; without ExcelApi 1.11 the option has no effect');
  },
};

const undoGroup: ContractCase = {
  name: 'undo-group',
  title: {
    vi: 'Một lần ghi là một bước Ctrl+Z (mergeUndoGroup)',
    en: 'One write is one Ctrl+Z step (mergeUndoGroup)',
  },
  // Each operation of the add-in runs as one undo group where Excel has ExcelApi 1.20, and without it where Excel refuses (office-js #6711).
  async run(ctx) {
    if (!ctx.hasApi('1.20'))
      skip('ExcelApi 1.20 is not available: no undo groups (Excel’s Ctrl+Z takes the add-in’s writes back sync by sync; its own Hoàn tác is whole)');
    let synced = 0;
    try {
      const values = await ctx.api.run({ mergeUndoGroup: true }, async (context) => {
        const ws = sheetOf(context, ctx);
        ws.getRange('N3').values = [['nhóm']];
        await context.sync();
        synced++;
        ws.getRange('N4').values = [['hoàn tác']];
        const r = ws.getRange('N3:N4');
        r.load('values');
        await context.sync();
        synced++;
        return r.values;
      });
      equal(values, [['nhóm'], ['hoàn tác']], 'what a grouped batch of two syncs wrote');
    } catch (e) {
      if (e instanceof ContractFailure) throw e;
      const code = errorCode(e) ?? '';
      if (synced === 0 && GROUP_REFUSALS.has(code)) {
        skip(
          `Excel refused mergeUndoGroup (${code}) before running the batch, as Excel on the web does in office-js #6711: the add-in then writes without the group, and Ctrl+Z does not take its operations back whole`
        );
      }
      throw new ContractFailure(`a batch run with mergeUndoGroup failed after ${synced} sync(s): ${describeError(e)}`);
    }
    ctx.note('a batch of two syncs ran as one undo group (that Ctrl+Z takes it back in one step can only be seen by hand)');
  },
};

// ---------------------------------------------------------------- payload

/** A block of `rows` × `cols` cells of `width` characters: about rows × cols × (width + 3) bytes as JSON. */
function block(rows: number, cols: number, width: number): string[][] {
  const cell = 'x'.repeat(width);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => cell));
}

function mb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

const payload: ContractCase = {
  name: 'payload',
  title: {
    vi: 'Lần ghi vượt giới hạn 5 MB bị từ chối (RequestPayloadSizeLimitExceeded); dưới ngân sách 4 MiB thì được',
    en: 'A write over the 5 MB limit is refused (RequestPayloadSizeLimitExceeded); one under the 4 MiB budget is not',
  },
  // host/excel/chunks.ts and batch.ts keep every sync under PAYLOAD_BUDGET: slow (writes about 10 MB), so opt-in in real Excel.
  optIn: true,
  async run(ctx) {
    check(PAYLOAD_BUDGET < WEB_PAYLOAD_LIMIT, `the add-in's budget (${PAYLOAD_BUDGET} bytes) should be under Excel on the web's limit (${WEB_PAYLOAD_LIMIT})`);
    const cols = 10;
    const width = 500;
    const perRow = cols * (width + 3) + 2;
    const underRows = Math.floor((PAYLOAD_BUDGET * 0.95) / perRow);
    const overRows = Math.ceil((WEB_PAYLOAD_LIMIT * 1.2) / perRow);
    // Under the budget: accepted.
    await onSheet(ctx, async (ws, context) => {
      ws.getRangeByIndexes(0, 0, underRows, cols).values = block(underRows, cols, width);
      await context.sync();
      ws.getRangeByIndexes(0, 0, underRows, cols).clear();
      await context.sync();
    });
    // Over the limit: refused whole.
    let refused: unknown = null;
    try {
      await onSheet(ctx, async (ws, context) => {
        ws.getRangeByIndexes(100, 0, overRows, cols).values = block(overRows, cols, width);
        await context.sync();
      });
    } catch (e) {
      refused = e;
    }
    const written = await onSheet(ctx, async (ws, context) => {
      const corner = ws.getRangeByIndexes(100, 0, 1, 1);
      corner.load('values');
      await context.sync();
      return corner.values[0][0];
    });
    if (!refused) {
      skip(
        `this Excel accepted a write of about ${mb(overRows * perRow)} in one request: it has no 5 MB limit (Excel on the web has); the add-in keeps every request under ${mb(PAYLOAD_BUDGET)} anyway`
      );
    }
    equal(errorCode(refused), 'RequestPayloadSizeLimitExceeded', `the error of a write of about ${mb(overRows * perRow)}`);
    equal(written, '', 'the first cell of the refused write (nothing of it should be written)');
    ctx.note(`about ${mb(underRows * perRow)} accepted; about ${mb(overRows * perRow)} refused with RequestPayloadSizeLimitExceeded, nothing written`);
  },
};

// ---------------------------------------------------------------- locale

const locale: ContractCase = {
  name: 'locale',
  title: {
    vi: 'values/formulas/numberFormat luôn theo en-US, dù numberFormatLocal theo vùng của người dùng',
    en: 'values/formulas/numberFormat are en-US whatever numberFormatLocal says',
  },
  // The add-in reads and writes only values, formulas and numberFormat (office-js #1559, #1632).
  async run(ctx) {
    await onSheet(ctx, async (ws, context) => {
      const r = ws.getRange('P1:P3');
      r.formulas = [[1234.5], ['=ROUND(P1*0.4,1)'], [0.25]];
      r.numberFormat = [['#,##0.0'], ['General'], ['0.0%']];
      await context.sync();
      const read = ws.getRange('P1:P3');
      read.load('values,formulas,numberFormat,numberFormatLocal,formulasLocal,text');
      const culture = ctx.hasApi('1.11') ? context.workbook.application.cultureInfo : null;
      culture?.load('name');
      culture?.numberFormat.load('numberDecimalSeparator,numberGroupSeparator');
      await context.sync();
      equal(read.values, [[1234.5], [493.8], [0.25]], 'values');
      equal(read.formulas, [[1234.5], ['=ROUND(P1*0.4,1)'], [0.25]], 'formulas');
      equal(read.numberFormat, [['#,##0.0'], ['General'], ['0.0%']], 'numberFormat');
      const where = culture
        ? `${culture.name}, decimal "${culture.numberFormat.numberDecimalSeparator}", group "${culture.numberFormat.numberGroupSeparator}"`
        : 'culture unknown (ExcelApi 1.11 missing)';
      ctx.note(
        `en-US as written; here (${where}) numberFormatLocal ${show(read.numberFormatLocal[0][0])}, formulasLocal ${show(read.formulasLocal[1][0])}, text ${show(read.text[0][0])}`
      );
    });
  },
};

/** Every case, in the order they run. */
export const CASES: readonly ContractCase[] = [
  loadSync,
  readsBeforeWrites,
  cellProperties,
  fillDown,
  definedNames,
  conditionalFormats,
  changeEvent,
  settings,
  undoHistory,
  delayForCellEdit,
  undoGroup,
  payload,
  locale,
];
