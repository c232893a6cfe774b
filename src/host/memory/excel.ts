/**
 * createMemoryExcel: an in-memory Excel whose `run` behaves like the global
 * `Excel.run` for the part of the Excel JavaScript API the add-in uses.
 * The object model is in proxies.ts, cells and formulas in model.ts and
 * formula.ts. No Node APIs: it also runs in the browser workbench.
 */
import { parseFormula } from './formula';
import {
  apiValue,
  Calc,
  edgeOf,
  nameFormula,
  parseRangeAddress,
  relativeA1,
  SheetModel,
  SIDES,
  WorkbookModel,
} from './model';
import { OfficeError, officeError } from './office-error';
import { RequestContext, type SyncHost } from './proxies';
import type { CellSnapshot, MemoryExcel, SheetSnapshot, WorkbookInit } from './types';

export { OfficeError } from './office-error';

/** MemoryExcel plus controls that only a test or the workbench uses. */
export interface MemoryExcelControl extends MemoryExcel {
  /** Protect (or unprotect) a sheet: writes to it then fail with AccessDenied. */
  protect(sheet: string, on?: boolean): void;
  /**
   * Make the next context.sync() fail with this error code (e.g.
   * "InvalidOperationInCellEditMode"), applying none of its operations.
   */
  failNextSync(code: string, message?: string): void;
  /**
   * Reject any sync whose estimated request is larger than this many bytes
   * with RequestPayloadSizeLimitExceeded (Excel on the web's limit is 5 MB);
   * null removes the limit (the default).
   */
  limitRequestBytes(bytes: number | null): void;
  /** The operations of the last sync, one line each (for tests). */
  readonly lastSyncOps: readonly string[];
}

class MemoryExcelImpl implements MemoryExcelControl, SyncHost {
  readonly wb = new WorkbookModel();
  private syncs = 0;
  private maxBytes = 0;
  private lastOps: string[] = [];
  private failure: OfficeError | null = null;
  private requestLimit: number | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(init: WorkbookInit) {
    for (const s of init.sheets) this.seedSheet(s);
    if (!this.wb.sheets.length) this.wb.addSheet('Sheet1');
    const active = init.active === undefined ? this.wb.sheets[0] : this.wb.sheet(init.active);
    if (!active) throw new Error(`Active sheet not found: ${init.active}`);
    this.wb.active = active;
  }

  private seedSheet(init: WorkbookInit['sheets'][number]): void {
    if (this.wb.sheet(init.name)) throw new Error(`Duplicate sheet name: ${init.name}`);
    const sheet = this.wb.addSheet(init.name);
    init.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        sheet.touch(r, c).value = v;
      }),
    );
    init.formats?.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f || f === 'General') return;
        sheet.touch(r, c).numberFormat = f;
      }),
    );
    for (const m of init.merges ?? []) {
      const area = parseRangeAddress(m);
      if (!area) throw new Error(`Bad merge address: ${m}`);
      sheet.merges.push(area);
    }
    for (const [address, formula] of Object.entries(init.formulas ?? {})) {
      const area = parseRangeAddress(address);
      if (!area || area.top !== area.bottom || area.left !== area.right) throw new Error(`Bad formula address: ${address}`);
      const f = formula.startsWith('=') ? formula : `=${formula}`;
      const cell = sheet.touch(area.top, area.left);
      delete cell.value;
      cell.ast = parseFormula(f);
      cell.formula = f;
    }
  }

  // ------------------------------------------------------------ run / sync

  async run<T>(batch: (context: any) => Promise<T>): Promise<T> {
    const ctx = new RequestContext(this);
    const result = await batch(ctx);
    // Like Excel.run, send what the batch queued after its last sync.
    if (ctx._queue.length) await ctx.sync();
    return result;
  }

  async sync(ctx: RequestContext): Promise<void> {
    const ops = ctx._queue;
    ctx._queue = [];
    this.syncs++;
    const bytes = requestBytes(ops.map((o) => o.payload));
    this.maxBytes = Math.max(this.maxBytes, bytes);
    this.lastOps = ops.map((o) => o.describe);
    // The request goes out asynchronously, as with Office.js.
    await Promise.resolve();
    if (this.failure) {
      const e = this.failure;
      this.failure = null;
      throw e;
    }
    if (this.requestLimit !== null && bytes > this.requestLimit) {
      throw officeError('RequestPayloadSizeLimitExceeded');
    }
    let changed = false;
    try {
      for (const op of ops) {
        op.exec();
        if (op.mutates) changed = true;
      }
    } finally {
      if (changed) this.notify();
    }
  }

  get syncCount(): number {
    return this.syncs;
  }

  get maxRequestBytes(): number {
    return this.maxBytes;
  }

  get lastSyncOps(): readonly string[] {
    return this.lastOps;
  }

  resetCounters(): void {
    this.syncs = 0;
    this.maxBytes = 0;
  }

  // ------------------------------------------------------------ controls

  protect(sheet: string, on = true): void {
    this.sheetOrThrow(sheet).protected = on;
  }

  failNextSync(code: string, message?: string): void {
    this.failure = officeError(code, undefined, message);
  }

  limitRequestBytes(bytes: number | null): void {
    this.requestLimit = bytes;
  }

  // ------------------------------------------------------------ inspection

  sheetNames(): string[] {
    return this.wb.sheets.map((s) => s.name);
  }

  activeSheet(): string {
    return this.wb.active.name;
  }

  activate(name: string): void {
    this.wb.active = this.sheetOrThrow(name);
    this.notify();
  }

  selection(): { sheet: string; address: string } | null {
    const s = this.wb.active;
    return s.selection ? { sheet: s.name, address: relativeA1(s.selection) } : null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  definedNames(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const n of this.wb.names.values()) out[n.name] = nameFormula(n).slice(1);
    return out;
  }

  snapshot(name: string): SheetSnapshot {
    const sheet = this.sheetOrThrow(name);
    const used = sheet.usedArea(false);
    const rowCount = used ? used.bottom + 1 : 0;
    const colCount = used ? used.right + 1 : 0;
    const calc = new Calc(this.wb);
    const cells: CellSnapshot[][] = [];
    for (let r = 0; r < rowCount; r++) {
      const row: CellSnapshot[] = [];
      for (let c = 0; c < colCount; c++) row.push(snapshotCell(sheet, calc, r, c));
      cells.push(row);
    }
    const merges = sheet.merges
      .slice()
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map(relativeA1);
    return { name: sheet.name, rowCount, colCount, cells, merges };
  }

  private sheetOrThrow(name: string): SheetModel {
    const s = this.wb.sheet(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  private notify(): void {
    for (const l of Array.from(this.listeners)) {
      try {
        l();
      } catch {
        // A listener's failure must not fail the workbook operation.
      }
    }
  }
}

function snapshotCell(sheet: SheetModel, calc: Calc, r: number, c: number): CellSnapshot {
  const cell = sheet.get(r, c);
  const out: CellSnapshot = {
    value: apiValue(calc.value(sheet, r, c)),
    numberFormat: cell?.numberFormat ?? 'General',
  };
  if (cell?.formula !== undefined) out.formula = cell.formula;
  const f = cell?.fmt;
  if (f?.bold) out.bold = true;
  if (f?.italic) out.italic = true;
  if (f?.fill) out.fill = f.fill;
  if (f?.horizontal) out.horizontal = f.horizontal;
  if (f?.wrap) out.wrap = true;
  if (SIDES.some((side) => edgeOf(sheet, r, c, side))) out.border = true;
  return out;
}

const encoder = typeof TextEncoder !== 'undefined' ? new TextEncoder() : null;

/** Estimated size of a request: its operations as UTF-8 JSON. */
function requestBytes(payloads: unknown[]): number {
  const json = JSON.stringify(payloads) ?? '';
  return encoder ? encoder.encode(json).length : json.length;
}

/** An in-memory workbook with the Excel JavaScript API's `run`. */
export function createMemoryExcel(init: WorkbookInit): MemoryExcelControl {
  return new MemoryExcelImpl(init);
}
