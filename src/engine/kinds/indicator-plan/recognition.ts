/**
 * Kind 1, the indicator plan review ("Biểu số 1 – Rà soát các chỉ tiêu kế
 * hoạch phát triển KT-XH"): its header vocabulary and its row model.
 *
 * STT | Chỉ tiêu | ĐVT | TH năm N-1 | KH năm N | ƯTH năm N | KH năm N+1 |
 * So sánh (%) {ƯTH N/KH N | ƯTH N/TH N-1 | KH N+1/ƯTH N} | Ghi chú
 */
import type { Quantity, RatioSpec } from '../../report';
import type { Column, ColumnClass, KindSpec, Table } from '../../table';
import { fold, yearsIn } from '../../text';

// ---- Header vocabulary (folded: no diacritics, lower case) ----------------

const STT = /^(s\.?tt|tt|so tt|so thu tu|stt no|no)\.?$/;
const NAME = /^(chi tieu|ten chi tieu|noi dung|noi dung chi tieu|cac chi tieu|chi tieu chu yeu|danh muc chi tieu|items?)\b/;
const OWNER = /\bchu tri\b|\bco quan (theo doi|thuc hien)\b/;
const UNIT = /^(don vi tinh|don vi|dvt|d\.v\.t|unit)\.?\b/;
const NOTE = /^(ghi chu|g\.chu|note)\b/;
const EVALUATION = /^(danh gia|ket qua danh gia|danh gia ket qua|muc do (dat|hoan thanh)|tinh trang (dat|thuc hien))\b/;
const RATIO = /\bso sanh\b|\bty le\b.*%|\(%\)|\bso voi\b/;
const ESTIMATE = /\b(uoc thuc hien|uoc th|uth|u\.th|uoc tinh|uoc dat|uoc ca nam|uoc)\b/;
const ACTUAL = /\b(thuc hien|th|tt hien|ket qua)\b/;
const PLAN = /\b(ke hoach|kh|chi tieu ke hoach|du toan|plan|muc tieu (phan dau )?nam)\b/;
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
    EVALUATION.test(folded) ||
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

function classify(labels: string[]): ColumnClass | undefined {
  if (labels.length === 0) return undefined;
  const folded = labels.map(fold);
  const all = folded.join(' / ');
  const own = folded[folded.length - 1];
  const years = yearsIn(all);
  const singleYear = years.length === 1 ? years[0] : undefined;
  if (folded.some((f) => STT.test(f))) return { role: 'stt' };
  if (folded.some((f) => NOTE.test(f))) return { role: 'note' };
  if (OWNER.test(all)) return { role: 'owner' };
  if (EVALUATION.test(own) || (folded.length > 1 && EVALUATION.test(folded[0]) && !quantityRole(own) && !RATIO.test(own))) return { role: 'evaluation' };
  if (folded.some((f) => UNIT.test(f))) return { role: 'unit' };
  if (folded.some((f) => RATIO.test(f)) || (own.includes('/') && ratioFromLabel(labels[labels.length - 1]))) {
    const parentYear = yearsIn(folded.slice(0, -1).join(' '));
    const ratio = ratioFromLabel(labels[labels.length - 1], parentYear.length === 1 ? parentYear[0] : undefined);
    const out: ColumnClass = { role: 'ratio' };
    if (ratio) out.ratio = ratio;
    return out;
  }
  if (folded.some((f) => NAME.test(f)) && !quantityRole(own)) return { role: 'name' };
  const role = quantityRole(all);
  if (!role) return undefined;
  const out: ColumnClass = { role };
  if (singleYear !== undefined) out.year = singleYear;
  const period = periodOf(all);
  if (period) out.period = period;
  return out;
}

// ---- The kind ---------------------------------------------------------------

/**
 * The columns a completion compares, for each year N with a plan: the plan
 * of N and the result of N (its estimate, else its actual, else a
 * part-year figure), oldest year first.
 */
export function completionPairs(t: Pick<Table, 'columns'>): { year: number; plan: Column; result: Column }[] {
  const find = (role: Quantity['role'], year: number, fullYear = true) =>
    t.columns.find((c) => c.role === role && !c.owned && c.year === year && (!fullYear || c.period === undefined));
  const years = [...new Set(t.columns.filter((c) => c.year !== undefined && !c.owned).map((c) => c.year!))].sort((a, b) => a - b);
  const out: { year: number; plan: Column; result: Column }[] = [];
  for (const year of years) {
    const plan = find('plan', year);
    const result = find('estimate', year) ?? find('actual', year) ?? find('estimate', year, false) ?? find('actual', year, false);
    if (plan && result) out.push({ year, plan, result });
  }
  return out;
}

const QUANTITY_ROLES = ['actual', 'plan', 'estimate'] as const;

export const indicatorPlan: KindSpec = {
  kind: 'indicator-plan',
  isHeaderWord: isIndicatorHeaderWord,
  classify,
  score(columns: Column[]) {
    const name = columns.some((c) => c.role === 'name');
    const quantities = columns.filter((c) => (QUANTITY_ROLES as readonly string[]).includes(c.role)).length;
    // One column of figures is enough (a budget estimate "Dự toán"), though any other kind that fits wins.
    return name && quantities >= 1 ? 10 + quantities : 0;
  },
  needs: [{ anyOf: ['name'] }, { anyOf: ['actual', 'plan', 'estimate'] }],
  nameRole: 'name',
  numericRoles: ['actual', 'plan', 'estimate', 'ratio'],
  finish(t: Table) {
    // "Dự toán" under a title "… NĂM 2008": the figures are of the year the title names.
    const quantities = t.columns.filter((c) => (QUANTITY_ROLES as readonly string[]).includes(c.role));
    if (t.period && t.period.from === t.period.to && quantities.every((c) => c.year === undefined)) for (const c of quantities) c.year = t.period.from;
    // A ratio column the header leaves unnamed takes its operands from the
    // numbering row ("8=6/5").
    const byNumber = new Map<string, Column>();
    for (const c of t.columns) {
      const m = c.numbering && /^\(?\s*(\d{1,2})/.exec(c.numbering);
      if (m) byNumber.set(m[1], c);
    }
    for (const c of t.columns) {
      if (c.role === 'ratio' && !c.ratio && c.numbering) {
        const r = ratioFromNumbering(c.numbering, byNumber);
        if (r) c.ratio = r;
      }
    }
  },
};
