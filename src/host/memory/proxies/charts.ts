/**
 * Excel.ChartCollection and Excel.Chart, as far as the add-in uses them
 * (ExcelApi 1.7): a chart added from a range of a sheet, its series set one
 * by one (setValues, setXAxisValues), its title, axes and legend, placed
 * over cells (setPosition) and deleted. Series come from the source range
 * as Excel makes them: one per row (seriesBy "Rows") or per column
 * ("Columns"; "Auto" takes columns unless there are more of them than rows).
 */
import type {
  XlChart,
  XlChartAxes,
  XlChartAxis,
  XlChartAxisTitle,
  XlChartCollection,
  XlChartLegend,
  XlChartSeries,
  XlChartSeriesCollection,
  XlChartTitle,
} from '../../excel-api';
import type { Area } from '../../../engine/grid';
import { parseRangeAddress, type ChartAxisModel, type ChartModel, type ChartSeriesModel, type SheetModel } from '../model';
import { officeError } from '../office-error';
import { ClientObject, CollectionProxy, installProps, type Defs } from './client-object';
import { RangeProxy } from './range';
import { invalid, isInt } from './shared';

/** The chart types the add-in may ask for (a part of Excel.ChartType). */
const CHART_TYPES = ['BarClustered', 'ColumnClustered', 'Line', 'LineMarkers'];
const SERIES_BY = ['Auto', 'Rows', 'Columns'];

let nextChart = 1;

function axis(): ChartAxisModel {
  return { majorUnit: null, minimum: null, reversePlotOrder: false, title: '' };
}

/** The cells of a range argument, on a sheet of this workbook. */
function cellsOf(v: unknown, location: string): { sheet: SheetModel; area: Area } {
  if (!(v instanceof RangeProxy)) invalid(location);
  const t = v._resolve();
  if (!t || t.sheet.deleted) throw officeError('ItemNotFound', location);
  return { sheet: t.sheet, area: t.area };
}

function seriesFrom(source: { sheet: SheetModel; area: Area }, by: string): ChartSeriesModel[] {
  const { area, sheet } = source;
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  const byRows = by === 'Rows' || (by === 'Auto' && cols > rows);
  const n = byRows ? rows : cols;
  return Array.from({ length: n }, (_, i) => ({
    name: `Series${i + 1}`,
    values: { sheet, area: byRows ? { ...area, top: area.top + i, bottom: area.top + i } : { ...area, left: area.left + i, right: area.left + i } },
    xValues: null,
  }));
}

export class ChartCollectionProxy extends CollectionProxy<SheetModel, ChartModel> implements XlChartCollection {
  get _class() {
    return 'ChartCollection';
  }
  _defs(): Defs<SheetModel> {
    return { count: { get: (s) => s.charts.filter((c) => !c.deleted).length } };
  }
  _itemTargets(s: SheetModel): ChartModel[] {
    return s.charts.filter((c) => !c.deleted);
  }
  _makeItem(c: ChartModel, i: number): ChartProxy {
    return new ChartProxy(this.context, `${this._path}.items[${i}]`, () => c);
  }

  add(type: string, sourceData: unknown, seriesBy: string = 'Auto'): ChartProxy {
    let made: ChartModel | null = null;
    this._call('add', [type, sourceData, seriesBy], (s, location) => {
      if (!CHART_TYPES.includes(type) || !SERIES_BY.includes(seriesBy)) invalid(location);
      if (s.deleted) throw officeError('ItemNotFound', location);
      const source = cellsOf(sourceData, location);
      const n = nextChart++;
      made = {
        id: `{CHART-${String(n).padStart(8, '0')}}`,
        name: `Chart ${s.charts.length + 1}`,
        type,
        title: '',
        series: seriesFrom(source, seriesBy),
        position: null,
        valueAxis: axis(),
        categoryAxis: axis(),
        legend: { visible: true, position: 'Right' },
        deleted: false,
      };
      s.charts.push(made);
    });
    return new ChartProxy(this.context, `${this._path}.add()`, () => made);
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, () => {
      const c = this._resolve()?.charts.find((x) => !x.deleted && x.name === name);
      if (!c) throw officeError('ItemNotFound', 'ChartCollection.getItem');
      return c;
    });
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`, () => {
      return this._resolve()?.charts.find((x) => !x.deleted && x.name === name) ?? null;
    })._instantiate();
  }
}

export class ChartProxy extends ClientObject<ChartModel> implements XlChart {
  declare readonly id: string;
  declare name: string;
  get _class() {
    return 'Chart';
  }
  _defs(): Defs<ChartModel> {
    return CHART_DEFS;
  }
  override _navs() {
    return { title: () => this.title, series: () => this.series, legend: () => this.legend };
  }
  get title(): ChartTitleProxy {
    return this._nav('title', () => new ChartTitleProxy(this.context, `${this._path}.title`, () => this._resolve()));
  }
  get series(): ChartSeriesCollectionProxy {
    return this._nav('series', () => new ChartSeriesCollectionProxy(this.context, `${this._path}.series`, () => this._resolve()));
  }
  get axes(): ChartAxesProxy {
    return this._nav('axes', () => new ChartAxesProxy(this.context, `${this._path}.axes`, () => this._resolve()));
  }
  get legend(): ChartLegendProxy {
    return this._nav('legend', () => new ChartLegendProxy(this.context, `${this._path}.legend`, () => this._resolve()));
  }

  /** Place the chart over the cells from `startCell` to `endCell` (addresses on its sheet, "L4", "S24"), or at `startCell`. */
  setPosition(startCell: unknown, endCell?: unknown): void {
    this._call('setPosition', [startCell, endCell ?? null], (c, location) => {
      const cell = (v: unknown): Area => {
        const area = typeof v === 'string' ? parseRangeAddress(v) : null;
        if (!area) invalid(location);
        return area;
      };
      const start = cell(startCell);
      const end = endCell === undefined || endCell === null ? start : cell(endCell);
      c.position = { top: start.top, left: start.left, bottom: Math.max(start.bottom, end.bottom), right: Math.max(start.right, end.right) };
    });
  }

  delete(): void {
    this._call('delete', [], (c, location) => {
      if (c.deleted) throw officeError('ItemNotFound', location);
      c.deleted = true;
    });
  }
}

const CHART_DEFS: Defs<ChartModel> = {
  id: { get: (c) => c.id },
  name: {
    get: (c) => c.name,
    set: (c, v, location) => {
      if (typeof v !== 'string' || !v.trim()) invalid(location);
      c.name = v;
    },
  },
};
installProps(ChartProxy, Object.keys(CHART_DEFS));

function textDefs<T>(read: (t: T) => string, write: (t: T, v: string) => void): Defs<T> {
  return {
    text: {
      get: (t) => read(t),
      set: (t, v, location) => {
        if (typeof v !== 'string') invalid(location);
        write(t, v);
      },
    },
  };
}

const TITLE_DEFS = textDefs<ChartModel>(
  (c) => c.title,
  (c, v) => {
    c.title = v;
  }
);

export class ChartTitleProxy extends ClientObject<ChartModel> implements XlChartTitle {
  declare text: string;
  get _class() {
    return 'ChartTitle';
  }
  _defs(): Defs<ChartModel> {
    return TITLE_DEFS;
  }
}
installProps(ChartTitleProxy, Object.keys(TITLE_DEFS));

export class ChartSeriesCollectionProxy extends CollectionProxy<ChartModel, ChartSeriesModel> implements XlChartSeriesCollection {
  declare readonly count: number;
  get _class() {
    return 'ChartSeriesCollection';
  }
  _defs(): Defs<ChartModel> {
    return { count: { get: (c) => c.series.length } };
  }
  _itemTargets(c: ChartModel): ChartSeriesModel[] {
    return c.series.slice();
  }
  _makeItem(s: ChartSeriesModel, i: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this._path}.items[${i}]`, () => s);
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this._path}.getItemAt(${index})`, () => {
      const c = this._resolve();
      if (!c) return null;
      if (!isInt(index) || index < 0 || index >= c.series.length) throw officeError('ItemNotFound', 'ChartSeriesCollection.getItemAt');
      return c.series[index];
    });
  }

  add(name?: string): ChartSeriesProxy {
    let made: ChartSeriesModel | null = null;
    this._call('add', [name ?? null], (c) => {
      made = { name: name ?? `Series${c.series.length + 1}`, values: null, xValues: null };
      c.series.push(made);
    });
    return new ChartSeriesProxy(this.context, `${this._path}.add()`, () => made);
  }
}
installProps(ChartSeriesCollectionProxy, ['count']);

const SERIES_DEFS: Defs<ChartSeriesModel> = {
  name: {
    get: (s) => s.name,
    set: (s, v, location) => {
      if (typeof v !== 'string') invalid(location);
      s.name = v;
    },
  },
};

export class ChartSeriesProxy extends ClientObject<ChartSeriesModel> implements XlChartSeries {
  declare name: string;
  get _class() {
    return 'ChartSeries';
  }
  _defs(): Defs<ChartSeriesModel> {
    return SERIES_DEFS;
  }
  setValues(sourceData: unknown): void {
    this._call('setValues', [sourceData], (s, location) => {
      s.values = cellsOf(sourceData, location);
    });
  }
  setXAxisValues(sourceData: unknown): void {
    this._call('setXAxisValues', [sourceData], (s, location) => {
      s.xValues = cellsOf(sourceData, location);
    });
  }
}
installProps(ChartSeriesProxy, Object.keys(SERIES_DEFS));

export class ChartAxesProxy extends ClientObject<ChartModel> implements XlChartAxes {
  get _class() {
    return 'ChartAxes';
  }
  _defs(): Defs<ChartModel> {
    return {};
  }
  get valueAxis(): ChartAxisProxy {
    return this._nav('valueAxis', () => new ChartAxisProxy(this.context, `${this._path}.valueAxis`, () => this._resolve()?.valueAxis ?? null));
  }
  get categoryAxis(): ChartAxisProxy {
    return this._nav('categoryAxis', () => new ChartAxisProxy(this.context, `${this._path}.categoryAxis`, () => this._resolve()?.categoryAxis ?? null));
  }
}

const AXIS_DEFS: Defs<ChartAxisModel> = {
  majorUnit: {
    get: (a) => a.majorUnit,
    set: (a, v, location) => {
      if (typeof v !== 'number' || !(v > 0)) invalid(location);
      a.majorUnit = v;
    },
  },
  minimum: {
    get: (a) => a.minimum,
    set: (a, v, location) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) invalid(location);
      a.minimum = v;
    },
  },
  reversePlotOrder: {
    get: (a) => a.reversePlotOrder,
    set: (a, v, location) => {
      if (typeof v !== 'boolean') invalid(location);
      a.reversePlotOrder = v;
    },
  },
};

export class ChartAxisProxy extends ClientObject<ChartAxisModel> implements XlChartAxis {
  declare majorUnit: Excel.ChartAxis['majorUnit'];
  declare minimum: Excel.ChartAxis['minimum'];
  declare reversePlotOrder: Excel.ChartAxis['reversePlotOrder'];
  get _class() {
    return 'ChartAxis';
  }
  _defs(): Defs<ChartAxisModel> {
    return AXIS_DEFS;
  }
  get title(): ChartAxisTitleProxy {
    return this._nav('title', () => new ChartAxisTitleProxy(this.context, `${this._path}.title`, () => this._resolve()));
  }
}
installProps(ChartAxisProxy, Object.keys(AXIS_DEFS));

const AXIS_TITLE_DEFS = textDefs<ChartAxisModel>(
  (a) => a.title,
  (a, v) => {
    a.title = v;
  }
);

export class ChartAxisTitleProxy extends ClientObject<ChartAxisModel> implements XlChartAxisTitle {
  declare text: string;
  get _class() {
    return 'ChartAxisTitle';
  }
  _defs(): Defs<ChartAxisModel> {
    return AXIS_TITLE_DEFS;
  }
}
installProps(ChartAxisTitleProxy, Object.keys(AXIS_TITLE_DEFS));

const LEGEND_POSITIONS = ['Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom', 'Invalid'];

const LEGEND_DEFS: Defs<ChartModel> = {
  visible: {
    get: (c) => c.legend.visible,
    set: (c, v, location) => {
      if (typeof v !== 'boolean') invalid(location);
      c.legend.visible = v;
    },
  },
  position: {
    get: (c) => c.legend.position,
    set: (c, v, location) => {
      if (typeof v !== 'string' || !LEGEND_POSITIONS.includes(v)) invalid(location);
      c.legend.position = v;
    },
  },
};

export class ChartLegendProxy extends ClientObject<ChartModel> implements XlChartLegend {
  declare visible: boolean;
  declare position: Excel.ChartLegend['position'];
  get _class() {
    return 'ChartLegend';
  }
  _defs(): Defs<ChartModel> {
    return LEGEND_DEFS;
  }
}
installProps(ChartLegendProxy, Object.keys(LEGEND_DEFS));
