/**
 * The contract suite's own assertions (no jest here: the suite also runs in
 * the task pane inside Excel). A failed check throws ContractFailure with a
 * message that says what was expected and what Excel gave; `skip` and
 * `manual` end a case early with that status and the reason.
 */
import { officeErrorCode } from '../host/excel/errors';

/** A check of a case did not hold: what was expected, what was seen. */
export class ContractFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractFailure';
  }
}

/** A case ends as "skipped" (it cannot be observed in this Excel) or "manual" (a person must look). */
export class CaseOutcome extends Error {
  constructor(
    readonly status: 'skipped' | 'manual',
    readonly reason: string
  ) {
    super(reason);
    this.name = 'CaseOutcome';
  }
}

/** Fail the case unless `condition` holds. */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ContractFailure(message);
}

/** A value as one line, for messages: JSON where it can be, else its string. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  try {
    const s = JSON.stringify(v);
    if (s === undefined) return String(v);
    return s.length > 240 ? `${s.slice(0, 237)}…` : s;
  } catch {
    return String(v);
  }
}

/** Whether two values are the same data (arrays and plain objects compared member by member). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameData(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object).sort();
    const kb = Object.keys(b as object).sort();
    if (!sameData(ka, kb)) return false;
    return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** Fail the case unless `actual` is the same data as `expected`. */
export function equal(actual: unknown, expected: unknown, what: string): void {
  if (!sameData(actual, expected)) throw new ContractFailure(`${what}: expected ${show(expected)}, Excel gave ${show(actual)}`);
}

/** End the case as skipped: what it checks cannot be observed in this Excel, and why. */
export function skip(reason: string): never {
  throw new CaseOutcome('skipped', reason);
}

/** End the case as manual: Office.js cannot observe it; `instruction` says what a person should do and see. */
export function manual(instruction: string): never {
  throw new CaseOutcome('manual', instruction);
}

/** The Office error code of an error Excel threw (OfficeExtension.Error: `code`, or `debugInfo.code`). */
export const errorCode = officeErrorCode;

/** An error as one line: its Office code and message. */
export function describeError(e: unknown): string {
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : show(e);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}

/** Run `work`, which must throw: the error it threw (a failure of the case when it did not). */
export async function throwsFrom(work: () => unknown, what: string): Promise<unknown> {
  try {
    await work();
  } catch (e) {
    return e;
  }
  throw new ContractFailure(`${what}: expected an error, none was thrown`);
}
