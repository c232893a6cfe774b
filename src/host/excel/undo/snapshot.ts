/**
 * What a snapshot holds and how: the blocks of contents, formats, borders
 * and checks it keeps (see index.ts for what is taken and why), what a
 * written cell shows and how an entry is put back, and the snapshot of a
 * quick fix, whose previous cell is known without reading.
 */
import type { CellWrite } from '../../../engine/changes';
import type { Area } from '../../../engine/grid';

/** Cells per getCellProperties call (and per setCellProperties call when restoring). */
export const CHUNK_CELLS = 2000;

// ---------------------------------------------------------------- what a snapshot holds

/** A cell as Range.formulas gives it: a formula "=…", a constant, or "" for empty. */
export type CellEntry = string | number | boolean;

export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface BorderSnap {
  style: string;
  weight: string;
  color: string;
}

/** One cell's format as it is put back. */
export interface CellFormatSnap {
  /** Fill colour; absent for no fill (Excel reports "#FFFFFF" for both, so white counts as none). */
  fill?: string;
  bold: boolean;
  italic: boolean;
  fontName: string;
  fontSize: number;
  fontColor: string;
  horizontal: string;
  vertical: string;
  wrap: boolean;
  borders: Partial<Record<Side, BorderSnap>>;
}

/** The border indexes of a range's uniform format. */
export const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
export type BorderIndex = (typeof BORDER_INDEXES)[number];

/**
 * The format shared by every cell of an area, as RangeFormat reports it:
 * null where the cells differ (then that property is put back as a cleared
 * cell has it, and the snapshot is marked approximate).
 */
export interface UniformFormatSnap {
  /** undefined: no fill. */
  fill: string | null | undefined;
  bold: boolean | null;
  italic: boolean | null;
  fontName: string | null;
  fontSize: number | null;
  fontColor: string | null;
  horizontal: string | null;
  vertical: string | null;
  wrap: boolean | null;
  /** undefined: no border. */
  borders: Partial<Record<BorderIndex, BorderSnap | null | undefined>>;
}

/** Contents and number formats of a rectangle of cells. */
export interface ContentBlock {
  area: Area;
  entries: CellEntry[][];
  formats: string[][];
}

/** Formats of a rectangle of cells: cell by cell, or one for all. */
export interface FormatBlock {
  area: Area;
  cells?: CellFormatSnap[][];
  uniform?: UniformFormatSnap;
}

/** The border on one side of a strip of cells next to a changed area. */
export interface EdgeBlock {
  area: Area;
  side: Side;
  /** Per cell (null: no border). */
  cells?: (BorderSnap | null)[][];
  /** One for the whole strip (null: no border); absent with `cells`. */
  uniform?: BorderSnap | null;
}

/** Written cells to compare at undo, row by row (a sample of a large write). */
export interface CheckBlock {
  /** The columns compared: area.left..area.right. */
  area: Area;
  rows: number[];
  /** What was written, per row and column; null: not compared (inside a merged area). */
  written: (CellEntry | null)[][];
  /** What was there before. */
  before: CellEntry[][];
}

export interface PageLayoutSnap {
  orientation: string;
  paperSize: string;
  zoom: unknown;
  /** Address of the print title rows ("$5:$5"), or null when none. */
  printTitleRows: string | null;
}

/** Everything needed to take back one write. */
export interface UndoSnapshot {
  /** Worksheet.id: the sheet is found by it even when renamed. */
  sheetId: string;
  /** Its name when written. */
  sheet: string;
  /** The write added the sheet: undo deletes it. */
  created: boolean;
  /** The areas the write changed (for telling its change events and the user's apart). */
  areas: Area[];
  /** Areas that held nothing and had no format: cleared on undo. */
  blank: Area[];
  /** Areas cleared before their contents and formats are put back. */
  cleared: Area[];
  /** Areas unmerged on undo (every area the write formatted or merged). */
  unmerge: Area[];
  contents: ContentBlock[];
  formats: FormatBlock[];
  edges: EdgeBlock[];
  /** Merged areas that met the changed areas. */
  merges: Area[];
  widths: { col: number; points: number }[];
  heights: { row: number; points: number }[];
  /** Defined names the write added or replaced, with what they referred to before (null: none). */
  names: { name: string; formula: string | null }[];
  pageLayout?: PageLayoutSnap;
  checks: CheckBlock[];
  /** Some large area had mixed formats that are put back only in part. */
  approximate: boolean;
}

// ---------------------------------------------------------------- cell entries

/** What Range.formulas shows after a CellWrite is written (formulaInput's inverse). */
export function writtenEntry(w: CellWrite): CellEntry {
  if (w.formula) return w.formula.startsWith('=') ? w.formula : `=${w.formula}`;
  const v = w.value;
  if (v === null) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  return v;
}

/** The CellWrite that puts an entry back as it was (text as text, formulas as formulas). */
export function entryWrite(e: CellEntry): CellWrite {
  if (typeof e === 'string' && e.length > 1 && e.startsWith('=')) return { value: null, formula: e };
  if (e === '') return { value: null };
  return { value: e };
}

function formulaKey(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

/** Whether a cell as Range.formulas now gives it is the entry expected there. */
export function sameEntry(current: unknown, expected: CellEntry): boolean {
  if (current === null || current === undefined) current = '';
  if (typeof expected === 'number') {
    return typeof current === 'number' && Math.abs(current - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  if (typeof expected === 'boolean') return current === expected;
  if (expected.startsWith('=') && expected.length > 1) return typeof current === 'string' && formulaKey(current) === formulaKey(expected);
  return typeof current === 'string' && current === expected;
}

// ---------------------------------------------------------------- a quick fix

/** The snapshot of several one-cell writes (a group's fixes), each as cellSnapshot takes one. */
export function cellsSnapshot(
  sheet: { id: string; name: string },
  cells: readonly { area: Area; previous: { entry: CellEntry; numberFormat: string }; written: CellEntry }[]
): UndoSnapshot {
  const parts = cells.map((c) => cellSnapshot(sheet, c.area, c.previous, c.written));
  const snap = parts[0];
  for (const p of parts.slice(1)) {
    snap.areas.push(...p.areas);
    snap.contents.push(...p.contents);
    snap.checks.push(...p.checks);
  }
  return snap;
}

/** The snapshot of a one-cell write whose previous entry and number format are known (a quick fix). */
export function cellSnapshot(
  sheet: { id: string; name: string },
  cell: Area,
  previous: { entry: CellEntry; numberFormat: string },
  written: CellEntry
): UndoSnapshot {
  return {
    sheetId: sheet.id,
    sheet: sheet.name,
    created: false,
    areas: [cell],
    blank: [],
    cleared: [],
    unmerge: [],
    contents: [{ area: cell, entries: [[previous.entry]], formats: [[previous.numberFormat]] }],
    formats: [],
    edges: [],
    merges: [],
    widths: [],
    heights: [],
    names: [],
    checks: [{ area: cell, rows: [cell.top], written: [[written]], before: [[previous.entry]] }],
    approximate: false,
  };
}
