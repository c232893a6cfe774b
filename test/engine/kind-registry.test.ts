/**
 * A kind is one folder and one line: the registries (recognition, metrics,
 * roles) are built from one list, which holds every kind of the report once.
 */
import { recognize } from '../../src/engine';
import { KIND_MODULES, KIND_ROLES, KIND_SPECS, METRIC_PROVIDERS } from '../../src/engine/kinds';
import { KINDS } from '../../src/engine/report';
import { KIND_NAMES } from '../../src/i18n/kinds';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { ictIndexSeries } from '../fixtures/other-sheets';
import { gridFromInit } from '../helpers/grid';

describe('the kinds', () => {
  test('one module for every kind of the report, each once, and words for each', () => {
    expect(KIND_MODULES.map((m) => m.spec.kind)).toEqual([...KINDS]);
    expect(KIND_SPECS.map((s) => s.kind)).toEqual([...KINDS]);
    for (const k of KINDS) {
      expect(typeof METRIC_PROVIDERS[k]).toBe('function');
      expect(KIND_ROLES[k].length).toBeGreaterThan(0);
      expect(KIND_NAMES[k].vi).toBeTruthy();
      expect(KIND_NAMES[k].en).toBeTruthy();
    }
  });

  test('every kind offers its name column among the roles a user may pick', () => {
    for (const m of KIND_MODULES) expect(m.roles).toContain(m.spec.nameRole);
  });

  test('the registries are what recognition and compute use', () => {
    expect(recognize(gridFromInit(tienGiang2018()))[0].kind).toBe('indicator-plan');
    expect(recognize(gridFromInit(ictIndexSeries()))[0].kind).toBe('time-series');
  });
});
