/**
 * The data behind the in-memory Excel: sheets of sparse cells, merges,
 * defined names, selection; how typed input is stored (Excel's rules for
 * "=…", "'…", numbers in text) and how formula cells are computed.
 * The Office.js-like proxies in proxies/ read and write this model.
 */
import { inputFromLocal, type Locale } from './locale';
import { colIndex, colLetter, overlaps, quoteSheet, type Area } from '../../engine/grid';
import {
  evaluate,
  FormulaError,
  FormulaSyntaxError,
  MAX_COLS,
  MAX_ROWS,
  numberToText,
  parseFormula,
  textToNumber,
  type CellResult,
  type FormulaHost,
  type FormulaNode,
  type Scalar,
} from './formula';
import { officeError } from './office-error';

export { MAX_COLS, MAX_ROWS };

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface BorderSpec {
  style: string;
  weight: string;
  color: string;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders?: Partial<Record<Side, BorderSpec>>;
}

export interface Cell {
  /** Constant value (absent when empty or when the cell has a formula). */
  value?: Scalar;
  formula?: string;
  ast?: FormulaNode;
  numberFormat?: string;
  fmt?: CellFormat;
}

export const DEFAULT_FONT = { name: 'Calibri', size: 11, color: '#000000' };
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** The format a conditional format applies where its rule holds. */
export interface ConditionalFormatStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}

/**
 * A conditional format of a sheet. Only the Custom type (a rule formula)
 * has a rule and a format here; other types are kept so they can be
 * listed and deleted, and draw nothing in the snapshot.
 */
export interface ConditionalFormatModel {
  id: string;
  sheet: SheetModel;
  /** Excel.ConditionalFormatType: "Custom", "DataBar", "CellValue"… */
  type: string;
  /** The areas it applies to (one for a format added to a range). */
  areas: Area[];
  /** The rule formula ("=…"), for a Custom format. */
  formula?: string;
  ast?: FormulaNode;
  format: ConditionalFormatStyle;
  stopIfTrue: boolean;
  deleted?: boolean;
}

/** A sheet's page set-up for printing (Worksheet.pageLayout, ExcelApi 1.9). */
export interface PageLayoutModel {
  /** Excel.PageOrientation: "Portrait" (default) or "Landscape". */
  orientation: string;
  /** Excel.PaperType: "Letter" (default), "A4", … */
  paperSize: string;
  /** Print scale in percent (10-400); null when fitting to pages. */
  scale: number | null;
  /** Pages wide and tall when fitting to pages (0: as many as needed); null when scaling. */
  fitWide: number | null;
  fitTall: number | null;
  /** Rows repeated at the top of every printed page (whole rows), or null. */
  printTitleRows: { top: number; bottom: number } | null;
}

export function defaultPageLayout(): PageLayoutModel {
  return { orientation: 'Portrait', paperSize: 'Letter', scale: 100, fitWide: null, fitTall: null, printTitleRows: null };
}

/** A chart series: its name and the cells of its values and of its categories (x axis). */
export interface ChartSeriesModel {
  name: string;
  values: { sheet: SheetModel; area: Area } | null;
  xValues: { sheet: SheetModel; area: Area } | null;
}

export interface ChartAxisModel {
  majorUnit: number | null;
  minimum: number | null;
  reversePlotOrder: boolean;
  title: string;
}

/** A chart on a sheet (Worksheet.charts), as far as the add-in sets it. */
export interface ChartModel {
  id: string;
  name: string;
  /** Excel.ChartType ("BarClustered", "Line", …). */
  type: string;
  title: string;
  series: ChartSeriesModel[];
  /** The cells it covers (setPosition), null until placed. */
  position: Area | null;
  valueAxis: ChartAxisModel;
  categoryAxis: ChartAxisModel;
  legend: { visible: boolean; position: string };
  deleted: boolean;
}

export class SheetModel {
  readonly cells = new Map<number, Cell>();
  /** Charts on the sheet, in the order they were added. */
  charts: ChartModel[] = [];
  pageLayout: PageLayoutModel = defaultPageLayout();
  merges: Area[] = [];
  /** Conditional formats, highest priority first. */
  conditionalFormats: ConditionalFormatModel[] = [];
  protected = false;
  /** Rows frozen at the top (Worksheet.freezePanes); 0 for none. */
  frozenRows = 0;
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** The sheet's own selection (each sheet keeps one, as in Excel). */
  selection: Area | null = null;
  deleted = false;
  /** The workbook's locale (typed input is read in its style). */
  locale: Locale = 'en-US';

  constructor(
    public name: string,
    readonly id: string
  ) {}

  static key(row: number, col: number): number {
    return row * MAX_COLS + col;
  }

  get(row: number, col: number): Cell | undefined {
    return this.cells.get(SheetModel.key(row, col));
  }

  /** The cell, created when missing. */
  touch(row: number, col: number): Cell {
    const k = SheetModel.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = {};
      this.cells.set(k, c);
    }
    return c;
  }

  /** Drop a cell that holds nothing any more. */
  prune(row: number, col: number): void {
    const k = SheetModel.key(row, col);
    const c = this.cells.get(k);
    if (!c) return;
    const fmtEmpty =
      !c.fmt ||
      Object.keys(c.fmt).every((key) => {
        const v = (c.fmt as Record<string, unknown>)[key];
        return v === undefined || (key === 'borders' && Object.keys(v as object).length === 0);
      });
    if (fmtEmpty) delete c.fmt;
    if (c.value === undefined && c.formula === undefined && c.numberFormat === undefined && !c.fmt) {
      this.cells.delete(k);
    }
  }

  /** Positions of stored cells inside an area, cheaply for big areas. */
  eachStored(area: Area, visit: (row: number, col: number, cell: Cell) => void): void {
    const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
    if (size <= this.cells.size * 2) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const cell = this.get(r, c);
          if (cell) visit(r, c, cell);
        }
      }
      return;
    }
    for (const [k, cell] of this.cells) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) visit(r, c, cell);
    }
  }

  /**
   * The bounding box of what is used: cells with a value or formula, and
   * with `valuesOnly` false also formatted cells and merges. Null when empty.
   */
  usedArea(valuesOnly: boolean): Area | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const add = (a: Area) => {
      top = Math.min(top, a.top);
      left = Math.min(left, a.left);
      bottom = Math.max(bottom, a.bottom);
      right = Math.max(right, a.right);
    };
    for (const [k, cell] of this.cells) {
      const has = cell.value !== undefined || cell.formula !== undefined;
      if (!has && valuesOnly) continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      add({ top: r, left: c, bottom: r, right: c });
    }
    if (!valuesOnly) for (const m of this.merges) add(m);
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export interface NameModel {
  name: string;
  /** For a name that refers to a range. */
  sheet?: SheetModel;
  area?: Area;
  /** The formula, for a name that is not a plain range ("=5"). */
  formula?: string;
  comment: string;
  visible: boolean;
  deleted?: boolean;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  active!: SheetModel;
  /** Keyed by upper-cased name: Excel names are case-insensitive. */
  readonly names = new Map<string, NameModel>();
  /** Workbook.settings: the add-in's key-value pairs saved in the file (values as JSON text). */
  readonly settings = new Map<string, string>();
  /** The workbook's structure is protected: sheets cannot be added or deleted. */
  protected = false;
  private nextId = 1;
  private nextFormatId = 1;
  /** Worksheet ids differ from one session to the next (see WorkbookInit.session). */
  session = 0;
  /**
   * Excel's own undo history (what Ctrl+Z can take back), as a count of
   * steps: the user's edits add one each; reading merged areas
   * (getMergedAreasOrNullObject, office-js #5918 on Windows) and the APIs
   * Excel cannot undo clear it.
   */
  undoSteps = 0;
  /** The user's regional settings (locale.ts). */
  locale: Locale = 'en-US';

  /** A new conditional format id, unique in the workbook. */
  newConditionalFormatId(): string {
    return `{00000000-0002-0000-0000-${String(this.nextFormatId++).padStart(12, '0')}}`;
  }

  addSheet(name: string): SheetModel {
    const s = new SheetModel(name, `{00000000-0001-0000-${String(this.session).padStart(4, '0')}-${String(this.nextId++).padStart(12, '0')}}`);
    s.locale = this.locale;
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): SheetModel | undefined {
    const u = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === u || s.id === name);
  }

  /** A name for a new sheet: Sheet1, Sheet2, … */
  freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      if (!this.sheet(`Sheet${n}`)) return `Sheet${n}`;
    }
  }
}

// ---------------------------------------------------------------- A1 output

/** "$A$1:$B$2" (or "$A$1"), with whole rows/columns as Excel writes them. */
export function absoluteA1(a: Area): string {
  return areaAddress(a, '$');
}

/** "A1:B2", "A:A", "1:3" for an area. */
export function relativeA1(a: Area): string {
  return areaAddress(a, '');
}

function areaAddress(a: Area, d: string): string {
  const col = (c: number) => d + colLetter(c);
  const row = (r: number) => d + String(r + 1);
  const wholeCols = a.top === 0 && a.bottom === MAX_ROWS - 1;
  const wholeRows = a.left === 0 && a.right === MAX_COLS - 1;
  if (wholeCols && !wholeRows) return `${col(a.left)}:${col(a.right)}`;
  if (wholeRows) return `${row(a.top)}:${row(a.bottom)}`;
  const first = col(a.left) + row(a.top);
  if (a.top === a.bottom && a.left === a.right) return first;
  return `${first}:${col(a.right)}${row(a.bottom)}`;
}

export function sheetAddress(sheet: SheetModel, a: Area): string {
  return `${quoteSheet(sheet.name)}!${relativeA1(a)}`;
}

/**
 * Parse an address as Worksheet.getRange accepts it: "B3", "$B$3:D7",
 * "A:C", "2:4". Null when it is not one.
 */
export function parseRangeAddress(address: string): Area | null {
  const s = address.trim();
  let m = /^\$?([A-Za-z]{1,3})\$?([0-9]+)(?::\$?([A-Za-z]{1,3})\$?([0-9]+))?$/.exec(s);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = colIndex(m[1]);
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? colIndex(m[3]) : c1;
    return bounded({
      top: Math.min(r1, r2),
      bottom: Math.max(r1, r2),
      left: Math.min(c1, c2),
      right: Math.max(c1, c2),
    });
  }
  m = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(s);
  if (m) {
    const a = colIndex(m[1]);
    const b = colIndex(m[2]);
    return bounded({ top: 0, bottom: MAX_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) });
  }
  m = /^\$?([0-9]+):\$?([0-9]+)$/.exec(s);
  if (m) {
    const a = Number(m[1]) - 1;
    const b = Number(m[2]) - 1;
    return bounded({ top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: MAX_COLS - 1 });
  }
  return null;
}

function bounded(a: Area): Area | null {
  return a.top >= 0 && a.left >= 0 && a.bottom < MAX_ROWS && a.right < MAX_COLS ? a : null;
}

/** Two areas share at least one cell (the engine's one helper, under the name the in-memory Excel used). */
export const intersects = overlaps;

// The engine's area helpers, under the names the in-memory Excel used.
export { inArea as contains, subtract as subtractArea, areaCells as cellCount } from '../../engine/grid';

// ---------------------------------------------------------------- input

/**
 * Store what was written to a cell through `values` or `formulas`, the way
 * Excel takes typed input: "=…" is a formula, a leading "'" keeps the rest
 * as text, numeric text becomes a number, TRUE/FALSE become logicals, ""
 * clears the contents. In a cell formatted as Text ("@") input stays text.
 * Throws InvalidArgument for values Excel refuses.
 */
export function writeInput(sheet: SheetModel, row: number, col: number, input: unknown, location: string): void {
  const cell = sheet.touch(row, col);
  delete cell.formula;
  delete cell.ast;
  delete cell.value;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw officeError('InvalidArgument', location);
    cell.value = input;
  } else if (typeof input === 'boolean') {
    cell.value = input;
  } else if (typeof input === 'string') {
    storeText(cell, inputFromLocal(input, sheet.locale), location);
  } else {
    throw officeError('InvalidArgument', location);
  }
  sheet.prune(row, col);
}

function storeText(cell: Cell, s: string, location: string): void {
  if (s === '') return;
  if (s.startsWith("'")) {
    if (s.length > 1) cell.value = s.slice(1);
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = s;
    return;
  }
  if (s.startsWith('=') && s.length > 1) {
    try {
      cell.ast = parseFormula(s);
    } catch (e) {
      if (e instanceof FormulaSyntaxError) throw officeError('InvalidArgument', location);
      throw e;
    }
    cell.formula = s;
    return;
  }
  const u = s.trim().toUpperCase();
  if (u === 'TRUE' || u === 'FALSE') {
    cell.value = u === 'TRUE';
    return;
  }
  const n = textToNumber(s);
  if (n !== null) {
    cell.value = n;
    if (s.trim().endsWith('%') && cell.numberFormat === undefined) cell.numberFormat = '0%';
    return;
  }
  cell.value = s;
}

// ---------------------------------------------------------------- calculation

/**
 * Computes cell values for one read. Results are cached for the life of
 * the object only, so every read sees the current contents.
 */
export class Calc {
  private readonly cache = new Map<string, CellResult>();
  private readonly visiting = new Set<string>();

  constructor(private readonly wb: WorkbookModel) {}

  /** The value a cell shows: constant, formula result, or null when empty. */
  value(sheet: SheetModel, row: number, col: number): CellResult {
    const cell = sheet.get(row, col);
    if (!cell) return null;
    if (cell.formula === undefined || !cell.ast) return cell.value ?? null;
    const key = `${sheet.id}:${row}:${col}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    // A circular reference shows 0 in Excel (with a warning).
    if (this.visiting.has(key)) return 0;
    this.visiting.add(key);
    let result: CellResult;
    try {
      result = evaluate(cell.ast, this.host(sheet));
    } finally {
      this.visiting.delete(key);
    }
    this.cache.set(key, result);
    return result;
  }

  /** Evaluate a formula as if it were on `sheet` (a conditional format's rule). */
  evaluateOn(sheet: SheetModel, ast: FormulaNode): CellResult {
    return evaluate(ast, this.host(sheet));
  }

  private host(home: SheetModel): FormulaHost {
    const resolve = (name: string | undefined): SheetModel | undefined => (name === undefined ? home : this.wb.sheet(name));
    return {
      cell: (name, row, col) => {
        const s = resolve(name);
        return s ? this.value(s, row, col) : new FormulaError('#REF!');
      },
      eachCell: (name, area, visit) => {
        const s = resolve(name);
        if (!s) {
          visit(new FormulaError('#REF!'));
          return;
        }
        s.eachStored(area, (r, c) => {
          const v = this.value(s, r, c);
          if (v !== null) visit(v);
        });
      },
    };
  }
}

/** A computed value as Office.js reports it in `values`. */
export function apiValue(v: CellResult): Scalar {
  if (v === null) return '';
  if (v instanceof FormulaError) return v.code;
  return v;
}

export function valueType(v: CellResult): string {
  if (v === null) return 'Empty';
  if (v instanceof FormulaError) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

// ---------------------------------------------------------------- display

/**
 * The text a cell shows for a value and number format (Range.text). Covers
 * General, Text, and the usual 0 / 0.00 / #,##0.0 / 0% forms.
 */
export function displayText(v: CellResult, format: string): string {
  if (v === null) return '';
  if (v instanceof FormulaError) return v.code;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const section = format.split(';')[0];
  if (format !== 'General' && isDateFormat(section)) return dateText(v, section) ?? numberToText(v);
  if (format === 'General' || format === '@' || !/[0#]/.test(section)) return numberToText(v);
  const pct = section.includes('%');
  const dot = section.indexOf('.');
  const decimals = dot < 0 ? 0 : (section.slice(dot + 1).match(/[0#]/g) ?? []).length;
  const grouping = /[0#],[0#]/.test(section);
  const n = pct ? v * 100 : v;
  let s = Math.abs(n).toFixed(decimals);
  if (grouping) {
    const [int, frac] = s.split('.');
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? `.${frac}` : '');
  }
  return (n < 0 ? '-' : '') + s + (pct ? '%' : '');
}

/** A format section without its literals: quoted text, escaped characters, [colour] and [$-locale] parts. */
function formatCodes(section: string): string {
  return section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** Whether a number format section shows a date or time (has d, m, y, h or s codes outside literals). */
export function isDateFormat(section: string): boolean {
  return /[dmyhs]/i.test(formatCodes(section)) && !/^(general|@)$/i.test(section.trim());
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A serial date shown with a date format section, as Excel (en-US names)
 * shows it: quoted text and escaped characters as they are, d/dd/ddd/dddd,
 * m/mm/mmm/mmmm/mmmmm (minutes after h or before s), yy/yyyy, h/hh, s/ss,
 * AM/PM. Null for serials Excel cannot show as dates (it shows ####).
 */
function dateText(serial: number, section: string): string | null {
  if (!(serial >= 0 && serial < 2958466)) return null;
  let day = Math.floor(serial);
  let secs = Math.round((serial - day) * 86400);
  if (secs >= 86400) {
    day++;
    secs -= 86400;
  }
  // Serial 60 is Excel's 29 February 1900 (a day that never was, kept from Lotus 1-2-3).
  const d = day === 60 ? null : new Date(Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * 86400000);
  const y = d ? d.getUTCFullYear() : 1900;
  const mo = d ? d.getUTCMonth() + 1 : 2;
  const dd = d ? d.getUTCDate() : 29;
  const wd = d ? d.getUTCDay() : 4;
  const hh = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  const ss = secs % 60;
  const ampm = /AM\/PM|A\/P/i.test(formatCodes(section));
  const two = (n: number) => String(n).padStart(2, '0');
  // Tokens: literals first, then codes; "m" is minutes after an hour code or before a seconds code.
  const tokens: { code?: string; text?: string }[] = [];
  const re = /"([^"]*)"|\\(.)|\[[^\]]*\]|(AM\/PM|A\/P)|(y+|m+|d+|h+|s+)|(.)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(section))) {
    if (m[1] !== undefined) tokens.push({ text: m[1] });
    else if (m[2] !== undefined) tokens.push({ text: m[2] });
    else if (m[3] !== undefined) tokens.push({ code: m[3].toUpperCase() });
    else if (m[4] !== undefined) tokens.push({ code: m[4].toLowerCase() });
    else if (m[5] !== undefined) tokens.push({ text: m[5] });
  }
  const codeAt = (i: number, step: number): string | undefined => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (tokens[j].code) return tokens[j].code;
    return undefined;
  };
  let out = '';
  tokens.forEach((t, i) => {
    if (t.text !== undefined) {
      out += t.text;
      return;
    }
    const c = t.code!;
    if (c === 'AM/PM') out += hh < 12 ? 'AM' : 'PM';
    else if (c === 'A/P') out += hh < 12 ? 'A' : 'P';
    else if (c[0] === 'y') out += c.length <= 2 ? two(y % 100) : String(y);
    else if (c[0] === 'd') out += c.length === 1 ? String(dd) : c.length === 2 ? two(dd) : c.length === 3 ? WEEKDAYS[wd].slice(0, 3) : WEEKDAYS[wd];
    else if (c[0] === 'h') {
      const h = ampm ? ((hh + 11) % 12) + 1 : hh;
      out += c.length === 1 ? String(h) : two(h);
    } else if (c[0] === 's') out += c.length === 1 ? String(ss) : two(ss);
    else if (c[0] === 'm') {
      const minutes = (c.length <= 2 && codeAt(i, -1)?.[0] === 'h') || codeAt(i, 1)?.[0] === 's';
      if (minutes) out += c.length === 1 ? String(mi) : two(mi);
      else
        out +=
          c.length === 1
            ? String(mo)
            : c.length === 2
              ? two(mo)
              : c.length === 3
                ? MONTHS[mo - 1].slice(0, 3)
                : c.length === 5
                  ? MONTHS[mo - 1][0]
                  : MONTHS[mo - 1];
    }
  });
  return out;
}

// ---------------------------------------------------------------- colours

const NAMED_COLORS: Record<string, string> = {
  BLACK: '#000000',
  WHITE: '#FFFFFF',
  RED: '#FF0000',
  GREEN: '#008000',
  BLUE: '#0000FF',
  YELLOW: '#FFFF00',
  ORANGE: '#FFA500',
  GRAY: '#808080',
  GREY: '#808080',
  LIGHTGRAY: '#D3D3D3',
  LIGHTGREY: '#D3D3D3',
  PURPLE: '#800080',
};

/** "#rrggbb", "rrggbb" or a colour name as "#RRGGBB"; null when not a colour. */
export function normalizeColor(c: unknown): string | null {
  if (typeof c !== 'string') return null;
  const s = c.trim();
  if (/^#?[0-9a-fA-F]{6}$/.test(s)) return `#${s.replace('#', '').toUpperCase()}`;
  return NAMED_COLORS[s.toUpperCase()] ?? null;
}

// ---------------------------------------------------------------- names

/** Excel's rules for a defined name: starts with a letter, _ or \, no cell-like names. */
export function isValidName(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || name.length > 255) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return false;
  if (/^[RrCc]$/.test(name) || /^[Rr][0-9]*[Cc][0-9]*$/.test(name)) return false;
  return true;
}

export function nameFormula(n: NameModel): string {
  if (n.sheet && n.area) {
    return n.sheet.deleted ? '=#REF!' : `=${quoteSheet(n.sheet.name)}!${absoluteA1(n.area)}`;
  }
  return n.formula ?? '=#REF!';
}

export function nameType(n: NameModel): string {
  if (n.sheet && n.area) return n.sheet.deleted ? 'Error' : 'Range';
  const f = (n.formula ?? '').slice(1).trim();
  if (/^".*"$/.test(f)) return 'String';
  if (/^(TRUE|FALSE)$/i.test(f)) return 'Boolean';
  if (textToNumber(f) !== null) return 'Double';
  if (f.startsWith('#')) return 'Error';
  return 'Formula';
}

/** NamedItem.value: the reference without "=" for a range, else the constant. */
export function nameValue(n: NameModel): string | number | boolean {
  const t = nameType(n);
  const f = nameFormula(n).slice(1).trim();
  if (t === 'Double') return textToNumber(f) as number;
  if (t === 'Boolean') return f.toUpperCase() === 'TRUE';
  if (t === 'String') return f.slice(1, -1).replace(/""/g, '"');
  return f;
}

// ---------------------------------------------------------------- borders

export const SIDES: Side[] = ['top', 'bottom', 'left', 'right'];

const OPPOSITE: Record<Side, Side> = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' };
const STEP: Record<Side, [number, number]> = { top: [-1, 0], bottom: [1, 0], left: [0, -1], right: [0, 1] };

/**
 * The border on one edge of a cell. Neighbouring cells share an edge, so
 * a bottom border on A1 is also the top border of A2.
 */
export function edgeOf(sheet: SheetModel, row: number, col: number, side: Side): BorderSpec | undefined {
  const own = sheet.get(row, col)?.fmt?.borders?.[side];
  if (own) return own;
  const [dr, dc] = STEP[side];
  const r = row + dr;
  const c = col + dc;
  if (r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLS) return undefined;
  return sheet.get(r, c)?.fmt?.borders?.[OPPOSITE[side]];
}

/** Set (or with undefined, remove) the border on one edge of a cell. */
export function setEdge(sheet: SheetModel, row: number, col: number, side: Side, spec: BorderSpec | undefined): void {
  const cell = sheet.touch(row, col);
  cell.fmt ??= {};
  cell.fmt.borders ??= {};
  if (spec) cell.fmt.borders[side] = { ...spec };
  else delete cell.fmt.borders[side];
  sheet.prune(row, col);
  const [dr, dc] = STEP[side];
  const r = row + dr;
  const c = col + dc;
  if (r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLS) return;
  const other = sheet.get(r, c);
  if (other?.fmt?.borders?.[OPPOSITE[side]]) {
    delete other.fmt.borders[OPPOSITE[side]];
    sheet.prune(r, c);
  }
}
