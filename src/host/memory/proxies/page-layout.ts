/**
 * Excel.PageLayout: a sheet's print set-up (orientation, paper size, zoom
 * or fit to pages, the rows printed at the top of every page).
 */
import type { XlPageLayout } from '../../excel-api';
import { splitSheetAddress, type Area } from '../../../engine/grid';
import { MAX_COLS, parseRangeAddress, type SheetModel, type WorkbookModel } from '../model';
import { officeError } from '../office-error';
import { ClientObject, installProps, type Defs } from './client-object';
import { RangeProxy } from './range';
import { invalid, isInt, writable } from './shared';

const ORIENTATIONS = ['Portrait', 'Landscape'];

/** Excel.PaperType values. */
const PAPER_TYPES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
  'Envelope9',
  'Envelope10',
  'Envelope11',
  'Envelope12',
  'Envelope14',
  'Csheet',
  'Dsheet',
  'Esheet',
  'EnvelopeDL',
  'EnvelopeC5',
  'EnvelopeC3',
  'EnvelopeC4',
  'EnvelopeC6',
  'EnvelopeC65',
  'EnvelopeB4',
  'EnvelopeB5',
  'EnvelopeB6',
  'EnvelopeItaly',
  'EnvelopeMonarch',
  'EnvelopePersonal',
  'FanfoldUS',
  'FanfoldStdGerman',
  'FanfoldLegalGerman',
];

/** Pages to fit to: a whole number from 0 (as many as needed) to 32767. */
function isPageCount(v: unknown): v is number {
  return isInt(v) && v >= 0 && v <= 32767;
}

/**
 * PageLayout.zoom is set as one object: { scale } (10-400) for a print
 * scale, or { horizontalFitToPages, verticalFitToPages } to fit to pages
 * (0: as many as needed). A count left out keeps its value (1 when the
 * sheet was scaled, as in Excel's dialog).
 */
function setZoom(s: SheetModel, v: unknown, location: string): void {
  if (!v || typeof v !== 'object' || Array.isArray(v)) invalid(location);
  const z = v as { scale?: unknown; horizontalFitToPages?: unknown; verticalFitToPages?: unknown };
  const given = (x: unknown) => x !== undefined && x !== null;
  const fit = given(z.horizontalFitToPages) || given(z.verticalFitToPages);
  if (fit) {
    if (given(z.horizontalFitToPages) && !isPageCount(z.horizontalFitToPages)) invalid(location);
    if (given(z.verticalFitToPages) && !isPageCount(z.verticalFitToPages)) invalid(location);
    writable(s, location);
    const l = s.pageLayout;
    l.fitWide = given(z.horizontalFitToPages) ? (z.horizontalFitToPages as number) : (l.fitWide ?? 1);
    l.fitTall = given(z.verticalFitToPages) ? (z.verticalFitToPages as number) : (l.fitTall ?? 1);
    l.scale = null;
    return;
  }
  if (!given(z.scale)) invalid(location);
  if (typeof z.scale !== 'number' || !(z.scale >= 10 && z.scale <= 400)) invalid(location);
  writable(s, location);
  s.pageLayout.scale = Math.round(z.scale);
  s.pageLayout.fitWide = null;
  s.pageLayout.fitTall = null;
}

/** Rows to print at the top of every page: a range (or address) that spans whole rows. */
function titleRowsOf(wb: WorkbookModel, s: SheetModel, v: unknown, location: string): { top: number; bottom: number } {
  let area: Area | null = null;
  if (v instanceof RangeProxy) {
    const t = v._resolve();
    if (!t || t.sheet !== s) invalid(location);
    area = t.area;
  } else if (typeof v === 'string') {
    const { sheet, address } = splitSheetAddress(v.trim());
    if (sheet !== undefined && wb.sheet(sheet) !== s) invalid(location);
    area = parseRangeAddress(address);
  }
  if (!area || area.left !== 0 || area.right !== MAX_COLS - 1) {
    invalid(location, 'The range must span the entire row to be valid.');
  }
  return { top: area.top, bottom: area.bottom };
}

export class PageLayoutProxy extends ClientObject<SheetModel> implements XlPageLayout {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare orientation: Excel.PageLayout['orientation'];
  declare paperSize: Excel.PageLayout['paperSize'];
  declare zoom: Excel.PageLayout['zoom'];
  get _class() {
    return 'PageLayout';
  }
  _defs(): Defs<SheetModel> {
    return PAGE_LAYOUT_DEFS;
  }

  /** Rows repeated at the top of every printed page (ExcelApi 1.9). */
  setPrintTitleRows(printTitleRows: unknown): void {
    this._call('setPrintTitleRows', [printTitleRows], (s, location) => {
      const rows = titleRowsOf(this.context._wb, s, printTitleRows, location);
      writable(s, location);
      s.pageLayout.printTitleRows = rows;
    });
  }

  getPrintTitleRows(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getPrintTitleRows()`, () => {
      const s = this._resolve();
      if (!s) return null;
      const rows = s.pageLayout.printTitleRows;
      if (!rows) throw officeError('ItemNotFound', 'PageLayout.getPrintTitleRows');
      return { sheet: s, area: { top: rows.top, bottom: rows.bottom, left: 0, right: MAX_COLS - 1 } };
    });
  }

  getPrintTitleRowsOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, `${this._path}.getPrintTitleRowsOrNullObject()`, () => {
      const s = this._resolve();
      const rows = s?.pageLayout.printTitleRows;
      return s && rows ? { sheet: s, area: { top: rows.top, bottom: rows.bottom, left: 0, right: MAX_COLS - 1 } } : null;
    })._instantiate();
  }
}

const PAGE_LAYOUT_DEFS: Defs<SheetModel> = {
  orientation: {
    get: (s) => s.pageLayout.orientation,
    set: (s, v, location) => {
      if (typeof v !== 'string' || !ORIENTATIONS.includes(v)) invalid(location);
      writable(s, location);
      s.pageLayout.orientation = v;
    },
  },
  paperSize: {
    get: (s) => s.pageLayout.paperSize,
    set: (s, v, location) => {
      if (typeof v !== 'string' || !PAPER_TYPES.includes(v)) invalid(location);
      writable(s, location);
      s.pageLayout.paperSize = v;
    },
  },
  zoom: {
    get: (s) =>
      s.pageLayout.scale === null
        ? { horizontalFitToPages: s.pageLayout.fitWide, verticalFitToPages: s.pageLayout.fitTall, scale: null }
        : { scale: s.pageLayout.scale, horizontalFitToPages: null, verticalFitToPages: null },
    set: setZoom,
  },
};

installProps(PageLayoutProxy, Object.keys(PAGE_LAYOUT_DEFS));
