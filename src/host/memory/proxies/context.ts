/**
 * Excel.RequestContext: the operations a batch queues until
 * `context.sync()` runs them, and the size of what the sync being run
 * returns. `context.workbook` is the root of the other proxies.
 */
import type { XlContext } from '../../excel-api';
import type { WorkbookModel } from '../model';
import type { ChangeRecord, EventHub } from '../events';
import type { ClientObject } from './client-object';
import { WorkbookProxy, type ApplicationProxy } from './workbook';

export interface Op {
  /** What goes over the wire, for the request size estimate. */
  payload: Record<string, unknown>;
  /** Short description for tests ("…getRange(\"A1\").values="). */
  describe: string;
  /** Whether the operation changes the workbook or the selection. */
  mutates: boolean;
  exec: () => void;
}

export interface SyncHost {
  readonly wb: WorkbookModel;
  readonly events: EventHub;
  sync(ctx: RequestContext): Promise<void>;
  /** Note a change of cell contents made during the current sync (raises onChanged after it). */
  recordChange(change: ChangeRecord): void;
}

export class RequestContext implements XlContext {
  readonly workbook: WorkbookProxy;
  readonly trackedObjects = {
    add(_o: unknown): void {},
    remove(_o: unknown): void {},
  };
  /** Operations queued since the last sync. */
  _queue: Op[] = [];
  /** True while a sync runs this context's operations. */
  _inSync = false;
  /** Estimated size of the response of the sync being run (what its loads return). */
  _responseBytes = 0;
  /** What the sync being run loaded, to take back when its response is refused. */
  _loadedInSync: [ClientObject<any>, string][] = [];
  /**
   * Excel.run({ mergeUndoGroup: true }) (ExcelApi 1.20): every sync of the
   * batch is one undo step, and an API that Excel cannot undo fails with
   * UndoNotSupported instead of running.
   */
  _mergeUndo = false;
  /** Excel.run({ delayForCellEdit: true }) (ExcelApi 1.11): a sync made while the user edits a cell waits until they leave it. */
  _delayForCellEdit = false;

  constructor(readonly _host: SyncHost) {
    this.workbook = new WorkbookProxy(this, 'workbook', () => _host.wb);
  }

  get application(): ApplicationProxy {
    return this.workbook.application;
  }

  get _wb(): WorkbookModel {
    return this._host.wb;
  }

  async sync<T>(passThrough?: T): Promise<T> {
    await this._host.sync(this);
    return passThrough as T;
  }

  _enqueue(op: Op): void {
    this._queue.push(op);
  }

  /** Count returned data in the response of the sync being run. */
  _respond(bytes: number): void {
    this._responseBytes += bytes;
  }
}
