/**
 * The contract page's report through Microsoft's own pieces, on loopback:
 * office-addin-test-helpers' pingTestServer and sendTestResults (what the
 * page calls) against office-addin-test-server's TestServer (what `npm run
 * test:excel` starts). sendTestResults puts the JSON in the query string:
 * a report cut by fitForServer to MAX_QUERY_CHARS gets through, whole; one
 * far larger does not (so the cut is needed). The Office development
 * certificates are not installed here: the server gets a throw-away
 * self-signed one (openssl), and the helpers' fetch (node-fetch under
 * Node, the browser's fetch in the page) is given an agent that takes it.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { fitForServer, MAX_QUERY_CHARS, type ContractReport } from '../../src/contract/server';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-test-server-'));
let haveOpenssl = true;
try {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '1', '-subj', '/CN=localhost'], {
    cwd: dir,
    stdio: 'ignore',
  });
} catch {
  haveOpenssl = false;
}

jest.mock('office-addin-dev-certs', () => ({
  getHttpsServerOptions: async () => ({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) }),
}));

jest.mock('isomorphic-fetch', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const https = require('https') as typeof import('https');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodeFetch = require('node-fetch') as (url: string, init?: object) => Promise<unknown>;
  const agent = new https.Agent({ rejectUnauthorized: false });
  return { __esModule: true, default: (url: string, init?: object) => nodeFetch(url, { ...init, agent }) };
});

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TestServer } = require('office-addin-test-server') as {
  TestServer: new (port: number) => {
    startTestServer(): Promise<boolean>;
    stopTestServer(): Promise<boolean>;
    getTestResults(): Promise<unknown>;
    server: { address(): AddressInfo };
  };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const helpers = require('office-addin-test-helpers') as {
  pingTestServer(port: number): Promise<{ status: number; platform: string }>;
  sendTestResults(data: object, port: number): Promise<boolean>;
};

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function report(detail: string): ContractReport {
  return {
    suite: 'chitieu-contract',
    excel: { host: 'Excel', platform: 'Mac', version: '16.89', language: 'vi-VN' },
    results: Array.from({ length: 13 }, (_, i) => ({ name: `case-${i}`, status: i === 3 ? 'manual' : 'pass', detail: `${i}: ${detail}`, ms: i })),
  };
}

async function started() {
  const server = new TestServer(0);
  server.getTestResults().catch(() => undefined);
  await server.startTestServer();
  return { server, port: server.server.address().port };
}

(haveOpenssl ? describe : describe.skip)('the report through office-addin-test-helpers and office-addin-test-server', () => {
  test('ping answers; a report cut to fit arrives whole, Vietnamese included', async () => {
    const { server, port } = await started();
    try {
      expect((await helpers.pingTestServer(port)).status).toBe(200);
      const fit = fitForServer(report('Đọc giá trị không làm mất lịch sử Ctrl+Z của Excel. '.repeat(60)));
      expect(encodeURIComponent(JSON.stringify(fit)).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
      expect(await helpers.sendTestResults(fit, port)).toBe(true);
      expect(await server.getTestResults()).toEqual(fit);
    } finally {
      await server.stopTestServer();
    }
  });

  test('a report far over the limit does not get through uncut', async () => {
    const { server, port } = await started();
    try {
      const big = report('x'.repeat(4000));
      expect(encodeURIComponent(JSON.stringify(big)).length).toBeGreaterThan(16 * 1024);
      await helpers.sendTestResults(big, port);
      const got = await Promise.race([server.getTestResults(), new Promise((resolve) => setTimeout(() => resolve('nothing'), 1500))]);
      expect(got).toBe('nothing');
    } finally {
      await server.stopTestServer();
    }
  });
});
