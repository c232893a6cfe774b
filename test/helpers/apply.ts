import type { Change } from '../../src/engine/changes';
import { Area, CellValue, Grid } from '../../src/engine/grid';

const within = (a: Area, r: number, c: number) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;

/**
 * Apply changes to a Grid the way a host would (values, merges, defined
 * names), so engine tests can run compute twice without Excel. Formulas
 * leave their expected result in the cell.
 */
export function applyToGrid(g: Grid, changes: Change[]): Grid {
  const values = g.values.map((r) => [...r]);
  const formulas = (g.formulas ?? g.values.map((r) => r.map(() => null))).map((r) => [...r]);
  let merges = [...g.merges];
  let owned = [...(g.owned ?? [])];
  const set = (r: number, c: number, v: CellValue) => {
    const rr = r - g.origin.row;
    const cc = c - g.origin.col;
    while (values.length <= rr) values.push([]);
    while (values[rr].length <= cc) values[rr].push(null);
    values[rr][cc] = v;
    while (formulas.length <= rr) formulas.push([]);
    formulas[rr][cc] = null;
  };
  const setFormula = (r: number, c: number, f: string | undefined) => {
    formulas[r - g.origin.row][c - g.origin.col] = f ?? null;
  };
  for (const ch of changes) {
    if (ch.type === 'write') {
      ch.cells.forEach((row, i) =>
        row.forEach((cell, j) => {
          set(ch.top + i, ch.left + j, cell.value === '' ? null : cell.value);
          setFormula(ch.top + i, ch.left + j, cell.formula ?? undefined);
        })
      );
    } else if (ch.type === 'merge') merges.push(ch.area);
    else if (ch.type === 'unmerge') merges = merges.filter((m) => !within(ch.area, m.top, m.left));
    else if (ch.type === 'clear') {
      for (let r = ch.area.top; r <= ch.area.bottom; r++) for (let c = ch.area.left; c <= ch.area.right; c++) set(r, c, null);
    } else if (ch.type === 'mark') owned = [...owned.filter((o) => o.name !== ch.name), { name: ch.name, area: ch.area }];
  }
  const width = Math.max(...values.map((r) => r.length));
  const pad = <T>(r: T[]) => [...r, ...new Array(width - r.length).fill(null)];
  return { ...g, values: values.map(pad), formulas: formulas.map(pad), merges, owned };
}
