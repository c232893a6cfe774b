/**
 * Undo for what the add-in writes (the pane's "Hoàn tác").
 *
 * Before a write, the add-in takes a snapshot of everything the write is
 * about to change; undo puts that snapshot back. What a snapshot holds:
 *
 * - contents and number formats of every cell written or cleared (taken
 *   from the sheet just read where possible, else read);
 * - font, fill, borders and alignment of every cell the write formats,
 *   unmerges or clears, and the borders of the cells around them (a border
 *   between two cells belongs to both);
 * - merged areas there, column widths and row heights it sets, the
 *   defined names it adds or replaces, the sheet's page set-up, and
 *   whether it added the sheet (undo then deletes it);
 * - what it wrote (all of it, or a sample of a large write), so that undo
 *   can tell whether the cells were changed since.
 *
 * Costs. A cell outside the sheet's used range counting formatted cells
 * (known from the read) holds nothing and needs no reading: undo clears
 * it. Everything else is read with Excel's batching in mind: the reads
 * are queued before the writes in the write's first sync, so Excel
 * answers them as the sheet was before the write and the snapshot costs
 * no round trip; only a snapshot larger than INLINE_BYTES is read in syncs
 * of its own before the write. A large area of cells is read as one
 * format when its cells share one (RangeFormat, null where they differ),
 * cell by cell (Range.getCellProperties, ExcelApi 1.9) otherwise.
 *
 * Restoring takes one sync to check (the sheet, its protection, and that
 * the written cells still hold what was written), then as many as the
 * payload limits need: first the cells are unmerged and cleared and their
 * contents and number formats written back (through the adapter's
 * syncChanges, so large restores are split and compacted like any write),
 * then merges, formats, borders, widths, heights, names and page set-up.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   Loads are queued here and read in closures that run after the caller's sync, and navigation
   properties (worksheet, pageLayout, conditionalFormats) are proxies, not reads: the rules cannot
   follow either. A read before its sync fails in the in-memory Excel (PropertyNotLoaded), as in Excel. */
import type { ExcelRunner } from './runner';
import { UndoConflictError, UserFacingError } from '../errors';
import type { Change, CellWrite } from '../../engine/changes';
import { a1, areaA1, overlaps, splitSheetAddress, type Area, type Grid } from '../../engine/grid';
import { PAYLOAD_BUDGET, parseAreas, syncChanges, type ApplyOptions } from './adapter';
import { causeCode, sheetProtectedError } from './errors';

// ---------------------------------------------------------------- limits

/** A snapshot whose reads are estimated under this many response bytes rides in the write's first sync. */
export const INLINE_BYTES = 1_000_000;
/** Response bytes read per sync before the write when the snapshot is larger. */
const PRELOAD_SYNC_BYTES = 3_000_000;
/** Request bytes queued per sync when restoring formats (the cell contents go through syncChanges). */
const RESTORE_SYNC_BYTES = PAYLOAD_BUDGET - 256 * 1024;
/** Estimated response bytes of one cell's getCellProperties (font, fill, six borders, alignment; about 600 in JSON). */
const FORMAT_CELL_BYTES = 650;
/** … of one cell's borders only. */
const EDGE_CELL_BYTES = 420;
/** … of one cell's formula and number format. */
const CONTENT_CELL_BYTES = 64;
/** … of one cell's number format. */
const NUMBER_FORMAT_CELL_BYTES = 14;
/** Cells per getCellProperties call (and per setCellProperties call when restoring). */
const CHUNK_CELLS = 2000;
/**
 * A piece of the changed areas (cut along the changes' own edges, so its
 * cells share their new format) with more cells than this is read as one
 * shared format; a smaller one cell by cell.
 */
const PER_CELL_PIECE_MAX = 20_000;
/**
 * When the changed areas cut into too many pieces (an appendix: a style
 * per row), their bounding area is read cell by cell up to this many
 * cells (in syncs of their own), as one shared format beyond.
 */
const PER_CELL_AREA_MAX = 100_000;
/** Written cells compared at undo: all of them up to this many, else a sample of about as many. */
const CHECK_CELLS = 4000;
/** Elementary rectangles the changed areas may be cut into before one bounding area is used instead. */
const MAX_PIECES = 256;

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
const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
type BorderIndex = (typeof BORDER_INDEXES)[number];

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

// ---------------------------------------------------------------- areas

function intersection(a: Area, b: Area): Area | null {
  if (!overlaps(a, b)) return null;
  return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
}

function inArea(a: Area, row: number, col: number): boolean {
  return row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;
}

function cells(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/** The parts of `a` outside `cut`, as up to four rectangles. */
function subtract(a: Area, cut: Area): Area[] {
  if (!overlaps(a, cut)) return [a];
  const out: Area[] = [];
  if (a.top < cut.top) out.push({ ...a, bottom: cut.top - 1 });
  if (a.bottom > cut.bottom) out.push({ ...a, top: cut.bottom + 1 });
  const top = Math.max(a.top, cut.top);
  const bottom = Math.min(a.bottom, cut.bottom);
  if (a.left < cut.left) out.push({ top, bottom, left: a.left, right: cut.left - 1 });
  if (a.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: a.right });
  return out;
}

/** The parts of `a` outside every area of `cuts`. */
function subtractAll(a: Area, cuts: Area[]): Area[] {
  let parts = [a];
  for (const c of cuts) parts = parts.flatMap((p) => subtract(p, c));
  return parts;
}

function boundingBox(areas: Area[]): Area {
  return areas.reduce((b, a) => ({
    top: Math.min(b.top, a.top),
    left: Math.min(b.left, a.left),
    bottom: Math.max(b.bottom, a.bottom),
    right: Math.max(b.right, a.right),
  }));
}

/** Split a rectangle into row chunks of at most `max` cells. */
function rowChunks(a: Area, max: number): Area[] {
  const width = a.right - a.left + 1;
  const rows = Math.max(1, Math.floor(max / width));
  const out: Area[] = [];
  for (let top = a.top; top <= a.bottom; top += rows) out.push({ ...a, top, bottom: Math.min(a.bottom, top + rows - 1) });
  return out;
}

/**
 * Cut the union of `areas` into rectangles along every edge of `areas` and
 * `cuts`, joining neighbours in a row band that lie on the same side of
 * every cut: each piece is then inside or outside each cut, and its cells
 * share the formats the changes give them (a header band, a data band).
 * Null when that would make more than MAX_PIECES pieces.
 */
export function partition(areas: Area[], cuts: Area[] = []): Area[] | null {
  if (!areas.length) return [];
  const rows = new Set<number>();
  const cols = new Set<number>();
  const box = boundingBox(areas);
  for (const a of [...areas, ...cuts.map((c) => intersection(c, box)).filter((c): c is Area => c !== null)]) {
    rows.add(a.top);
    rows.add(a.bottom + 1);
    cols.add(a.left);
    cols.add(a.right + 1);
  }
  const rs = Array.from(rows).sort((x, y) => x - y);
  const cs = Array.from(cols).sort((x, y) => x - y);
  if ((rs.length - 1) * (cs.length - 1) > MAX_PIECES) return null;
  const side = (r: number, c: number) => cuts.map((k) => (inArea(k, r, c) ? '1' : '0')).join('');
  const out: Area[] = [];
  for (let i = 0; i + 1 < rs.length; i++) {
    let run: Area | null = null;
    let runSide = '';
    for (let j = 0; j + 1 < cs.length; j++) {
      const piece: Area = { top: rs[i], bottom: rs[i + 1] - 1, left: cs[j], right: cs[j + 1] - 1 };
      const covered = areas.some((a) => inArea(a, piece.top, piece.left));
      const s = side(piece.top, piece.left);
      if (covered && run && runSide === s && run.right + 1 === piece.left) {
        run.right = piece.right;
        continue;
      }
      if (run) out.push(run);
      run = covered ? piece : null;
      runSide = s;
    }
    if (run) out.push(run);
  }
  return out;
}

/** The area a write change covers. */
function writeAreaOf(w: { top: number; left: number; cells: unknown[][] }): Area | null {
  const rows = w.cells.length;
  const cols = rows ? w.cells[0].length : 0;
  if (!rows || !cols) return null;
  return { top: w.top, left: w.left, bottom: w.top + rows - 1, right: w.left + cols - 1 };
}

/** The areas whose cells `changes` write or reformat (for events and messages). */
export function changedAreas(changes: Change[]): Area[] {
  const out: Area[] = [];
  for (const c of changes) {
    if (c.type === 'write') {
      const a = writeAreaOf(c);
      if (a) out.push(a);
    } else if (c.type === 'style' || c.type === 'merge' || c.type === 'unmerge' || c.type === 'clear' || c.type === 'mark') out.push(c.area);
  }
  return out;
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
function entryWrite(e: CellEntry): CellWrite {
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

function gridEntry(g: Grid, row: number, col: number): CellEntry {
  const i = row - g.origin.row;
  const j = col - g.origin.col;
  const f = g.formulas?.[i]?.[j];
  if (f) return f;
  const v = g.values[i]?.[j];
  return v === null || v === undefined ? '' : v;
}

function gridFormat(g: Grid, row: number, col: number): string {
  return g.formats?.[row - g.origin.row]?.[col - g.origin.col] || 'General';
}

/** The area a grid covers, or null for an empty sheet. */
function gridArea(g: Grid): Area | null {
  if (!g.values.length) return null;
  let cols = 0;
  for (const r of g.values) if (r.length > cols) cols = r.length;
  if (!cols) return null;
  return { top: g.origin.row, left: g.origin.col, bottom: g.origin.row + g.values.length - 1, right: g.origin.col + cols - 1 };
}

function matrix<T>(a: Area, fill: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = a.top; r <= a.bottom; r++) {
    const row: T[] = [];
    for (let c = a.left; c <= a.right; c++) row.push(fill(r, c));
    out.push(row);
  }
  return out;
}

// ---------------------------------------------------------------- formats as Excel reports them

const CELL_FORMAT_LOAD = {
  format: {
    fill: { color: true },
    font: { bold: true, italic: true, name: true, size: true, color: true },
    borders: { style: true, weight: true, color: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};
const CELL_BORDER_LOAD = { format: { borders: { style: true, weight: true, color: true } } };

function isNoFill(color: unknown): boolean {
  return typeof color !== 'string' || color.toUpperCase() === '#FFFFFF';
}

function borderOf(b: any): BorderSnap | null {
  if (!b || typeof b.style !== 'string' || b.style === 'None') return null;
  return { style: b.style, weight: String(b.weight ?? 'Thin'), color: String(b.color ?? '#000000') };
}

function cellFormatOf(p: any): CellFormatSnap {
  const f = p?.format ?? {};
  const font = f.font ?? {};
  const out: CellFormatSnap = {
    bold: !!font.bold,
    italic: !!font.italic,
    fontName: String(font.name ?? 'Calibri'),
    fontSize: typeof font.size === 'number' ? font.size : 11,
    fontColor: String(font.color ?? '#000000'),
    horizontal: String(f.horizontalAlignment ?? 'General'),
    vertical: String(f.verticalAlignment ?? 'Bottom'),
    wrap: !!f.wrapText,
    borders: {},
  };
  if (!isNoFill(f.fill?.color)) out.fill = String(f.fill.color);
  for (const side of ['top', 'bottom', 'left', 'right'] as Side[]) {
    const b = borderOf(f.borders?.[side]);
    if (b) out.borders[side] = b;
  }
  return out;
}

/** A loaded RangeFormat (with font, fill, borders) as a uniform format. */
function uniformOf(format: any, area: Area): { snap: UniformFormatSnap; mixed: boolean } {
  let mixed = false;
  const v = <T>(x: T | null | undefined): T | null => {
    if (x === null || x === undefined) {
      mixed = true;
      return null;
    }
    return x;
  };
  const fillColor = format.fill.color as string | null;
  const snap: UniformFormatSnap = {
    fill: fillColor === null ? v(null) : isNoFill(fillColor) ? undefined : fillColor,
    bold: v(format.font.bold),
    italic: v(format.font.italic),
    fontName: v(format.font.name),
    fontSize: v(format.font.size),
    fontColor: v(format.font.color),
    horizontal: v(format.horizontalAlignment),
    vertical: v(format.verticalAlignment),
    wrap: v(format.wrapText),
    borders: {},
  };
  for (const item of format.borders.items as any[]) {
    const index = item.sideIndex as BorderIndex;
    if (!BORDER_INDEXES.includes(index)) continue;
    if ((index === 'InsideHorizontal' && area.top === area.bottom) || (index === 'InsideVertical' && area.left === area.right)) continue;
    if (item.style === null || item.weight === null || item.color === null) {
      mixed = true;
      snap.borders[index] = null;
    } else snap.borders[index] = borderOf(item) ?? undefined;
  }
  return { snap, mixed };
}

/** The border index of a strip's side that faces the changed area. */
const FACING: Record<Side, BorderIndex> = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' };

// ---------------------------------------------------------------- planning a snapshot

/** What the host offers for snapshots. */
export interface SnapshotFeatures {
  /** Range.getCellProperties / setCellProperties (ExcelApi 1.9). */
  cellProperties: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  mergedAreas: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9). */
  pageLayout: boolean;
}

export interface SnapshotInput {
  changes: Change[];
  /** The sheet as read just before writing: contents and number formats are taken from it. */
  grid?: Grid;
  /**
   * The used range counting formatted cells, read with the grid: outside
   * it every cell is blank. Absent: not known (everything is read).
   */
  formatted?: Area;
  /** The write adds the sheet: nothing to read, undo deletes the sheet. */
  created?: boolean;
  features: SnapshotFeatures;
}

/** One read of the snapshot: queued on the context, collected after its sync. */
interface Load {
  bytes: number;
  /** Cell by cell, and so worth moving to a sync of its own when the snapshot is large. */
  perCell: boolean;
  queue(ctx: any, ws: any): () => void;
}

/**
 * The reads a write's snapshot needs, planned from its changes and what
 * the read of the sheet already gave. Use: `preload` (syncs only for a
 * large snapshot), then `queueInline` just before the write's first sync,
 * then `finish` after it.
 */
export class SnapshotPlan {
  private readonly loads: Load[] = [];
  private readonly inline: (() => void)[] = [];
  private collected = false;
  private readonly snap: UndoSnapshot;
  /** Write changes and what was there before, for the checks. */
  private readonly writes: { area: Area; cells: CellWrite[][] }[] = [];
  private readonly mergeAreas: Area[] = [];
  private mergesLoaded: (() => Area[]) | null = null;

  constructor(private readonly input: SnapshotInput) {
    const { changes } = input;
    this.snap = {
      sheetId: '',
      sheet: '',
      created: !!input.created,
      areas: changedAreas(changes),
      blank: [],
      cleared: [],
      unmerge: [],
      contents: [],
      formats: [],
      edges: [],
      merges: [],
      widths: [],
      heights: [],
      names: [],
      checks: [],
      approximate: false,
    };
    for (const c of changes) {
      if (c.type === 'write') {
        const a = writeAreaOf(c);
        if (a) this.writes.push({ area: a, cells: c.cells });
      } else if (c.type === 'merge') this.mergeAreas.push(c.area);
    }
    if (input.created) {
      // Nothing to read on a new sheet but the defined names the write replaces.
      this.planNames();
      this.planChecks();
      return;
    }
    this.plan();
    this.planNames();
  }

  /** What the defined names the write adds or replaces referred to before (null: none). */
  private planNames(): void {
    for (const c of this.input.changes) {
      if (c.type !== 'mark') continue;
      this.loads.push({
        bytes: 200,
        perCell: false,
        queue: (ctx) => {
          const item = ctx.workbook.names.getItemOrNullObject(c.name);
          item.load('formula');
          return () => void this.snap.names.push({ name: c.name, formula: item.isNullObject ? null : String(item.formula) });
        },
      });
    }
  }

  /** Whether the snapshot needs syncs of its own before the write. */
  get preloads(): boolean {
    return this.loads.reduce((n, l) => n + l.bytes, 0) > INLINE_BYTES;
  }

  private plan(): void {
    const { changes, grid, formatted, features } = this.input;
    const snap = this.snap;
    const formatAreas: Area[] = [];
    for (const c of changes) {
      if (c.type === 'style' || c.type === 'merge' || c.type === 'unmerge' || c.type === 'clear') formatAreas.push(c.area);
    }
    const cuts = formatted ? [formatted] : [];
    const pieces = formatAreas.length ? partition(formatAreas, cuts) : [];
    const regions = pieces ?? [boundingBox(formatAreas)].flatMap((b) => this.split(b));
    const perCellMax = pieces ? PER_CELL_PIECE_MAX : PER_CELL_AREA_MAX;
    snap.unmerge = formatAreas.slice();
    const known = grid ? gridArea(grid) : null;

    // Formatted or cleared areas: blank ones are cleared, others read and put back whole.
    for (const r of regions) {
      if (formatted && !overlaps(r, formatted)) {
        snap.blank.push(r);
        continue;
      }
      snap.cleared.push(r);
      this.planContents(r, known);
      this.planFormats(r, perCellMax);
    }
    // Cells only written (contents and number formats): put back without clearing.
    for (const w of this.writes) {
      for (const part of subtractAll(w.area, regions)) {
        const parts = formatted ? subtract(part, formatted) : [];
        for (const out of parts) snap.contents.push({ area: out, entries: matrix(out, () => ''), formats: matrix(out, () => 'General') });
        const inside = formatted ? intersection(part, formatted) : part;
        if (inside) this.planContents(inside, known);
      }
    }
    // Borders of the cells around the cleared areas, which clearing may take.
    const all = [...regions];
    for (const r of all) {
      const strips: [Area, Side][] = [];
      if (r.left > 0) strips.push([{ ...r, left: r.left - 1, right: r.left - 1 }, 'right']);
      if (r.right < 16383) strips.push([{ ...r, left: r.right + 1, right: r.right + 1 }, 'left']);
      if (r.top > 0) strips.push([{ ...r, top: r.top - 1, bottom: r.top - 1 }, 'bottom']);
      if (r.bottom < 1048575) strips.push([{ ...r, top: r.bottom + 1, bottom: r.bottom + 1 }, 'top']);
      for (const [strip, side] of strips) {
        for (const piece of subtractAll(strip, all)) {
          const inside = formatted ? intersection(piece, formatted) : piece;
          if (inside) this.planEdge(inside, side);
        }
      }
    }
    // Merged areas.
    if (features.mergedAreas) {
      this.loads.push({
        bytes: 2000,
        perCell: false,
        queue: (_ctx, ws) => {
          const merged = ws.getRange().getMergedAreasOrNullObject();
          merged.load('address');
          this.mergesLoaded = () => (merged.isNullObject ? [] : parseAreas(merged.address));
          return () => undefined;
        },
      });
    } else if (grid) {
      this.mergesLoaded = () => grid.merges.slice();
    }
    // Widths, heights, names, page set-up.
    for (const c of changes) {
      if (c.type === 'columnWidth') {
        this.loads.push({
          bytes: 40,
          perCell: false,
          queue: (_ctx, ws) => {
            const f = ws.getRangeByIndexes(0, c.col, 1, 1).format;
            f.load('columnWidth');
            return () => void snap.widths.push({ col: c.col, points: f.columnWidth });
          },
        });
      } else if (c.type === 'rowHeight') {
        this.loads.push({
          bytes: 40,
          perCell: false,
          queue: (_ctx, ws) => {
            const f = ws.getRangeByIndexes(c.row, 0, 1, 1).format;
            f.load('rowHeight');
            return () => void snap.heights.push({ row: c.row, points: f.rowHeight });
          },
        });
      } else if (c.type === 'pageSetup' && features.pageLayout) {
        this.loads.push({
          bytes: 300,
          perCell: false,
          queue: (_ctx, ws) => {
            const layout = ws.pageLayout;
            layout.load('orientation,paperSize,zoom');
            const titles = layout.getPrintTitleRowsOrNullObject();
            titles.load('address');
            return () => {
              snap.pageLayout = {
                orientation: layout.orientation,
                paperSize: layout.paperSize,
                zoom: layout.zoom,
                printTitleRows: titles.isNullObject ? null : splitSheetAddress(String(titles.address)).address,
              };
            };
          },
        });
      }
    }
  }

  /** A bounding area cut by the formatted range into its inside and outside parts. */
  private split(a: Area): Area[] {
    const f = this.input.formatted;
    if (!f) return [a];
    const inside = intersection(a, f);
    return inside ? [inside, ...subtract(a, f)] : [a];
  }

  /** Contents and number formats of an area: from the grid where it reaches, read elsewhere. */
  private planContents(a: Area, known: Area | null): void {
    const { grid, formatted } = this.input;
    const block: ContentBlock = { area: a, entries: matrix(a, () => ''), formats: matrix(a, () => 'General') };
    this.snap.contents.push(block);
    const fromGrid = grid && known ? intersection(a, known) : null;
    if (grid && fromGrid) {
      for (let r = fromGrid.top; r <= fromGrid.bottom; r++) {
        for (let c = fromGrid.left; c <= fromGrid.right; c++) {
          block.entries[r - a.top][c - a.left] = gridEntry(grid, r, c);
          block.formats[r - a.top][c - a.left] = gridFormat(grid, r, c);
        }
      }
    }
    const rest = fromGrid ? subtract(a, fromGrid) : [a];
    // Outside the grid's cells there are no contents when the grid is the
    // whole used range; number formats are read unless the cells are known blank.
    const withContents = !grid;
    for (const part of rest) {
      const read = formatted ? intersection(part, formatted) : part;
      if (!read) continue;
      for (const chunk of rowChunks(read, CHUNK_CELLS)) {
        this.loads.push({
          bytes: cells(chunk) * (withContents ? CONTENT_CELL_BYTES : NUMBER_FORMAT_CELL_BYTES),
          perCell: true,
          queue: (_ctx, ws) => {
            const range = ws.getRangeByIndexes(chunk.top, chunk.left, chunk.bottom - chunk.top + 1, chunk.right - chunk.left + 1);
            // eslint-disable-next-line office-addins/no-empty-load -- the properties are named (the rule does not read a conditional)
            range.load(withContents ? 'formulas,numberFormat' : 'numberFormat');
            return () => {
              const formats = range.numberFormat as unknown[][];
              const formulas = withContents ? (range.formulas as unknown[][]) : null;
              for (let i = 0; i < formats.length; i++) {
                for (let j = 0; j < formats[i].length; j++) {
                  const r = chunk.top + i - a.top;
                  const c = chunk.left + j - a.left;
                  block.formats[r][c] = String(formats[i][j] ?? 'General');
                  if (formulas) {
                    const f = formulas[i][j];
                    block.entries[r][c] = typeof f === 'number' || typeof f === 'boolean' || typeof f === 'string' ? f : '';
                  }
                }
              }
            };
          },
        });
      }
    }
  }

  /** Formats of an area: cell by cell when small enough (and the host can), else one shared format. */
  private planFormats(a: Area, perCellMax: number): void {
    const { features } = this.input;
    const block: FormatBlock = { area: a };
    this.snap.formats.push(block);
    if (features.cellProperties && cells(a) <= perCellMax) {
      const chunks = rowChunks(a, CHUNK_CELLS);
      const parts: CellFormatSnap[][][] = chunks.map(() => []);
      chunks.forEach((chunk, k) =>
        this.loads.push({
          bytes: cells(chunk) * FORMAT_CELL_BYTES,
          perCell: true,
          queue: (_ctx, ws) => {
            const range = ws.getRangeByIndexes(chunk.top, chunk.left, chunk.bottom - chunk.top + 1, chunk.right - chunk.left + 1);
            const props = range.getCellProperties(CELL_FORMAT_LOAD);
            return () => {
              parts[k] = (props.value as any[][]).map((row) => row.map(cellFormatOf));
              if (parts.every((p) => p.length)) block.cells = parts.flat();
            };
          },
        })
      );
      return;
    }
    this.loads.push({
      bytes: 1500,
      perCell: false,
      queue: (_ctx, ws) => {
        const format = ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1).format;
        format.load('horizontalAlignment,verticalAlignment,wrapText');
        format.font.load('bold,italic,name,size,color');
        format.fill.load('color');
        format.borders.load('items/sideIndex,items/style,items/weight,items/color');
        return () => {
          const { snap, mixed } = uniformOf(format, a);
          block.uniform = snap;
          if (mixed) this.snap.approximate = true;
        };
      },
    });
  }

  /** The border on one side of a strip of cells next to a changed area. */
  private planEdge(a: Area, side: Side): void {
    const { features } = this.input;
    const block: EdgeBlock = { area: a, side };
    this.snap.edges.push(block);
    if (features.cellProperties && cells(a) <= CHUNK_CELLS) {
      this.loads.push({
        bytes: cells(a) * EDGE_CELL_BYTES,
        perCell: true,
        queue: (_ctx, ws) => {
          const props = ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1).getCellProperties(CELL_BORDER_LOAD);
          return () => {
            block.cells = (props.value as any[][]).map((row) => row.map((p) => borderOf(p?.format?.borders?.[side])));
          };
        },
      });
      return;
    }
    this.loads.push({
      bytes: 200,
      perCell: false,
      queue: (_ctx, ws) => {
        const item = ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1).format.borders.getItem(FACING[side]);
        item.load('style,weight,color');
        return () => {
          if (item.style === null || item.weight === null || item.color === null) {
            // Mixed along a strip too long to read cell by cell: left as
            // the restore leaves them.
            this.snap.approximate = true;
            this.snap.edges.splice(this.snap.edges.indexOf(block), 1);
            return;
          }
          block.uniform = borderOf(item);
        };
      },
    });
  }

  /**
   * Read the per-cell part of a large snapshot before the write, in as
   * many syncs as keep each response under PRELOAD_SYNC_BYTES. Returns the
   * number of syncs (0 when the snapshot rides in the write's first sync).
   */
  async preload(ctx: any, ws: any): Promise<number> {
    if (!this.preloads) return 0;
    let syncs = 0;
    let bytes = 0;
    let pending: (() => void)[] = [];
    const flush = async () => {
      await ctx.sync();
      syncs++;
      for (const p of pending) p();
      pending = [];
      bytes = 0;
    };
    for (const load of this.loads.filter((l) => l.perCell)) {
      if (bytes > 0 && bytes + load.bytes > PRELOAD_SYNC_BYTES) await flush();
      pending.push(load.queue(ctx, ws));
      bytes += load.bytes;
    }
    if (pending.length) await flush();
    this.loads.splice(0, this.loads.length, ...this.loads.filter((l) => !l.perCell));
    return syncs;
  }

  /** Queue the rest of the reads: they go out with the write's first sync, before its writes. */
  queueInline(ctx: any, ws: any): void {
    for (const load of this.loads) this.inline.push(load.queue(ctx, ws));
  }

  /**
   * The snapshot, once the write's first sync is back (`sheetId` and
   * `sheet` from the written worksheet). Null when the reads did not come
   * back (that sync failed): nothing was written then.
   */
  finish(sheet: { id: string; name: string }): UndoSnapshot | null {
    if (!this.collected) {
      try {
        for (const collect of this.inline) collect();
      } catch {
        return null;
      }
      this.collected = true;
      const merges = this.mergesLoaded ? this.mergesLoaded() : [];
      const touched = [...this.snap.unmerge, ...this.mergeAreas];
      this.snap.merges = merges.filter((m) => touched.some((t) => overlaps(m, t)));
      this.planChecks();
    }
    this.snap.sheetId = sheet.id;
    this.snap.sheet = sheet.name;
    return this.snap;
  }

  /**
   * The written cells to compare at undo: all of them, or for a large
   * write rows spread evenly over all its cells (about CHECK_CELLS cells),
   * with the first rows of its largest area (a header).
   */
  private planChecks(): void {
    const total = this.writes.reduce((n, w) => n + cells(w.area), 0);
    const mergedAway = (r: number, c: number) => this.mergeAreas.some((m) => inArea(m, r, c) && (r !== m.top || c !== m.left));
    const step = total / CHECK_CELLS;
    const largest = this.writes.reduce<Area | null>((b, w) => (!b || cells(w.area) > cells(b) ? w.area : b), null);
    // Cells of the write before each row, counted over all areas: a row is
    // taken when it crosses a multiple of `step`.
    let seen = 0;
    for (const w of this.writes) {
      const height = w.area.bottom - w.area.top + 1;
      const width = w.area.right - w.area.left + 1;
      let rows: number[];
      if (total <= CHECK_CELLS) rows = Array.from({ length: height }, (_, i) => w.area.top + i);
      else {
        rows = [];
        for (let i = 0; i < height; i++) {
          const before = seen + i * width;
          const header = w.area === largest && i < 8;
          if (header || Math.floor((before + width) / step) > Math.floor(before / step) || (i === height - 1 && w.area === largest)) rows.push(w.area.top + i);
        }
      }
      seen += cells(w.area);
      if (!rows.length) continue;
      const block: CheckBlock = { area: w.area, rows, written: [], before: [] };
      for (const r of rows) {
        const i = r - w.area.top;
        block.written.push(w.cells[i].map((cw, j) => (mergedAway(r, w.area.left + j) ? null : writtenEntry(cw))));
        block.before.push(Array.from({ length: width }, (_, j) => this.before(r, w.area.left + j)));
      }
      this.snap.checks.push(block);
    }
  }

  /** The content blocks of each column, by top row (built on first use). */
  private byColumn: Map<number, ContentBlock[]> | null = null;

  /** What a cell held before the write (from the contents read; '' where nothing was). */
  private before(row: number, col: number): CellEntry {
    if (!this.byColumn) {
      this.byColumn = new Map();
      for (const b of this.snap.contents) {
        for (let c = b.area.left; c <= b.area.right; c++) {
          const list = this.byColumn.get(c) ?? [];
          list.push(b);
          this.byColumn.set(c, list);
        }
      }
      for (const list of this.byColumn.values()) list.sort((x, y) => x.area.top - y.area.top);
    }
    const list = this.byColumn.get(col);
    if (!list) return '';
    // The last block starting at or above the row, then earlier ones (blocks barely overlap).
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (list[mid].area.top <= row) lo = mid;
      else hi = mid - 1;
    }
    for (let k = lo; k >= 0; k--) {
      const b = list[k];
      if (inArea(b.area, row, col)) return b.entries[row - b.area.top][col - b.area.left];
    }
    return '';
  }
}

// ---------------------------------------------------------------- writing with a snapshot

/** A write that failed after its first sync: part of it is in the sheet, and this snapshot takes it back. */
export class PartialWriteError extends Error {
  constructor(
    readonly snapshot: UndoSnapshot,
    readonly cause: unknown
  ) {
    super('The write stopped part way');
    this.name = 'PartialWriteError';
  }
}

export interface WriteWithSnapshot {
  /** The sheet: its id or name (or, with `create`, the name to add). */
  sheet: string;
  /** Add the sheet first. */
  create?: boolean;
  changes: Change[];
  apply: ApplyOptions;
  plan: SnapshotPlan;
  /** Queued with the last write sync (activate the sheet, select a cell). */
  last?: (ws: any) => void;
}

/**
 * Write changes (adapter's syncChanges) with the snapshot that takes them
 * back: its reads go before the writes in the first sync, or in syncs of
 * their own before it for a large one. A failure after the first sync
 * throws PartialWriteError carrying the snapshot.
 */
export async function writeWithSnapshot(api: ExcelRunner, w: WriteWithSnapshot): Promise<{ syncs: number; skipped: Change['type'][]; snapshot: UndoSnapshot }> {
  return api.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = w.create ? sheets.add(w.sheet) : sheets.getItem(w.sheet);
    ws.load('id,name');
    const pre = await w.plan.preload(context, ws);
    w.plan.queueInline(context, ws);
    // Count the write's syncs that came back: after one, part of it is in
    // the sheet. syncChanges uses only the context's workbook and sync.
    let written = 0;
    const counted = {
      workbook: context.workbook,
      sync: async (passThrough?: unknown) => {
        const r = await context.sync(passThrough);
        written++;
        return r;
      },
    };
    let result: { syncs: number; skipped: Change['type'][] };
    try {
      result = await syncChanges(counted, ws, w.changes, w.apply, w.last ? () => w.last!(ws) : undefined);
    } catch (e) {
      const sheet = written > 0 ? sheetOf(ws) : null;
      const snap = sheet ? w.plan.finish(sheet) : null;
      if (snap) throw new PartialWriteError(snap, e);
      throw e;
    }
    const snapshot = w.plan.finish(sheetOf(ws)!)!;
    return { syncs: pre + result.syncs, skipped: result.skipped, snapshot };
  });
}

function sheetOf(ws: any): { id: string; name: string } | null {
  try {
    return { id: String(ws.id), name: String(ws.name) };
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- restoring

export interface RestoreOptions {
  /** Overwrite cells changed since the write. */
  force?: boolean;
  /** The pane heard of the user's edits in the written cells (change events). */
  edited?: boolean;
  /** As for the write (ApplyOptions). */
  fill?: boolean;
  pageLayout?: boolean;
  /** Called once the restore starts writing (a failure after it leaves a half-restored sheet). */
  onWriting?: () => void;
}

export type RestoreOutcome =
  /** Put back. */
  | 'restored'
  /** The cells already held what was there before (Excel's own undo took it back): nothing written. */
  | 'already'
  /** The sheet the write added is gone already. */
  | 'gone';

/** The sheet is gone: nothing to put back (the entry can be dropped). */
export class SheetGoneError extends UserFacingError {
  readonly gone = true;
}

const q = (s: string) => `“${s}”`;

/** Runs of consecutive rows. */
function rowRuns(rows: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * Put a snapshot back: one sync to check, then the restore (see the top of
 * this file). Throws SheetGoneError when the sheet is gone (nothing to do),
 * UserFacingError when it is protected, UndoConflictError when the written
 * cells were changed since (unless `force`); nothing is written then.
 */
export async function restoreSnapshot(api: ExcelRunner, snap: UndoSnapshot, opts: RestoreOptions = {}): Promise<{ syncs: number; outcome: RestoreOutcome }> {
  return api.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(snap.sheetId);
    ws.load('name');
    ws.protection.load('protected');
    const names = snap.names.map((n) => {
      const item = context.workbook.names.getItemOrNullObject(n.name);
      item.load('name');
      return item;
    });
    const checks = snap.checks.map((c) =>
      rowRuns(c.rows).map(([top, bottom]) => ({
        top,
        range: ws.getRangeByIndexes(top, c.area.left, bottom - top + 1, c.area.right - c.area.left + 1).load('formulas'),
      }))
    );
    const used = snap.created ? ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') : null;
    let syncs = 0;
    try {
      await context.sync();
      syncs++;
    } catch (e) {
      if (causeCode(e) !== 'ItemNotFound') throw e;
      // The sheet is gone (a name alone cannot make ItemNotFound here: getItemOrNullObject).
      if (snap.created) {
        // The names the write added now refer to #REF!: put them back as they were.
        syncs += 1 + (await restoreNames(context, snap));
        return { syncs, outcome: 'gone' as const };
      }
      throw new SheetGoneError(
        `Trang tính ${q(snap.sheet)} không còn nữa nên không có gì để hoàn tác; bước này đã được bỏ khỏi danh sách hoàn tác.`,
        `The sheet ${q(snap.sheet)} is gone, so there is nothing to undo; this step was removed from the undo list.`
      );
    }
    const name: string = ws.name;
    if (ws.protection.protected) throw sheetProtectedError(name);

    // Do the written cells still hold what was written?
    const changed: string[] = [];
    let allBefore = true;
    let any = false;
    snap.checks.forEach((c, k) => {
      // The runs cover c.rows in order.
      let idx = 0;
      for (const { top, range } of checks[k]) {
        const got = range.formulas as unknown[][];
        got.forEach((row, i) => {
          const r = top + i;
          const at = idx++;
          row.forEach((v, j) => {
            const w = c.written[at][j];
            if (w === null) return;
            any = true;
            if (!sameEntry(v, c.before[at][j])) allBefore = false;
            if (!sameEntry(v, w) && changed.length < 1000) changed.push(a1(r, c.area.left + j));
          });
        });
      }
    });
    if (snap.created && used && !used.isNullObject) {
      const u: Area = { top: used.rowIndex, left: used.columnIndex, bottom: used.rowIndex + used.rowCount - 1, right: used.columnIndex + used.columnCount - 1 };
      if (
        !snap.areas.length ||
        !(
          u.top >= boundingBox(snap.areas).top &&
          u.left >= boundingBox(snap.areas).left &&
          u.bottom <= boundingBox(snap.areas).bottom &&
          u.right <= boundingBox(snap.areas).right
        )
      ) {
        changed.push(areaA1(u));
      }
    }
    if (!opts.force && changed.length && any && allBefore && !snap.created) return { syncs, outcome: 'already' as const };
    if ((changed.length || opts.edited) && !opts.force) {
      const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ', …' : '');
      const where = shown ? ` (${shown})` : '';
      throw new UndoConflictError(
        snap.created
          ? `Trang tính ${q(name)} đã có thêm nội dung khác${where} kể từ khi tiện ích tạo ra nó. Chưa hoàn tác để khỏi mất nội dung đó. Bấm “Vẫn hoàn tác” nếu vẫn muốn xoá trang tính này.`
          : `Các ô tiện ích đã ghi trên ${q(name)} đã bị sửa${where} kể từ đó. Chưa hoàn tác để khỏi ghi đè các thay đổi của bạn. Bấm “Vẫn hoàn tác” nếu vẫn muốn đưa chúng về như trước.`,
        snap.created
          ? `The sheet ${q(name)} has other content now${where} besides what the add-in wrote. Nothing was undone, so that content is not lost. Press “Undo anyway” to delete the sheet all the same.`
          : `Cells the add-in wrote on ${q(name)} were changed since${where}. Nothing was undone, so your changes are not overwritten. Press “Undo anyway” to put them back as they were all the same.`,
        changed.slice(0, 50)
      );
    }

    opts.onWriting?.();
    const exists = names.map((n) => !n.isNullObject);
    const queueNames = () =>
      snap.names.forEach((n, k) => {
        const items = context.workbook.names;
        if (n.formula === null) {
          if (exists[k]) items.getItem(n.name).delete();
        } else if (exists[k]) items.getItem(n.name).formula = n.formula;
        else items.add(n.name, n.formula);
      });

    if (snap.created) {
      queueNames();
      ws.delete();
      await context.sync();
      return { syncs: syncs + 1, outcome: 'restored' as const };
    }

    // Contents: unmerge, clear, merge again, write back (split and
    // compacted like any write). Merging first keeps what hidden cells of
    // a merged area held (merging keeps only the top-left value).
    const changes: Change[] = [
      ...snap.unmerge.map((area): Change => ({ type: 'unmerge', area })),
      ...[...snap.blank, ...snap.cleared].map((area): Change => ({ type: 'clear', area })),
      ...snap.merges.map((area): Change => ({ type: 'merge', area })),
      ...snap.contents.map((b): Change => ({
        type: 'write',
        top: b.area.top,
        left: b.area.left,
        cells: b.entries.map((row) => row.map(entryWrite)),
        numberFormat: b.formats,
      })),
    ];
    if (changes.length) syncs += (await syncChanges(context, ws, changes, { fill: opts.fill, pageLayout: opts.pageLayout })).syncs;

    // Then everything else, in syncs that keep each request under the budget.
    const ops: { bytes: number; queue: () => void }[] = [];
    const rangeOf = (a: Area) => ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
    // Borders round the cleared areas first: where a cell of the area has
    // the same border on that side, setting it then (below) keeps one border.
    for (const e of snap.edges) {
      if (e.cells) {
        const edgeCells = e.cells;
        if (!edgeCells.some((row) => row.some((b) => b))) continue;
        const data = matrix(e.area, (r, c) => {
          const b = edgeCells[r - e.area.top][c - e.area.left];
          return b ? { format: { borders: { [e.side]: b } } } : null;
        });
        ops.push({ bytes: requestBytes(data), queue: () => rangeOf(e.area).setCellProperties(data) });
      } else if (e.uniform) {
        const b = e.uniform;
        ops.push({ bytes: 200, queue: () => setBorder(rangeOf(e.area).format.borders.getItem(FACING[e.side]), b) });
      }
    }
    for (const f of snap.formats) {
      if (f.cells) {
        const cellsOf = f.cells;
        for (const chunk of rowChunks(f.area, CHUNK_CELLS)) {
          const data = matrix(chunk, (r, c) => settable(cellsOf[r - f.area.top][c - f.area.left]));
          ops.push({ bytes: requestBytes(data), queue: () => rangeOf(chunk).setCellProperties(data) });
        }
      } else if (f.uniform) {
        const u = f.uniform;
        ops.push({ bytes: 1500, queue: () => setUniform(rangeOf(f.area).format, u) });
      }
    }
    for (const w of snap.widths) ops.push({ bytes: 100, queue: () => (ws.getRangeByIndexes(0, w.col, 1, 1).format.columnWidth = w.points) });
    for (const h of snap.heights) ops.push({ bytes: 100, queue: () => (ws.getRangeByIndexes(h.row, 0, 1, 1).format.rowHeight = h.points) });
    if (snap.names.length) ops.push({ bytes: 300 * snap.names.length, queue: queueNames });
    if (snap.pageLayout && opts.pageLayout !== false) {
      const p = snap.pageLayout;
      ops.push({
        bytes: 400,
        queue: () => {
          const layout = ws.pageLayout;
          layout.orientation = p.orientation;
          layout.paperSize = p.paperSize;
          if (p.zoom && typeof p.zoom === 'object') layout.zoom = zoomInput(p.zoom as Record<string, unknown>);
          if (p.printTitleRows) layout.setPrintTitleRows(p.printTitleRows);
        },
      });
    }
    let used2 = 0;
    let queued = 0;
    for (const op of ops) {
      if (queued > 0 && used2 + op.bytes > RESTORE_SYNC_BYTES) {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch under the payload budget
        await context.sync();
        syncs++;
        used2 = 0;
        queued = 0;
      }
      op.queue();
      used2 += op.bytes;
      queued++;
    }
    if (queued) {
      await context.sync();
      syncs++;
    }
    return { syncs, outcome: 'restored' as const };
  });
}

/** UTF-8 bytes of a call's argument as JSON, and some for the call itself. */
function requestBytes(data: unknown): number {
  return new TextEncoder().encode(JSON.stringify(data)).length + 200;
}

/** Put the snapshot's defined names back on their own (two syncs; none when it has none). */
async function restoreNames(context: any, snap: UndoSnapshot): Promise<number> {
  if (!snap.names.length) return 0;
  const items = snap.names.map((n) => context.workbook.names.getItemOrNullObject(n.name).load('name'));
  await context.sync();
  snap.names.forEach((n, k) => {
    const exists = !items[k].isNullObject;
    if (n.formula === null) {
      if (exists) context.workbook.names.getItem(n.name).delete();
    } else if (exists) context.workbook.names.getItem(n.name).formula = n.formula;
    else context.workbook.names.add(n.name, n.formula);
  });
  await context.sync();
  return 2;
}

/** PageLayout.zoom as it can be set back: a scale, or pages to fit to. */
function zoomInput(z: Record<string, unknown>): Record<string, unknown> {
  if (typeof z.scale === 'number') return { scale: z.scale };
  const out: Record<string, unknown> = {};
  if (typeof z.horizontalFitToPages === 'number') out.horizontalFitToPages = z.horizontalFitToPages;
  if (typeof z.verticalFitToPages === 'number') out.verticalFitToPages = z.verticalFitToPages;
  return out;
}

/** One cell's format for setCellProperties (applied to a cleared cell: no fill and no border need no setting). */
function settable(f: CellFormatSnap): Record<string, unknown> {
  const format: Record<string, unknown> = {
    font: { bold: f.bold, italic: f.italic, name: f.fontName, size: f.fontSize, color: f.fontColor },
    horizontalAlignment: f.horizontal,
    verticalAlignment: f.vertical,
    wrapText: f.wrap,
  };
  if (f.fill) format.fill = { color: f.fill };
  const sides = Object.keys(f.borders) as Side[];
  if (sides.length) format.borders = Object.fromEntries(sides.map((s) => [s, f.borders[s]]));
  return { format };
}

function setBorder(item: any, b: BorderSnap): void {
  item.style = b.style;
  item.weight = b.weight;
  item.color = b.color;
}

/** Put a shared format back on a cleared range (what differs among its cells stays cleared). */
function setUniform(format: any, u: UniformFormatSnap): void {
  if (u.horizontal !== null) format.horizontalAlignment = u.horizontal;
  if (u.vertical !== null) format.verticalAlignment = u.vertical;
  if (u.wrap !== null) format.wrapText = u.wrap;
  if (u.fontName !== null) format.font.name = u.fontName;
  if (u.fontSize !== null) format.font.size = u.fontSize;
  if (u.fontColor !== null) format.font.color = u.fontColor;
  if (u.bold !== null) format.font.bold = u.bold;
  if (u.italic !== null) format.font.italic = u.italic;
  if (typeof u.fill === 'string') format.fill.color = u.fill;
  for (const index of BORDER_INDEXES) {
    const b = u.borders[index];
    if (b) setBorder(format.borders.getItem(index), b);
  }
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
