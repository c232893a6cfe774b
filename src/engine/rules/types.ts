/**
 * A rule looks at a recognised table and returns the problems it finds.
 * Problems are data: a code, a severity, the cell and the message
 * parameters; the message is worded later in the user's language.
 */
import type { Grid } from '../grid';
import type { Table } from '../table';
import type { NumberStyle } from '../numbers';
import type { MessageCode, MessageParams, NumberParam } from '../messages';
import type { Severity } from '../report';

export interface Finding {
  row: number;
  col: number;
  /** Report code (kebab-case, see README). */
  code: string;
  /** Which message template words it. */
  message: MessageCode;
  severity: Severity;
  params: MessageParams;
  /** Suggested fix: the value to put in the cell. */
  fix?: string | number;
}

export interface RuleContext {
  grid: Grid;
  table: Table;
  /** A number for a message, in a column's style (else the reader's language's). */
  show(x: number, style?: NumberStyle): NumberParam;
}

export interface Rule {
  /** The codes this rule can raise. */
  codes: readonly string[];
  run(ctx: RuleContext): Finding[];
}
