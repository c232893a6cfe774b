/**
 * The engine on tables written by other people: every table of the real
 * corpus (test/fixtures/real) recognised as its kind with the columns a
 * person reads, every real slip of the source reported at its cell, no
 * error on a correct cell, and the values worked out by hand matched.
 * The figures are written to test-output/real-corpus.md for the README.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { realTables } from '../fixtures/real';
import { GAPS, type Aspect } from '../fixtures/real/gaps';
import { scoreTable, type TableScore } from '../fixtures/real/score';
import { realGrid } from '../fixtures/real/sheet';
import { checkSheet } from '../helpers/worded';

const tables = realTables();
const readable = tables.filter((t) => !t.unreadable);
const scores = new Map<string, TableScore>(readable.map((t) => [t.id, scoreTable(t)]));

/** An aspect still listed in gaps.ts must still fail (so the list shrinks as the engine learns); every other must pass. */
function check(id: string, aspect: Aspect, name: string, body: () => void): void {
  if (GAPS[id]?.includes(aspect)) test.failing(`${name} (known gap)`, body);
  else test(name, body);
}

describe.each(readable.map((t) => [t.id] as const))('%s', (id) => {
  const s = scores.get(id)!;
  const e = tables.find((t) => t.id === id)!.expected;
  check(id, 'recognised', 'is recognised as its kind, over its header and data rows', () => {
    expect({ kind: s.found?.kind, headerRows: s.found?.headerRows, dataRows: s.found?.dataRows }).toEqual({
      kind: s.kind,
      headerRows: e.headerRows,
      dataRows: e.dataRows,
    });
  });
  check(id, 'columns', 'reads every column as a person does', () => {
    expect(s.columnErrors).toEqual([]);
  });
  check(id, 'slips', 'reports every real slip at its cell', () => {
    expect(s.slipsMissed).toEqual([]);
  });
  check(id, 'no-false-errors', 'raises no error on a correct cell', () => {
    expect(s.falseErrors.map((i) => `${i.cell} ${i.code}: ${i.message}`)).toEqual([]);
  });
  check(id, 'values', 'computes the values worked out by hand', () => {
    expect(s.valuesMissed).toEqual([]);
  });
});

test('every table is either recognised or explained', () => {
  for (const t of tables) {
    const r = checkSheet(realGrid(t));
    expect([t.id, r.kind !== null || (r.unrecognised ?? []).length > 0]).toEqual([t.id, true]);
  }
});

test('known gaps name tables of the corpus', () => {
  for (const id of Object.keys(GAPS)) expect(tables.some((t) => t.id === id)).toBe(true);
});

afterAll(() => {
  const all = [...scores.values()];
  const sum = (f: (s: TableScore) => number) => all.reduce((a, s) => a + f(s), 0);
  const lines = [
    '| figure | count |',
    '|---|---|',
    `| tables in the corpus | ${tables.length} (${tables.length - readable.length} marked unreadable) |`,
    `| recognised as their kind, header and data rows | ${all.filter((s) => s.recognised).length} of ${tables.length} |`,
    `| with every column read right | ${all.filter((s) => s.recognised && s.columnErrors.length === 0).length} of ${tables.length} |`,
    `| real slips caught | ${sum((s) => s.slipsCaught.length)} of ${sum((s) => s.slipsCaught.length + s.slipsMissed.length)} |`,
    `| errors on correct cells | ${sum((s) => s.falseErrors.length)} |`,
    `| hand-worked values matched | ${sum((s) => s.valuesMatched.length)} of ${sum((s) => s.valuesMatched.length + s.valuesMissed.length)} |`,
  ];
  const detail = all.map(
    (s) =>
      `- ${s.id} (${s.kind}, ${s.rows} rows): ${s.recognised ? 'recognised' : `NOT recognised (found ${s.found ? `${s.found.kind} ${s.found.headerRows}/${s.found.dataRows}` : 'nothing'})`}` +
      `${s.columnErrors.length ? `; columns: ${s.columnErrors.join('; ')}` : ''}` +
      `; slips ${s.slipsCaught.length}/${s.slipsCaught.length + s.slipsMissed.length}${s.slipsMissed.length ? ` (missed ${s.slipsMissed.join(', ')})` : ''}` +
      `; false errors ${s.falseErrors.length}${s.falseErrors.length ? ` (${s.falseErrors.map((i) => `${i.cell} ${i.code}`).join(', ')})` : ''}` +
      `; values ${s.valuesMatched.length}/${s.valuesMatched.length + s.valuesMissed.length}${s.valuesMissed.length ? ` (missed ${s.valuesMissed.join('; ')})` : ''}`
  );
  const dir = join(__dirname, '..', '..', 'test-output');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'real-corpus.md'), `${lines.join('\n')}\n\n${detail.join('\n')}\n`);
});
