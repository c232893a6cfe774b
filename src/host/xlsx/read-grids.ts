/**
 * Every sheet of an .xlsx file as the engine's Grid, read straight from the
 * package for a check (which only reads): the zip by fflate, the XML parts
 * by saxes, one streaming pass over each sheet's XML. ExcelJS's read builds
 * a whole workbook model (a Cell object with its style for every cell) that
 * a check then throws away; this reader keeps only what a Grid holds: the
 * values, the number formats other than General, the formulas, the merged
 * areas and the add-in's own defined names.
 *
 * It gives the very grids gridFromWorksheet gives from ExcelJS's read
 * (test/host/read-grids.test.ts holds them side by side): the same rules
 * for what a cell holds (a date-formatted number goes through ExcelJS's
 * date conversion, a shared formula is slid by ExcelJS's own slideFormula,
 * built-in formats come from ExcelJS's table), the same layout of occupied
 * cells (strays set apart, a sheet too large refused). Where it meets what
 * it does not know, it throws, and the caller reads the file with ExcelJS.
 */
import { unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { type Area, type CellValue, type Grid, type OwnedArea, parseA1, splitSheetAddress } from '../../engine/grid';
import { gridOfPlaced } from './index';

// ExcelJS's own pieces, so that both readers agree to the character.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as { slideFormula: (f: string, from: string, to: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const BUILT_IN = require('exceljs/lib/xlsx/defaultnumformats') as Record<string, { f?: string }>;

const OWNED_PREFIX = 'chitieu_';
const REL_NS_TYPE_SHEET = /\/worksheet$/;

/** A part of the package as text (null when absent). */
function text(files: Record<string, Uint8Array>, name: string): string | null {
  const bytes = files[name];
  return bytes ? new TextDecoder().decode(bytes) : null;
}

/** Run saxes over a part: element opens and closes, and the text between. */
function parse(xml: string, open: (tag: SaxesTagPlain) => void, close: (name: string) => void, onText?: (t: string) => void): void {
  const p = new SaxesParser();
  p.on('opentag', open);
  p.on('closetag', (tag) => close(tag.name));
  if (onText) {
    p.on('text', onText);
    p.on('cdata', onText);
  }
  p.on('error', (e) => {
    throw e;
  });
  p.write(xml).close();
}

/** The local name of a tag ("x:c" → "c"). */
function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** ExcelJS's text decoding of <t>: the _xHHHH_ escapes of control characters. */
function unescapeT(s: string): string {
  return s.includes('_x') ? s.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** ExcelJS decodes a t="str" value a second time (utils.xmlDecode). */
function xmlDecodeAgain(s: string): string {
  if (!s.includes('&')) return s;
  const map: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
  return s.replace(/&([a-z]*);/g, (c) => map[c] ?? c);
}

/** Whether a number format shows dates (ExcelJS's utils.isDateFmt). */
function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** A serial date as ExcelJS reads it (to a Date, rounded to the millisecond) and gridFromWorksheet turns it back. */
function dateSerial(v: number, date1904: boolean): number {
  return Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86400000) / 86400000 + 25569;
}

interface Book {
  sheets: { name: string; part: string }[];
  date1904: boolean;
  /** Defined names of the add-in: name and its ranges' text. */
  owned: { name: string; refs: string }[];
}

function resolvePart(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

function readBook(files: Record<string, Uint8Array>): Book {
  const xml = text(files, 'xl/workbook.xml');
  if (xml === null) throw new Error('no xl/workbook.xml');
  const rels = new Map<string, string>();
  const relsXml = text(files, 'xl/_rels/workbook.xml.rels');
  if (relsXml === null) throw new Error('no workbook relationships');
  parse(
    relsXml,
    (t) => {
      if (local(t.name) === 'Relationship' && REL_NS_TYPE_SHEET.test(t.attributes.Type ?? '')) rels.set(t.attributes.Id, resolvePart(t.attributes.Target));
    },
    () => undefined
  );
  const book: Book = { sheets: [], date1904: false, owned: [] };
  let name: string | null = null;
  let refs = '';
  parse(
    xml,
    (t) => {
      const n = local(t.name);
      if (n === 'sheet') {
        const part = rels.get(t.attributes['r:id'] ?? '');
        if (part) book.sheets.push({ name: t.attributes.name, part });
      } else if (n === 'workbookPr') book.date1904 = t.attributes.date1904 === '1';
      else if (n === 'definedName') {
        name = t.attributes.name ?? '';
        refs = '';
      }
    },
    (n) => {
      if (local(n) === 'definedName' && name !== null) {
        if (name.startsWith(OWNED_PREFIX)) book.owned.push({ name, refs });
        name = null;
      }
    },
    (s) => {
      if (name !== null) refs += s;
    }
  );
  return book;
}

function readSharedStrings(files: Record<string, Uint8Array>): string[] {
  const xml = text(files, 'xl/sharedStrings.xml');
  const out: string[] = [];
  if (xml === null) return out;
  // Text of <t> directly in <si> or in a run <r>; a phonetic run <rPh> is not the cell's text.
  let inT = false;
  let phonetic = 0;
  let current = '';
  parse(
    xml,
    (t) => {
      const n = local(t.name);
      if (n === 'si') current = '';
      else if (n === 't') inT = phonetic === 0;
      else if (n === 'rPh') phonetic++;
    },
    (name) => {
      const n = local(name);
      if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si') out.push(current);
    },
    (s) => {
      if (inT) current += unescapeT(s);
    }
  );
  return out;
}

/** The number format of each cell style (cellXfs), undefined for General. */
function readStyles(files: Record<string, Uint8Array>): (string | undefined)[] {
  const xml = text(files, 'xl/styles.xml');
  const out: (string | undefined)[] = [];
  if (xml === null) return out;
  const custom = new Map<string, string>();
  let inXfs = false;
  parse(
    xml,
    (t) => {
      const n = local(t.name);
      if (n === 'numFmt') custom.set(t.attributes.numFmtId, t.attributes.formatCode);
      else if (n === 'cellXfs') inXfs = true;
      else if (n === 'xf' && inXfs) {
        const id = t.attributes.numFmtId;
        // As ExcelJS: id 0 (or none) is no format; an id neither custom nor built in is none.
        out.push(id && Number(id) ? (custom.get(id) ?? BUILT_IN[Number(id)]?.f) : undefined);
      }
    },
    (name) => {
      if (local(name) === 'cellXfs') inXfs = false;
    }
  );
  return out;
}

/** "AB12" → [row, col], 0-based. */
function decodeCell(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return [Number(ref.slice(i)) - 1, col - 1];
}

function ownedOf(book: Book, sheet: string): OwnedArea[] {
  const out: OwnedArea[] = [];
  for (const { name, refs } of book.owned) {
    for (const ref of refs.match(/('[^']*(?:''[^']*)*'|[^,])+/g) ?? []) {
      const { sheet: s, address } = splitSheetAddress(ref);
      if (s !== sheet) continue;
      try {
        out.push({ name, area: parseA1(address) });
      } catch {
        // A name that no longer refers to cells (#REF!) is ignored.
      }
    }
  }
  return out;
}

interface CellState {
  row: number;
  col: number;
  t: string;
  style: number;
  v: string;
  f: string;
  fType: string;
  fRef: boolean;
  si: string;
  hasF: boolean;
  hasV: boolean;
}

/**
 * Leave out the values typed in merged areas outside their top left cell
 * (rare: Excel does not keep them), and work the runs out again.
 */
function dropSlaves(
  merges: Area[],
  placed: CellValue[][],
  formats: string[][],
  formulas: (string | null)[][],
  rows: number[],
  lefts: number[],
  rights: number[]
): void {
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        if (placed[r]) delete placed[r][c];
        if (formats[r]) delete formats[r][c];
        if (formulas[r]) delete formulas[r][c];
      }
  rows.length = lefts.length = rights.length = 0;
  placed.forEach((row, r) => {
    let left = -2;
    let right = -2;
    row.forEach((_, c) => {
      if (c !== right + 1) {
        if (left >= 0) {
          rows.push(r);
          lefts.push(left);
          rights.push(right);
        }
        left = c;
      }
      right = c;
    });
    if (left >= 0) {
      rows.push(r);
      lefts.push(left);
      rights.push(right);
    }
  });
}

/** One sheet's XML to a Grid (as gridFromWorksheet makes one from ExcelJS's worksheet). */
function readSheet(xml: string, name: string, strings: string[], styles: (string | undefined)[], book: Book): Grid {
  const placed: CellValue[][] = [];
  const formats: string[][] = [];
  const formulas: (string | null)[][] = [];
  const runRows: number[] = [];
  const runLefts: number[] = [];
  const runRights: number[] = [];
  const mergeRefs: string[] = [];
  // Shared formulas: the master's text and address, by its index.
  const masters = new Map<string, { formula: string; address: string }>();
  // Runs of adjacent cells along a row, as they come (a row's cells come left to right).
  let lastRow = -1;
  let left = -2;
  let right = -2;
  const endRun = () => {
    if (left < 0) return;
    runRows.push(lastRow);
    runLefts.push(left);
    runRights.push(right);
  };
  const place = (r: number, c: number, v: CellValue, fmt: string | undefined, formula: string | undefined) => {
    if (r < lastRow || (r === lastRow && c <= right)) throw new Error('cells out of order');
    if (r !== lastRow || c !== right + 1) {
      endRun();
      left = c;
    }
    lastRow = r;
    right = c;
    (placed[r] ??= [])[c] = v;
    if (fmt) (formats[r] ??= [])[c] = fmt;
    if (formula) (formulas[r] ??= [])[c] = `=${formula}`;
  };
  let rowIndex = -1;
  let colIndex = -1;
  let cell: CellState | null = null;
  let text: 'v' | 'f' | 'is' | null = null;
  let inIs = false;
  let isText = '';

  const finish = (c: CellState) => {
    const fmt = styles[c.style];
    let v: CellValue = null;
    let formula: string | undefined;
    if (c.hasF || c.fType === 'shared') {
      if (c.fType === 'shared') {
        if (c.fRef) masters.set(c.si, { formula: c.f, address: ref(c.row, c.col) });
        else {
          const m = masters.get(c.si);
          if (!m) throw new Error(`shared formula ${c.si} before its master`);
          c.f = slideFormula(m.formula, m.address, ref(c.row, c.col));
        }
      }
      formula = c.f || undefined;
      if (c.hasV && c.v !== '') {
        if (c.t === 'str') v = xmlDecodeAgain(c.v);
        else if (c.t === 'b') v = parseInt(c.v, 10) !== 0;
        else if (c.t === 'e') v = c.v;
        else {
          const x = parseFloat(c.v);
          v = fmt && isDateFormat(fmt) ? dateSerial(x, book.date1904) : x;
        }
      }
      if (v === '') v = null;
    } else if (c.t === 'inlineStr') {
      v = isText === '' ? null : isText;
    } else if (c.hasV) {
      switch (c.t) {
        case 's': {
          const s = strings[parseInt(c.v, 10)];
          v = s === undefined || s === '' ? null : s;
          break;
        }
        case 'str':
          v = xmlDecodeAgain(c.v) || null;
          break;
        case 'b':
          v = parseInt(c.v, 10) !== 0;
          break;
        case 'e':
          v = c.v;
          break;
        case 'd':
          throw new Error('ISO dates in cells');
        default: {
          const x = parseFloat(c.v);
          v = fmt && isDateFormat(fmt) ? dateSerial(x, book.date1904) : x;
        }
      }
    } else return; // a styled empty cell: not a cell for the grid
    if (v === null && !fmt) return;
    place(c.row, c.col, v, fmt && fmt !== 'General' ? fmt : undefined, formula);
  };

  parse(
    xml,
    (t) => {
      const n = local(t.name);
      if (n === 'c') {
        const r = t.attributes.r;
        if (r) {
          const [row, col] = decodeCell(r);
          if (row !== rowIndex) throw new Error('cell outside its row');
          colIndex = col;
        } else colIndex++;
        cell = {
          row: rowIndex,
          col: colIndex,
          t: t.attributes.t ?? 'n',
          style: t.attributes.s ? Number(t.attributes.s) : 0,
          v: '',
          f: '',
          fType: '',
          fRef: false,
          si: '',
          hasF: false,
          hasV: false,
        };
        isText = '';
      } else if (n === 'row') {
        const r = t.attributes.r;
        rowIndex = r ? Number(r) - 1 : rowIndex + 1;
        colIndex = -1;
      } else if (cell) {
        if (n === 'v') {
          text = 'v';
          cell.hasV = true;
        } else if (n === 'f') {
          text = 'f';
          cell.hasF = true;
          cell.fType = t.attributes.t ?? '';
          cell.fRef = t.attributes.ref !== undefined;
          cell.si = t.attributes.si ?? '';
        } else if (n === 'is') inIs = true;
        else if (n === 't' && inIs) text = 'is';
        else if (n === 'rPh') inIs = false;
      } else if (n === 'mergeCell' && t.attributes.ref) mergeRefs.push(t.attributes.ref);
    },
    (name) => {
      const n = local(name);
      if (n === 'c') {
        if (cell) finish(cell);
        cell = null;
        inIs = false;
      } else if (n === 'v' || n === 'f' || n === 't') text = null;
      else if (n === 'is') inIs = false;
    },
    (s) => {
      if (!cell || text === null) return;
      if (text === 'v') cell.v += s;
      else if (text === 'f') cell.f += s;
      else isText += s;
    }
  );

  endRun();
  const merges = mergeRefs.map(parseA1);
  // A merged area's cells other than its top left are not the sheet's (ExcelJS repeats the top left's value in them; Excel keeps it there only).
  let slaves = false;
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++) {
      const row = placed[r];
      if (row) for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && row[c] !== undefined) slaves = true;
    }
  if (slaves) dropSlaves(merges, placed, formats, formulas, runRows, runLefts, runRights);
  const grid: Grid = gridOfPlaced(name, placed, formats, formulas, { rows: runRows, lefts: runLefts, rights: runRights }, merges);
  grid.owned = ownedOf(book, name);
  return grid;
}

function ref(row: number, col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row + 1}`;
}

/**
 * The grids of the workbook's sheets, in its order. Throws on a package it
 * does not read as ExcelJS would (the caller then uses ExcelJS), and
 * refuses a sheet too large as gridFromWorksheet does (UserFacingError).
 */
export function gridsFromXlsx(data: Uint8Array): Grid[] {
  const files = unzipSync(data, {
    filter: (f) =>
      f.name === 'xl/workbook.xml' ||
      f.name === 'xl/_rels/workbook.xml.rels' ||
      f.name === 'xl/sharedStrings.xml' ||
      f.name === 'xl/styles.xml' ||
      f.name.startsWith('xl/worksheets/'),
  });
  const book = readBook(files);
  if (!book.sheets.length) throw new Error('no worksheets');
  const strings = readSharedStrings(files);
  const styles = readStyles(files);
  return book.sheets.map(({ name, part }) => {
    const xml = text(files, part);
    if (xml === null) throw new Error(`no ${part}`);
    return readSheet(xml, name, strings, styles, book);
  });
}
