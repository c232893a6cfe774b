/**
 * What the task pane can ask of the workbook. The pane only talks to this
 * interface; `createExcelActions` (actions.ts) implements it on top of the
 * Office.js adapter, whether Excel is real or the in-memory workbench.
 */
import type { SheetReport } from '../engine/report';
import type { Lang } from '../i18n/lang';

export interface ActionResult {
  report: SheetReport;
  /** Round trips to the workbook that the action made. */
  syncs: number;
}

export interface PaneActions {
  /** Read the active sheet, recognise it and check its entries. */
  check(lang: Lang): Promise<ActionResult>;
  /** Read the active sheet and write the computed columns. */
  compute(lang: Lang): Promise<ActionResult>;
}

/** An error meant for the user: both languages, already worded. */
export class UserFacingError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly cause?: unknown,
  ) {
    super(en);
    this.name = 'UserFacingError';
  }
}
