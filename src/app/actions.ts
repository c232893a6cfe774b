/**
 * The pane's actions on top of the Office.js adapter. Works with the real
 * `Excel` namespace and with the in-memory one of the workbench.
 */
import { checkSheet, computeSheet } from '../engine';
import { applyChanges, readActiveSheet } from '../host/excel/adapter';
import { OPTIONAL_SETS } from '../host/excel/requirements';
import type { ActionResult, PaneActions } from './types';

export interface ExcelRunner {
  run<T>(batch: (context: any) => Promise<T>): Promise<T>;
}

export interface ActionOptions {
  /** Office.context.requirements.isSetSupported, or a stand-in. */
  isSetSupported?: (set: string, version: string) => boolean;
}

export function createExcelActions(api: ExcelRunner, opts: ActionOptions = {}): PaneActions {
  const supported = (version: string) => {
    try {
      return opts.isSetSupported ? opts.isSetSupported('ExcelApi', version) : false;
    } catch {
      return false;
    }
  };
  const read = () => readActiveSheet(api, { mergedAreas: supported(OPTIONAL_SETS.mergedAreas) });
  return {
    async check(lang): Promise<ActionResult> {
      const { grid, syncs } = await read();
      return { report: checkSheet(grid, lang), syncs };
    },
    async compute(lang): Promise<ActionResult> {
      const { grid, syncs } = await read();
      const { report, changes } = computeSheet(grid, lang);
      if (changes.length === 0) return { report, syncs };
      const applied = await applyChanges(api, grid.name, changes, { existingNames: (grid.owned ?? []).map((o) => o.name) });
      return { report, syncs: syncs + applied.syncs };
    },
  };
}
