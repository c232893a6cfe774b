/**
 * The Node the project says it needs (package.json `engines`) is what its
 * dependencies need: every package the lock file installs (direct or not,
 * dev or not) that names a Node range accepts the lowest version the project
 * accepts, so `npm ci` warns of none (EBADENGINE) on it.
 */
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require('semver') as { satisfies(v: string, range: string): boolean };

const root = path.join(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[] }>;
};

function lowestNode(): string {
  const ours: string = pkg.engines.node;
  const lowest = /^>=(\d+\.\d+\.\d+)$/.exec(ours)?.[1];
  if (!lowest) throw new Error(`engines.node should read ">=x.y.z", not ${ours}`);
  return lowest;
}

/** Packages of the lock file whose Node range refuses `version`: "name@1.0.0 (>= 22.15.0)". */
function refusing(version: string): string[] {
  const out: string[] = [];
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === '') continue;
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (!range || semver.satisfies(version, range)) continue;
    out.push(`${where.replace(/^.*node_modules\//, '')}@${entry.version} (${range})`);
  }
  return out;
}

test('every package the lock file installs accepts the lowest Node the project accepts, and this Node is one of them', () => {
  const lowest = lowestNode();
  expect(lock.packages[''] && (lock.packages[''].engines as { node?: string }).node).toBe(pkg.engines.node);
  expect(refusing(lowest)).toEqual([]);
  expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
});

test('the check sees a package that asks for more (docx’s nanoid 6 wants Node 22, which the override keeps out)', () => {
  // nanoid 6 refuses Node 20; the lock's nanoid is 5 (package.json overrides) and accepts it.
  expect(semver.satisfies(lowestNode(), '^22 || ^24 || >=26')).toBe(false);
  const nanoid = lock.packages['node_modules/nanoid'];
  expect(nanoid.version).toMatch(/^5\./);
  expect(pkg.overrides.nanoid).toMatch(/^\^5\./);
  // A Node older than the lowest is refused by some package: the floor is not lower than it need be.
  expect(refusing('18.0.0').length).toBeGreaterThan(0);
});

test('every direct dependency installed here accepts the lowest Node too', () => {
  const lowest = lowestNode();
  const refused: string[] = [];
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
    const file = path.join(root, 'node_modules', name, 'package.json');
    if (!fs.existsSync(file)) continue;
    const range = JSON.parse(fs.readFileSync(file, 'utf8')).engines?.node;
    if (range && !semver.satisfies(lowest, range)) refused.push(`${name} (${range})`);
  }
  expect(refused).toEqual([]);
});
