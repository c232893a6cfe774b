/**
 * Columns that break another column down, read from the header: a "Tổng
 * số" column and the columns beside it under the same heading ("Tổng mức
 * đầu tư {Tổng số | NSTW | NSĐP}", "Tổng số | Chia ra {Di động | Cố
 * định}", "Tổng số | Nam | Nữ"). A heading "Phân theo …" or "Chia ra"
 * opens a full breakdown (its parts add up to the total; two such headings
 * are two breakdowns of the same total); "Trong đó" a partial one (its
 * parts never exceed the total).
 */
import type { HeaderBlock } from './header';
import type { Column } from './table';
import { fold } from './text';

const TOTAL = /^(tong so|tong cong|tong|cong|total)\b/;
const GROUP = /^(phan theo|chia ra|chia theo|trong do|of which|by )/;
const PARTIAL = /^trong do\b/;

function labelsOf(h: HeaderBlock, col: number): string[] {
  return (h.labels.get(col) ?? []).map(fold);
}

function samePrefix(a: string[], b: string[], n: number): boolean {
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Mark the parts of every total column (`numeric`: the roles that hold figures). */
export function markBreakdowns(columns: Column[], h: HeaderBlock, numeric: readonly string[]): void {
  // Percentages are never parts of one another.
  const figures = columns.filter((c) => numeric.includes(c.role) && !c.owned && c.role !== 'ratio' && c.role !== 'completion');
  for (const total of figures) {
    const own = labelsOf(h, total.col);
    if (!own.length || !TOTAL.test(own[own.length - 1])) continue;
    const depth = own.length - 1;
    for (const c of figures) {
      if (c.col <= total.col || c.partOf !== undefined) continue;
      const labels = labelsOf(h, c.col);
      if (!labels.length || TOTAL.test(labels[labels.length - 1])) break;
      let group: string;
      if (depth > 0) {
        // Under the same heading as the total.
        if (labels.length <= depth || !samePrefix(labels, own, depth)) break;
        group = labels.length > depth + 1 ? labels[depth] : '';
      } else {
        // A total at the top: the columns beside it that are breakdowns or plain figures.
        if (labels.length > 1 && !GROUP.test(labels[0])) break;
        group = labels.length > 1 ? labels[0] : '';
      }
      c.partOf = total.col;
      c.partGroup = group;
      if (PARTIAL.test(group) || PARTIAL.test(labels[labels.length - 1])) c.partial = true;
    }
  }
}
