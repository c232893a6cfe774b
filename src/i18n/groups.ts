/** Words for a group of like issues in one column: "Cột D: 18 số gõ dạng chữ (D6–D26)". */
import { codeInfo } from './codes';
import { fill } from './format';
import type { Lang } from './lang';

const GENERIC: Record<Lang, string> = { vi: '{n} vấn đề cùng loại ({code})', en: '{n} issues of one kind ({code})' };

const LINE: Record<Lang, string> = { vi: 'Cột {column}: {noun} ({from}–{to})', en: 'Column {column}: {noun} ({from}–{to})' };

export function groupMessage(code: string, column: string, count: number, from: string, to: string, lang: Lang): string {
  // The group's words are the code's own (codes.ts), or generic ones.
  const noun = fill(codeInfo(code)?.group?.[lang] ?? GENERIC[lang], { n: count, code });
  return fill(LINE[lang], { column, noun, from, to });
}
