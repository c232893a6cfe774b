/**
 * OfficeExtension.EventHandlers and EventHandlerResult, for the onChanged
 * events of Worksheet and WorksheetCollection; ../events.ts raises them.
 */
import type { ChangedHandler } from '../events';
import type { RequestContext } from './context';
import { invalid } from './shared';

/** OfficeExtension.EventHandlerResult: remove() takes effect at the next sync of its context. */
export class EventHandlerResultProxy {
  constructor(
    readonly context: RequestContext,
    private readonly handlers: EventHandlersProxy,
    private readonly handler: ChangedHandler
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/**
 * OfficeExtension.EventHandlers for onChanged: add and remove are queued
 * and take effect at the next sync, as in Excel.
 */
export class EventHandlersProxy {
  /** The scope each handler was registered with (a sheet id, or null for every sheet). */
  private readonly scopes = new Map<ChangedHandler, string | null>();

  constructor(
    private readonly context: RequestContext,
    private readonly path: string,
    /** The sheet id the event is for (null: every sheet); runs at sync. */
    private readonly scope: (location: string) => string | null
  ) {}

  add(handler: ChangedHandler): EventHandlerResultProxy {
    const location = 'EventHandlers.add';
    this.context._enqueue({
      payload: { path: this.path, call: 'add', args: [] },
      describe: `${this.path}.add()`,
      mutates: false,
      exec: () => {
        if (typeof handler !== 'function') invalid(location);
        const scope = this.scope(location);
        this.scopes.set(handler, scope);
        this.context._host.events.add(scope, handler, this.context);
      },
    });
    return new EventHandlerResultProxy(this.context, this, handler);
  }

  remove(handler: ChangedHandler): void {
    this.context._enqueue({
      payload: { path: this.path, call: 'remove', args: [] },
      describe: `${this.path}.remove()`,
      mutates: false,
      exec: () => {
        if (!this.scopes.has(handler)) return;
        this.context._host.events.remove(this.scopes.get(handler)!, handler, this.context);
        this.scopes.delete(handler);
      },
    });
  }
}
