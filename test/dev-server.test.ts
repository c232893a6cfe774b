/**
 * `npm start` serves the workbench at /workbench.html; the server's root
 * leads there instead of answering 404 (what a new user types first).
 */
import * as http from 'http';

type Middleware = { name: string; middleware: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void };

async function rootMiddleware(): Promise<Middleware['middleware']> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = await require('../webpack.config.js')({}, { mode: 'development' });
  const list: Middleware[] = config.devServer.setupMiddlewares([], {});
  return list.find((m) => m.name === 'root-to-workbench')!.middleware;
}

function call(mw: Middleware['middleware'], url: string, method = 'GET') {
  const out = { status: 0, location: '', next: false };
  const res = {
    writeHead: (status: number, headers: Record<string, string>) => {
      out.status = status;
      out.location = headers.Location;
    },
    end: () => undefined,
  } as unknown as http.ServerResponse;
  mw({ url, method } as http.IncomingMessage, res, () => (out.next = true));
  return out;
}

describe('the development server', () => {
  test('its root leads to the workbench, with the query kept', async () => {
    const mw = await rootMiddleware();
    expect(call(mw, '/')).toEqual({ status: 302, location: '/workbench.html', next: false });
    expect(call(mw, '/?lang=en')).toEqual({ status: 302, location: '/workbench.html?lang=en', next: false });
  });

  test('every other page is served as before', async () => {
    const mw = await rootMiddleware();
    expect(call(mw, '/workbench.html').next).toBe(true);
    expect(call(mw, '/taskpane.html').next).toBe(true);
    expect(call(mw, '/', 'POST').next).toBe(true);
  });
});
