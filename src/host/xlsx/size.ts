/**
 * How much an .xlsx unpacks to, read from its zip directory without
 * unpacking anything (fflate): the sheets' XML and the shared strings are
 * what a reader holds in memory, about 24 times their size in ExcelJS. The
 * command line refuses, before reading, a workbook whose sheets would not
 * fit in its memory, instead of running out of it half way.
 */
import { unzipSync } from 'fflate';

/** Memory ExcelJS takes to read a workbook, per byte of sheet XML (measured: 391 MB peak for 17 MB of XML). */
export const HEAP_PER_XML_BYTE = 24;

export interface SheetXmlSize {
  /** Bytes the sheets' XML and the shared strings unpack to. */
  total: number;
  /** The largest worksheet part and its size. */
  largest: { part: string; bytes: number } | null;
}

/** The unpacked size of the parts a reader holds, from the zip's directory (null when it is no readable zip: the reader says why). */
export function sheetXmlSize(data: Uint8Array): SheetXmlSize | null {
  let total = 0;
  let largest: SheetXmlSize['largest'] = null;
  try {
    unzipSync(data, {
      filter: (f) => {
        if (/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(f.name)) {
          total += f.originalSize;
          if (f.name.startsWith('xl/worksheets/') && (!largest || f.originalSize > largest.bytes)) largest = { part: f.name, bytes: f.originalSize };
        }
        return false;
      },
    });
  } catch {
    return null;
  }
  return { total, largest };
}
