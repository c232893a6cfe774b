/**
 * Before the browser tests (jest.e2e.config.js):
 *   - a Chromium must be there: CHROMIUM_PATH, else /usr/bin/chromium
 *     (Debian's `chromium` package; Playwright's own download cannot work
 *     on a closed network), else fail with what to install;
 *   - the production pages must be built: E2E_DIST=<dir> uses that build
 *     (e.g. E2E_DIST=dist after `npm run build`); otherwise they are built
 *     into test-output/e2e/dist, again only when a file under src/ (or the
 *     webpack config, package.json) is newer than the last build there, or
 *     E2E_REBUILD=1.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output', 'e2e');
const BUILD = path.join(OUT, 'dist');
const STAMP = path.join(OUT, 'dist.stamp');

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p)) || null;
}

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

function upToDate() {
  if (!fs.existsSync(STAMP) || !fs.existsSync(path.join(BUILD, 'workbench.html'))) return false;
  const built = fs.statSync(STAMP).mtimeMs;
  const inputs = ['src', 'assets', 'webpack.config.js', 'package.json', 'tsconfig.json', 'manifest.xml']
    .map((p) => path.join(ROOT, p))
    .filter((p) => fs.existsSync(p));
  return inputs.every((p) => newestMtime(p) < built);
}

module.exports = async function globalSetup() {
  const exe = chromiumPath();
  if (!exe) {
    throw new Error(
      'test:e2e needs Chromium and found none (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser). ' +
        "Install Debian's: apt-get install chromium — or set CHROMIUM_PATH to a Chromium binary."
    );
  }
  try {
    require.resolve('playwright-core');
  } catch {
    throw new Error('test:e2e needs the devDependency playwright-core: run npm install.');
  }

  if (process.env.E2E_DIST) {
    const dir = path.resolve(ROOT, process.env.E2E_DIST);
    if (!fs.existsSync(path.join(dir, 'workbench.html'))) {
      throw new Error(`E2E_DIST=${process.env.E2E_DIST}: no workbench.html there (run npm run build first).`);
    }
    console.log(`\ne2e: pages from ${path.relative(ROOT, dir) || '.'}, ${exe}`);
    return;
  }
  if (!process.env.E2E_REBUILD && upToDate()) {
    console.log(`\ne2e: pages from ${path.relative(ROOT, BUILD)} (up to date), ${exe}`);
    return;
  }
  fs.mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  console.log(`\ne2e: building the pages into ${path.relative(ROOT, BUILD)} …`);
  const cli = require.resolve('webpack-cli/bin/cli.js');
  const r = spawnSync(process.execPath, [cli, '--mode', 'production', '--output-path', BUILD], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    throw new Error(`e2e: the webpack build failed (exit ${r.status}):\n${(r.stdout || '').slice(-4000)}\n${(r.stderr || '').slice(-4000)}`);
  }
  fs.writeFileSync(STAMP, new Date(started).toISOString() + '\n');
  // The stamp is the build's start: a file saved during the build makes the next run build again.
  fs.utimesSync(STAMP, started / 1000, started / 1000);
  console.log(`e2e: built in ${((Date.now() - started) / 1000).toFixed(1)} s; ${exe}`);
};
