/**
 * What office.js tells of the Excel a page runs in: host, platform and
 * version (Office.context.diagnostics), the display language, and which
 * ExcelApi requirement sets it has. Each read is guarded: outside Office,
 * or in a host that lacks one, it is null ("không rõ / unknown" on screen).
 */

/** The part of office.js's `Office` read here. */
export interface OfficeInfoSource {
  context?: {
    diagnostics?: { host?: unknown; platform?: unknown; version?: unknown };
    displayLanguage?: unknown;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export interface OfficeInfo {
  host: string | null;
  platform: string | null;
  version: string | null;
  /** Office's display language ("vi-VN"). */
  language: string | null;
}

/** ExcelApi 1.1 … 1.20: the sets the Chẩn đoán view asks about. */
export const EXCEL_API_VERSIONS: readonly string[] = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

function text(read: () => unknown): string | null {
  try {
    const v = read();
    if (v === undefined || v === null || v === '') return null;
    return String(v);
  } catch {
    return null;
  }
}

export function officeInfo(office: OfficeInfoSource | undefined): OfficeInfo {
  return {
    host: text(() => office?.context?.diagnostics?.host),
    platform: text(() => office?.context?.diagnostics?.platform),
    version: text(() => office?.context?.diagnostics?.version),
    language: text(() => office?.context?.displayLanguage),
  };
}

/** Office.context.requirements.isSetSupported, or undefined outside Office. */
export function requirementsOf(office: OfficeInfoSource | undefined): ((set: string, version: string) => boolean) | undefined {
  const req = office?.context?.requirements;
  if (!req || typeof req.isSetSupported !== 'function') return undefined;
  return (set, version) => req.isSetSupported(set, version);
}

/** Each ExcelApi version and whether the host has it (null: cannot tell). */
export function excelApiSets(isSetSupported: ((set: string, version: string) => boolean) | undefined): { version: string; supported: boolean | null }[] {
  return EXCEL_API_VERSIONS.map((version) => {
    if (!isSetSupported) return { version, supported: null };
    try {
      return { version, supported: isSetSupported('ExcelApi', version) === true };
    } catch {
      return { version, supported: false };
    }
  });
}

/** The highest ExcelApi version the host has ("1.17"), or null. */
export function highestExcelApi(sets: readonly { version: string; supported: boolean | null }[]): string | null {
  const have = sets.filter((s) => s.supported === true);
  return have.length ? have[have.length - 1].version : null;
}
