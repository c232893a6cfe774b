/**
 * Kind 4, the public investment plan (kế hoạch đầu tư công):
 * TT | Danh mục dự án | Địa điểm XD | Thời gian KC-HT | Quyết định đầu tư
 * {Số, ngày | TMĐT {Tổng số | Trong đó: NSTW | NS tỉnh}} | Lũy kế vốn đã bố
 * trí đến hết năm N-1 | Kế hoạch năm N | Giải ngân | Ghi chú,
 * with group rows (A, B, I, II) and a TỔNG SỐ row.
 */
import type { Column, ColumnClass, KindSpec } from '../table';
import { fold, yearsIn } from '../text';

const STT = /^(s\.?tt|tt|so tt)\.?$/;
const NOTE = /^ghi chu\b/;
const CENTRAL = /\bnstw\b|ngan sach trung uong|von trung uong|\bns ?tw\b|\bntw\b/;
const LOCAL = /\bnsdp\b|\bns ?tinh\b|\bnst\b|ngan sach tinh|ngan sach dia phuong|von dia phuong|\bns ?dp\b|ns dia phuong|von tinh/;
const TMDT = /tong muc dau tu|\btmdt\b/;
const WORDS = /danh muc du an|ten du an|du an|dia diem|kc-ht|khoi cong|quyet dinh|so,? ngay|tong muc dau tu|tmdt|tong so|nstw|nsdp|ns tinh|ngan sach|luy ke|giai ngan|ke hoach (nam|von)/;

function classify(labels: string[]): ColumnClass | undefined {
  if (!labels.length) return undefined;
  const folded = labels.map(fold);
  const all = folded.join(' / ');
  const own = folded[folded.length - 1];
  const years = yearsIn(all);
  const withYear = (c: ColumnClass): ColumnClass => (years.length ? { ...c, year: years[years.length - 1] } : c);
  if (STT.test(own)) return { role: 'stt' };
  if (NOTE.test(own)) return { role: 'note' };
  if (CENTRAL.test(own)) return { role: 'central-budget' };
  if (LOCAL.test(own)) return { role: 'local-budget' };
  if (/giai ngan/.test(all)) return withYear({ role: 'disbursed' });
  if (/luy ke/.test(all)) return withYear({ role: 'allocated' });
  if (TMDT.test(own) || (/^(tong so|tong cong|cong)\b/.test(own) && TMDT.test(all))) return { role: 'total-investment' };
  if (/so,? ngay|so quyet dinh|\bso qd\b|^so\b/.test(own) || (/quyet dinh/.test(own) && !TMDT.test(all))) return { role: 'decision' };
  if (/ke hoach/.test(all)) return withYear({ role: 'year-plan' });
  if (/dia diem/.test(all)) return { role: 'location' };
  if (/kc-ht|khoi cong|thoi gian/.test(all)) return { role: 'period' };
  if (/danh muc|ten du an|du an|ten cong trinh/.test(all)) return { role: 'name' };
  if (/^(don vi tinh|dvt)\b/.test(own)) return { role: 'unit' };
  return undefined;
}

const MONEY = ['total-investment', 'central-budget', 'local-budget', 'allocated', 'year-plan', 'disbursed'] as const;

export const investment: KindSpec = {
  kind: 'investment',
  isHeaderWord: (f) => STT.test(f) || NOTE.test(f) || WORDS.test(f),
  classify,
  score(columns: Column[]) {
    const money = columns.filter((c) => (MONEY as readonly string[]).includes(c.role)).length;
    const name = columns.some((c) => c.role === 'name');
    const key = columns.some((c) => c.role === 'total-investment' || c.role === 'year-plan' || c.role === 'allocated');
    return name && key && money >= 2 ? 15 + money : 0;
  },
  nameRole: 'name',
  numericRoles: MONEY,
};
