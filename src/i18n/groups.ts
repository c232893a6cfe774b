/** Words for a group of like issues in one column: "Cột D: 18 số gõ dạng chữ (D6–D26)". */
import type { Lang } from './lang';

const NOUNS: Record<string, Record<Lang, string>> = {
  'number-as-text': { vi: '{n} số gõ dạng chữ', en: '{n} numbers typed as text' },
  'approximate-value': { vi: '{n} số có kèm chữ (khoảng, trên, dưới…)', en: '{n} figures with words around them (khoảng, trên, dưới…)' },
  'not-computed': { vi: '{n} ô không tính được', en: '{n} cells not computed' },
  'value-not-formula': { vi: '{n} ô tính ra giá trị thay vì công thức', en: '{n} cells computed as values, not formulas' },
  'ambiguous-number': { vi: '{n} số viết dấu phân cách khác cả cột', en: '{n} figures with separators unlike the column' },
  'missing-value': { vi: '{n} ô còn thiếu', en: '{n} cells missing' },
  'not-one-figure': { vi: '{n} ô không phải một con số', en: '{n} cells that are not one figure' },
  'not-a-number': { vi: '{n} ô có chữ thay cho số', en: '{n} cells with text instead of a figure' },
  'out-of-range': { vi: '{n} số ngoài khoảng hợp lý', en: '{n} figures out of range' },
  'sum-mismatch': { vi: '{n} tổng không khớp', en: '{n} totals that do not add up' },
  'ratio-mismatch': { vi: '{n} tỷ lệ không khớp số liệu', en: '{n} percentages that do not match the figures' },
  'invalid-date': { vi: '{n} thời gian không đọc được', en: '{n} dates that do not read' },
  'duplicate-number': { vi: '{n} số thứ tự lặp lại', en: '{n} repeated numbers' },
  'numbering-gap': { vi: '{n} chỗ số thứ tự bị thiếu', en: '{n} gaps in the numbering' },
  'evaluation-mismatch': { vi: '{n} đánh giá không khớp số liệu', en: '{n} evaluations the figures contradict' },
};

const GENERIC: Record<Lang, string> = { vi: '{n} vấn đề cùng loại ({code})', en: '{n} issues of one kind ({code})' };

const LINE: Record<Lang, string> = { vi: 'Cột {column}: {noun} ({from}–{to})', en: 'Column {column}: {noun} ({from}–{to})' };

export function groupMessage(code: string, column: string, count: number, from: string, to: string, lang: Lang): string {
  const noun = (NOUNS[code]?.[lang] ?? GENERIC[lang]).replace('{n}', String(count)).replace('{code}', code);
  return LINE[lang].replace('{column}', column).replace('{noun}', noun).replace('{from}', from).replace('{to}', to);
}
