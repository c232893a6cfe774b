/**
 * OfficeExtension.EventHandlers and EventHandlerResult, for the onChanged
 * events of Worksheet and WorksheetCollection and the collection's
 * onActivated; ../events.ts raises them.
 */
import type { EventHandlerOf, EventKind } from '../events';
import type { RequestContext } from './context';
import { invalid } from './shared';

/** OfficeExtension.EventHandlerResult: remove() takes effect at the next sync of its context. */
export class EventHandlerResultProxy<K extends EventKind = 'changed'> {
  constructor(
    readonly context: RequestContext,
    private readonly handlers: EventHandlersProxy<K>,
    private readonly handler: EventHandlerOf[K]
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/**
 * OfficeExtension.EventHandlers for one event: add and remove are queued
 * and take effect at the next sync, as in Excel.
 */
export class EventHandlersProxy<K extends EventKind = 'changed'> {
  /** The scope each handler was registered with (a sheet id, or null for every sheet). */
  private readonly scopes = new Map<EventHandlerOf[K], string | null>();

  constructor(
    private readonly context: RequestContext,
    private readonly path: string,
    /** The sheet id the event is for (null: every sheet); runs at sync. */
    private readonly scope: (location: string) => string | null,
    private readonly kind: K = 'changed' as K
  ) {}

  add(handler: EventHandlerOf[K]): EventHandlerResultProxy<K> {
    const location = 'EventHandlers.add';
    this.context._enqueue({
      payload: { path: this.path, call: 'add', args: [] },
      describe: `${this.path}.add()`,
      mutates: false,
      exec: () => {
        if (typeof handler !== 'function') invalid(location);
        const scope = this.scope(location);
        this.scopes.set(handler, scope);
        this.context._host.events.add(scope, handler, this.context, this.kind);
      },
    });
    return new EventHandlerResultProxy(this.context, this, handler);
  }

  remove(handler: EventHandlerOf[K]): void {
    this.context._enqueue({
      payload: { path: this.path, call: 'remove', args: [] },
      describe: `${this.path}.remove()`,
      mutates: false,
      exec: () => {
        if (!this.scopes.has(handler)) return;
        this.context._host.events.remove(this.scopes.get(handler)!, handler, this.context, this.kind);
        this.scopes.delete(handler);
      },
    });
  }
}
