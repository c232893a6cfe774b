/**
 * chitieu prose FILE.txt|FILE.docx [--json] [--lang vi|en]: the prose of a
 * report checked (sums, percentages, rises and falls against the figures
 * they come from). A .docx is read with mammoth (its raw text: one
 * paragraph a line), a .txt as UTF-8.
 */
import * as fs from 'fs';
import mammoth from 'mammoth';
import { checkProse, type ProseIssue, type ProseReport, type TableFact } from '../engine/prose';
import type { Lang } from '../i18n/lang';
import { render } from '../i18n/messages';
import { cliText as t } from './text';

export type WordedProseIssue = ProseIssue & { message: string; text: string };

export interface WordedProseReport extends Omit<ProseReport, 'issues'> {
  file: string;
  issues: WordedProseIssue[];
}

export class ProseInputError extends Error {}

/** The text of a .txt or .docx file (a usage error for anything else or a file that does not read). */
export async function proseText(file: string, lang: Lang): Promise<string> {
  if (!fs.existsSync(file)) throw new ProseInputError(t(lang, 'noSuchFile', { file }));
  if (fs.statSync(file).isDirectory()) throw new ProseInputError(t(lang, 'proseNotText', { file }));
  if (/\.txt$/i.test(file)) return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (!/\.docx$/i.test(file)) throw new ProseInputError(t(lang, 'proseNotText', { file }));
  try {
    const { value } = await mammoth.extractRawText({ path: file });
    return value;
  } catch (e) {
    const reason = typeof e === 'object' && e && 'message' in e ? String((e as { message: unknown }).message).split('\n')[0] : String(e);
    throw new ProseInputError(t(lang, 'unreadableDocx', { file, reason }));
  }
}

/** The check of a text, each issue worded and quoted. */
export function proseReport(file: string, text: string, lang: Lang, facts: readonly TableFact[] = []): WordedProseReport {
  const report = checkProse(text, facts);
  return {
    file,
    sentences: report.sentences,
    checked: report.checked,
    issues: report.issues.map((i) => ({ ...i, message: render(i.template, i.params, lang), text: text.slice(i.range[0], i.range[1]) })),
  };
}

/** The report as lines: the file, what was read and judged, then each issue at its sentence and characters. */
export function proseSummary(r: WordedProseReport, lang: Lang): string {
  const errors = r.issues.filter((i) => i.severity === 'error').length;
  const lines = [
    t(lang, 'fileLine', { file: r.file }),
    '  ' +
      t(lang, 'proseCounts', {
        sentences: r.sentences,
        checked: r.checked.length,
        error: errors,
        warning: r.issues.filter((i) => i.severity === 'warning').length,
      }),
  ];
  for (const i of r.issues) {
    const where = t(lang, 'proseWhere', { sentence: i.sentence + 1, start: i.range[0], end: i.range[1] });
    lines.push(`  ${where} ${t(lang, i.severity)}  ${i.message}`);
  }
  if (!r.checked.length) lines.push('  ' + t(lang, 'proseNothing'));
  return lines.join('\n') + '\n';
}
