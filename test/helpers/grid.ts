import { CellValue, Grid, OwnedArea, parseA1 } from '../../src/engine/grid';
import type { SheetInit } from '../../src/host/memory/types';

/** A Grid from rows starting at A1, with merges given as A1 ranges. */
export function gridOf(name: string, values: CellValue[][], merges: string[] = [], owned: OwnedArea[] = []): Grid {
  return {
    name,
    origin: { row: 0, col: 0 },
    values: values.map((r) => r.map((v) => (v === '' || v === undefined ? null : v))),
    merges: merges.map(parseA1),
    owned,
  };
}

export function gridFromInit(s: SheetInit): Grid {
  return gridOf(s.name, s.values, s.merges ?? []);
}
