/**
 * The real-table corpus is well formed: every table cites its source, its
 * sheet is a proper rectangle of cells, and its expected reading points at
 * cells that exist. (What the engine makes of the tables: real-corpus.test.ts.)
 */
import { colIndex, parseA1 } from '../../src/engine/grid';
import { realTables } from '../fixtures/real';

const tables = realTables();
const ROLES = new Set([
  'stt',
  'name',
  'unit',
  'note',
  'evaluation',
  'actual',
  'plan',
  'estimate',
  'ratio',
  'target',
  'result',
  'completion',
  'value',
  'time',
  'total-investment',
  'central-budget',
  'local-budget',
  'other-budget',
  'allocated',
  'period-plan',
  'year-plan',
  'disbursed',
  'location',
  'period',
  'decision',
  'investor',
  'amount',
  'task',
  'start',
  'end',
  'owner',
  'partner',
  'product',
]);

describe.each(tables.map((t) => [t.id, t] as const))('%s', (_id, t) => {
  const rows = t.sheet.values.length;
  const width = Math.max(...t.sheet.values.map((r) => r.length));

  test('cites its source', () => {
    expect(t.source.url).toMatch(/^https?:\/\//);
    expect(t.source.body.length).toBeGreaterThan(3);
    expect(t.source.document.length).toBeGreaterThan(5);
    expect(t.source.date).toMatch(/\d{4}/);
  });

  test('is a rectangle of cells with merges inside it', () => {
    for (const r of t.sheet.values) expect(r.length).toBe(width);
    for (const r of t.sheet.values) for (const v of r) expect(v === null || ['string', 'number', 'boolean'].includes(typeof v)).toBe(true);
    for (const m of t.sheet.merges ?? []) {
      const a = parseA1(m);
      expect(a.bottom).toBeLessThan(rows);
      expect(a.right).toBeLessThan(width);
    }
    for (const range of Object.keys(t.sheet.formats ?? {})) expect(() => parseA1(range)).not.toThrow();
  });

  test('its expected reading points at cells of the table', () => {
    const e = t.expected;
    const [h1, h2] = e.headerRows;
    const [d1, d2] = e.dataRows;
    expect(h1).toBeGreaterThanOrEqual(1);
    expect(h2).toBeGreaterThanOrEqual(h1);
    expect(d1).toBeGreaterThan(h2);
    expect(d2).toBeGreaterThanOrEqual(d1);
    expect(d2).toBeLessThanOrEqual(rows);
    for (const [letter, c] of Object.entries(e.columns)) {
      expect(colIndex(letter)).toBeLessThan(width);
      if (!c) continue;
      expect(ROLES.has(c.role)).toBe(true);
      if (c.partOf) expect(e.columns[c.partOf]).toBeTruthy();
    }
    for (const s of e.slips) {
      const a = parseA1(s.cell);
      expect(a.top + 1).toBeGreaterThanOrEqual(d1);
      expect(a.top + 1).toBeLessThanOrEqual(d2);
      expect(s.why.length).toBeGreaterThan(5);
    }
    expect(e.values.length).toBeGreaterThanOrEqual(2);
    for (const v of e.values) {
      expect(v.row).toBeGreaterThanOrEqual(d1);
      expect(v.row).toBeLessThanOrEqual(d2);
      for (const l of v.of) expect(e.columns[l]).toBeTruthy();
      expect(Number.isFinite(v.value)).toBe(true);
      expect(v.work.length).toBeGreaterThan(5);
    }
  });
});

test('the corpus is there', () => {
  expect(tables.length).toBeGreaterThan(0);
  expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length);
});

test('the corpus is as broad as issue 11 asks', () => {
  // At least 30 tables, from at least 12 issuing bodies, every kind at least 5 times, 8 of them with 25 rows or more.
  expect(tables.length).toBeGreaterThanOrEqual(30);
  expect(new Set(tables.map((t) => t.source.body)).size).toBeGreaterThanOrEqual(12);
  for (const kind of ['indicator-plan', 'target-result', 'time-series', 'investment', 'task-list']) {
    expect([kind, tables.filter((t) => t.expected.kind === kind).length >= 5]).toEqual([kind, true]);
  }
  const long = tables.filter((t) => t.expected.dataRows[1] - t.expected.dataRows[0] + 1 >= 25);
  expect(long.length).toBeGreaterThanOrEqual(8);
});
