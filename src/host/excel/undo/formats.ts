/**
 * Cell formats as Excel reports them (what a snapshot reads: cell by cell
 * through getCellProperties, or one RangeFormat shared by an area) and as
 * they are set back on a cleared range (what a restore writes).
 */
import type { Area } from '../../../engine/grid';
import type { XlRangeBorder, XlRangeFormat } from '../../excel-api';
import { BORDER_INDEXES, type BorderIndex, type BorderSnap, type CellFormatSnap, type Side, type UniformFormatSnap } from './snapshot';

// ---------------------------------------------------------------- formats as Excel reports them

export const CELL_FORMAT_LOAD = {
  format: {
    fill: { color: true },
    font: { bold: true, italic: true, name: true, size: true, color: true },
    borders: { style: true, weight: true, color: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};
export const CELL_BORDER_LOAD = { format: { borders: { style: true, weight: true, color: true } } };

function isNoFill(color: unknown): boolean {
  return typeof color !== 'string' || color.toUpperCase() === '#FFFFFF';
}

/** A border as a range's border collection or a cell's properties report it. */
type BorderLike = XlRangeBorder | Excel.CellBorder;

export function borderOf(b: BorderLike | null | undefined): BorderSnap | null {
  if (!b || typeof b.style !== 'string' || b.style === 'None') return null;
  return { style: b.style, weight: String(b.weight ?? 'Thin'), color: String(b.color ?? '#000000') };
}

export function cellFormatOf(p: Excel.CellProperties | null | undefined): CellFormatSnap {
  const f = p?.format ?? {};
  const font = f.font ?? {};
  const out: CellFormatSnap = {
    bold: !!font.bold,
    italic: !!font.italic,
    fontName: String(font.name ?? 'Calibri'),
    fontSize: typeof font.size === 'number' ? font.size : 11,
    fontColor: String(font.color ?? '#000000'),
    horizontal: String(f.horizontalAlignment ?? 'General'),
    vertical: String(f.verticalAlignment ?? 'Bottom'),
    wrap: !!f.wrapText,
    borders: {},
  };
  if (!isNoFill(f.fill?.color)) out.fill = String(f.fill!.color);
  for (const side of ['top', 'bottom', 'left', 'right'] as Side[]) {
    const b = borderOf(f.borders?.[side]);
    if (b) out.borders[side] = b;
  }
  return out;
}

/** A loaded RangeFormat (with font, fill, borders) as a uniform format. */
export function uniformOf(format: XlRangeFormat, area: Area): { snap: UniformFormatSnap; mixed: boolean } {
  let mixed = false;
  const v = <T>(x: T | null | undefined): T | null => {
    if (x === null || x === undefined) {
      mixed = true;
      return null;
    }
    return x;
  };
  const fillColor = format.fill.color as string | null;
  const snap: UniformFormatSnap = {
    fill: fillColor === null ? v(null) : isNoFill(fillColor) ? undefined : fillColor,
    bold: v(format.font.bold),
    italic: v(format.font.italic),
    fontName: v(format.font.name),
    fontSize: v(format.font.size),
    fontColor: v(format.font.color),
    horizontal: v(format.horizontalAlignment),
    vertical: v(format.verticalAlignment),
    wrap: v(format.wrapText),
    borders: {},
  };
  for (const item of format.borders.items) {
    const index = item.sideIndex as BorderIndex;
    if (!BORDER_INDEXES.includes(index)) continue;
    if ((index === 'InsideHorizontal' && area.top === area.bottom) || (index === 'InsideVertical' && area.left === area.right)) continue;
    if (item.style === null || item.weight === null || item.color === null) {
      mixed = true;
      snap.borders[index] = null;
    } else snap.borders[index] = borderOf(item) ?? undefined;
  }
  return { snap, mixed };
}

/** The border index of a strip's side that faces the changed area. */
export const FACING: Record<Side, BorderIndex> = { top: 'EdgeTop', bottom: 'EdgeBottom', left: 'EdgeLeft', right: 'EdgeRight' };

// ---------------------------------------------------------------- formats as they are set back

/** One cell's format for setCellProperties (applied to a cleared cell: no fill and no border need no setting). */
export function settable(f: CellFormatSnap): Record<string, unknown> {
  const format: Record<string, unknown> = {
    font: { bold: f.bold, italic: f.italic, name: f.fontName, size: f.fontSize, color: f.fontColor },
    horizontalAlignment: f.horizontal,
    verticalAlignment: f.vertical,
    wrapText: f.wrap,
  };
  if (f.fill) format.fill = { color: f.fill };
  const sides = Object.keys(f.borders) as Side[];
  if (sides.length) format.borders = Object.fromEntries(sides.map((s) => [s, f.borders[s]]));
  return { format };
}

export function setBorder(item: XlRangeBorder, b: BorderSnap): void {
  item.style = b.style as XlRangeBorder['style'];
  item.weight = b.weight as XlRangeBorder['weight'];
  item.color = b.color;
}

/** Put a shared format back on a cleared range (what differs among its cells stays cleared). */
export function setUniform(format: XlRangeFormat, u: UniformFormatSnap): void {
  if (u.horizontal !== null) format.horizontalAlignment = u.horizontal as XlRangeFormat['horizontalAlignment'];
  if (u.vertical !== null) format.verticalAlignment = u.vertical as XlRangeFormat['verticalAlignment'];
  if (u.wrap !== null) format.wrapText = u.wrap;
  if (u.fontName !== null) format.font.name = u.fontName;
  if (u.fontSize !== null) format.font.size = u.fontSize;
  if (u.fontColor !== null) format.font.color = u.fontColor;
  if (u.bold !== null) format.font.bold = u.bold;
  if (u.italic !== null) format.font.italic = u.italic;
  if (typeof u.fill === 'string') format.fill.color = u.fill;
  for (const index of BORDER_INDEXES) {
    const b = u.borders[index];
    if (b) setBorder(format.borders.getItem(index), b);
  }
}
