/**
 * A small Excel formula engine for the in-memory workbook: parses A1
 * formulas into a tree and evaluates them with Excel's coercion rules.
 *
 * Supported: numbers, "strings", TRUE/FALSE, error literals, cell references
 * (A1, $A$1, Sheet!A1, 'My sheet'!A1), ranges (A1:B3, A:A) as function
 * arguments, + - * / ^ & = <> < > <= >=, unary minus/plus, %, parentheses,
 * and the functions in FUNCTIONS below (including ISTEXT, ISNUMBER, TRUE(),
 * FALSE(), used by conditional format rules, and HYPERLINK, which shows its
 * friendly name). Anything else evaluates to #NAME?.
 */
import { colIndex, type Area } from '../../engine/grid';

export type ErrorCode = '#DIV/0!' | '#VALUE!' | '#REF!' | '#NAME?' | '#N/A' | '#NUM!' | '#NULL!';

const ERROR_CODES: readonly ErrorCode[] = ['#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#N/A', '#NUM!', '#NULL!'];

/** An Excel error value (#DIV/0! and friends) as a formula result. */
export class FormulaError {
  constructor(readonly code: ErrorCode) {}
  toString(): string {
    return this.code;
  }
}

export function isErrorCode(s: string): s is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(s);
}

/** A value a cell holds or a formula produces; null is a blank cell. */
export type Scalar = number | string | boolean;
export type CellResult = Scalar | null | FormulaError;

/** A range as an argument (only functions accept one). */
interface RangeValue {
  kind: 'range';
  sheet?: string;
  area: Area;
}

type Value = CellResult | RangeValue;

export type FormulaNode =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'bool'; v: boolean }
  | { k: 'err'; v: ErrorCode }
  | { k: 'ref'; sheet?: string; row: number; col: number; absRow?: boolean; absCol?: boolean }
  | { k: 'range'; sheet?: string; area: Area }
  | { k: 'name'; name: string }
  | { k: 'fn'; name: string; args: (FormulaNode | null)[] }
  | { k: 'neg'; a: FormulaNode }
  | { k: 'pct'; a: FormulaNode }
  | { k: 'bin'; op: BinOp; a: FormulaNode; b: FormulaNode };

type BinOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

/** What the evaluator needs from the workbook. */
export interface FormulaHost {
  /**
   * The value of a cell (a formula cell's computed result); `sheet`
   * undefined means the formula's own sheet. A missing sheet gives #REF!.
   */
  cell(sheet: string | undefined, row: number, col: number): CellResult;
  /** Visit the non-blank cells of an area (in any order). */
  eachCell(sheet: string | undefined, area: Area, visit: (v: CellResult) => void): void;
}

export class FormulaSyntaxError extends Error {}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

// ---------------------------------------------------------------- tokens

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'err'; v: ErrorCode }
  | { t: 'ref'; sheet?: string; row: number; col: number; absRow?: boolean; absCol?: boolean }
  | { t: 'range'; sheet?: string; area: Area }
  | { t: 'fn'; name: string }
  | { t: 'ident'; name: string }
  | { t: 'op'; v: string }
  | { t: '(' }
  | { t: ')' }
  | { t: ',' };

const CELL_RE = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)/;
const COLS_RE = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})(?![A-Za-z0-9_(])/;
const ROWS_RE = /^\$?([0-9]+):\$?([0-9]+)(?![0-9A-Za-z_(])/;
const NUM_RE = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;
const IDENT_RE = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*/;
const SHEET_RE = /^([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/;

function cellPos(letters: string, digits: string): { row: number; col: number } | null {
  const col = colIndex(letters);
  const row = Number(digits) - 1;
  if (col < 0 || col >= MAX_COLS || row < 0 || row >= MAX_ROWS) return null;
  return { row, col };
}

/** Read a reference (cell, cell range, column or row range) at the start of s. */
function readRef(s: string): { len: number; tok: Token } | null {
  let m = COLS_RE.exec(s);
  if (m) {
    const a = colIndex(m[1]);
    const b = colIndex(m[2]);
    if (a < MAX_COLS && b < MAX_COLS) {
      const area = { top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
      return { len: m[0].length, tok: { t: 'range', area } };
    }
  }
  m = ROWS_RE.exec(s);
  if (m) {
    const a = Number(m[1]) - 1;
    const b = Number(m[2]) - 1;
    if (a >= 0 && b >= 0 && a < MAX_ROWS && b < MAX_ROWS) {
      const area = { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLS - 1 };
      return { len: m[0].length, tok: { t: 'range', area } };
    }
  }
  m = CELL_RE.exec(s);
  if (!m) return null;
  const next = s.charAt(m[0].length);
  if (/[A-Za-z0-9_(.!]/.test(next)) return null; // a function or name such as LOG10(
  const p = cellPos(m[2], m[4]);
  const abs = { absCol: m[1] === '$', absRow: m[3] === '$' };
  if (!p) return null;
  let len = m[0].length;
  const rest = s.slice(len);
  const m2 = /^:(\$?([A-Za-z]{1,3})\$?([0-9]+))/.exec(rest);
  if (m2 && !/[A-Za-z0-9_(]/.test(rest.charAt(m2[0].length))) {
    const q = cellPos(m2[2], m2[3]);
    if (q) {
      len += m2[0].length;
      const area = {
        top: Math.min(p.row, q.row),
        bottom: Math.max(p.row, q.row),
        left: Math.min(p.col, q.col),
        right: Math.max(p.col, q.col),
      };
      return { len, tok: { t: 'range', area } };
    }
  }
  const tok: Token = { t: 'ref', row: p.row, col: p.col };
  if (abs.absRow) tok.absRow = true;
  if (abs.absCol) tok.absCol = true;
  return { len, tok };
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    const rest = src.slice(i);
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError('Unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    if (ch === '#') {
      const code = ERROR_CODES.find((c) => rest.toUpperCase().startsWith(c));
      if (!code) throw new FormulaSyntaxError(`Unknown error literal at ${i}`);
      out.push({ t: 'err', v: code });
      i += code.length;
      continue;
    }
    // Sheet-qualified reference: 'My sheet'!A1 or Sheet1!A1:B2.
    let sheet: string | undefined;
    let sheetLen = 0;
    if (ch === "'") {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError('Unterminated sheet name');
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            s += "'";
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      if (src[j + 1] !== '!') throw new FormulaSyntaxError('Expected ! after sheet name');
      sheet = s;
      sheetLen = j + 2 - i;
    } else {
      const sm = SHEET_RE.exec(rest);
      if (sm) {
        sheet = sm[1];
        sheetLen = sm[0].length;
      }
    }
    if (sheet !== undefined) {
      const ref = readRef(src.slice(i + sheetLen));
      if (!ref) throw new FormulaSyntaxError(`Expected a reference after ${sheet}!`);
      out.push({ ...ref.tok, sheet } as Token);
      i += sheetLen + ref.len;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      // "1:3" is a row range, not a number.
      const rr = ROWS_RE.exec(rest);
      if (rr) {
        const ref = readRef(rest);
        if (ref) {
          out.push(ref.tok);
          i += ref.len;
          continue;
        }
      }
      const m = NUM_RE.exec(rest);
      if (!m) throw new FormulaSyntaxError(`Bad number at ${i}`);
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z$_\\\u00C0-\uFFFF]/.test(ch)) {
      const ref = readRef(rest);
      if (ref) {
        out.push(ref.tok);
        i += ref.len;
        continue;
      }
      const m = IDENT_RE.exec(rest);
      if (!m) throw new FormulaSyntaxError(`Unexpected character ${ch}`);
      const after = src.slice(i + m[0].length).trimStart();
      if (after.startsWith('(')) out.push({ t: 'fn', name: m[0].toUpperCase() });
      else out.push({ t: 'ident', name: m[0] });
      i += m[0].length;
      continue;
    }
    const two = rest.slice(0, 2);
    if (two === '<=' || two === '>=' || two === '<>') {
      out.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%'.includes(ch)) {
      out.push({ t: 'op', v: ch });
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ t: ch } as Token);
      i++;
      continue;
    }
    throw new FormulaSyntaxError(`Unexpected character ${ch}`);
  }
  return out;
}

// ---------------------------------------------------------------- parser

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  parse(): FormulaNode {
    const n = this.compare();
    if (this.i < this.toks.length) throw new FormulaSyntaxError('Unexpected token');
    return n;
  }

  private peekOp(...ops: string[]): string | null {
    const t = this.toks[this.i];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }

  private binary(next: () => FormulaNode, ops: string[]): FormulaNode {
    let a = next();
    for (let op = this.peekOp(...ops); op; op = this.peekOp(...ops)) {
      this.i++;
      a = { k: 'bin', op: op as BinOp, a, b: next() };
    }
    return a;
  }

  private compare = (): FormulaNode => this.binary(this.concat, ['=', '<>', '<', '>', '<=', '>=']);
  private concat = (): FormulaNode => this.binary(this.additive, ['&']);
  private additive = (): FormulaNode => this.binary(this.multiplicative, ['+', '-']);
  private multiplicative = (): FormulaNode => this.binary(this.power, ['*', '/']);
  private power = (): FormulaNode => this.binary(this.unary, ['^']);

  /** Excel binds negation tighter than ^: -2^2 is 4. */
  private unary = (): FormulaNode => {
    const op = this.peekOp('-', '+');
    if (op) {
      this.i++;
      const a = this.unary();
      return op === '-' ? { k: 'neg', a } : a;
    }
    return this.postfix();
  };

  private postfix(): FormulaNode {
    let a = this.primary();
    while (this.peekOp('%')) {
      this.i++;
      a = { k: 'pct', a };
    }
    return a;
  }

  private primary(): FormulaNode {
    const t = this.toks[this.i++];
    if (!t) throw new FormulaSyntaxError('Unexpected end of formula');
    switch (t.t) {
      case 'num':
        return { k: 'num', v: t.v };
      case 'str':
        return { k: 'str', v: t.v };
      case 'err':
        return { k: 'err', v: t.v };
      case 'ref': {
        const node: FormulaNode = { k: 'ref', sheet: t.sheet, row: t.row, col: t.col };
        if (t.absRow) node.absRow = true;
        if (t.absCol) node.absCol = true;
        return node;
      }
      case 'range':
        return { k: 'range', sheet: t.sheet, area: t.area };
      case 'ident': {
        const u = t.name.toUpperCase();
        if (u === 'TRUE' || u === 'FALSE') return { k: 'bool', v: u === 'TRUE' };
        return { k: 'name', name: t.name };
      }
      case 'fn':
        return this.call(t.name);
      case '(': {
        const n = this.compare();
        const close = this.toks[this.i++];
        if (!close || close.t !== ')') throw new FormulaSyntaxError('Expected )');
        return n;
      }
      default:
        throw new FormulaSyntaxError('Unexpected token');
    }
  }

  private call(name: string): FormulaNode {
    const open = this.toks[this.i++];
    if (!open || open.t !== '(') throw new FormulaSyntaxError('Expected (');
    const args: (FormulaNode | null)[] = [];
    if (this.toks[this.i]?.t === ')') {
      this.i++;
      return { k: 'fn', name, args };
    }
    for (;;) {
      const t = this.toks[this.i];
      if (t && (t.t === ',' || t.t === ')')) args.push(null);
      else args.push(this.compare());
      const sep = this.toks[this.i++];
      if (!sep) throw new FormulaSyntaxError('Expected )');
      if (sep.t === ')') break;
      if (sep.t !== ',') throw new FormulaSyntaxError('Expected , or )');
    }
    return { k: 'fn', name, args };
  }
}

/** Parse a formula ("=…" or without the "="). Throws FormulaSyntaxError. */
export function parseFormula(formula: string): FormulaNode {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  if (!src.trim()) throw new FormulaSyntaxError('Empty formula');
  return new Parser(tokenize(src)).parse();
}

// ---------------------------------------------------------------- coercion

const VALUE = new FormulaError('#VALUE!');
const DIV0 = new FormulaError('#DIV/0!');
const NUM = new FormulaError('#NUM!');
const NAME = new FormulaError('#NAME?');

const NUMERIC_TEXT = /^[+-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)?(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?%?$/;

/** Excel's reading of text as a number ("12", "1,234.5", "15%"), or null. */
export function textToNumber(s: string): number | null {
  const t = s.trim();
  if (!t || !/[0-9]/.test(t) || !NUMERIC_TEXT.test(t)) return null;
  const pct = t.endsWith('%');
  const n = Number(t.replace(/,/g, '').replace(/%$/, ''));
  if (!Number.isFinite(n)) return null;
  return pct ? n / 100 : n;
}

function toNumber(v: CellResult): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = textToNumber(v);
  return n === null ? VALUE : n;
}

/** A number as Excel's General format shows it (15 significant digits). */
export function numberToText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = String(Number(n.toPrecision(15)));
  return s.replace('e+', 'E+').replace('e-', 'E-');
}

function toText(v: CellResult): string | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return '';
  if (typeof v === 'number') return numberToText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

function toBool(v: CellResult): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const u = v.trim().toUpperCase();
  if (u === 'TRUE') return true;
  if (u === 'FALSE') return false;
  return VALUE;
}

function typeRank(v: Scalar): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

/** Excel's comparison: numbers < text < logicals, text case-insensitive. */
function compare(a: Scalar | null, b: Scalar | null): number {
  const blankAs = (other: Scalar | null): Scalar => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  const rx = typeRank(x);
  const ry = typeRank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === 'string' && typeof y === 'string') {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p < q ? -1 : p > q ? 1 : 0;
  }
  const p = Number(x);
  const q = Number(y);
  return p < q ? -1 : p > q ? 1 : 0;
}

function finite(n: number): number | FormulaError {
  return Number.isFinite(n) ? n : NUM;
}

/** ROUND with Excel's half-away-from-zero rule and 15-digit cleanup. */
function roundHalfAway(x: number, digits: number): number {
  const d = Math.trunc(digits);
  const m = Math.pow(10, d);
  const scaled = Number((Math.abs(x) * m).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / m;
}

// ---------------------------------------------------------------- evaluator

type Fn = (args: (FormulaNode | null)[], ev: Evaluator) => CellResult;

class Evaluator {
  constructor(readonly host: FormulaHost) {}

  /** Evaluate to a value; ranges only where a function asks for them. */
  value(n: FormulaNode | null): Value {
    if (n === null) return null;
    switch (n.k) {
      case 'num':
        return n.v;
      case 'str':
        return n.v;
      case 'bool':
        return n.v;
      case 'err':
        return new FormulaError(n.v);
      case 'ref':
        return this.host.cell(n.sheet, n.row, n.col);
      case 'range':
        return { kind: 'range', sheet: n.sheet, area: n.area };
      case 'name':
        return NAME;
      case 'fn': {
        const f = FUNCTIONS[n.name];
        return f ? f(n.args, this) : NAME;
      }
      case 'neg': {
        const x = toNumber(this.scalar(n.a));
        return x instanceof FormulaError ? x : -x;
      }
      case 'pct': {
        const x = toNumber(this.scalar(n.a));
        return x instanceof FormulaError ? x : x / 100;
      }
      case 'bin':
        return this.binary(n.op, this.scalar(n.a), this.scalar(n.b));
    }
  }

  /** Evaluate where one value is expected: a range there is #VALUE!. */
  scalar(n: FormulaNode | null): CellResult {
    const v = this.value(n);
    if (v !== null && typeof v === 'object' && !(v instanceof FormulaError)) {
      // A single-cell range is that cell; larger ones would need implicit
      // intersection, which this engine does not do.
      const a = v.area;
      if (a.top === a.bottom && a.left === a.right) return this.host.cell(v.sheet, a.top, a.left);
      return VALUE;
    }
    return v as CellResult;
  }

  private binary(op: BinOp, a: CellResult, b: CellResult): CellResult {
    if (a instanceof FormulaError) return a;
    if (b instanceof FormulaError) return b;
    switch (op) {
      case '&': {
        const x = toText(a);
        const y = toText(b);
        if (x instanceof FormulaError) return x;
        if (y instanceof FormulaError) return y;
        return x + y;
      }
      case '=':
        return compare(a, b) === 0;
      case '<>':
        return compare(a, b) !== 0;
      case '<':
        return compare(a, b) < 0;
      case '>':
        return compare(a, b) > 0;
      case '<=':
        return compare(a, b) <= 0;
      case '>=':
        return compare(a, b) >= 0;
      default:
        break;
    }
    const x = toNumber(a);
    if (x instanceof FormulaError) return x;
    const y = toNumber(b);
    if (y instanceof FormulaError) return y;
    switch (op) {
      case '+':
        return finite(x + y);
      case '-':
        return finite(x - y);
      case '*':
        return finite(x * y);
      case '/':
        return y === 0 ? DIV0 : finite(x / y);
      case '^':
        if (x === 0 && y === 0) return NUM;
        if (x === 0 && y < 0) return DIV0;
        return finite(Math.pow(x, y));
    }
    return VALUE;
  }

  /**
   * Numbers of an argument list the way SUM/MIN/MAX/AVERAGE take them:
   * inside ranges only numbers count; direct arguments are coerced.
   */
  numbers(args: (FormulaNode | null)[]): number[] | FormulaError {
    const out: number[] = [];
    for (const a of args) {
      const v = this.value(a);
      if (v !== null && typeof v === 'object' && !(v instanceof FormulaError)) {
        let err: FormulaError | null = null;
        this.host.eachCell(v.sheet, v.area, (c) => {
          if (err) return;
          if (c instanceof FormulaError) err = c;
          else if (typeof c === 'number') out.push(c);
        });
        if (err) return err;
        continue;
      }
      if (a === null) {
        out.push(0);
        continue;
      }
      if (a.k === 'ref') {
        // A referenced cell behaves like a one-cell range: text is ignored.
        const c = v as CellResult;
        if (c instanceof FormulaError) return c;
        if (typeof c === 'number') out.push(c);
        continue;
      }
      const n = toNumber(v as CellResult);
      if (n instanceof FormulaError) return n;
      out.push(n);
    }
    return out;
  }

  /** Logical values for AND/OR: text and blanks in ranges are skipped. */
  logicals(args: (FormulaNode | null)[]): boolean[] | FormulaError {
    const out: boolean[] = [];
    for (const a of args) {
      const v = this.value(a);
      if (v !== null && typeof v === 'object' && !(v instanceof FormulaError)) {
        let err: FormulaError | null = null;
        this.host.eachCell(v.sheet, v.area, (c) => {
          if (err) return;
          if (c instanceof FormulaError) err = c;
          else if (typeof c === 'number' || typeof c === 'boolean') out.push(Boolean(c));
        });
        if (err) return err;
        continue;
      }
      if (v === null) continue;
      if (a && a.k === 'ref' && typeof v === 'string') continue;
      const b = toBool(v as CellResult);
      if (b instanceof FormulaError) return b;
      out.push(b);
    }
    return out;
  }
}

function argCount(args: unknown[], min: number, max: number): boolean {
  return args.length >= min && args.length <= max;
}

const FUNCTIONS: Record<string, Fn> = {
  IF(args, ev) {
    if (!argCount(args, 1, 3)) return VALUE;
    const c = toBool(ev.scalar(args[0]));
    if (c instanceof FormulaError) return c;
    if (c) return args[1] === undefined ? true : args[1] === null ? 0 : ev.scalar(args[1]);
    if (args.length < 3) return false;
    return args[2] === null ? 0 : ev.scalar(args[2]);
  },
  IFERROR(args, ev) {
    if (args.length !== 2) return VALUE;
    const v = ev.scalar(args[0]);
    if (v instanceof FormulaError) return args[1] === null ? 0 : ev.scalar(args[1]);
    return v;
  },
  IFNA(args, ev) {
    if (args.length !== 2) return VALUE;
    const v = ev.scalar(args[0]);
    if (v instanceof FormulaError && v.code === '#N/A') return args[1] === null ? 0 : ev.scalar(args[1]);
    return v;
  },
  AND(args, ev) {
    const l = ev.logicals(args);
    if (l instanceof FormulaError) return l;
    return l.length ? l.every(Boolean) : VALUE;
  },
  OR(args, ev) {
    const l = ev.logicals(args);
    if (l instanceof FormulaError) return l;
    return l.length ? l.some(Boolean) : VALUE;
  },
  NOT(args, ev) {
    if (args.length !== 1) return VALUE;
    const b = toBool(ev.scalar(args[0]));
    return b instanceof FormulaError ? b : !b;
  },
  ROUND(args, ev) {
    if (args.length !== 2) return VALUE;
    const x = toNumber(ev.scalar(args[0]));
    if (x instanceof FormulaError) return x;
    const d = toNumber(ev.scalar(args[1]));
    if (d instanceof FormulaError) return d;
    return finite(roundHalfAway(x, d));
  },
  ABS(args, ev) {
    if (args.length !== 1) return VALUE;
    const x = toNumber(ev.scalar(args[0]));
    return x instanceof FormulaError ? x : Math.abs(x);
  },
  SUM(args, ev) {
    const ns = ev.numbers(args);
    if (ns instanceof FormulaError) return ns;
    return finite(ns.reduce((s, n) => s + n, 0));
  },
  AVERAGE(args, ev) {
    const ns = ev.numbers(args);
    if (ns instanceof FormulaError) return ns;
    return ns.length ? finite(ns.reduce((s, n) => s + n, 0) / ns.length) : DIV0;
  },
  MIN(args, ev) {
    const ns = ev.numbers(args);
    if (ns instanceof FormulaError) return ns;
    return ns.length ? ns.reduce((a, b) => Math.min(a, b)) : 0;
  },
  MAX(args, ev) {
    const ns = ev.numbers(args);
    if (ns instanceof FormulaError) return ns;
    return ns.length ? ns.reduce((a, b) => Math.max(a, b)) : 0;
  },
  ISTEXT(args, ev) {
    if (args.length !== 1) return VALUE;
    return typeof ev.scalar(args[0]) === 'string';
  },
  ISNUMBER(args, ev) {
    if (args.length !== 1) return VALUE;
    return typeof ev.scalar(args[0]) === 'number';
  },
  ISBLANK(args, ev) {
    if (args.length !== 1) return VALUE;
    return ev.scalar(args[0]) === null;
  },
  ISERROR(args, ev) {
    if (args.length !== 1) return VALUE;
    return ev.scalar(args[0]) instanceof FormulaError;
  },
  /** A link shows its friendly name (its location when it has none); the in-memory Excel does not follow it. */
  HYPERLINK(args, ev) {
    if (!argCount(args, 1, 2)) return VALUE;
    const shown = ev.scalar(args.length === 2 ? args[1] : args[0]);
    return shown === null ? 0 : shown;
  },
  TRUE(args) {
    return args.length === 0 ? true : VALUE;
  },
  FALSE(args) {
    return args.length === 0 ? false : VALUE;
  },
  COUNT(args, ev) {
    // COUNT never fails: errors are simply not numbers.
    let n = 0;
    for (const a of args) {
      const v = ev.value(a);
      if (v !== null && typeof v === 'object' && !(v instanceof FormulaError)) {
        ev.host.eachCell(v.sheet, v.area, (c) => {
          if (typeof c === 'number') n++;
        });
      } else if (typeof v === 'number') n++;
      else if (typeof v === 'string' && a?.k !== 'ref' && textToNumber(v) !== null) n++;
    }
    return n;
  },
};

/**
 * Whether this engine computes the formula as Excel does: only the
 * functions above, no defined names, and a range of more than one cell only
 * as a function's argument (elsewhere Excel intersects it with the row or
 * spills it, which this engine does not). A formula from a file that fails
 * this keeps the result Excel saved with it.
 */
export function computable(node: FormulaNode): boolean {
  const ok = (n: FormulaNode | null, asArgument: boolean): boolean => {
    if (n === null) return true;
    switch (n.k) {
      case 'name':
        return false;
      case 'range':
        return asArgument || (n.area.top === n.area.bottom && n.area.left === n.area.right);
      case 'fn':
        return Object.prototype.hasOwnProperty.call(FUNCTIONS, n.name) && n.args.every((a) => ok(a, true));
      case 'neg':
      case 'pct':
        return ok(n.a, false);
      case 'bin':
        return ok(n.a, false) && ok(n.b, false);
      default:
        return true;
    }
  };
  return ok(node, false);
}

/**
 * The formula as it reads for a cell `rows` down and `cols` right of the
 * one it was written for: relative cell references move, $-anchored parts
 * stay (how a conditional format's rule applies to each cell of its range).
 * Ranges are not moved.
 */
export function shiftFormula(node: FormulaNode, rows: number, cols: number): FormulaNode {
  if (rows === 0 && cols === 0) return node;
  const shift = (n: FormulaNode | null): FormulaNode | null => {
    if (n === null) return null;
    switch (n.k) {
      case 'ref': {
        const row = n.absRow ? n.row : n.row + rows;
        const col = n.absCol ? n.col : n.col + cols;
        if (row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) return { k: 'err', v: '#REF!' };
        return { ...n, row, col };
      }
      case 'fn':
        return { ...n, args: n.args.map(shift) };
      case 'neg':
      case 'pct':
        return { ...n, a: shift(n.a)! };
      case 'bin':
        return { ...n, a: shift(n.a)!, b: shift(n.b)! };
      default:
        return n;
    }
  };
  return shift(node)!;
}

/**
 * Evaluate a parsed formula. The result is what the cell shows: a blank
 * (a reference to an empty cell) becomes 0, as in Excel.
 */
export function evaluate(node: FormulaNode, host: FormulaHost): Scalar | FormulaError {
  const v = new Evaluator(host).scalar(node);
  return v === null ? 0 : v;
}
