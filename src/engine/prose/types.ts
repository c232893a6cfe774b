/**
 * What the prose check works on and what it finds. A text is cut into
 * units (sentences, a heading with its bullet list, a table row typed as
 * text); each keeps its place in the original text, so an issue can point
 * at the characters it is about.
 */
import type { MessageCode, MessageParams } from '../messages';
import type { Severity } from '../report';

/** [start, end) in the original text. */
export type Span = [number, number];

export interface Sentence {
  /** Position among the text's sentences (0-based). */
  index: number;
  /** The paragraph (line) it belongs to (0-based). */
  paragraph: number;
  span: Span;
}

/** A heading line ending in ":" and the bullet lines under it ("- …", "+ …", "a) …"). */
export interface List {
  heading: Span;
  /** The heading's sentence index. */
  sentence: number;
  /** Each item's whole text (with the lines nested under it). */
  items: Span[];
}

/** A line of cells separated by tabs (a table row pasted as text). */
export interface Row {
  sentence: number;
  cells: Span[];
}

export interface Layout {
  sentences: Sentence[];
  lists: List[];
  rows: Row[];
}

/** A figure read from the text: a number with its unit and its place. */
export interface Figure {
  value: number;
  /** The numeral as written ("1.869.673", "04"). */
  raw: string;
  span: Span;
  /** "%" for a percentage; else the folded unit words after it ("du an", "thue bao", "may/100 dan"), maybe "". */
  unit: string;
  /** The unit's words as written ("dự án", "TB/100 dân"). */
  unitText?: string;
  /** Decimals the numeral shows (for rounding tolerances). */
  decimals: number;
  /** "khoảng", "trên", "gần", a range "32-38": not an exact figure. */
  approx?: 'about' | 'over' | 'under' | 'range';
  /** A range's upper end. */
  high?: number;
  /** "20385/79542": the denominator, and the decimals it shows. */
  of?: number;
  ofDecimals?: number;
}

/** A four-digit year mentioned in the text ("năm 2019"). */
export interface YearMention {
  year: number;
  span: Span;
}

export interface ProseIssue {
  code: string;
  severity: Severity;
  template: MessageCode;
  params: MessageParams;
  /** The sentence it is in (the first, when it spans several). */
  sentence: number;
  /** Characters of the original text the issue is about: [start, end). */
  range: Span;
  /** The figures it compares, as numbers, in the order the message names them. */
  figures: number[];
  /** The value the arithmetic gives (the sum of the parts, the percentage). */
  expected: number;
}

/** A statement a check judged: a total and its parts, a percentage and its figures, a "bằng"/"tăng" pair. */
export interface Checked {
  check: 'sum' | 'percent' | 'change' | 'row' | 'table';
  range: Span;
}

export interface ProseReport {
  /** How many sentences (and table cells) were read. */
  sentences: number;
  /** Every statement judged, the right ones too. */
  checked: Checked[];
  issues: ProseIssue[];
}
