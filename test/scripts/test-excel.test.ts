/**
 * scripts/test-excel.js (`npm run test:excel`): what can be checked
 * without an Excel. Its options, the table it prints from what the
 * contract page sends and its exit code, the manifest copy that asks for
 * other cases; and that on a machine without Excel (this one) it stops at
 * once with a clear message, starting nothing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const script = require('../../scripts/test-excel.js') as {
  parseArgs(argv: string[]): { web: string | null; include: string[]; only: string[] | null; timeoutS: number; help: boolean };
  platformProblem(args: { web: string | null }, platform: string): string | null;
  pageQuery(args: { include: string[]; only: string[] | null }): string;
  manifestWithQuery(xml: string, query: string): string;
  resultsTable(report: unknown): string;
  exitCodeOf(report: unknown): number;
  main(argv: string[], platform?: string): Promise<number>;
  UsageError: new (m: string) => Error;
  DEFAULT_TIMEOUT_S: number;
};

const ROOT = path.resolve(__dirname, '..', '..');

const report = (statuses: string[]) => ({
  suite: 'chitieu-contract',
  excel: { host: 'Excel', platform: 'PC', version: '16.0.18025.20000', language: 'vi-VN' },
  results: statuses.map((status, i) => ({ name: `case-${i}`, status, detail: `detail ${i}`, ms: 10 * i })),
});

describe('npm run test:excel: options', () => {
  test('desktop by default, five minutes to wait, every case but the opt-in ones', () => {
    expect(script.parseArgs([])).toEqual({ web: null, include: [], only: null, timeoutS: 300, help: false });
    expect(script.DEFAULT_TIMEOUT_S).toBe(300);
  });

  test('--web takes the address of a workbook in Excel on the web; --include, --only, --timeout', () => {
    const url = 'https://contoso.sharepoint.com/:x:/r/personal/a/Book1.xlsx';
    expect(script.parseArgs(['--web', url, '--include', 'payload', '--only=load-sync,settings', '--timeout', '600'])).toEqual({
      web: url,
      include: ['payload'],
      only: ['load-sync', 'settings'],
      timeoutS: 600,
      help: false,
    });
    expect(script.parseArgs(['--help']).help).toBe(true);
  });

  test('what it cannot take is a usage error that says why', () => {
    expect(() => script.parseArgs(['--web'])).toThrow('--web needs a value');
    expect(() => script.parseArgs(['--web', 'Book1.xlsx'])).toThrow('--web needs the https address of a workbook');
    expect(() => script.parseArgs(['--timeout', '0'])).toThrow('--timeout needs a whole number of seconds');
    expect(() => script.parseArgs(['--desktp'])).toThrow('unknown argument: --desktp');
    expect(() => script.parseArgs(['--web'])).toThrow(script.UsageError);
  });

  test('Excel desktop is on Windows and Mac; elsewhere only --web can run', () => {
    expect(script.platformProblem({ web: null }, 'win32')).toBeNull();
    expect(script.platformProblem({ web: null }, 'darwin')).toBeNull();
    expect(script.platformProblem({ web: 'https://x/y.xlsx' }, 'linux')).toBeNull();
    const problem = script.platformProblem({ web: null }, 'linux')!;
    expect(problem).toContain('there is no Excel on this machine (linux)');
    expect(problem).toContain('không có Excel trên máy này');
    expect(problem).toContain('--web');
  });

  test('--include and --only reach the contract page through the manifest’s URLs (escaped for XML)', () => {
    const xml = fs.readFileSync(path.join(ROOT, 'manifest.contract.xml'), 'utf8');
    expect(script.pageQuery({ include: [], only: null })).toBe('');
    expect(script.manifestWithQuery(xml, '')).toBe(xml);
    const query = script.pageQuery({ include: ['payload'], only: ['load-sync', 'payload'] });
    expect(query).toBe('?include=payload&only=load-sync%2Cpayload');
    const out = script.manifestWithQuery(xml, query);
    const urls = [...out.matchAll(/https:\/\/localhost:3000\/contract\.html[^"]*/g)].map((m) => m[0]);
    expect(urls).toHaveLength(2);
    for (const u of urls) expect(u).toBe('https://localhost:3000/contract.html?include=payload&amp;only=load-sync%2Cpayload');
    // Nothing else changed.
    expect(out.replace(/\?include=payload&amp;only=load-sync%2Cpayload/g, '')).toBe(xml);
  });
});

describe('npm run test:excel: the results', () => {
  test('a table of the Excel, one row a case, and the counts', () => {
    const table = script.resultsTable(report(['pass', 'skipped', 'manual']));
    expect(table.split('\n')).toEqual([
      'Excel: Excel · PC · 16.0.18025.20000 · vi-VN',
      'STATUS  CASE     TIME  DETAIL',
      'PASS    case-0   0 ms  detail 0',
      'SKIP    case-1  10 ms  detail 1',
      'MANUAL  case-2  20 ms  detail 2',
      '',
      '1 passed, 0 failed, 1 skipped, 1 manual',
    ]);
  });

  test('exit code 0 only when results came and none failed', () => {
    expect(script.exitCodeOf(report(['pass', 'skipped', 'manual']))).toBe(0);
    expect(script.exitCodeOf(report(['pass', 'fail']))).toBe(1);
    expect(script.exitCodeOf(report([]))).toBe(1);
    expect(script.exitCodeOf(null)).toBe(1);
    expect(script.exitCodeOf({ results: [{ name: 'x', status: 'passed' }] })).toBe(1);
    expect(script.resultsTable('garbage')).toBe('No results could be read from what the contract page sent.');
  });
});

describe('npm run test:excel on a machine without Excel', () => {
  test('main stops with exit code 2 before starting anything', async () => {
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await script.main([], 'linux')).toBe(2);
      expect(err.mock.calls.join('\n')).toContain('there is no Excel on this machine (linux)');
    } finally {
      err.mockRestore();
    }
  });

  (process.platform === 'linux' ? test : test.skip)('the script itself fails fast here (well under 10 s), with the message', () => {
    const start = Date.now();
    const out = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'test-excel.js')], { encoding: 'utf8', timeout: 20_000 });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('there is no Excel on this machine (linux)');
    expect(out.stderr).toContain('npx jest test/host/contract.test.ts');
    expect(Date.now() - start).toBeLessThan(10_000);
  });

  test('bad usage is exit code 2 with the usage', () => {
    const out = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'test-excel.js'), '--bogus'], { encoding: 'utf8', timeout: 20_000 });
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('unknown argument: --bogus');
    expect(out.stderr).toContain('npm run test:excel [-- --web <workbook url>]');
  });
});
