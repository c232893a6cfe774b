/**
 * The layers point inward: engine ← hosts ← app ← pane, command line and
 * workbench. Each area of src/ may import only the areas listed for it here,
 * so an import that points outward (a host reaching into the app, the
 * engine into a host) fails this test, not a review months later.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.join(__dirname, '..', 'src');

/** What each area may import besides itself. */
const ALLOWED: Record<string, string[]> = {
  // The engine says what it found as codes and parameters; the words are the edges' (src/i18n).
  engine: [],
  // The words of the hosts' errors: i18n reads their codes (types only).
  i18n: ['engine', 'host'],
  export: ['engine'],
  host: ['engine'],
  'host/excel': ['engine', 'host'],
  'host/memory': ['engine', 'host'],
  'host/xlsx': ['engine', 'host'],
  app: ['engine', 'i18n', 'host', 'host/excel'],
  // The Office.js contract suite: cases on the same ExcelRunner the add-in uses; its page (contract.html) too.
  contract: ['host', 'host/excel'],
  taskpane: ['engine', 'i18n', 'export', 'host', 'host/excel', 'app', 'contract'],
  workbench: ['engine', 'i18n', 'host', 'host/excel', 'host/memory', 'app', 'taskpane', 'contract'],
  cli: ['engine', 'i18n', 'export', 'host', 'host/xlsx'],
  commands: ['engine', 'i18n', 'host', 'host/excel', 'app'],
};

/** The area of a path under src/: its first folder, or host/<adapter>. */
function areaOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  const isDir = (...p: string[]) => fs.existsSync(path.join(SRC, ...p)) && fs.statSync(path.join(SRC, ...p)).isDirectory();
  if (parts[0] === 'host' && parts.length > 1 && isDir('host', parts[1])) return `host/${parts[1]}`;
  return parts.length > 1 || isDir(parts[0]) ? parts[0] : '.';
}

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Relative imports and re-exports of a file (import … from, export … from, import('…'), require('…')). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(m[1]);
  return found;
}

describe('layers', () => {
  const files = sources(SRC);

  test('every area of src/ is known to this test', () => {
    const areas = new Set(files.map(areaOf));
    areas.delete('.');
    expect([...areas].filter((a) => !(a in ALLOWED))).toEqual([]);
  });

  test('imports point inward only', () => {
    const outward: string[] = [];
    for (const file of files) {
      const from = areaOf(file);
      if (from === '.') continue;
      for (const spec of importsOf(file)) {
        const to = areaOf(path.resolve(path.dirname(file), spec));
        if (to !== from && !ALLOWED[from]?.includes(to)) outward.push(`${path.relative(SRC, file)} → ${spec} (${from} → ${to})`);
      }
    }
    expect(outward).toEqual([]);
  });

  test('the test sees an outward import (a host importing the app)', () => {
    const probe = path.join(SRC, 'host', 'excel', 'probe.ts');
    const to = areaOf(path.resolve(path.dirname(probe), '../../app/actions'));
    expect(ALLOWED[areaOf(probe)]).not.toContain(to);
  });
});
