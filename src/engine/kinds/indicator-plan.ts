/**
 * Kind 1, the indicator plan review ("Biểu số 1 – Rà soát các chỉ tiêu kế
 * hoạch phát triển KT-XH"): its header vocabulary and its row model.
 *
 * STT | Chỉ tiêu | ĐVT | TH năm N-1 | KH năm N | ƯTH năm N | KH năm N+1 |
 * So sánh (%) {ƯTH N/KH N | ƯTH N/TH N-1 | KH N+1/ƯTH N} | Ghi chú
 */
import { Area, Grid, cellAt, isBlank } from '../grid';
import { findHeader, HeaderBlock } from '../header';
import { judgeStyle, NumberStyle, readCell } from '../numbers';
import type { Quantity, RatioSpec, Role } from '../report';
import { cellText, fold, isMostlyUpper, romanValue, yearsIn } from '../text';

export interface Column {
  /** Absolute 0-based column. */
  col: number;
  role: Role;
  year?: number;
  period?: string;
  /** Header labels joined with " / ". */
  header: string;
  ratio?: RatioSpec;
  /** Text of the numbering row for this column ("6", "8=6/5"). */
  numbering?: string;
  /** Inside an area the add-in wrote (its computed block). */
  owned?: boolean;
}

export type RowType = 'section' | 'indicator' | 'part' | 'label' | 'blank';

export interface RowModel {
  row: number;
  type: RowType;
  stt: string;
  name: string;
  unit: string;
  /** For parts: the row of the indicator (or part) they break down. */
  parent?: number;
  /** Smaller is better (service radius, people per point, ranks). */
  lowerIsBetter: boolean;
  /** Values are ranks "7/63". */
  rank: boolean;
}

export interface IndicatorTable {
  kind: 'indicator-plan';
  header: HeaderBlock;
  columns: Column[];
  rows: RowModel[];
  dataTop: number;
  dataBottom: number;
  /** Rightmost column of the sheet's own table (owned columns excluded). */
  right: number;
  /** Number style of each quantity/ratio column. */
  styles: Map<number, NumberStyle>;
}

// ---- Header vocabulary (folded: no diacritics, lower case) ----------------

const STT = /^(s\.?tt|tt|so tt|so thu tu)\.?$/;
const NAME = /^(chi tieu|ten chi tieu|noi dung|noi dung chi tieu|cac chi tieu|chi tieu chu yeu|danh muc chi tieu)\b/;
const UNIT = /^(don vi tinh|don vi|dvt|d\.v\.t)\.?\b/;
const NOTE = /^(ghi chu|g\.chu)\b/;
const RATIO = /\bso sanh\b|\bty le\b.*%|\(%\)|\bso voi\b/;
const ESTIMATE = /\b(uoc thuc hien|uoc th|uth|u\.th|uoc tinh|uoc dat|uoc ca nam|uoc)\b/;
const ACTUAL = /\b(thuc hien|th|tt hien|ket qua)\b/;
const PLAN = /\b(ke hoach|kh|chi tieu ke hoach|muc tieu)\b/;
const YEAR_LABEL = /^(nam )?(19|20)\d{2}$/;

function quantityRole(folded: string): Quantity['role'] | undefined {
  if (ESTIMATE.test(folded)) return 'estimate';
  if (PLAN.test(folded)) return 'plan';
  if (ACTUAL.test(folded)) return 'actual';
  return undefined;
}

export function isIndicatorHeaderWord(folded: string): boolean {
  return (
    STT.test(folded) ||
    NAME.test(folded) ||
    UNIT.test(folded) ||
    NOTE.test(folded) ||
    RATIO.test(folded) ||
    YEAR_LABEL.test(folded) ||
    quantityRole(folded) !== undefined
  );
}

function periodOf(folded: string): string | undefined {
  const months = /(\d{1,2}) thang/.exec(folded);
  if (months) return `${months[1]} tháng`;
  if (/\bluy ke\b/.test(folded)) return 'lũy kế';
  if (/\bcung ky\b|\bckn?n?\b/.test(folded)) return 'cùng kỳ';
  if (/\bgiai doan\b|(19|20)\d{2}\s*-\s*(19|20)\d{2}/.test(folded)) return 'giai đoạn';
  return undefined;
}

function quantityOf(text: string, fallbackYear?: number): Quantity | undefined {
  const f = fold(text);
  const role = quantityRole(f);
  if (!role) return undefined;
  const years = yearsIn(f);
  const q: Quantity = { role };
  const year = years.length === 1 ? years[0] : years.length === 0 ? fallbackYear : undefined;
  if (year !== undefined) q.year = year;
  const period = periodOf(f);
  if (period) q.period = period;
  return q;
}

/** "ƯTH 2018/KH 2018", "UTH 2018 so với TH 2017" → the two quantities. */
function ratioFromLabel(label: string, fallbackYear?: number): RatioSpec | undefined {
  const f = fold(label).replace(/\(%\)|%/g, ' ');
  const parts = f.split(/\s*\/\s*|\s+so voi\s+|\s+so\s+/);
  if (parts.length !== 2) return undefined;
  const numerator = quantityOf(parts[0], fallbackYear);
  const denominator = quantityOf(parts[1], fallbackYear);
  if (!numerator || !denominator) return undefined;
  const spec: RatioSpec = { numerator, denominator };
  if (/\btang\b|\btoc do\b|\bgiam\b/.test(f)) spec.growth = true;
  return spec;
}

/** "8=6/5" with numbering "6" → column F and "5" → column E. */
function ratioFromNumbering(numbering: string, byNumber: Map<string, Column>): RatioSpec | undefined {
  const m = /=\s*\(?\s*(\d{1,2})\s*\)?\s*[/:]\s*\(?\s*(\d{1,2})\s*\)?\s*(?:[x×*]\s*100)?\s*$/.exec(numbering);
  if (!m) return undefined;
  const a = byNumber.get(m[1]);
  const b = byNumber.get(m[2]);
  const qa = a && asQuantity(a);
  const qb = b && asQuantity(b);
  return qa && qb ? { numerator: qa, denominator: qb } : undefined;
}

function asQuantity(c: Column): Quantity | undefined {
  if (c.role !== 'actual' && c.role !== 'plan' && c.role !== 'estimate') return undefined;
  const q: Quantity = { role: c.role };
  if (c.year !== undefined) q.year = c.year;
  if (c.period) q.period = c.period;
  return q;
}

function classify(labels: string[]): Omit<Column, 'col' | 'header'> | undefined {
  if (labels.length === 0) return undefined;
  const folded = labels.map(fold);
  const all = folded.join(' / ');
  const own = folded[folded.length - 1];
  const years = yearsIn(all);
  const singleYear = years.length === 1 ? years[0] : undefined;
  if (folded.some((f) => STT.test(f))) return { role: 'stt' };
  if (folded.some((f) => NOTE.test(f))) return { role: 'note' };
  if (folded.some((f) => UNIT.test(f))) return { role: 'unit' };
  if (folded.some((f) => RATIO.test(f)) || (own.includes('/') && ratioFromLabel(labels[labels.length - 1]))) {
    const parentYear = yearsIn(folded.slice(0, -1).join(' '));
    const ratio = ratioFromLabel(labels[labels.length - 1], parentYear.length === 1 ? parentYear[0] : undefined);
    const out: Omit<Column, 'col' | 'header'> = { role: 'ratio' };
    if (ratio) out.ratio = ratio;
    return out;
  }
  if (folded.some((f) => NAME.test(f)) && !quantityRole(own)) return { role: 'name' };
  const role = quantityRole(all);
  if (!role) return undefined;
  const out: Omit<Column, 'col' | 'header'> = { role };
  if (singleYear !== undefined) out.year = singleYear;
  const period = periodOf(all);
  if (period) out.period = period;
  return out;
}

// ---- Rows -------------------------------------------------------------------

const LOWER_IS_BETTER = /ban kinh phuc vu|so dan phuc vu|km\/diem|nguoi\/diem|xep hang|thu hang|vi thu|ty le ho ngheo|thoi gian xu ly|thoi gian giai quyet/;
const RANK = /xep hang|thu hang|vi thu|^hang$|\bhang\b.*\/|index/;

function rowType(stt: string, name: string, hasNumbers: boolean): RowType {
  const s = stt.replace(/[.)]$/, '').trim();
  const fname = fold(name);
  if (s === '' && name === '' && !hasNumbers) return 'blank';
  if (romanValue(s) !== null || /^[A-Z]$/.test(s)) return 'section';
  if (/^[-+*•·–]$/.test(s) || /^[a-zđ]$/.test(s) || fname.startsWith('trong do')) {
    return hasNumbers || name !== '' ? (fname.replace(/[:.\s]+$/, '') === 'trong do' && !hasNumbers ? 'label' : 'part') : 'blank';
  }
  if (s === '' && !hasNumbers && isMostlyUpper(name)) return 'section';
  if (s === '' && !hasNumbers && /:$/.test(name)) return 'label';
  return 'indicator';
}

// ---- Recognition ------------------------------------------------------------

function inOwned(g: Grid, col: number, row: number): boolean {
  return (g.owned ?? []).some((o) => col >= o.area.left && col <= o.area.right && row >= o.area.top && row <= o.area.bottom);
}

/** Recognise an indicator plan table in the grid, or return null. */
export function recognizeIndicatorPlan(g: Grid): IndicatorTable | null {
  const header = findHeader(g, isIndicatorHeaderWord);
  if (!header) return null;
  const columns: Column[] = [];
  for (let c = header.left; c <= header.right; c++) {
    const labels = header.labels.get(c) ?? [];
    const cls = classify(labels);
    if (!cls) continue;
    const col: Column = { col: c, header: labels.join(' / '), ...cls };
    const numbering = header.numbering.get(c);
    if (numbering) col.numbering = numbering;
    if (inOwned(g, c, header.top)) col.owned = true;
    columns.push(col);
  }
  const byNumber = new Map<string, Column>();
  for (const c of columns) {
    const m = c.numbering && /^\(?\s*(\d{1,2})/.exec(c.numbering);
    if (m) byNumber.set(m[1], c);
  }
  for (const c of columns) {
    if (c.role === 'ratio' && !c.ratio && c.numbering) {
      const r = ratioFromNumbering(c.numbering, byNumber);
      if (r) c.ratio = r;
    }
  }
  const name = columns.find((c) => c.role === 'name');
  const quantities = columns.filter((c) => c.role === 'actual' || c.role === 'plan' || c.role === 'estimate');
  if (!name || quantities.length < 2) return null;

  const stt = columns.find((c) => c.role === 'stt');
  const unit = columns.find((c) => c.role === 'unit');
  const dataTop = (header.numberingRow ?? header.bottom) + 1;
  let dataBottom = dataTop - 1;
  const lastRow = g.origin.row + g.values.length - 1;
  for (let r = dataTop; r <= lastRow; r++) {
    if (!isBlank(cellAt(g, r, name.col)) || quantities.some((q) => !isBlank(cellAt(g, r, q.col)))) dataBottom = r;
  }

  // Number style: each column by its own cells, else the sheet's.
  const styles = new Map<number, NumberStyle>();
  const inputCols = columns.filter((c) => c.role === 'actual' || c.role === 'plan' || c.role === 'estimate' || c.role === 'ratio');
  const columnValues = (c: Column) => {
    const vals = [];
    for (let r = dataTop; r <= dataBottom; r++) vals.push(cellAt(g, r, c.col));
    return vals;
  };
  const sheetStyle = judgeStyle(inputCols.flatMap(columnValues));
  for (const c of inputCols) styles.set(c.col, judgeStyle(columnValues(c), sheetStyle));

  const rows: RowModel[] = [];
  let lastIndicator: RowModel | undefined;
  let lastDash: RowModel | undefined;
  for (let r = dataTop; r <= dataBottom; r++) {
    const sttText = stt ? cellText(cellAt(g, r, stt.col)) : '';
    const nameText = cellText(cellAt(g, r, name.col));
    const unitText = unit ? cellText(cellAt(g, r, unit.col)) : '';
    const readings = quantities.map((q) => readCell(cellAt(g, r, q.col), styles.get(q.col)));
    const hasNumbers = readings.some((x) => x.kind === 'number');
    const type = rowType(sttText, nameText, hasNumbers);
    const subject = fold(`${nameText} ${unitText}`);
    const rank = RANK.test(subject) && readings.some((x) => x.kind === 'number' && x.shape === 'fraction');
    const model: RowModel = {
      row: r,
      type,
      stt: sttText,
      name: nameText,
      unit: unitText,
      lowerIsBetter: rank || LOWER_IS_BETTER.test(subject),
      rank,
    };
    if (type === 'part') {
      const plus = sttText.startsWith('+');
      const parent = plus && lastDash && (!lastIndicator || lastDash.row > lastIndicator.row) ? lastDash : lastIndicator;
      if (parent) model.parent = parent.row;
      if (!plus) lastDash = model;
    } else if (type === 'indicator') {
      lastIndicator = model;
      lastDash = undefined;
    } else if (type === 'section') {
      lastIndicator = undefined;
      lastDash = undefined;
    }
    rows.push(model);
  }

  const own = columns.filter((c) => !c.owned);
  const right = own.length ? Math.max(...own.map((c) => c.col)) : header.right;
  return { kind: 'indicator-plan', header, columns, rows, dataTop, dataBottom, right, styles };
}

/** The area of the table (header to last data row, the sheet's own columns). */
export function tableArea(t: IndicatorTable): Area {
  return { top: t.header.top, left: t.header.left, bottom: t.dataBottom, right: t.right };
}
