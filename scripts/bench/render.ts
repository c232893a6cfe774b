/**
 * First render of the built pages in headless Chromium, served by a tiny
 * static server on 127.0.0.1 (a free port): taskpane.html with office.js
 * blocked (the pane then shows its "no office.js" note, in both languages,
 * which is its first screen outside Excel) and workbench.html (the real
 * pane on the in-memory Excel). Measured from navigation start: first
 * contentful paint, and the frame in which the page's marker is visible
 * (the note for the task pane, the "Kiểm tra" button for the workbench).
 * Each page is loaded `runs` times in a fresh browser context (no cache);
 * the median is kept.
 */
import { CHROMIUM_ARGS, chromiumPath, serve } from '../browser';
import { median, progress, round } from './timing';

export interface PageFigure {
  /** first-contentful-paint, ms from navigation start (median). */
  fcpMs: number | null;
  /** The marker visible, ms from navigation start (median). */
  visibleMs: number | null;
  marker: string;
  runs: number[];
  error?: string;
}

export interface RenderResult {
  browser: string | null;
  taskpane: PageFigure;
  workbench: PageFigure;
  error?: string;
}

/** Installed in every page before its scripts: note the first frame in which the marker is visible. */
function watchMarker(arg: { selector: string; text: string | null }): void {
  const w = window as unknown as { __benchVisible: number | null };
  w.__benchVisible = null;
  const visible = (): boolean => {
    const els = document.querySelectorAll(arg.selector);
    for (let i = 0; i < els.length; i++) {
      const el = els[i];
      if (arg.text !== null && !(el.textContent ?? '').includes(arg.text)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return true;
    }
    return false;
  };
  const tick = (): void => {
    if (w.__benchVisible !== null) return;
    if (document.body && visible()) {
      w.__benchVisible = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function loadOnce(browser: any, url: string, marker: { selector: string; text: string | null }): Promise<{ fcp: number | null; visible: number | null }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    // Nothing leaves 127.0.0.1: office.js (appsforoffice.microsoft.com) and anything else is refused.
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]).*/, (route: any) => route.abort());
    await context.addInitScript(watchMarker, marker);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __benchVisible: number | null }).__benchVisible !== null, undefined, { timeout: 30_000 });
    return await page.evaluate(() => {
      const paint = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
      return { fcp: paint ? paint.startTime : null, visible: (window as unknown as { __benchVisible: number | null }).__benchVisible };
    });
  } finally {
    await context.close();
  }
}

async function measurePage(browser: any, url: string, marker: { selector: string; text: string | null }, label: string, runs: number): Promise<PageFigure> {
  const fcps: number[] = [];
  const vis: number[] = [];
  const shown = marker.text ? `${marker.selector} "${marker.text}"` : marker.selector;
  try {
    // One warm-up load (the browser's own start-up), then the measured ones.
    await loadOnce(browser, url, marker);
    for (let i = 0; i < runs; i++) {
      const r = await loadOnce(browser, url, marker);
      if (r.fcp !== null) fcps.push(r.fcp);
      if (r.visible !== null) vis.push(r.visible);
    }
  } catch (e) {
    return { fcpMs: null, visibleMs: null, marker: shown, runs: [], error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
  progress(`render: ${label}: visible ${vis.map((x) => Math.round(x)).join(', ')} ms`);
  return { fcpMs: fcps.length ? round(median(fcps)) : null, visibleMs: vis.length ? round(median(vis)) : null, marker: shown, runs: vis.map((x) => round(x)) };
}

export async function benchRender(dir: string, runs = 3): Promise<RenderResult> {
  const none: PageFigure = { fcpMs: null, visibleMs: null, marker: '', runs: [] };
  const exe = chromiumPath();
  if (!exe) return { browser: null, taskpane: none, workbench: none, error: 'no Chromium (set CHROMIUM_PATH or install chromium)' };
  let chromium: any;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    chromium = require('playwright-core').chromium;
  } catch {
    return { browser: null, taskpane: none, workbench: none, error: 'playwright-core is not installed' };
  }
  const server = await serve(dir);
  progress(`render: ${exe} on ${server.url}`);
  const browser = await chromium.launch({ executablePath: exe, headless: true, args: CHROMIUM_ARGS });
  try {
    const taskpane = await measurePage(
      browser,
      `${server.url}/taskpane.html`,
      { selector: '[role="status"]', text: null },
      'taskpane (no office.js note)',
      runs
    );
    const workbench = await measurePage(browser, `${server.url}/workbench.html`, { selector: 'button', text: 'Kiểm tra' }, 'workbench ("Kiểm tra")', runs);
    return { browser: `${exe} ${browser.version()}`, taskpane, workbench };
  } finally {
    await browser.close();
    await server.close();
  }
}
