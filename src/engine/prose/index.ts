/**
 * Checking the prose of a report ("Kiểm tra đoạn văn"): the sums, the
 * percentages and the rises and falls its sentences state, against the
 * figures they state them from. Pure: text in, issues out, as codes and
 * parameters (the words are the edges'). A text with nothing checkable
 * raises nothing; when a check is unsure, it says nothing.
 */
import { againstCheck, type TableFact } from './against';
import { changesCheck } from './changes';
import type { Check } from './context';
import { contextOf } from './context';
import { percentsCheck } from './percents';
import { sumsCheck } from './sums';
import type { ProseIssue, ProseReport } from './types';

export type { Checked, Figure, Layout, ProseIssue, ProseReport, Sentence, Span } from './types';
export { layout } from './split';
export { tableFacts, type TableFact } from './against';

export const PROSE_CHECKS: readonly Check[] = [sumsCheck, percentsCheck, changesCheck];

/** The issue codes the prose check reports. */
export const PROSE_CODES = ['prose-sum-mismatch', 'prose-ratio-mismatch', 'prose-change-mismatch', 'prose-table-mismatch'] as const;

/** The text's issues; with the figures of recognised tables (tableFacts), also its figures that contradict theirs. */
export function checkProse(text: string, facts: readonly TableFact[] = []): ProseReport {
  const ctx = contextOf(text);
  const seen = new Set<string>();
  const issues: ProseIssue[] = [];
  for (const check of facts.length ? [...PROSE_CHECKS, againstCheck(facts)] : PROSE_CHECKS) {
    for (const i of check(ctx)) {
      const key = `${i.code}|${i.range[0]}|${i.range[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push(i);
    }
  }
  issues.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const checked = [...ctx.checked].sort((a, b) => a.range[0] - b.range[0]);
  return { sentences: ctx.layout.sentences.length, checked, issues };
}

/** The figures of a text, sentence by sentence (what the checks read). */
export function proseFigures(text: string): { sentence: number; figures: import('./types').Figure[] }[] {
  const ctx = contextOf(text);
  return ctx.layout.sentences.map((s) => ({ sentence: s.index, figures: ctx.read[s.index].figures }));
}
