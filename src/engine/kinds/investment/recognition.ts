/**
 * Kind 4, the public investment plan (kế hoạch đầu tư công):
 * TT | Danh mục dự án | Địa điểm XD | Thời gian KC-HT | Quyết định đầu tư
 * {Số, ngày | TMĐT {Tổng số | Trong đó: NSTW | NS tỉnh}} | Lũy kế vốn đã bố
 * trí đến hết năm N-1 | Kế hoạch năm N | Giải ngân | Ghi chú,
 * with group rows (A, B, I, II) and a TỔNG SỐ row.
 */
import type { Column, ColumnClass, KindSpec } from '../../table';
import { fold, yearsIn } from '../../text';

const STT = /^(s\.?tt|s tt|tt|so tt)\.?$/;
const NOTE = /^ghi chu\b/;
const CENTRAL = /\bnstw\b|ngan sach trung uong|von trung uong|\bns ?tw\b|\bntw\b/;
const LOCAL = /\bnsdp\b|\bns ?tinh\b|\bnst\b|ngan sach tinh|ngan sach dia phuong|von dia phuong|\bns ?dp\b|ns dia phuong|von tinh/;
const TMDT = /tong muc dau tu|\btmdt\b/;
const OTHER = /\b(von khac|nguon khac|nguon von khac|huy dong|von doanh nghiep|xa hoi hoa)\b/;
const PERCENT = /\(%\)|%$|^ty le\b|\/\s*ke hoach\b/;
const NAME = /danh muc|ten du an|du an|ten cong trinh|cong trinh|^ten don vi\b|^dien giai\b/;
const AMOUNT = /^(tong )?(so luong|khoi luong)\b/;
const WORDS =
  /danh muc du an|ten du an|du an|dia diem|kc-ht|khoi cong|quyet dinh|so,? ngay|tong muc dau tu|tmdt|tong so|nstw|nsdp|ns tinh|ngan sach|luy ke|giai ngan|ke hoach (nam|von|trung han)|chu dau tu|von dau tu/;

function classify(labels: string[]): ColumnClass | undefined {
  if (!labels.length) return undefined;
  const folded = labels.map(fold);
  const all = folded.join(' / ');
  const own = folded[folded.length - 1];
  const years = yearsIn(all);
  const withYear = (c: ColumnClass): ColumnClass => (years.length ? { ...c, year: years[years.length - 1] } : c);
  if (STT.test(own)) return { role: 'stt' };
  if (NOTE.test(own)) return { role: 'note' };
  // A count of works ("Số lượng danh mục công trình khởi công") or a volume of work done
  // ("Tổng khối lượng thực hiện"): none of the capital roles, but it adds up like them.
  if (AMOUNT.test(own)) return { role: 'amount' };
  // "Thực hiện giải ngân/kế hoạch (%)", "Tỷ lệ giải ngân (%)": a typed comparison.
  if (PERCENT.test(folded[0]) || PERCENT.test(own)) return { role: 'ratio' };
  if (CENTRAL.test(own)) return { role: 'central-budget' };
  if (LOCAL.test(own)) return { role: 'local-budget' };
  if (OTHER.test(own)) return { role: 'other-budget' };
  if (/chu dau tu/.test(own)) return { role: 'investor' };
  if (/giai ngan|von dau tu thuc hien|von thuc hien/.test(all)) return withYear({ role: 'disbursed' });
  if (/luy ke/.test(all)) return withYear({ role: 'allocated' });
  if (TMDT.test(own) || (/^(tong so|tong cong|cong)\b/.test(own) && TMDT.test(all))) return { role: 'total-investment' };
  if (/so,? ngay|so quyet dinh|\bso qd\b|^so\b(?! luong)/.test(own) || (/quyet dinh/.test(own) && !TMDT.test(all))) return { role: 'decision' };
  if (/ke hoach (dau tu cong )?trung han|ke hoach (von )?giai doan|ke hoach 5 nam/.test(all)) return { role: 'period-plan' };
  if (/ke hoach/.test(all)) return withYear({ role: 'year-plan' });
  if (/dia diem/.test(all)) return { role: 'location' };
  if (/kc-ht|khoi cong|thoi gian/.test(all) && !/^so luong\b/.test(own)) return { role: 'period' };
  if (NAME.test(all)) return { role: 'name' };
  if (/^(don vi tinh|dvt)\b/.test(own)) return { role: 'unit' };
  return undefined;
}

const MONEY = ['total-investment', 'central-budget', 'local-budget', 'other-budget', 'allocated', 'period-plan', 'year-plan', 'disbursed'] as const;

export const investment: KindSpec = {
  kind: 'investment',
  isHeaderWord: (f) => STT.test(f) || NOTE.test(f) || WORDS.test(f) || /^(ten don vi|dien giai)\b/.test(f) || (PERCENT.test(f) && /giai ngan|von/.test(f)),
  classify,
  score(columns: Column[]) {
    const money = columns.filter((c) => (MONEY as readonly string[]).includes(c.role)).length;
    const name = columns.some((c) => c.role === 'name');
    const key = columns.some(
      (c) => c.role === 'total-investment' || c.role === 'year-plan' || c.role === 'allocated' || c.role === 'period-plan' || c.role === 'disbursed'
    );
    // Capital plans often have one money column ("STT | Danh mục dự án | Kế hoạch vốn năm 2023 | Ghi chú"),
    // or only the disbursement rate of each unit.
    const rate = columns.some((c) => c.role === 'ratio' && /giai ngan/.test(fold(c.header)));
    return name && ((key && money >= 1) || rate) ? 15 + money : 0;
  },
  needs: [{ anyOf: ['name'] }, { anyOf: ['total-investment', 'year-plan', 'allocated', 'period-plan', 'disbursed'] }],
  nameRole: 'name',
  numericRoles: [...MONEY, 'amount', 'ratio'],
};
