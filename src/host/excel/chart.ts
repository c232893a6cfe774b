/**
 * A chart the engine planned (engine/chart.ts) drawn on its sheet through
 * Office.js, in one sync: added from its first series' cells, every series
 * set by its cells (ExcelApi 1.7: setValues, setXAxisValues), the title,
 * the value axis, the legend, and placed over its cells. Deleted again by
 * its name (the add-in's undo).
 */
import { a1, type Area } from '../../engine/grid';
import type { ChartSpec } from '../../engine/chart';
import type { XlWorksheet } from '../excel-api';
import type { ExcelRunner } from './runner';
import { guarded } from './errors';

function range(ws: XlWorksheet, a: Area) {
  return ws.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);
}

/** Draw the chart on the sheet (by id); its name, as Excel gave it. */
export async function drawChart(
  api: ExcelRunner,
  sheetId: string,
  spec: ChartSpec,
  words: { title: string; valueTitle?: string }
): Promise<{ name: string; syncs: number }> {
  return guarded(() =>
    api.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheetId);
      const [first, ...more] = spec.series;
      const chart = ws.charts.add(spec.type, range(ws, first.values), spec.type === 'Line' ? 'Rows' : 'Columns');
      chart.title.text = words.title;
      const s0 = chart.series.getItemAt(0);
      s0.name = first.name;
      s0.setValues(range(ws, first.values));
      s0.setXAxisValues(range(ws, spec.categories));
      for (const s of more) {
        const series = chart.series.add(s.name);
        series.setValues(range(ws, s.values));
        series.setXAxisValues(range(ws, spec.categories));
      }
      const axis = chart.axes.valueAxis;
      if (spec.valueAxis.minimum !== undefined) axis.minimum = spec.valueAxis.minimum;
      if (spec.valueAxis.majorUnit !== undefined) axis.majorUnit = spec.valueAxis.majorUnit;
      if (words.valueTitle) axis.title.text = words.valueTitle;
      if (spec.reverseCategories) chart.axes.categoryAxis.reversePlotOrder = true;
      // One series needs no legend; lines are named under the chart.
      if (more.length) chart.legend.position = 'Bottom';
      else chart.legend.visible = false;
      const p = spec.place;
      chart.setPosition(a1(p.top, p.left), a1(p.bottom, p.right));
      chart.load('name');
      await context.sync();
      return { name: chart.name, syncs: 1 };
    })
  );
}

/** Delete the chart of that name on the sheet (by id); false when it is no longer there. */
export async function deleteChart(api: ExcelRunner, sheetId: string, name: string): Promise<boolean> {
  return guarded(() =>
    api.run(async (context) => {
      const chart = context.workbook.worksheets.getItem(sheetId).charts.getItemOrNullObject(name);
      await context.sync();
      if (chart.isNullObject) return false;
      chart.delete();
      await context.sync();
      return true;
    })
  );
}
