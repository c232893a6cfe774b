/**
 * The planner's decisions in the pane, saved in the workbook: a kind for a
 * sheet no kind fits, a row's direction, an issue left ("Bỏ qua") that comes
 * back when its cell changes; and the command line reading the same record.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createExcelActions } from '../../src/app/actions';
import { run } from '../../src/cli/main';
import type { WorkbookReport } from '../../src/engine/report';
import { createMemoryExcel } from '../../src/host/memory/excel';
import type { SheetInit } from '../../src/host/memory/types';
import { addSavedSettings } from '../helpers/webext';
import { writeXlsx } from '../helpers/xlsx';

const all = () => true;
const N = null;

const sheet = (): SheetInit => ({
  name: 'Việc',
  values: [
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024'],
    [1, 'Số thuê bao di động', 'thuê bao', '1.000', 1100],
    [2, 'Chi phí tuân thủ thủ tục hành chính bình quân', 'triệu đồng', 10, 8],
  ],
});

const tasks = (): SheetInit => ({
  name: 'Nhiệm vụ',
  values: [
    ['STT', 'Nhiệm vụ', 'Ghi chú'],
    [1, 'Xây dựng kế hoạch', N],
    [2, 'Tổ chức hội nghị', N],
  ],
});

async function settingsOf(excel: ReturnType<typeof createMemoryExcel>): Promise<Record<string, string>> {
  return excel.run(async (ctx) => {
    const s = ctx.workbook.settings;
    s.load('items/key,items/value');
    await ctx.sync();
    return Object.fromEntries((s.items as { key: string; value: string }[]).map((i) => [i.key, i.value]));
  });
}

test('"Bỏ qua" sets an issue apart while its cell holds the same; a change brings it back', async () => {
  const excel = createMemoryExcel({ sheets: [sheet()] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  const first = (await actions.check()).report;
  const d2 = first.issues.find((i) => i.cell === 'D2' && i.code === 'number-as-text')!;
  await actions.ignoreIssue('Việc', d2);
  const after = (await actions.check()).report;
  expect(after.issues.some((i) => i.cell === 'D2' && i.code === 'number-as-text')).toBe(false);
  expect(after.ignored).toEqual([d2]);
  // The planner types another text there: the issue is back.
  excel.userEdit('Việc', 'D2', '1.000,5');
  const changed = (await actions.check()).report;
  expect(changed.issues.some((i) => i.cell === 'D2' && i.code === 'number-as-text')).toBe(true);
  expect(changed.ignored).toBeUndefined();
  // "Hiện lại" takes the ignore away for good.
  await actions.unignoreIssue('Việc', d2);
  expect(await settingsOf(excel)).toEqual({});
});

test('a kind chosen for a sheet no kind fits, saved and used by every check; null gives recognition back', async () => {
  const excel = createMemoryExcel({ sheets: [tasks()] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  expect((await actions.check()).report.kind).toBeNull();
  await actions.setKind('Nhiệm vụ', 'task-list');
  const chosen = (await actions.check()).report;
  expect(chosen.kind).toBe('task-list');
  expect(chosen.tables[0].chosen).toBe(true);
  await actions.setKind('Nhiệm vụ', null);
  expect((await actions.check()).report.kind).toBeNull();
});

test('a direction chosen for a row decides its completion', async () => {
  const excel = createMemoryExcel({ sheets: [sheet()] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  const completion = async () => (await actions.previewCompute({ metrics: ['completion'] })).report.computed.find((c) => c.row === 3)!.value;
  // 8 / 10 = 80 % read higher-is-better; the planner says a cost is better lower: 10 / 8 = 125 %.
  expect(await completion()).toBeCloseTo(80, 9);
  await actions.setDirection('Việc', 3, 'lower');
  expect(await completion()).toBeCloseTo(125, 9);
});

test('a bound stated for a row decides its completion, and is saved with the rest', async () => {
  const excel = createMemoryExcel({ sheets: [sheet()] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  const completion = async () => (await actions.previewCompute({ metrics: ['completion'] })).report.computed.find((c) => c.row === 3)!.value;
  await actions.setBound('Việc', 3, 'ceiling');
  // At most 10, reached 8: 10 / 8 = 125 %.
  expect(await completion()).toBeCloseTo(125, 9);
  expect(JSON.parse(Object.values(await settingsOf(excel))[0])).toEqual({ sheet: 'Việc', bounds: { 3: 'ceiling' } });
  await actions.setBound('Việc', 3, null);
  expect(await completion()).toBeCloseTo(80, 9);
  expect(await settingsOf(excel)).toEqual({});
});

test('header rows named for a sheet are saved and used by every check', async () => {
  const excel = createMemoryExcel({
    sheets: [
      {
        name: 'Kết quả',
        values: [
          ['Chỉ tiêu', 'Đơn vị tính', 'Kết quả thực hiện', N, N],
          [N, N, 2021, 2022, 2023],
          ['Số thuê bao Internet', 'thuê bao', 100, 120, 150],
        ],
      },
    ],
  });
  const actions = createExcelActions(excel, { isSetSupported: all });
  const years = async () => (await actions.check()).report.columns.filter((c) => c.role === 'actual').map((c) => c.year);
  expect(await years()).toEqual([undefined]);
  await actions.setHeaderRows('Kết quả', [1, 2]);
  expect(await years()).toEqual([2021, 2022, 2023]);
  await actions.setHeaderRows('Kết quả', null);
  expect(await years()).toEqual([undefined]);
});

test('the command line reads what the pane saved, as Excel keeps it in the file', async () => {
  const excel = createMemoryExcel({ sheets: [sheet(), tasks()] });
  const actions = createExcelActions(excel, { isSetSupported: all });
  await actions.setKind('Nhiệm vụ', 'task-list');
  const d2 = (await actions.check()).report.issues.find((i) => i.cell === 'D2')!;
  await actions.ignoreIssue('Việc', d2);
  await actions.setDirection('Việc', 3, 'lower');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-saved-'));
  try {
    const file = path.join(dir, 'saved.xlsx');
    await writeXlsx(file, [sheet(), tasks()]);
    // Each setting's value as the API holds it (the JSON text of a record).
    await addSavedSettings(file, await settingsOf(excel));
    let out = '';
    await run(['check', file, '--json'], { stdout: (s) => (out += s), stderr: () => undefined });
    const report = JSON.parse(out) as WorkbookReport;
    const [viec, nhiemVu] = report.sheets;
    expect(viec.issues.some((i) => i.cell === 'D2' && i.code === 'number-as-text')).toBe(false);
    expect(viec.ignored?.map((i) => i.cell)).toEqual(['D2']);
    expect(nhiemVu.kind).toBe('task-list');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
