/**
 * What the engine says, as data: a message code and its parameters. The
 * words are the edges' (`src/i18n/messages.ts` holds a template for every
 * code in each language and renders them), so a report can be shown again
 * in another language without checking the sheet again.
 */
import type { NumberStyle } from './numbers';

/**
 * Every message the engine can report (each has a template in each
 * language), and the issue code it words: an issue's `code` says what kind
 * of problem it is (the README's table), its message which words say it.
 */
export const MESSAGE_ISSUE = {
  'not-a-number': 'not-a-number',
  'error-value': 'not-a-number',
  'several-figures': 'not-one-figure',
  'word-result': 'not-one-figure',
  'number-as-text': 'number-as-text',
  'ambiguous-number': 'ambiguous-number',
  'ambiguous-sum': 'ambiguous-number',
  'approximate-value': 'approximate-value',
  'missing-unit': 'missing-value',
  'ratio-mismatch': 'ratio-mismatch',
  'ratio-is-growth': 'ratio-mismatch',
  'growth-is-ratio': 'ratio-mismatch',
  'not-computed-figure': 'not-computed',
  'not-computed-dates': 'not-computed',
  'not-computed-text': 'not-computed',
  'not-computed-rate': 'not-computed',
  'value-bound': 'value-not-formula',
  'value-not-formula': 'value-not-formula',
  'value-fraction': 'value-not-formula',
  'not-computed-fraction': 'not-computed',
  'out-of-range-share': 'out-of-range',
  'out-of-range-negative': 'out-of-range',
  'out-of-range-fraction': 'out-of-range',
  'sum-parts-exceed': 'sum-mismatch',
  'sum-breakdown': 'sum-mismatch',
  'index-mismatch': 'ratio-mismatch',
  'share-mismatch': 'ratio-mismatch',
  'growth-mismatch': 'ratio-mismatch',
  'change-sentence': 'ratio-mismatch',
  'change-wrong-way': 'ratio-mismatch',
  'inner-ratio': 'ratio-mismatch',
  'sum-sources': 'sum-mismatch',
  'sum-group': 'sum-mismatch',
  'exceeds-allocated': 'exceeds-total',
  'exceeds-allocated-plan': 'exceeds-total',
  'exceeds-disbursed': 'exceeds-total',
  'invalid-date': 'invalid-date',
  'invalid-date-part': 'invalid-date',
  'date-order': 'date-order',
  'outside-period': 'outside-period',
  'missing-owner': 'missing-value',
  'missing-date': 'missing-value',
  'missing-total': 'missing-value',
  'duplicate-number': 'duplicate-number',
  'evaluation-not-met': 'evaluation-mismatch',
  'evaluation-met': 'evaluation-mismatch',
  'evaluation-only-met': 'evaluation-mismatch',
  'numbering-gap': 'numbering-gap',
  'completion-mismatch': 'ratio-mismatch',
  'far-cell': 'far-cell',
  'prose-sum-breakdown': 'prose-sum-mismatch',
  'prose-sum-exceeds': 'prose-sum-mismatch',
  'prose-fraction': 'prose-ratio-mismatch',
  'prose-ratio': 'prose-ratio-mismatch',
  'prose-growth': 'prose-ratio-mismatch',
  'prose-completion': 'prose-ratio-mismatch',
  'prose-ratio-is-growth': 'prose-change-mismatch',
  'prose-growth-is-ratio': 'prose-change-mismatch',
  'prose-ratio-and-growth': 'prose-change-mismatch',
  'prose-wrong-way': 'prose-change-mismatch',
  'prose-wrong-way-percent': 'prose-change-mismatch',
  'prose-change-amount': 'prose-change-mismatch',
  'prose-table-mismatch': 'prose-table-mismatch',
} as const;

export type MessageCode = keyof typeof MESSAGE_ISSUE;

export const MESSAGE_CODES = Object.keys(MESSAGE_ISSUE) as readonly MessageCode[];

/**
 * A number to write in the reader's language: in the column's own style
 * where it has one, else the language's (1.234,5 in Vietnamese, 1,234.5 in
 * English). `to` makes it a range ("1–1,5"); `sign` a bound ("≥ 90").
 */
export interface NumberParam {
  num: number;
  to?: number;
  style?: NumberStyle;
  sign?: '≥' | '≤';
}

/** Words the message needs besides its template (a part of a date, a number style's name). */
export type WordKey = 'start' | 'end' | 'month' | 'day' | 'quarter' | 'order' | 'style-vi' | 'style-us' | 'rise' | 'fall';

export interface WordParam {
  word: WordKey;
}

/** A parameter: text from the sheet or a cell address (string), a count or a row (number), a number to format, a word. */
export type MessageParam = string | number | NumberParam | WordParam;

export type MessageParams = Record<string, MessageParam>;

export function num(x: number, style?: NumberStyle): NumberParam {
  return style ? { num: x, style } : { num: x };
}

export function word(key: WordKey): WordParam {
  return { word: key };
}
