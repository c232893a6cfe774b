/**
 * The appendix of key tasks as a model: title block, numbered rows with
 * dates read as real dates (shown "Tháng 1/2021", "Quý II/2021"), optional
 * grouping by owning unit, ordering by start, and a quarter timeline. The
 * sheet writer, the clipboard HTML and the Word document all draw from it.
 */
import type { CellValue } from '../grid';
import { formatSpan, readPeriod, Span, ymd } from '../periods';
import { fold } from '../text';

export interface AppendixTask {
  task: string;
  start: CellValue;
  end: CellValue;
  owner: string;
  note?: string;
  /** Where the task came from ("Nhiệm vụ!B7"), for messages. */
  source?: string;
  /** Where its dates came from ("Nhiệm vụ!C7"), for messages about them. */
  cells?: { start?: string; end?: string };
}

export interface AppendixOptions {
  /** The title, set in upper case. */
  title?: string;
  /** The italic line under it: "(Kèm theo Kế hoạch số …/KH-… ngày … của …)". */
  subtitle?: string;
  order?: 'given' | 'start';
  groupByOwner?: boolean;
  /** Add a quarter timeline across the plan period. */
  timeline?: boolean;
  /** The plan period (years); read from the title when absent. */
  period?: { from: number; to: number };
  /** Treat a number in a date cell as an Excel date (its format said so). */
  dateCells?: boolean;
}

/** A date as the appendix shows it: a real date with a format, or the text as typed. */
export type DateCell =
  | { kind: 'date'; /** Excel serial of the first day. */ serial: number; /** Excel number format. */ format: string; text: string; span: Span }
  | { kind: 'text'; text: string; span?: Span }
  | { kind: 'empty' };

export interface AppendixRow {
  type: 'task' | 'group';
  /** 1..n for tasks; I, II … for group rows. */
  number: string;
  task: string;
  start: DateCell;
  end: DateCell;
  owner: string;
  note: string;
  /** For the timeline: quarter indexes (0-based from the period's first quarter) the task spans. */
  quarters?: [number, number];
  /** Its start or end is an ongoing schedule ("Thường xuyên"): its timeline runs to the period's edge. */
  ongoing?: boolean;
  source?: string;
}

export interface InvalidDate {
  row: number;
  field: 'start' | 'end';
  text: string;
  source?: string;
}

export interface AppendixModel {
  title: string;
  subtitle: string;
  header: string[];
  rows: AppendixRow[];
  period?: { from: number; to: number };
  /** Timeline columns: "I/2021" …; empty without a timeline. */
  quarters: string[];
  invalid: InvalidDate[];
  /** Column widths in characters, for A4 landscape. */
  widths: number[];
}

export const APPENDIX_HEADER = ['TT', 'Chương trình, đề án, chính sách, nhiệm vụ', 'Thời gian bắt đầu', 'Thời gian kết thúc', 'Đơn vị chủ trì', 'Ghi chú'];
export const DEFAULT_TITLE = 'MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH';
export const DEFAULT_SUBTITLE = '(Kèm theo Kế hoạch số     /KH-STTTT ngày     tháng     năm      của Sở Thông tin và Truyền thông)';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX'];
const EXCEL_EPOCH_DAY = Math.round(Date.UTC(1899, 11, 30) / 86400000);

/** The Excel number format that shows a period as formatSpan words it ("Tháng 6/2022" for the month). */
function formatOf(p: Span): string | null {
  switch (p.precision) {
    case 'month':
      return '"Tháng "m/yyyy';
    case 'quarter':
      return `"Quý ${ROMAN[(ymd(p.first).m - 1) / 3]}/"yyyy`;
    case 'day':
      return 'd/m/yyyy';
    case 'year':
      return '"Năm "yyyy';
    default:
      return null;
  }
}

/**
 * A date as the appendix holds it. A month, quarter, day or year is a real
 * date worded by formatSpan (periods.ts) — the one wording the sheet's number
 * format, the copied HTML and the .docx all show — whatever the source's own
 * form ("06/2022", "T6/2022", a date formatted "mm/yyyy"); anything else is
 * the text as typed.
 */
function dateCell(v: CellValue, dateCells: boolean): DateCell {
  const p = readPeriod(v, dateCells && typeof v === 'number');
  if (p.kind === 'empty') return { kind: 'empty' };
  if (p.kind !== 'span') return { kind: 'text', text: typeof v === 'string' ? v.trim() : String(v) };
  const format = formatOf(p);
  if (!format) return { kind: 'text', text: typeof v === 'string' ? v.trim() : String(v), span: p };
  return { kind: 'date', serial: p.first - EXCEL_EPOCH_DAY, format, text: formatSpan(p), span: p };
}

/** The words a date cell shows, in every output (sheet row heights, HTML, text, .docx). */
export function dateText(c: DateCell): string {
  return c.kind === 'empty' ? '' : c.text;
}

/**
 * A schedule that runs through the whole plan ("Thường xuyên", "Hằng năm",
 * "Định kỳ hằng quý", "Liên tục", "Cả giai đoạn"): on the timeline it is
 * shaded from the period's start (as a start) or to its end (as an end).
 * Not "Theo kế hoạch" or "Sau khi …", which name no time.
 */
const ONGOING = /\b(thuong xuyen|hang (nam|quy|thang|tuan)|lien tuc|dinh ky|ca giai doan)\b/;

/** Whether a date cell is an ongoing schedule (see ONGOING). */
export function isOngoing(c: DateCell): boolean {
  return c.kind === 'text' && !c.span && ONGOING.test(fold(c.text));
}

function isInvalid(v: CellValue, c: DateCell): boolean {
  if (c.kind !== 'text' || c.span) return false;
  const p = readPeriod(v);
  return p.kind === 'invalid';
}

/** Years of a plan period named in a text ("GIAI ĐOẠN 2021-2025"). */
export function periodIn(text: string): { from: number; to: number } | undefined {
  const m = /((?:19|20)\d{2})\s*(?:-|–|—|den)\s*((?:19|20)\d{2})/.exec(fold(text));
  return m && Number(m[2]) >= Number(m[1]) ? { from: Number(m[1]), to: Number(m[2]) } : undefined;
}

export function buildAppendix(tasks: AppendixTask[], opts: AppendixOptions = {}): AppendixModel {
  const title = (opts.title?.trim() || DEFAULT_TITLE).toLocaleUpperCase('vi');
  const subtitle = opts.subtitle?.trim() || DEFAULT_SUBTITLE;
  const period = opts.period ?? periodIn(title);
  const invalid: InvalidDate[] = [];
  let items = tasks.map((t) => ({
    t,
    start: dateCell(t.start, !!opts.dateCells),
    end: dateCell(t.end, !!opts.dateCells),
  }));
  if (opts.order === 'start') {
    const key = (c: DateCell) => (c.kind === 'date' ? c.span.first : c.kind === 'text' && c.span ? c.span.first : Infinity);
    items = items
      .map((x, i) => ({ x, i }))
      .sort((a, b) => key(a.x.start) - key(b.x.start) || a.i - b.i)
      .map((p) => p.x);
  }
  const groups: { owner: string; items: typeof items }[] = [];
  if (opts.groupByOwner) {
    for (const it of items) {
      const owner = it.t.owner.trim();
      let g = groups.find((x) => fold(x.owner) === fold(owner));
      if (!g) groups.push((g = { owner, items: [] }));
      g.items.push(it);
    }
  } else groups.push({ owner: '', items });
  const quartersFrom = period ? Date.UTC(period.from, 0, 1) / 86400000 : 0;
  const quarterOf = (day: number) => {
    const d = ymd(day);
    return (d.y - (period?.from ?? d.y)) * 4 + Math.floor((d.m - 1) / 3);
  };
  const nQuarters = period ? (period.to - period.from + 1) * 4 : 0;
  const rows: AppendixRow[] = [];
  let n = 0;
  groups.forEach((g, gi) => {
    if (opts.groupByOwner)
      rows.push({
        type: 'group',
        number: ROMAN[gi] ?? String(gi + 1),
        task: g.owner || '(Chưa có đơn vị chủ trì)',
        start: { kind: 'empty' },
        end: { kind: 'empty' },
        owner: '',
        note: '',
      });
    for (const { t, start, end } of g.items) {
      n++;
      const row: AppendixRow = { type: 'task', number: String(n), task: t.task.trim(), start, end, owner: t.owner.trim(), note: (t.note ?? '').trim() };
      if (t.source) row.source = t.source;
      if (isInvalid(t.start, start))
        invalid.push({ row: rows.length, field: 'start', text: start.kind === 'text' ? start.text : '', source: t.cells?.start ?? t.source });
      if (isInvalid(t.end, end)) invalid.push({ row: rows.length, field: 'end', text: end.kind === 'text' ? end.text : '', source: t.cells?.end ?? t.source });
      const s = start.kind === 'date' ? start.span : start.kind === 'text' ? start.span : undefined;
      const e = end.kind === 'date' ? end.span : end.kind === 'text' ? end.span : undefined;
      // "Thường xuyên" as the start runs from the period's start; as the end (or the start with no
      // end), to the period's end.
      const ongoingStart = isOngoing(start);
      const ongoingEnd = isOngoing(end) || (ongoingStart && end.kind === 'empty');
      if (ongoingStart || ongoingEnd) row.ongoing = true;
      if (opts.timeline && period) {
        const first = ongoingStart ? quartersFrom : s?.first;
        const last = ongoingEnd ? Date.UTC(period.to, 11, 31) / 86400000 : e?.last;
        if (first !== undefined && last !== undefined && last >= first) {
          const a = Math.max(0, quarterOf(Math.max(first, quartersFrom)));
          const b = Math.min(nQuarters - 1, quarterOf(last));
          if (b >= a) row.quarters = [a, b];
        }
      }
      rows.push(row);
    }
  });
  const quarters: string[] = [];
  if (opts.timeline && period) for (let y = period.from; y <= period.to; y++) for (let q = 0; q < 4; q++) quarters.push(`${ROMAN[q]}/${y}`);
  // A4 landscape holds about 130 characters of Times New Roman 13 pt.
  const widths = quarters.length ? [5, 40, 11, 11, 20, 9, ...quarters.map(() => Math.max(2.5, Math.min(5, 34 / quarters.length)))] : [5, 55, 13, 13, 28, 14];
  return { title, subtitle, header: [...APPENDIX_HEADER], rows, period, quarters, invalid, widths };
}
