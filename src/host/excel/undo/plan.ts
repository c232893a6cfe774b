/**
 * Planning a snapshot (SnapshotPlan): what a write's snapshot reads,
 * decided from its changes and the sheet just read, and in how many syncs:
 * in the write's first sync, or in syncs of their own under a byte budget
 * for a large one (see index.ts).
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load, office-addins/load-object-before-read --
   Loads are queued here and read in closures that run after the caller's sync, and navigation
   properties (worksheet, pageLayout, conditionalFormats) are proxies, not reads: the rules cannot
   follow either. A read before its sync fails in the in-memory Excel (PropertyNotLoaded), as in Excel. */
import type { Change, CellWrite } from '../../../engine/changes';
import { overlaps, splitSheetAddress, type Area, type Grid } from '../../../engine/grid';
import { parseAreas } from '../adapter';
import { inBatches } from '../batch';
import type { XlContext, XlWorksheet } from '../../excel-api';
import {
  boundingBox,
  cells,
  changedAreas,
  gridArea,
  gridEntry,
  gridFormat,
  intersection,
  matrix,
  partition,
  rowChunks,
  subtract,
  subtractAll,
  writeAreaOf,
} from './areas';
import { checkBlocks } from './checks';
import { borderOf, CELL_BORDER_LOAD, CELL_FORMAT_LOAD, cellFormatOf, FACING, uniformOf } from './formats';
import { CHUNK_CELLS, type CellFormatSnap, type ContentBlock, type EdgeBlock, type FormatBlock, type Side, type UndoSnapshot } from './snapshot';

// ---------------------------------------------------------------- limits

/** A snapshot whose reads are estimated under this many response bytes rides in the write's first sync. */
export const INLINE_BYTES = 1_000_000;
/** Response bytes read per sync before the write when the snapshot is larger. */
const PRELOAD_SYNC_BYTES = 3_000_000;
/** Estimated response bytes of one cell's getCellProperties (font, fill, six borders, alignment; about 600 in JSON). */
const FORMAT_CELL_BYTES = 650;
/** … of one cell's borders only. */
const EDGE_CELL_BYTES = 420;
/** … of one cell's formula and number format. */
const CONTENT_CELL_BYTES = 64;
/** … of one cell's number format. */
const NUMBER_FORMAT_CELL_BYTES = 14;
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
  queue(ctx: XlContext, ws: XlWorksheet): () => void;
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
      // Nothing to read on a new sheet but the defined names the write replaces
      // (its checks are planned by finish(), as for any sheet: once).
      this.planNames();
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
              parts[k] = props.value.map((row) => row.map(cellFormatOf));
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
            block.cells = props.value.map((row) => row.map((p) => borderOf(p?.format?.borders?.[side])));
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
  async preload(ctx: XlContext, ws: XlWorksheet): Promise<number> {
    if (!this.preloads) return 0;
    // What each batch's loads give, collected once its sync is back.
    let pending: (() => void)[] = [];
    const ops = this.loads.filter((l) => l.perCell).map((load) => ({ bytes: load.bytes, queue: () => void pending.push(load.queue(ctx, ws)) }));
    const syncs = await inBatches(ctx, ops, PRELOAD_SYNC_BYTES, {
      after: () => {
        for (const p of pending) p();
        pending = [];
      },
    });
    this.loads.splice(0, this.loads.length, ...this.loads.filter((l) => !l.perCell));
    return syncs;
  }

  /** Queue the rest of the reads: they go out with the write's first sync, before its writes. */
  queueInline(ctx: XlContext, ws: XlWorksheet): void {
    // A batch run again (Excel refused its undo group before anything ran) queues its reads afresh.
    this.inline.length = 0;
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

  /** The written cells to compare at undo (see checks.ts). */
  private planChecks(): void {
    for (const block of checkBlocks(this.writes, this.mergeAreas, this.snap.contents)) this.snap.checks.push(block);
  }
}
