/**
 * Worksheet events of the in-memory Excel (Worksheet.onChanged,
 * WorksheetCollection.onChanged and onActivated) with Excel's rules: a
 * handler is registered or removed by the next context.sync(), and is
 * called asynchronously after the change, never inside the sync that made
 * it. Changes made through the API by the add-in raise the event too
 * (triggerSource "ThisLocalAddin", ExcelApi 1.14), as in Excel; so does an
 * activation, whoever made it.
 */
import type { Area } from '../../engine/grid';
import type { RequestContext } from './proxies/context';
import type { RangeProxy } from './proxies/range';
import type { Scalar } from './formula';
import { apiValue, Calc, relativeA1, valueType, type SheetModel, type WorkbookModel } from './model';

/** Excel.ChangedEventDetail (ExcelApi 1.9): only for a change of one cell. */
export interface ChangedEventDetail {
  valueAfter: Scalar;
  valueBefore: Scalar;
  valueTypeAfter: string;
  valueTypeBefore: string;
}

/** Excel.WorksheetChangedEventArgs. */
export interface WorksheetChangedEventArgs {
  type: 'WorksheetChanged';
  worksheetId: string;
  /** The changed area without the sheet name ("B7", "D5:F9"). */
  address: string;
  changeType: 'RangeEdited';
  source: 'Local' | 'Remote';
  /** Absent when the host is set to act as ExcelApi < 1.14 (see MemoryExcelControl). */
  triggerSource?: 'Unknown' | 'ThisLocalAddin';
  details?: ChangedEventDetail;
  /** The changed range, on the given context (ExcelApi 1.8). */
  getRange(ctx: RequestContext): RangeProxy;
  getRangeOrNullObject(ctx: RequestContext): RangeProxy;
}

export type ChangedHandler = (args: WorksheetChangedEventArgs) => unknown;

/** Excel.WorksheetActivatedEventArgs. */
export interface WorksheetActivatedEventArgs {
  type: 'WorksheetActivated';
  worksheetId: string;
}

export type ActivatedHandler = (args: WorksheetActivatedEventArgs) => unknown;

/** Which event a handler is for: onChanged, or WorksheetCollection.onActivated. */
export type EventKind = 'changed' | 'activated';

/** The handler of each kind of event. */
export interface EventHandlerOf {
  changed: ChangedHandler;
  activated: ActivatedHandler;
}

type EventArgs = WorksheetChangedEventArgs | WorksheetActivatedEventArgs;

/** A change to report: where, and whether the add-in's API call made it. */
export interface ChangeRecord {
  sheetId: string;
  area: Area;
  address: string;
  byApi: boolean;
  details?: ChangedEventDetail;
}

interface Registration {
  kind: EventKind;
  /** A sheet id, or null for a WorksheetCollection event (every sheet). */
  sheetId: string | null;
  handler: ChangedHandler | ActivatedHandler;
  context: unknown;
}

export class EventHub {
  private registrations: Registration[] = [];
  private queue: EventArgs[][] = [];
  private draining: Promise<void> | null = null;
  /** Whether event args carry triggerSource (ExcelApi 1.14). */
  triggerSource = true;

  add<K extends EventKind>(sheetId: string | null, handler: EventHandlerOf[K], context: unknown, kind: K): void {
    this.registrations.push({ kind, sheetId, handler, context });
  }

  /** Remove one registration of the handler made on that context (as EventHandlerResult.remove does). */
  remove<K extends EventKind>(sheetId: string | null, handler: EventHandlerOf[K], context: unknown, kind: K): void {
    const i = this.registrations.findIndex((r) => r.kind === kind && r.sheetId === sheetId && r.handler === handler && r.context === context);
    if (i >= 0) this.registrations.splice(i, 1);
  }

  /** Handlers registered, of every kind. */
  get handlerCount(): number {
    return this.registrations.length;
  }

  /** Queue the events for changes that a sync (or a user edit) made. */
  emit(changes: ChangeRecord[]): void {
    if (!changes.length || !this.registrations.some((r) => r.kind === 'changed')) return;
    this.push(changes.map((c) => this.args(c)));
  }

  /** Queue the event for a sheet that became the active one (by the user or by a sync). */
  emitActivated(sheetId: string): void {
    if (!this.registrations.some((r) => r.kind === 'activated')) return;
    this.push([{ type: 'WorksheetActivated', worksheetId: sheetId }]);
  }

  private push(events: EventArgs[]): void {
    this.queue.push(events);
    if (!this.draining) this.draining = this.drain();
  }

  /** Resolves once every queued event has been delivered and its handlers have settled. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private args(c: ChangeRecord): WorksheetChangedEventArgs {
    const args: WorksheetChangedEventArgs = {
      type: 'WorksheetChanged',
      worksheetId: c.sheetId,
      address: c.address,
      changeType: 'RangeEdited',
      source: 'Local',
      getRange: (ctx: RequestContext) => ctx.workbook.worksheets.getItem(c.sheetId).getRange(c.address),
      getRangeOrNullObject: (ctx: RequestContext) => ctx.workbook.worksheets.getItemOrNullObject(c.sheetId).getRange(c.address)._instantiate(),
    };
    if (this.triggerSource) args.triggerSource = c.byApi ? 'ThisLocalAddin' : 'Unknown';
    if (c.details) args.details = { ...c.details };
    return args;
  }

  private async drain(): Promise<void> {
    // Events arrive after the request that caused them has completed.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    try {
      while (this.queue.length) {
        const events = this.queue.shift()!;
        for (const e of events) {
          // Handlers registered when the event is delivered, as in Excel.
          const kind: EventKind = e.type === 'WorksheetActivated' ? 'activated' : 'changed';
          for (const r of this.registrations.slice()) {
            if (r.kind !== kind) continue;
            if (r.sheetId !== null && r.sheetId !== e.worksheetId) continue;
            if (!this.registrations.includes(r)) continue;
            try {
              await (r.handler as (args: EventArgs) => unknown)(e);
            } catch {
              // Excel ignores a handler's failure.
            }
          }
        }
      }
    } finally {
      this.draining = null;
    }
  }
}

/**
 * Make an edit of an area and describe it for the event: the area's
 * address and, for one cell, the value before and after (as Excel gives
 * in `details`). Nothing is recorded when `write` throws.
 */
export function recordEdit(wb: WorkbookModel, sheet: SheetModel, area: Area, byApi: boolean, write: () => void): ChangeRecord {
  const single = area.top === area.bottom && area.left === area.right;
  const before = single ? new Calc(wb).value(sheet, area.top, area.left) : null;
  write();
  const record: ChangeRecord = { sheetId: sheet.id, area: { ...area }, address: relativeA1(area), byApi };
  if (single) {
    const after = new Calc(wb).value(sheet, area.top, area.left);
    record.details = {
      valueBefore: apiValue(before),
      valueAfter: apiValue(after),
      valueTypeBefore: valueType(before),
      valueTypeAfter: valueType(after),
    };
  }
  return record;
}
