/**
 * Kind 2, targets against results: mid-term and end-of-term reviews, a
 * resolution's targets and what was reached.
 *
 * - Sentences (seed 004): TT | Nội dung chỉ tiêu đến năm 2015 | Kết quả hiện
 *   tại (6/2013) | Tỷ lệ hoàn thành chỉ tiêu (%)
 * - Figures: STT | Chỉ tiêu | Đơn vị | Thực hiện 2006-2010 | Mục tiêu
 *   2011-2015 | Thực hiện 2011-2015 | Đánh giá — targets may be bounds
 *   ("Dưới 4", "Trên 90", "6,5-7"); a result of the period before the
 *   target's is a baseline (`actual`).
 */
import type { Column, ColumnClass, KindSpec, Table } from '../../table';
import { fold, yearsIn } from '../../text';

const STT = /^(s\.?tt|tt|so tt|stt no|no)\.?$/;
const NOTE = /^(ghi chu|note)\b/;
const UNIT = /^(don vi tinh|don vi|dvt|d\.v\.t|unit)\b/;
const EVALUATION = /^(danh gia|ket qua (tu )?danh gia|tu danh gia|muc do dat)\b/;
const COMPLETION =
  /\b(ty le hoan thanh|muc do hoan thanh|% hoan thanh|hoan thanh chi tieu|ty le dat|danh gia muc do)\b|^so voi (nq|nghi quyet|muc tieu|chi tieu|ke hoach)\b/;
const TARGET =
  /^(muc tieu|chi tieu (nq|nghi quyet|de ra|ke hoach|den nam|giai doan|dh|dai hoi)|ch\/ ?tieu|tieu chuan|noi dung chi tieu (den|giai doan|nq|nghi quyet)|chi tieu den)|\bchi tieu den nam\b|\bmuc tieu den nam\b/;
const RESULT =
  /^(ket qua|thuc hien|uoc thuc hien|uoc th|da dat duoc|tinh hinh thuc hien|implemented)\b|\b(ket qua (thuc hien|dat duoc|hien tai)|thuc hien den)\b/;
const NAME = /^(chi tieu|ten chi tieu|noi dung|ten tieu chi|tieu chi|noi dung tieu chi|nhom chi tieu|items?)\b/;

/** The year a target or result names: "đến năm 2020", "2019"; none for a span ("2011-2015"). */
function yearOf(folded: string): number | undefined {
  const to = /\bden nam ((?:19|20)\d{2})\b/.exec(folded);
  if (to) return Number(to[1]);
  const years = yearsIn(folded);
  return years.length === 1 && !/(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}/.test(folded) ? years[0] : undefined;
}

function classify(labels: string[]): ColumnClass | undefined {
  if (!labels.length) return undefined;
  const folded = labels.map(fold);
  const all = folded.join(' ');
  const own = folded[folded.length - 1];
  const top = folded[0];
  if (folded.some((f) => STT.test(f))) return { role: 'stt' };
  if (NOTE.test(top)) return { role: 'note' };
  if (EVALUATION.test(all)) return { role: 'evaluation' };
  if (COMPLETION.test(all)) return { role: 'completion' };
  if (UNIT.test(all)) return { role: 'unit' };
  const withYear = (role: 'target' | 'result'): ColumnClass => {
    // A result column under a heading ("Kết quả thực hiện (1996-2000) / 1996") takes its own year.
    const year = yearOf(own) ?? yearOf(all);
    return year !== undefined ? { role, year } : { role };
  };
  if (TARGET.test(top) || TARGET.test(all)) return withYear('target');
  if (RESULT.test(top) || RESULT.test(all)) return withYear('result');
  if (NAME.test(top)) return { role: 'name' };
  return undefined;
}

/** The years a header names as a span ("2011-2015"), or its one year. */
function spanOf(header: string): { from: number; to: number } | undefined {
  const f = fold(header);
  const m = /((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})/.exec(f);
  if (m) return { from: Number(m[1]), to: Number(m[2]) };
  const y = yearOf(f);
  return y === undefined ? undefined : { from: y, to: y };
}

/**
 * Which result each target is measured by: the result of the target's
 * year, else (one target) the latest result; a baseline never.
 */
export function targetPairs(t: Pick<Table, 'columns'>): { target: Column; result: Column }[] {
  const targets = t.columns.filter((c) => c.role === 'target' && !c.owned);
  const results = t.columns.filter((c) => c.role === 'result' && !c.owned);
  const out: { target: Column; result: Column }[] = [];
  for (const target of targets) {
    const same = target.year !== undefined ? results.find((r) => r.year === target.year) : undefined;
    const result = same ?? (targets.length === 1 ? results[results.length - 1] : undefined);
    if (result) out.push({ target, result });
  }
  return out;
}

export const targetResult: KindSpec = {
  kind: 'target-result',
  isHeaderWord: (f) =>
    STT.test(f) || NOTE.test(f) || UNIT.test(f) || EVALUATION.test(f) || COMPLETION.test(f) || RESULT.test(f) || TARGET.test(f) || NAME.test(f),
  classify,
  complete(columns: Column[], blankHeaded: number[]) {
    // A result of the period before the target's ("Thực hiện 2006-2010" beside "Mục tiêu 2011-2015") is a baseline.
    const targets = columns
      .filter((c) => c.role === 'target')
      .map((c) => spanOf(c.header))
      .filter((s) => s !== undefined);
    const start = Math.min(...targets.map((s) => s!.from));
    for (const c of columns) {
      if (c.role !== 'result' || !targets.length) continue;
      const s = spanOf(c.header);
      if (s && s.from !== s.to && s.to < start) {
        c.role = 'actual';
        delete c.year;
      }
    }
    // A year tells which result a target is measured by; one target against one result needs none.
    if (columns.filter((c) => c.role === 'target').length <= 1 && columns.filter((c) => c.role === 'result').length <= 1) {
      for (const c of columns) if (c.role === 'target' || c.role === 'result') delete c.year;
    }
    // A blank-headed first column before the names holds their numbers.
    const first = Math.min(...columns.map((c) => c.col));
    const stt = blankHeaded.find((c) => c < first);
    if (stt !== undefined && !columns.some((c) => c.role === 'stt')) {
      columns.push({ col: stt, role: 'stt', header: '' });
      columns.sort((a, b) => a.col - b.col);
    }
  },
  score(columns: Column[]) {
    const has = (r: string) => columns.some((c) => c.role === r);
    return has('result') && (has('target') || has('completion')) ? 20 + (has('target') ? 1 : 0) + (has('name') ? 1 : 0) : 0;
  },
  needs: [{ anyOf: ['result'] }, { anyOf: ['target', 'completion'] }],
  nameRole: 'name',
  fallbackNameRole: 'target',
  numericRoles: ['completion'],
};
