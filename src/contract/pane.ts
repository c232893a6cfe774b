/**
 * Entry of contract.html: the contract page (page.ts) inside Excel, talking
 * to the local test server of `npm run test:excel` through Microsoft's
 * office-addin-test-helpers (https on localhost, port 4201: pingTestServer, then
 * sendTestResults). That server, on this machine, is the only place the
 * page sends anything to; the task pane never loads this page's code.
 */
import { pingTestServer, sendTestResults } from 'office-addin-test-helpers';
import type { ExcelRunner } from '../host/excel/runner';
import { startContractPage, type ContractOffice } from './page';
import { TEST_SERVER_PORT } from './server';

if (typeof document !== 'undefined') {
  const root = document.getElementById('root');
  const g = globalThis as { Office?: unknown; Excel?: unknown };
  if (root) {
    startContractPage(root, {
      office: g.Office as ContractOffice | undefined,
      excel: g.Excel as ExcelRunner | undefined,
      ping: async () => (await pingTestServer(TEST_SERVER_PORT)).status === 200,
      send: (report) => sendTestResults(report, TEST_SERVER_PORT),
      search: typeof location !== 'undefined' ? location.search : '',
    });
  }
}
