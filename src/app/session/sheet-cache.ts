/**
 * The last read of the active sheet, kept so that compute and its preview
 * need not read the sheet again while it is unchanged. Anything that may
 * change what a read holds drops it: the user's edits (change events),
 * another sheet becoming the active one, and every write of the add-in
 * (computed columns, quick fixes, undo, the appendix, saved decisions).
 *
 * A read is kept only when nothing dropped the cache while it was being
 * made (`epoch`), and only while the pane hears the change events: once
 * they fail (an Excel without them), nothing is kept and every action
 * reads the sheet, as before there was a cache.
 */
import type { SheetRead } from '../types';

export class SheetCache {
  private read: SheetRead | null = null;
  /** Counts the invalidations: a read begun before the last one is not kept. */
  private epoch = 0;
  private enabled = true;

  /** The kept read, if any. */
  get current(): SheetRead | null {
    return this.read;
  }

  /** Mark the start of a read: give what this returns to `keep` once it is done. */
  begin(): number {
    return this.epoch;
  }

  /** Keep a read begun at `since` (from `begin`), unless something changed since or the cache is off. */
  keep(read: SheetRead | undefined, since: number): void {
    if (read && this.enabled && since === this.epoch) this.read = read;
  }

  /** Something may have changed what a read holds. */
  invalidate(): void {
    this.epoch++;
    this.read = null;
  }

  /** No change events here: never keep a read. */
  disable(): void {
    this.enabled = false;
    this.invalidate();
  }

  /** Whether reads are kept (change events are heard, or not yet known to fail). */
  get active(): boolean {
    return this.enabled;
  }
}
