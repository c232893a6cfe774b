/**
 * The pane's actions on top of the Office.js adapter. Works with the real
 * `Excel` namespace and with the in-memory one of the workbench.
 * (Filled in by the engine work; the signature is fixed.)
 */
import type { PaneActions } from './types';

export interface ExcelRunner {
  run<T>(batch: (context: any) => Promise<T>): Promise<T>;
}

export interface ActionOptions {
  /** Office.context.requirements.isSetSupported, or a stand-in. */
  isSetSupported?: (set: string, version: string) => boolean;
}

export function createExcelActions(_api: ExcelRunner, _opts: ActionOptions = {}): PaneActions {
  throw new Error('not yet implemented');
}
