/**
 * The contract suite's shapes: a case, what it is given, what it gives.
 */
import type { ExcelRunner } from '../host/excel/runner';

export type ContractStatus = 'pass' | 'fail' | 'skipped' | 'manual';

/** What one case found. */
export interface ContractResult {
  /** The case's name ("load-sync"). */
  name: string;
  status: ContractStatus;
  /**
   * What was seen (pass), what differed (fail), why it could not be
   * observed here (skipped) or what a person should do and see (manual).
   * In English: a technical note for whoever reads the report.
   */
  detail: string;
  /** How long it took, in milliseconds. */
  ms: number;
}

/**
 * What the suite may know of the Excel it runs in besides Office.js. Real
 * Excel tells only its requirement sets; the in-memory Excel of the tests
 * and the workbench also shows what Office.js cannot (its undo history).
 */
export interface ContractHost {
  /** "excel": a real Excel (desktop or on the web); "memory": the in-memory Excel. */
  kind: 'excel' | 'memory';
  /** Office.context.requirements.isSetSupported (or the workbench's stand-in); every set is assumed when absent. */
  isSetSupported?: (set: string, version: string) => boolean;
  /** Steps in Excel's own undo history (Ctrl+Z): only the in-memory Excel can tell. */
  undoHistory?: () => number;
  /** What a person typing `input` into a cell does (the in-memory Excel's control): adds a step to the undo history. */
  userEdit?: (sheet: string, address: string, input: string | number | boolean | null) => void;
  /** Resolves once the in-memory Excel has delivered the events raised so far (real Excel: not given, the case waits). */
  idle?: () => Promise<void>;
}

/** What a case is given. */
export interface CaseContext {
  /** How the add-in reaches Excel: `run(batch)` or `run(options, batch)`. */
  api: ExcelRunner;
  /** The scratch sheet's name: the only sheet a case writes to (created and removed by the runner). */
  sheet: string;
  host: ContractHost;
  /** Whether the Excel has this ExcelApi version (true where the host cannot tell). */
  hasApi(version: string): boolean;
  /** A note for the result's detail (what was seen); joined with "; ". */
  note(text: string): void;
}

export interface ContractCase {
  /** Short and stable, used to pick cases (`only`, `include`) and in reports. */
  name: string;
  /** What it checks, in Vietnamese and English. */
  title: { vi: string; en: string };
  /**
   * Run only when asked for by name (`include`), in real Excel: a case too
   * slow for every run. The in-memory Excel runs it whenever asked for too.
   */
  optIn?: boolean;
  /** Throws ContractFailure (fail), CaseOutcome (skipped, manual); returns (pass). */
  run(ctx: CaseContext): Promise<void>;
}

export interface RunContractOptions {
  /** Run only these cases (by name; opt-in cases named here run too). */
  only?: string[];
  /** Opt-in cases to run besides the others ("payload"). */
  include?: string[];
  /** What the suite may know besides Office.js; a real Excel with every set when absent. */
  host?: ContractHost;
  /** Told of each result as it comes (the pages show progress). */
  onResult?: (result: ContractResult) => void;
  /** Milliseconds now (tests pass a clock). */
  now?: () => number;
}
