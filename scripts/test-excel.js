#!/usr/bin/env node
/**
 * `npm run test:excel`: the Office.js contract suite (src/contract) in a
 * real Excel. It starts Microsoft's test server (office-addin-test-server,
 * https on port 4201), the development server over https (as `npm run
 * start:excel` does, on port 3000) and sideloads manifest.contract.xml
 * with office-addin-debugging. The contract page (contract.html) finds the
 * test server, runs the suite on a scratch sheet and sends its results;
 * this script prints them as a table, unloads the add-in, stops both
 * servers, and exits 0 only if no case failed.
 *
 *   npm run test:excel                              Excel desktop (Windows, Mac)
 *   npm run test:excel -- --web <workbook url>      Excel on the web: a workbook of yours
 *                                                   (OneDrive/SharePoint) the add-in is loaded into
 *   npm run test:excel -- --include payload         also the slow case (a write over 5 MB)
 *   npm run test:excel -- --only load-sync,settings only these cases
 *   npm run test:excel -- --timeout 600             wait this many seconds for results (300)
 *
 * Exit codes: 0 no case failed; 1 a case failed, or no results came in
 * time; 2 bad usage, or no Excel here (Linux without --web: it says so at
 * once and starts nothing). The suite adds and deletes a sheet, and Excel
 * forgets its Ctrl+Z history when a sheet is deleted: use a test workbook.
 */
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.contract.xml');
const TEST_SERVER_PORT = 4201;
const DEFAULT_TIMEOUT_S = 300;
/** The page the manifest opens (its query string carries --include and --only). */
const PAGE_URL = /https:\/\/localhost:\d+\/contract\.html/g;

const USAGE = [
  'npm run test:excel [-- --web <workbook url>] [--include payload] [--only a,b] [--timeout <s>]',
  '',
  '  Chạy bộ kiểm tra hợp đồng Office.js trong Excel thật (Windows, Mac, hoặc Excel trên web với --web).',
  '  Runs the Office.js contract suite in a real Excel (Windows, Mac, or Excel on the web with --web).',
  '  It adds and deletes a scratch sheet: Excel then forgets its Ctrl+Z history. Use a test workbook.',
].join('\n');

class UsageError extends Error {}

/** The command line as options; UsageError for anything it cannot take. */
function parseArgs(argv) {
  const out = { web: null, include: [], only: null, timeoutS: DEFAULT_TIMEOUT_S, help: false };
  const value = (i, name) => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${name} needs a value`);
    return v;
  };
  const names = (v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const take = () => (inline !== undefined ? inline : value(i++, flag));
    if (flag === '--help' || flag === '-h') out.help = true;
    else if (flag === '--web') {
      const url = take();
      if (!/^https:\/\/\S+$/.test(url)) throw new UsageError(`--web needs the https address of a workbook in Excel on the web, not "${url}"`);
      out.web = url;
    } else if (flag === '--desktop') out.web = null;
    else if (flag === '--include') out.include.push(...names(take()));
    else if (flag === '--only') out.only = [...(out.only || []), ...names(take())];
    else if (flag === '--timeout') {
      const s = Number(take());
      if (!Number.isInteger(s) || s <= 0) throw new UsageError('--timeout needs a whole number of seconds');
      out.timeoutS = s;
    } else throw new UsageError(`unknown argument: ${a}`);
  }
  return out;
}

/** Why the suite cannot run here (null when it can): Excel desktop is on Windows and Mac only. */
function platformProblem(args, platform) {
  if (args.web || platform === 'win32' || platform === 'darwin') return null;
  return [
    `npm run test:excel: không có Excel trên máy này (${platform}). Hãy chạy trên Windows hoặc Mac có Excel,`,
    '  hoặc với --web <địa chỉ một sổ tính trong Excel trên web>.',
    `npm run test:excel: there is no Excel on this machine (${platform}). Run it on Windows or a Mac with Excel,`,
    '  or with --web <address of a workbook in Excel on the web>.',
    'Here the same suite runs on the in-memory Excel: npx jest test/host/contract.test.ts',
  ].join('\n');
}

/** contract.html with the cases asked for in its query string ("" when none). */
function pageQuery(args) {
  const q = [];
  if (args.include.length) q.push(`include=${encodeURIComponent(args.include.join(','))}`);
  if (args.only) q.push(`only=${encodeURIComponent(args.only.join(','))}`);
  return q.length ? `?${q.join('&')}` : '';
}

/** The manifest's text with every contract.html URL given the query (escaped for XML). */
function manifestWithQuery(xml, query) {
  if (!query) return xml;
  return xml.replace(PAGE_URL, (url) => `${url}${query.replace(/&/g, '&amp;')}`);
}

/** The manifest to sideload: manifest.contract.xml, or a copy whose page asks for other cases. */
function manifestFor(args) {
  const query = pageQuery(args);
  if (!query) return { file: MANIFEST, remove: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-contract-'));
  const file = path.join(dir, 'manifest.contract.xml');
  fs.writeFileSync(file, manifestWithQuery(fs.readFileSync(MANIFEST, 'utf8'), query));
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const STATUS = { pass: 'PASS', fail: 'FAIL', skipped: 'SKIP', manual: 'MANUAL' };

function isReport(report) {
  return (
    !!report &&
    typeof report === 'object' &&
    Array.isArray(report.results) &&
    report.results.every((r) => r && typeof r.name === 'string' && Object.prototype.hasOwnProperty.call(STATUS, r.status))
  );
}

function counts(results) {
  const n = { pass: 0, fail: 0, skipped: 0, manual: 0 };
  for (const r of results) n[r.status]++;
  return n;
}

/** What the contract page sent, as a table: the Excel, one row a case, the counts. */
function resultsTable(report) {
  if (!isReport(report)) return 'No results could be read from what the contract page sent.';
  const rows = report.results.map((r) => [STATUS[r.status], r.name, `${Number(r.ms) || 0} ms`, String(r.detail ?? '')]);
  const head = ['STATUS', 'CASE', 'TIME', 'DETAIL'];
  const width = [0, 1, 2].map((i) => Math.max(head[i].length, ...rows.map((r) => r[i].length)));
  const line = (r) => [r[0].padEnd(width[0]), r[1].padEnd(width[1]), r[2].padStart(width[2]), r[3]].join('  ').trimEnd();
  const e = report.excel || {};
  const n = counts(report.results);
  return [
    `Excel: ${[e.host, e.platform, e.version, e.language].map((x) => x || 'unknown').join(' · ')}`,
    line(head),
    ...rows.map(line),
    '',
    `${n.pass} passed, ${n.fail} failed, ${n.skipped} skipped, ${n.manual} manual`,
  ].join('\n');
}

/** 0 only when the page sent results and none of them failed. */
function exitCodeOf(report) {
  if (!isReport(report) || report.results.length === 0) return 1;
  return report.results.some((r) => r.status === 'fail') ? 1 : 0;
}

/** `promise`'s value, or `fallback` after `ms` (the timer cleared either way). */
async function within(promise, ms, fallback) {
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(argv, platform = process.platform) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`Tham số không hợp lệ / Bad usage: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const problem = platformProblem(args, platform);
  if (problem) {
    console.error(problem);
    return 2;
  }

  // Loaded only here: a machine without Excel never starts them.
  const { TestServer } = require('office-addin-test-server');
  const { startDebugging, stopDebugging, AppType } = require('office-addin-debugging');
  const { OfficeApp } = require('office-addin-manifest');
  const pkg = require(path.join(ROOT, 'package.json'));

  const manifest = manifestFor(args);
  const server = new TestServer(TEST_SERVER_PORT);
  // The server holds a rejected "no results yet" promise until it starts: handled here, not left unhandled.
  server.getTestResults().catch(() => undefined);
  let sideloaded = false;
  try {
    await server.startTestServer();
    console.log(`Test server on https://localhost:${TEST_SERVER_PORT}`);
    sideloaded = true;
    await startDebugging(manifest.file, {
      appType: args.web ? AppType.Web : AppType.Desktop,
      app: OfficeApp.Excel,
      document: args.web || undefined,
      devServerCommandLine: 'npm run dev-server',
      devServerPort: Number(pkg.config.dev_server_port),
      enableDebugging: false,
      enableLiveReload: false,
    });
    console.log(`Waiting up to ${args.timeoutS} s for the contract page's results (Excel opens a workbook with the pane "chitieu (kiểm tra)")…`);
    const report = await within(server.getTestResults(), args.timeoutS * 1000, null);
    if (report === null) {
      console.error(`No results within ${args.timeoutS} s: did Excel open the pane "chitieu (kiểm tra)"? (Home → Kiểm tra hợp đồng)`);
      return 1;
    }
    console.log(resultsTable(report));
    return exitCodeOf(report);
  } catch (e) {
    console.error(`npm run test:excel: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    if (sideloaded) {
      try {
        await stopDebugging(manifest.file);
      } catch (e) {
        console.error(`Could not unload the add-in: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    await server.stopTestServer().catch(() => undefined);
    manifest.remove();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    }
  );
}

module.exports = { parseArgs, platformProblem, pageQuery, manifestWithQuery, resultsTable, exitCodeOf, main, USAGE, UsageError, DEFAULT_TIMEOUT_S };
