/**
 * The Node the project says it needs (package.json `engines`) is what its
 * dependencies need: each direct dependency that names a Node range accepts
 * the lowest version the project accepts, so none warns on it.
 */
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require('semver') as { satisfies(v: string, range: string): boolean; minVersion?(range: string): { version: string } | null };

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('every direct dependency accepts the lowest Node the project accepts, and this Node is one of them', () => {
  const ours: string = pkg.engines.node;
  const lowest = /^>=(\d+\.\d+\.\d+)$/.exec(ours)?.[1];
  expect(lowest).toBeDefined();
  const refused: string[] = [];
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
    const file = path.join(root, 'node_modules', name, 'package.json');
    if (!fs.existsSync(file)) continue;
    const range = JSON.parse(fs.readFileSync(file, 'utf8')).engines?.node;
    if (range && !semver.satisfies(lowest!, range)) refused.push(`${name} (${range})`);
  }
  expect(refused).toEqual([]);
  expect(semver.satisfies(process.versions.node, ours)).toBe(true);
});
