/**
 * The bench's indicator plan sheet ("Biểu số 1"), generated: three title
 * rows, a two-row merged header of 12 columns, the numbering row
 * "1 … 8=6/5", then `rows` data rows in sections (I, II, …) of items with
 * parts ("-") that add up to them, some numbers typed as Vietnamese text
 * ("1.234,5"), ranks ("7/63"), a few typed comparisons and a few slips
 * (a part sum that is off, a typed ratio that is wrong) for the checks to
 * find. Deterministic: the same rows for the same count.
 *
 * STT | Chỉ tiêu | ĐVT | TH 2017 | KH 2018 | ƯTH 2018 | KH 2019 |
 * So sánh (%) {ƯTH 2018/KH 2018 | ƯTH 2018/TH 2017 | KH 2019/ƯTH 2018 | KH 2019/KH 2018} | Ghi chú
 */
import type { CellValue, Grid } from '../../src/engine/grid';
import { parseA1 } from '../../src/engine/grid';
import type { SheetInit } from '../../src/host/memory/types';

export const SHEET_NAME = 'Biểu số 1';
export const COLS = 12;

const N = null;

/** Rows above the data: titles, header, numbering. */
export const HEAD_ROWS = 6;

const HEAD: CellValue[][] = [
  ['Biểu số 1', N, N, N, N, N, N, N, N, N, N, N],
  ['RÀ SOÁT CÁC CHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NGÀNH THÔNG TIN VÀ TRUYỀN THÔNG NĂM 2019', N, N, N, N, N, N, N, N, N, N, N],
  ['(Kèm theo Báo cáo số      /BC-STTTT ngày     /10/2018 của Sở Thông tin và Truyền thông)', N, N, N, N, N, N, N, N, N, N, N],
  [
    'STT',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Thực hiện năm 2017',
    'Kế hoạch năm 2018',
    'Ước thực hiện năm 2018',
    'Kế hoạch năm 2019',
    'So sánh (%)',
    N,
    N,
    N,
    'Ghi chú',
  ],
  [N, N, N, N, N, N, N, 'ƯTH 2018/KH 2018', 'ƯTH 2018/TH 2017', 'KH 2019/ƯTH 2018', 'KH 2019/KH 2018', N],
  [1, 2, 3, 4, 5, 6, 7, '8=6/5', '9=6/4', '10=7/6', '11=7/5', 12],
];

export const MERGES = ['A2:L2', 'A3:L3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:F5', 'G4:G5', 'H4:K4', 'L4:L5'];

const UNITS = ['Tỷ đồng', 'Thuê bao', 'Trạm', '%', 'TB/100 dân', 'km/điểm', 'người/điểm', 'Doanh nghiệp'];
/** The size of each unit's figures (TH 2017 lies between low and high). */
const SCALE: Array<[number, number]> = [
  [500, 5000],
  [10000, 2000000],
  [500, 4000],
  [20, 80],
  [5, 120],
  [1, 5],
  [2000, 20000],
  [50, 3000],
];
const NAMES = [
  'Tổng doanh thu',
  'Tổng số thuê bao điện thoại',
  'Số trạm BTS',
  'Tỷ lệ dịch vụ công trực tuyến mức độ 3',
  'Mật độ thuê bao Internet',
  'Bán kính phục vụ bình quân',
  'Số dân phục vụ bình quân',
  'Số doanh nghiệp công nghệ số',
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  for (const [v, r] of table) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}

/** "1234.5" in Vietnamese style: "1.234,5". */
function viText(x: number): string {
  const [int, dec] = x.toFixed(1).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return dec === '0' ? grouped : `${grouped},${dec}`;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The four year figures of an indicator: TH 2017, KH 2018, ƯTH 2018, KH 2019. */
function figures(rnd: () => number, base: number): number[] {
  const th = round1(base);
  const kh = round1(th * (1 + rnd() * 0.1));
  const uth = round1(kh * (0.95 + rnd() * 0.1));
  const kh2 = round1(uth * (1 + rnd() * 0.08));
  return [th, kh, uth, kh2];
}

/**
 * The sheet's shapes: "plain" as above; "text" with a whole column of
 * figures (TH 2017) typed as text in Vietnamese style ("1.150,5"), as many
 * real sheets copied from a report are (each such cell is a note of the
 * check, and the ratios computed from it are left to the planner).
 */
export type SheetShape = 'plain' | 'text';

/** The data rows (exactly `rows` of them), 12 cells each. */
function dataRows(rows: number, shape: SheetShape): CellValue[][] {
  const rnd = random(2019);
  const out: CellValue[][] = [];
  let section = 0;
  let item = 0;
  const row = (stt: CellValue, name: string, unit: CellValue, fig: CellValue[], ratios: CellValue[] = [N, N, N, N], note: CellValue = N): CellValue[] => [
    stt,
    name,
    unit,
    ...(shape === 'text' ? fig.map((x, i) => (i === 0 && typeof x === 'number' ? viText(x) : x)) : fig),
    ...ratios,
    note,
  ];
  while (out.length < rows) {
    // A section every ~400 rows.
    if (item % 120 === 0) {
      section++;
      out.push(row(roman(section), `LĨNH VỰC ${section}`.toUpperCase(), N, [N, N, N, N]));
      if (out.length >= rows) break;
    }
    item++;
    const k = item % NAMES.length;
    const name = `${NAMES[k]} (${item})`;
    const unit = UNITS[k];
    const shape = item % 10;
    if (shape === 3) {
      // A rank "7/63".
      const a = 1 + Math.floor(rnd() * 60);
      out.push(row(item, `Xếp hạng chỉ số ${item}`, 'Hạng', [`${a + 2}/63`, `${a + 1}/63`, `${a}/63`, `${Math.max(1, a - 1)}/63`]));
      continue;
    }
    const [low, high] = SCALE[k];
    const fig = figures(rnd, low + rnd() * (high - low));
    if (shape === 5 || shape === 7) {
      // An item with two parts that add up to it (one in 50 is off by one).
      out.push(row(item, name, unit, fig));
      const partA = fig.map((x) => round1(x * 0.4));
      const partB = fig.map((x, i) => round1(x - partA[i] + (item % 50 === 5 ? 1 : 0)));
      if (out.length < rows) out.push(row('-', `${NAMES[k]} khối ${item}a`, unit, partA));
      if (out.length < rows) out.push(row('-', `${NAMES[k]} khối ${item}b`, unit, partB));
      continue;
    }
    if (shape === 1 && item % 30 === 1) {
      // Figures typed as text in Vietnamese style (one item in 30).
      out.push(row(item, name, unit, fig.map(viText)));
      continue;
    }
    if (shape === 9) {
      // A typed comparison, right or (one in 40) wrong.
      const r = round1((fig[2] / fig[1]) * 100) + (item % 40 === 9 ? 7 : 0);
      out.push(row(item, name, unit, fig, [r, N, N, N], 'Số liệu sơ bộ'));
      continue;
    }
    out.push(row(item, name, unit, fig));
  }
  return out;
}

/** The sheet's values: head rows, then `rows` data rows. */
export function sheetValues(rows: number, shape: SheetShape = 'plain'): CellValue[][] {
  return [...HEAD.map((r) => r.slice()), ...dataRows(rows, shape)];
}

/** The sheet as the memory Excel's seed. */
export function sheetInit(rows: number): SheetInit {
  return { name: SHEET_NAME, values: sheetValues(rows), merges: MERGES.slice() };
}

/** The sheet as the engine sees it (what the Office.js adapter reads). */
export function sheetGrid(rows: number, shape: SheetShape = 'plain'): Grid {
  const values = sheetValues(rows, shape);
  return {
    name: SHEET_NAME,
    origin: { row: 0, col: 0 },
    values,
    formats: values.map((r) => r.map(() => 'General')),
    formulas: values.map((r) => r.map(() => null)),
    merges: MERGES.map(parseA1),
    owned: [],
  };
}
