/**
 * Excel.RangeBorderCollection and Excel.RangeBorder: a range's edges and
 * inside lines, kept as the borders of its cells.
 */
import type { XlRangeBorder, XlRangeBorderCollection } from '../../excel-api';
import { edgeOf, normalizeColor, setEdge, type BorderSpec, type Side } from '../model';
import { ClientObject, CollectionProxy, installProps, type Defs } from './client-object';
import { invalid, writable, type RangeT } from './shared';

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];

export const BORDER_WEIGHTS = ['Hairline', 'Thin', 'Medium', 'Thick'];

export const DEFAULT_BORDER: BorderSpec = { style: 'Continuous', weight: 'Thin', color: '#000000' };

interface BorderT {
  range: RangeT;
  index: string;
}

/** The cell edges one border index of a range stands for. */
function borderEdges(b: BorderT): [number, number, Side][] {
  const a = b.range.area;
  const out: [number, number, Side][] = [];
  const cols = (row: number, side: Side) => {
    for (let c = a.left; c <= a.right; c++) out.push([row, c, side]);
  };
  const rows = (col: number, side: Side) => {
    for (let r = a.top; r <= a.bottom; r++) out.push([r, col, side]);
  };
  switch (b.index) {
    case 'EdgeTop':
      cols(a.top, 'top');
      break;
    case 'EdgeBottom':
      cols(a.bottom, 'bottom');
      break;
    case 'EdgeLeft':
      rows(a.left, 'left');
      break;
    case 'EdgeRight':
      rows(a.right, 'right');
      break;
    case 'InsideHorizontal':
      for (let r = a.top; r < a.bottom; r++) cols(r, 'bottom');
      break;
    case 'InsideVertical':
      for (let c = a.left; c < a.right; c++) rows(c, 'right');
      break;
    default:
      break; // diagonals are not modelled
  }
  return out;
}

export class RangeBorderCollectionProxy extends CollectionProxy<RangeT, BorderT> implements XlRangeBorderCollection {
  get _class() {
    return 'RangeBorderCollection';
  }
  _defs(): Defs<RangeT> {
    return {};
  }
  _itemTargets(t: RangeT): BorderT[] {
    return BORDER_INDEXES.slice(0, 6).map((index) => ({ range: t, index }));
  }
  _makeItem(b: BorderT, i: number): RangeBorderProxy {
    return new RangeBorderProxy(this.context, `${this._path}.items[${i}]`, () => b);
  }

  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this.context, `${this._path}.getItem(${JSON.stringify(index)})`, () => {
      const t = this._resolve();
      if (!t) return null;
      if (!BORDER_INDEXES.includes(index)) invalid('RangeBorderCollection.getItem');
      return { range: t, index };
    });
  }
}

export class RangeBorderProxy extends ClientObject<BorderT> implements XlRangeBorder {
  // The properties installProps gives it (below), typed as in @types/office-js.
  declare readonly sideIndex: Excel.RangeBorder['sideIndex'];
  declare style: Excel.RangeBorder['style'];
  declare weight: Excel.RangeBorder['weight'];
  declare color: Excel.RangeBorder['color'];
  get _class() {
    return 'RangeBorder';
  }
  _defs(): Defs<BorderT> {
    return BORDER_DEFS;
  }
}

function borderRead(field: keyof BorderSpec, none: string) {
  return (b: BorderT) => {
    const edges = borderEdges(b);
    if (!edges.length) return none;
    let first: string | undefined;
    for (const [r, c, side] of edges) {
      const v = edgeOf(b.range.sheet, r, c, side)?.[field] ?? none;
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
    return first;
  };
}

function borderWrite(field: keyof BorderSpec, check: (v: unknown) => string | null) {
  return (b: BorderT, v: unknown, location: string) => {
    const value = check(v);
    if (value === null) invalid(location);
    writable(b.range.sheet, location);
    for (const [r, c, side] of borderEdges(b)) {
      if (field === 'style' && value === 'None') {
        setEdge(b.range.sheet, r, c, side, undefined);
        continue;
      }
      const current = edgeOf(b.range.sheet, r, c, side) ?? DEFAULT_BORDER;
      setEdge(b.range.sheet, r, c, side, { ...current, [field]: value });
    }
  };
}

const BORDER_DEFS: Defs<BorderT> = {
  sideIndex: { get: (b) => b.index },
  style: {
    get: borderRead('style', 'None'),
    set: borderWrite('style', (v) => (typeof v === 'string' && BORDER_STYLES.includes(v) ? v : null)),
  },
  weight: {
    get: borderRead('weight', 'Thin'),
    set: borderWrite('weight', (v) => (typeof v === 'string' && BORDER_WEIGHTS.includes(v) ? v : null)),
  },
  color: {
    get: borderRead('color', '#000000'),
    set: borderWrite('color', normalizeColor),
  },
};

installProps(RangeBorderProxy, Object.keys(BORDER_DEFS));
