/**
 * Range.getCellProperties and Range.setCellProperties (ExcelApi 1.9): which
 * properties the load options ask for, each cell's font, fill, borders and
 * alignment, and the entries of setCellProperties checked and applied.
 */
import { DEFAULT_FONT, edgeOf, normalizeColor, setEdge, sheetAddress, type BorderSpec, type CellFormat, type SheetModel, type Side } from '../model';
import { BORDER_STYLES, BORDER_WEIGHTS, DEFAULT_BORDER } from './borders';
import { HORIZONTAL, VERTICAL } from './format';
import { invalid } from './shared';

/** Which properties getCellProperties returns (those the in-memory Excel models). */
interface CellPropsSpec {
  address: boolean;
  fill: string[];
  font: string[];
  borders: string[];
  horizontalAlignment: boolean;
  verticalAlignment: boolean;
  wrapText: boolean;
}

function flags(o: unknown, allowed: string[], location: string): string[] {
  if (o === undefined || o === false || o === null) return [];
  if (o === true) return allowed.slice();
  if (typeof o !== 'object' || Array.isArray(o)) invalid(location);
  return allowed.filter((k) => (o as Record<string, unknown>)[k] === true);
}

const FILL_PROPS = ['color'];

const FONT_PROPS = ['bold', 'italic', 'name', 'size', 'color'];

const BORDER_PROPS = ['style', 'weight', 'color'];

/** The sides of one cell, as Excel.CellBorderCollection names them. */
const CELL_SIDES: [string, Side | null][] = [
  ['top', 'top'],
  ['bottom', 'bottom'],
  ['left', 'left'],
  ['right', 'right'],
  ['diagonalDown', null],
  ['diagonalUp', null],
];

export function cellPropsSpec(options: unknown, location: string): CellPropsSpec {
  if (!options || typeof options !== 'object' || Array.isArray(options)) invalid(location);
  const o = options as Record<string, unknown>;
  const f = (o.format === true ? { fill: true, font: true, borders: true, horizontalAlignment: true, verticalAlignment: true, wrapText: true } : o.format) as
    Record<string, unknown> | undefined | null;
  if (f !== undefined && f !== null && (typeof f !== 'object' || Array.isArray(f))) invalid(location);
  return {
    address: o.address === true,
    fill: flags(f?.fill, FILL_PROPS, location),
    font: flags(f?.font, FONT_PROPS, location),
    borders: flags(f?.borders, BORDER_PROPS, location),
    horizontalAlignment: f?.horizontalAlignment === true,
    verticalAlignment: f?.verticalAlignment === true,
    wrapText: f?.wrapText === true,
  };
}

function pick(all: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = all[k];
  return out;
}

export function cellProperties(sheet: SheetModel, r: number, c: number, spec: CellPropsSpec): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (spec.address) out.address = sheetAddress(sheet, { top: r, left: c, bottom: r, right: c });
  const fmt = sheet.get(r, c)?.fmt;
  const format: Record<string, unknown> = {};
  if (spec.fill.length) format.fill = pick({ color: fmt?.fill ?? '#FFFFFF' }, spec.fill);
  if (spec.font.length) {
    const font = {
      bold: fmt?.bold ?? false,
      italic: fmt?.italic ?? false,
      name: fmt?.fontName ?? DEFAULT_FONT.name,
      size: fmt?.fontSize ?? DEFAULT_FONT.size,
      color: fmt?.fontColor ?? DEFAULT_FONT.color,
    };
    format.font = pick(font, spec.font);
  }
  if (spec.borders.length) {
    const borders: Record<string, unknown> = {};
    for (const [key, side] of CELL_SIDES) {
      const b = side ? edgeOf(sheet, r, c, side) : undefined;
      borders[key] = pick(b ? { style: b.style, weight: b.weight, color: b.color } : { style: 'None', weight: 'Thin', color: '#000000' }, spec.borders);
    }
    format.borders = borders;
  }
  if (spec.horizontalAlignment) format.horizontalAlignment = fmt?.horizontal ?? 'General';
  if (spec.verticalAlignment) format.verticalAlignment = fmt?.vertical ?? 'Bottom';
  if (spec.wrapText) format.wrapText = fmt?.wrap ?? false;
  if (Object.keys(format).length) out.format = format;
  return out;
}

/** One entry of setCellProperties, checked. */
interface SettableFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: [Side, BorderSpec | null][];
}

export function settableFormat(x: unknown, location: string): SettableFormat {
  if (typeof x !== 'object' || Array.isArray(x)) invalid(location);
  const out: SettableFormat = { borders: [] };
  const f = (x as { format?: unknown }).format;
  if (f === undefined || f === null) return out;
  if (typeof f !== 'object' || Array.isArray(f)) invalid(location);
  const g = f as Record<string, unknown>;
  const obj = (v: unknown): Record<string, unknown> | null => {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'object' || Array.isArray(v)) invalid(location);
    return v as Record<string, unknown>;
  };
  const color = (v: unknown): string => normalizeColor(v) ?? invalid(location);
  const fill = obj(g.fill);
  if (fill?.color !== undefined) out.fill = color(fill.color);
  const font = obj(g.font);
  if (font) {
    if (font.bold !== undefined) out.bold = typeof font.bold === 'boolean' ? font.bold : invalid(location);
    if (font.italic !== undefined) out.italic = typeof font.italic === 'boolean' ? font.italic : invalid(location);
    if (font.name !== undefined) out.fontName = typeof font.name === 'string' && font.name.trim() ? font.name : invalid(location);
    if (font.size !== undefined) out.fontSize = typeof font.size === 'number' && font.size >= 1 && font.size <= 409 ? font.size : invalid(location);
    if (font.color !== undefined) out.fontColor = color(font.color);
  }
  if (g.horizontalAlignment !== undefined) {
    out.horizontal = typeof g.horizontalAlignment === 'string' && HORIZONTAL.includes(g.horizontalAlignment) ? g.horizontalAlignment : invalid(location);
  }
  if (g.verticalAlignment !== undefined) {
    out.vertical = typeof g.verticalAlignment === 'string' && VERTICAL.includes(g.verticalAlignment) ? g.verticalAlignment : invalid(location);
  }
  if (g.wrapText !== undefined) out.wrap = typeof g.wrapText === 'boolean' ? g.wrapText : invalid(location);
  const borders = obj(g.borders);
  if (borders) {
    for (const [key, side] of CELL_SIDES) {
      const b = obj(borders[key]);
      if (!b || !side) continue;
      if (b.style !== undefined && (typeof b.style !== 'string' || !BORDER_STYLES.includes(b.style))) invalid(location);
      if (b.weight !== undefined && (typeof b.weight !== 'string' || !BORDER_WEIGHTS.includes(b.weight))) invalid(location);
      const c = b.color === undefined ? undefined : color(b.color);
      if (b.style === 'None') out.borders.push([side, null]);
      else
        out.borders.push([
          side,
          { style: (b.style as string) ?? DEFAULT_BORDER.style, weight: (b.weight as string) ?? DEFAULT_BORDER.weight, color: c ?? DEFAULT_BORDER.color },
        ]);
    }
  }
  return out;
}

export function applySettableFormat(sheet: SheetModel, r: number, c: number, p: SettableFormat): void {
  const cell = sheet.touch(r, c);
  const f: CellFormat = (cell.fmt ??= {});
  if (p.fill !== undefined) f.fill = p.fill;
  if (p.bold !== undefined) f.bold = p.bold || undefined;
  if (p.italic !== undefined) f.italic = p.italic || undefined;
  if (p.fontName !== undefined) f.fontName = p.fontName === DEFAULT_FONT.name ? undefined : p.fontName;
  if (p.fontSize !== undefined) f.fontSize = p.fontSize === DEFAULT_FONT.size ? undefined : p.fontSize;
  if (p.fontColor !== undefined) f.fontColor = p.fontColor === DEFAULT_FONT.color ? undefined : p.fontColor;
  if (p.horizontal !== undefined) f.horizontal = p.horizontal === 'General' ? undefined : p.horizontal;
  if (p.vertical !== undefined) f.vertical = p.vertical === 'Bottom' ? undefined : p.vertical;
  if (p.wrap !== undefined) f.wrap = p.wrap || undefined;
  sheet.prune(r, c);
  for (const [side, spec] of p.borders) setEdge(sheet, r, c, side, spec ?? undefined);
}
