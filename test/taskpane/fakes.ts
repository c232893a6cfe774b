/**
 * A fake PaneActions for the pane's tests: every method a jest.fn, the
 * reports canned (what the UI shows, not what the engine would find).
 */
import type {
  ActionResult,
  WorkbookCheck,
  ComputeChoice,
  ExportIssuesResult,
  InsertAppendixOptions,
  InsertAppendixResult,
  MetricOption,
  PaneActions,
  PreviewResult,
  SheetRead,
  StatementsResult,
  ChartResult,
  TasksRead,
  UndoEntry,
  UndoOptions,
} from '../../src/app/types';
import type { AppendixTask } from '../../src/engine/appendix';
import { recognize } from '../../src/engine';
import { statementsOf, type Statement } from '../../src/engine/statements';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { gridOf } from '../helpers/grid';
import type { Computed, Fix, Issue, Kind, RoleOverrides, SheetReport, TableReport } from '../../src/engine/report';
import type { Lang } from '../../src/i18n/lang';
import type { IssueTable } from '../../src/i18n/issue-table';
import type { SentencesTable } from '../../src/app/sentences-sheet';

export const XSS = '<img src=x onerror=alert(1)>';
export const SHEET = 'Biểu số 1';

/** What the engine says of Tiền Giang 2018's indicators (the sentences' figures). */
export function sampleStatements(): Statement[] {
  const s = tienGiang2018();
  const grid = gridOf(s.name, s.values, s.merges);
  return recognize(grid).flatMap((t) => statementsOf(grid, t));
}

export function indicatorTable(): TableReport {
  return {
    kind: 'indicator-plan',
    title: 'RÀ SOÁT CÁC CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2019',
    headerRows: [4, 6],
    dataRows: [7, 20],
    columns: [
      { column: 'A', role: 'stt', header: 'STT' },
      { column: 'B', role: 'name', header: 'Chỉ tiêu' },
      { column: 'D', role: 'actual', year: 2017, header: 'Thực hiện năm 2017' },
      { column: 'E', role: 'plan', year: 2018, header: 'Kế hoạch năm 2018' },
      {
        column: 'H',
        role: 'ratio',
        header: 'So sánh (%) / ƯTH 2018/KH 2018',
        ratio: {
          numerator: { role: 'estimate', year: 2018 },
          denominator: { role: 'plan', year: 2018 },
        },
      },
    ],
  };
}

export function investmentTable(): TableReport {
  return {
    kind: 'investment',
    headerRows: [24, 25],
    dataRows: [26, 31],
    columns: [
      { column: 'A', role: 'stt', header: 'TT' },
      { column: 'B', role: 'name', header: 'Danh mục dự án' },
      { column: 'F', role: 'year-plan', header: 'Kế hoạch vốn năm 2019' },
      { column: 'G', role: 'disbursed', header: 'Giải ngân' },
    ],
  };
}

export function taskTable(): TableReport {
  return {
    kind: 'task-list',
    headerRows: [34, 34],
    dataRows: [35, 38],
    columns: [
      { column: 'A', role: 'stt', header: 'TT' },
      { column: 'B', role: 'task', header: 'Nhiệm vụ' },
      { column: 'C', role: 'start', header: 'Thời gian bắt đầu' },
      { column: 'D', role: 'end', header: 'Thời gian kết thúc' },
    ],
  };
}

/**
 * Issues as the engine gives them: codes and parameters, worded by the pane
 * in its language. (`_lang` is the language the pane asked in; a report
 * does not depend on it.)
 */
/** The four issues of `issues()` as the pane words them in Vietnamese (written by hand from the catalog's templates). */
export const ISSUE_WORDS_VI = {
  E16: 'Số “10.7” được gõ dạng chữ nên Excel không tính được; nên đổi thành số 10,7.',
  F20: 'Ô chứa lỗi Excel #N/A thay cho số liệu “KH 2019”.',
  H8: 'Tỷ lệ gõ tay 120 khác với ƯTH 2018/KH 2018 tính từ số liệu của dòng = 101,41.',
  B9: `Chỉ tiêu “${XSS}” chưa có đơn vị tính.`,
};

export function issues(_lang?: Lang): Issue[] {
  return [
    {
      cell: 'E16',
      code: 'number-as-text',
      severity: 'error',
      template: 'number-as-text',
      params: { text: '10.7', fixed: { num: 10.7 } },
      fix: { cell: 'E16', value: 10.7 },
    },
    {
      cell: 'F20',
      code: 'not-a-number',
      severity: 'error',
      template: 'error-value',
      params: { text: '#N/A', column: 'KH 2019' },
    },
    {
      cell: 'H8',
      code: 'ratio-mismatch',
      severity: 'warning',
      template: 'ratio-mismatch',
      params: { typed: { num: 120 }, label: 'ƯTH 2018/KH 2018', expected: { num: 101.41 } },
    },
    { cell: 'B9', code: 'missing-value', severity: 'info', template: 'missing-unit', params: { name: XSS } },
  ];
}

export function report(_lang?: Lang, tables: TableReport[] = [indicatorTable()]): SheetReport {
  const first = tables[0];
  return {
    name: SHEET,
    kind: first ? first.kind : null,
    headerRows: first?.headerRows,
    columns: first ? first.columns : [],
    tables,
    issues: issues(),
    computed: [],
  };
}

export function computedReport(_lang?: Lang): SheetReport {
  return {
    ...report(),
    computed: indicatorComputed(),
  };
}

export function indicatorComputed(): Computed[] {
  return [
    { cell: 'H8', row: 8, metric: 'completion', label: 'ƯTH 2018 so với KH 2018', value: 125, formula: '=IFERROR(F8/E8*100,"")' },
    { cell: 'I8', row: 8, metric: 'growth', label: 'ƯTH 2018 so với TH 2017', value: 102.2222, formula: null },
    { cell: 'J8', row: 8, metric: 'plan-growth', label: 'KH 2019 so với ƯTH 2018', value: 98.76, formula: '=IFERROR(G8/F8*100,"")' },
    { cell: 'H20', row: 20, metric: 'completion', label: 'ƯTH 2018 so với KH 2018', value: null, formula: null },
  ];
}

export function indicatorOptions(): MetricOption[] {
  return [
    { metric: 'completion', label: 'ƯTH 2018 so với KH 2018', table: 0, kind: 'indicator-plan' },
    { metric: 'growth', label: 'ƯTH 2018 so với TH 2017', table: 0, kind: 'indicator-plan' },
    { metric: 'plan-growth', label: 'KH 2019 so với ƯTH 2018', table: 0, kind: 'indicator-plan' },
  ];
}

/** What a sheet offers to compute: its tables, every option, every cell (all metrics, with a date). */
export interface ComputeScene {
  tables: TableReport[];
  options: MetricOption[];
  computed: Computed[];
}

export function indicatorScene(): ComputeScene {
  return { tables: [indicatorTable()], options: indicatorOptions(), computed: indicatorComputed() };
}

/** An indicator table, then a key-task table (duration; the elapsed share only with a date). */
export function taskScene(): ComputeScene {
  return {
    tables: [indicatorTable(), taskTable()],
    options: [
      ...indicatorOptions(),
      { metric: 'duration', label: 'Thời gian thực hiện (tháng)', table: 1, kind: 'task-list' },
      { metric: 'elapsed', label: 'Đã qua đến ngày (%)', table: 1, kind: 'task-list' },
    ],
    computed: [
      ...indicatorComputed(),
      { cell: 'E35', row: 35, metric: 'duration', label: 'Thời gian thực hiện (tháng)', value: 18, formula: null },
      { cell: 'F35', row: 35, metric: 'elapsed', label: 'Đã qua đến ngày (%)', value: 45.456, formula: null },
    ],
  };
}

/** What previewCompute answers for a scene and a choice, as the real one would. */
export function previewOf(choice: ComputeChoice | undefined, scene: ComputeScene): PreviewResult {
  const dated = (m: string) => m !== 'elapsed' || !!choice?.asOf;
  const wanted = (m: Computed['metric']) => dated(m) && (!choice?.metrics || choice.metrics.includes(m));
  return {
    report: { ...report(undefined, scene.tables), computed: scene.computed.filter((c) => wanted(c.metric)) },
    options: scene.options.filter((o) => dated(o.metric)),
    syncs: 1,
  };
}

export const TASK_SHEET = 'Nhiệm vụ';

/** The key tasks of the sample "Nhiệm vụ" sheet, as readTasks gives them (one end date unreadable). */
export function sampleTasks(): AppendixTask[] {
  const row = (r: number, task: string, start: string, end: string, owner: string): AppendixTask => ({
    task,
    start,
    end,
    owner,
    note: '',
    source: `${TASK_SHEET}!B${r}`,
    cells: { start: `${TASK_SHEET}!C${r}`, end: `${TASK_SHEET}!D${r}` },
  });
  return [
    row(4, 'Triển khai Nền tảng tích hợp và chia sẻ dùng chung cấp tỉnh - LGSP', 'Tháng 7/2020', 'Tháng 12/2021', 'Sở Thông tin và Truyền thông'),
    row(5, 'Triển khai DVC TT mức độ 4 của 50% TTHC toàn tỉnh', 'Tháng 5/2021', 'Tháng 5/2025', 'Văn phòng UBND tỉnh'),
    row(6, 'Hình thành Hiệp hội Doanh nghiệp số', 'Quý II/2021', 'Tháng 3/2021', 'Sở Thông tin và Truyền thông'),
    row(7, 'Xây dựng hệ thống wifi free tại các khu du lịch', 'Tháng 13/2021', 'Tháng 9/2022', ''),
  ];
}

/** What insertAppendix answers by default: a new sheet "Phụ lục", one unreadable date. */
export function insertResult(tasks: AppendixTask[], opts?: InsertAppendixOptions): InsertAppendixResult {
  return {
    sheet: opts?.at?.sheet ?? 'Phụ lục',
    address: opts?.at ? `${opts.at.cell}:F${tasks.length + 8}` : `A1:F${tasks.length + 5}`,
    invalid: [{ row: 3, field: 'start', text: 'Tháng 13/2021', source: `${TASK_SHEET}!C7` }],
    syncs: 2,
    replaced: false,
    created: !opts?.at,
  };
}

export function emptyReport(name = 'Danh bạ', unrecognised: SheetReport['unrecognised'] = []): SheetReport {
  return { name, kind: null, columns: [], tables: [], issues: [], computed: [], unrecognised };
}

/** A fake whose methods are all jest.fn; `overrides` replaces some. */
export function fakeActions(overrides: Partial<PaneActions> = {}) {
  let listener: ((sheet: string) => void) | null = null;
  const stopListening = jest.fn(async () => undefined);
  const undo: UndoEntry[] = [];
  const base = {
    check: jest.fn(async (_read?: SheetRead): Promise<ActionResult> => ({ report: report(), syncs: 2 })),
    compute: jest.fn(async (_choice?: ComputeChoice, _read?: SheetRead): Promise<ActionResult> => ({ report: computedReport(), syncs: 3 })),
    previewCompute: jest.fn(async (choice?: ComputeChoice, _read?: SheetRead): Promise<PreviewResult> => previewOf(choice, indicatorScene())),
    checkWorkbook: jest.fn(async (): Promise<WorkbookCheck> => ({ sheets: [{ name: SHEET, report: report() }], syncs: 3 })),
    select: jest.fn(async (_sheet: string, _cell: string) => undefined),
    mark: jest.fn(async (_sheet: string, _issues: Issue[]) => undefined),
    unmark: jest.fn(async (_sheet: string) => undefined),
    applyFix: jest.fn(async (sheet: string, fix: Fix): Promise<UndoEntry> => {
      const label = `${fix.cell} ← ${fix.value}`;
      const entry: UndoEntry = { kind: 'fix', sheet, cell: fix.cell, address: fix.cell, label, labels: { vi: `Sửa ${label}`, en: `Fix ${label}` } };
      undo.push(entry);
      return entry;
    }),
    applyFixes: jest.fn(async (sheet: string, fixes: Fix[]): Promise<UndoEntry> => {
      const label = `${fixes.length} ô`;
      const entry: UndoEntry = {
        kind: 'fix',
        sheet,
        cell: fixes[0].cell,
        address: fixes.map((f) => f.cell).join(','),
        label,
        labels: { vi: `Sửa ${label}`, en: `Fix ${fixes.length} cells` },
      };
      undo.push(entry);
      return entry;
    }),
    undo: jest.fn(async (_opts?: UndoOptions): Promise<UndoEntry | null> => undo.pop() ?? null),
    undoList: jest.fn((): UndoEntry[] => undo.slice()),
    undoFix: jest.fn(async (): Promise<UndoEntry | null> => (undo[undo.length - 1]?.kind === 'fix' ? undo.pop()! : null)),
    getRoles: jest.fn(async (_sheet: string): Promise<RoleOverrides> => ({})),
    setRoles: jest.fn(async (_sheet: string, _roles: RoleOverrides) => undefined),
    setKind: jest.fn(async (_sheet: string, _kind: Kind | null) => undefined),
    setDirection: jest.fn(async (_sheet: string, _row: number, _direction: 'lower' | 'higher' | null) => undefined),
    setHeaderRows: jest.fn(async (_sheet: string, _rows: [number, number] | null) => undefined),
    setBound: jest.fn(async (_sheet: string, _row: number, _bound: 'floor' | 'ceiling' | 'exact' | null) => undefined),
    ignoreIssue: jest.fn(async (_sheet: string, _issue: Issue) => undefined),
    unignoreIssue: jest.fn(async (_sheet: string, _issue: Issue) => undefined),
    onSheetChanged: jest.fn(async (l: (sheet: string) => void) => {
      listener = l;
      return stopListening;
    }),
    listSheets: jest.fn(async (): Promise<string[]> => [SHEET, 'Đầu tư công', TASK_SHEET, 'Danh bạ']),
    insertAppendix: jest.fn(async (tasks: AppendixTask[], opts?: InsertAppendixOptions): Promise<InsertAppendixResult> => insertResult(tasks, opts)),
    exportIssues: jest.fn(async (table: IssueTable): Promise<ExportIssuesResult> => {
      const address = `A1:E${table.rows.length + 2}`;
      undo.push({
        kind: 'export',
        sheet: table.sheetName,
        cell: 'A1',
        address,
        label: `Xuất ${table.rows.length}`,
        labels: { vi: `Xuất danh sách vấn đề: trang tính mới “${table.sheetName}”`, en: `Export the issue list: new sheet “${table.sheetName}”` },
      });
      return { sheet: table.sheetName, address, rows: table.rows.length, syncs: 3, frozen: true };
    }),
    insertChart: jest.fn(async (table: number): Promise<ChartResult> => {
      undo.push({
        kind: 'chart',
        sheet: SHEET,
        cell: 'N4',
        address: 'N4:U23',
        label: `Biểu đồ ${table}`,
        labels: { vi: 'Chèn biểu đồ “Mức hoàn thành kế hoạch năm 2018 (%)” (N4:U23)', en: 'Insert the chart “Completion of the 2018 plan (%)” (N4:U23)' },
      });
      return { sheet: SHEET, name: 'Chart 1', address: 'N4:U23', syncs: 1 };
    }),
    readSelectionText: jest.fn(async (): Promise<{ sheet: string; address: string; text: string } | null> => ({
      sheet: SHEET,
      address: 'B30:B31',
      text: 'Tổng số dự án là 200 dự án, trong đó: 120 dự án khởi công mới, 70 dự án chuyển tiếp.',
    })),
    insertSentences: jest.fn(async (table: SentencesTable): Promise<ExportIssuesResult> => {
      const address = `A1:B${table.rows.length + 2}`;
      undo.push({
        kind: 'export',
        sheet: table.sheetName,
        cell: 'A1',
        address,
        label: `Chèn ${table.rows.length}`,
        labels: { vi: `Chèn câu báo cáo: trang tính mới “${table.sheetName}”`, en: `Insert the report sentences: new sheet “${table.sheetName}”` },
      });
      return { sheet: table.sheetName, address, rows: table.rows.length, syncs: 3, frozen: true };
    }),
    statements: jest.fn(async (): Promise<StatementsResult> => ({ sheet: SHEET, statements: sampleStatements(), syncs: 1 })),
    readTasks: jest.fn(async (): Promise<TasksRead | null> => ({ sheet: TASK_SHEET, tasks: sampleTasks() })),
    readSelectionTasks: jest.fn(async (): Promise<TasksRead | null> => ({ sheet: TASK_SHEET, address: 'B4:F5', tasks: sampleTasks().slice(0, 2) })),
  };
  const actions: PaneActions = { ...base, ...overrides };
  return {
    actions,
    fn: base,
    stopListening,
    /** The fake's undo list (oldest first): push to it to stand for a write. */
    undoEntries: undo,
    /** What Excel would do when the user edits `sheet`. */
    fireSheetChanged(sheet = SHEET) {
      if (!listener) throw new Error('the pane is not listening for changes');
      listener(sheet);
    },
    get listening() {
      return listener !== null;
    },
  };
}
