/**
 * The marking of a report's problem cells in the sheet (a fill by
 * severity). Marking calls run one after another, never interleaved, and
 * the pane remembers which sheet it marked, to unmark it later (when a
 * report of another sheet comes, the switch goes off, or the pane closes).
 */
import type { SheetReport } from '../../engine/report';
import type { PaneActions } from '../types';

export class Marks {
  /** The sheet the pane last marked. */
  private marked: string | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly actions: PaneActions) {}

  private queue(op: () => Promise<void>): Promise<void> {
    const next = this.chain.then(op);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Mark a report's problem cells (or clear the marking when it has none). */
  show(report: SheetReport): Promise<void> {
    return this.queue(async () => {
      const previous = this.marked;
      if (previous !== null && previous !== report.name) {
        this.marked = null;
        await this.actions.unmark(previous);
      }
      if (report.issues.length > 0) {
        this.marked = report.name;
        await this.actions.mark(report.name, report.issues);
      } else {
        this.marked = null;
        await this.actions.unmark(report.name);
      }
    });
  }

  /** Remove the marking: from the sheet last marked, else from `fallback()` (the report's sheet when its turn comes). */
  clear(fallback: () => string | null): Promise<void> {
    return this.queue(async () => {
      const target = this.marked ?? fallback();
      this.marked = null;
      if (target !== null) await this.actions.unmark(target);
    });
  }

  /** The pane closes: it leaves no marking behind (failures are ignored). */
  leave(): void {
    const marked = this.marked;
    if (marked === null) return;
    this.marked = null;
    void this.queue(() => this.actions.unmark(marked)).catch(() => undefined);
  }
}
