/**
 * What the browser tests stand on: the built pages served on 127.0.0.1 (a
 * free port), Debian's Chromium driven by playwright-core (nothing leaves
 * 127.0.0.1), screenshots under test-output/e2e/, and the layout check that
 * finds clipped, overflowing or overlapping text in the task pane.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, serve } from '../../scripts/browser';

export const ROOT = path.resolve(__dirname, '../..');
export const OUT = path.join(ROOT, 'test-output', 'e2e');

/** The build the tests load: E2E_DIST, else the one global-setup.js made. */
export function distDir(): string {
  return process.env.E2E_DIST ? path.resolve(ROOT, process.env.E2E_DIST) : path.join(OUT, 'dist');
}

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  url: string;
  /** Uncaught errors, console errors and failed requests of the page, as they came. */
  errors: string[];
  close(): Promise<void>;
}

export const VIEWPORT = { width: 1280, height: 900 };

/** Start the server and the browser, with one page whose errors are recorded. */
export async function start(): Promise<Session> {
  const exe = chromiumPath();
  if (!exe) {
    throw new Error('No Chromium: apt-get install chromium, or set CHROMIUM_PATH (see test/e2e/global-setup.js).');
  }
  const dir = distDir();
  if (!fs.existsSync(path.join(dir, 'workbench.html'))) {
    throw new Error(`No build at ${dir}: run the tests with npm run test:e2e (its global setup builds the pages).`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: exe, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'vi-VN' });
  // Nothing leaves 127.0.0.1.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]).*/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // A failed load is reported (with its address) by the response handler below.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return {
    browser,
    context,
    page,
    url: server.url,
    errors,
    close: async () => {
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

/** A fresh (empty) folder for a run's screenshots. */
export function screenshotDir(name: string): string {
  const dir = path.join(OUT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * `<name>.png`, the window as it is, and `<name>-pane.png`, the whole task
 * pane (the window made tall enough for all of it, then put back).
 */
export async function shoot(page: Page, dir: string, name: string): Promise<void> {
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  const pane = page.locator('aside').first();
  if ((await pane.count()) === 0) return;
  const extra = await pane.evaluate((el) => el.scrollHeight - el.clientHeight);
  const size = page.viewportSize() ?? VIEWPORT;
  if (extra > 0) await page.setViewportSize({ width: size.width, height: Math.min(size.height + extra + 8, 8000) });
  try {
    await pane.screenshot({ path: path.join(dir, `${name}-pane.png`) });
  } finally {
    if (extra > 0) await page.setViewportSize(size);
  }
}

export interface LayoutReport {
  /** Text clipped, outside the pane, overlapping other text; buttons on top of each other. */
  problems: string[];
  /** Text cut short on purpose (an ellipsis, the full text in a tooltip). */
  notes: string[];
  /** Text pieces and controls looked at. */
  checked: number;
}

/**
 * Runs in the page. Every piece of text in the pane (each line box of each
 * text node, measured with a Range) must lie inside the pane, inside every
 * ancestor that hides its overflow, and clear of every other piece of text;
 * an element with text and hidden overflow must not be wider than its box
 * (scrollWidth ≤ clientWidth + 1); no two controls may overlap; nothing in
 * the pane may scroll sideways. Text in an ellipsis whose full wording is in
 * a title (a tooltip) is noted, not failed.
 */
export function inspectLayout(arg: { pane: string }): LayoutReport {
  const EPS = 1;
  const problems: string[] = [];
  const notes: string[] = [];
  const pane = document.querySelector<HTMLElement>(arg.pane);
  if (!pane) return { problems: [`no element ${arg.pane}`], notes, checked: 0 };
  const pr = pane.getBoundingClientRect();
  const paneLeft = pr.left + pane.clientLeft;
  const paneRight = paneLeft + pane.clientWidth;

  const short = (s: string | null | undefined): string => {
    const x = (s ?? '').replace(/\s+/g, ' ').trim();
    return x.length > 60 ? `${x.slice(0, 57)}…` : x;
  };
  const name = (el: Element): string => {
    const role = el.getAttribute('role');
    const label = el.getAttribute('aria-label');
    return `<${el.tagName.toLowerCase()}${role ? ` role=${role}` : ''}${label ? ` "${short(label)}"` : ''}>`;
  };
  const hidden = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return true;
      // Visually hidden text for screen readers.
      if ((cs.clip && cs.clip !== 'auto') || (cs.clipPath && cs.clipPath !== 'none')) return true;
    }
    return false;
  };
  const clipsX = (cs: CSSStyleDeclaration) => cs.overflowX !== 'visible';
  const clipsY = (cs: CSSStyleDeclaration) => cs.overflowY !== 'visible';
  const scrolls = (v: string) => v === 'auto' || v === 'scroll';
  const titled = (el: Element): boolean => {
    for (let e: Element | null = el; e && e !== pane; e = e.parentElement) if (e.getAttribute('title')) return true;
    return false;
  };

  interface Piece {
    rect: DOMRect;
    node: Text;
    owner: Element;
  }
  const pieces: Piece[] = [];
  const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const owner = node.parentElement;
    if (!owner || !(node.textContent ?? '').trim()) continue;
    if (owner.closest('select, option, script, style, textarea')) continue;
    if (hidden(owner)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width <= 1 || rect.height <= 1) continue;
      pieces.push({ rect, node, owner });
    }
  }

  const ellipsisNoted = new Set<Element>();
  for (const p of pieces) {
    const text = `"${short(p.node.textContent)}" in ${name(p.owner)}`;
    const r = p.rect;
    if (r.left < paneLeft - EPS || r.right > paneRight + EPS) {
      problems.push(`${text} reaches outside the pane (x ${Math.round(r.left)}–${Math.round(r.right)}, pane ${Math.round(paneLeft)}–${Math.round(paneRight)})`);
      continue;
    }
    // Every ancestor that hides its overflow, up to the pane (which scrolls down: only sideways counts there).
    for (let a: Element | null = p.owner; a && a !== pane; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (!clipsX(cs) && !clipsY(cs)) continue;
      const ar = a.getBoundingClientRect();
      const he = a as HTMLElement;
      const left = ar.left + he.clientLeft;
      const top = ar.top + he.clientTop;
      const outX = clipsX(cs) && !scrolls(cs.overflowX) && (r.left < left - EPS || r.right > left + he.clientWidth + EPS);
      const outY = clipsY(cs) && !scrolls(cs.overflowY) && (r.top < top - EPS || r.bottom > top + he.clientHeight + EPS);
      if (!outX && !outY) continue;
      if (cs.textOverflow === 'ellipsis' && titled(a)) {
        if (!ellipsisNoted.has(a)) notes.push(`${text}: cut with an ellipsis, full text in its title`);
        ellipsisNoted.add(a);
      } else {
        problems.push(`${text} is clipped ${outX ? 'sideways' : 'vertically'} by ${name(a)}`);
      }
      break;
    }
  }

  // Text on top of other text.
  for (let i = 0; i < pieces.length; i++) {
    for (let j = i + 1; j < pieces.length; j++) {
      const a = pieces[i].rect;
      const b = pieces[j].rect;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 2 && h > 2) {
        problems.push(`"${short(pieces[i].node.textContent)}" overlaps "${short(pieces[j].node.textContent)}"`);
      }
    }
  }

  // Elements with text and hidden overflow: nothing wider than the box.
  const all = Array.from(pane.querySelectorAll<HTMLElement>('*'));
  for (const el of all) {
    if (hidden(el)) continue;
    const cs = getComputedStyle(el);
    if (scrolls(cs.overflowX) && el.scrollWidth > el.clientWidth + EPS && el.clientWidth > 0) {
      problems.push(`${name(el)} scrolls sideways (${el.scrollWidth} px of content in ${el.clientWidth} px)`);
      continue;
    }
    if (!clipsX(cs) || scrolls(cs.overflowX)) continue;
    const ownText = Array.from(el.childNodes).some((c) => c.nodeType === 3 && (c.textContent ?? '').trim() !== '');
    if (!ownText) continue;
    if (el.scrollWidth > el.clientWidth + EPS) {
      const text = `${name(el)} "${short(el.textContent)}"`;
      if (cs.textOverflow === 'ellipsis' && titled(el)) {
        if (!ellipsisNoted.has(el)) notes.push(`${text}: cut with an ellipsis, full text in its title`);
        ellipsisNoted.add(el);
      } else {
        problems.push(`${text} is wider than its box (${el.scrollWidth} > ${el.clientWidth} px)`);
      }
    }
  }

  // Controls on top of each other.
  const controls = all.filter(
    (el) =>
      el.matches('button, [role="button"], [role="tab"], input:not([type="hidden"]), select, textarea, [role="switch"]') &&
      !hidden(el) &&
      getComputedStyle(el).position !== 'absolute'
  );
  const textHeight = (el: Element): number => {
    const own = pieces.filter((p) => el.contains(p.node));
    if (own.length === 0) return 0;
    return Math.max(...own.map((p) => p.rect.bottom)) - Math.min(...own.map((p) => p.rect.top));
  };
  const boxes = controls.map((el) => ({ el, r: el.getBoundingClientRect() })).filter((b) => b.r.width > 1 && b.r.height > 1);
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    if (a.r.left < paneLeft - EPS || a.r.right > paneRight + EPS) {
      problems.push(`${name(a.el)} "${short(a.el.textContent)}" reaches outside the pane`);
    }
    // A button far taller than its text, and than the text of the buttons
    // beside it in its row (stretched by the layout around it).
    if (a.el.matches('button, [role="button"]') && textHeight(a.el) > 0) {
      const row = boxes.filter((b) => b.el.parentElement === a.el.parentElement && b.r.top < a.r.bottom && b.r.bottom > a.r.top);
      const need = Math.max(...row.map((b) => textHeight(b.el)));
      if (a.r.height > need + 32) {
        problems.push(`${name(a.el)} "${short(a.el.textContent)}" is stretched: ${Math.round(a.r.height)} px tall for ${Math.round(need)} px of text`);
      }
    }
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 1 && h > 1) {
        problems.push(`${name(a.el)} "${short(a.el.textContent)}" overlaps ${name(b.el)} "${short(b.el.textContent)}"`);
      }
    }
  }
  return { problems: Array.from(new Set(problems)), notes, checked: pieces.length + boxes.length };
}

/** The layout check on the page's task pane (the workbench's <aside>). */
export async function layout(page: Page, pane = 'aside'): Promise<LayoutReport> {
  return page.evaluate(inspectLayout, { pane });
}

/** A regular expression matching `text` literally. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * axe-core's findings of impact "serious" or "critical" in the pane
 * (WCAG 2.1 A and AA rules), one line each: rule, impact, the elements.
 * axe is put into the page through the browser's own evaluation, which the
 * page's Content-Security-Policy does not govern.
 */
export async function accessibility(page: Page, pane = 'aside'): Promise<string[]> {
  const has = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!has) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const source = (require('axe-core') as { source: string }).source;
    await page.evaluate(source);
  }
  return page.evaluate(async (selector) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const r = await axe.run(
      { include: [selector] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] }
    );
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(', ')}`
      );
  }, pane);
}

/**
 * Runs in the page. Every box a person types in or picks from, inside
 * `scope`, shows all it holds: a select its chosen option's text (measured
 * in its font, beside the room its padding and arrow leave), an input its
 * value or placeholder, a textarea all its lines (no inner scroll). The
 * text walk of inspectLayout cannot see these: a control draws its text
 * itself.
 */
export function inspectControls(arg: { scope: string }): string[] {
  const problems: string[] = [];
  const scope = document.querySelector(arg.scope);
  if (!scope) return [`no element ${arg.scope}`];
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return ['no canvas to measure text with'];
  const name = (el: HTMLElement) => el.getAttribute('aria-label') ?? el.getAttribute('placeholder') ?? el.id ?? el.tagName.toLowerCase();
  const round = (n: number) => Math.round(n * 10) / 10;
  for (const el of Array.from(scope.querySelectorAll<HTMLElement>('select, input, textarea'))) {
    if (el.getClientRects().length === 0) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) continue;
    if (el instanceof HTMLInputElement && ['checkbox', 'radio', 'hidden', 'file', 'range'].includes(el.type)) continue;
    const room = el.clientWidth - (parseFloat(cs.paddingLeft) || 0) - (parseFloat(cs.paddingRight) || 0);
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    if (el instanceof HTMLTextAreaElement) {
      if (el.scrollHeight > el.clientHeight + 1) problems.push(`<textarea "${name(el)}"> hides lines: ${el.scrollHeight} px of text in ${el.clientHeight} px`);
      continue;
    }
    const text =
      el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? '') : (el as HTMLInputElement).value || ((el as HTMLInputElement).placeholder ?? '');
    const need = ctx.measureText(text).width;
    if (need > room + 1) problems.push(`<${el.tagName.toLowerCase()} "${name(el)}"> shows “${text}” in ${round(room)} px; it needs ${round(need)} px`);
    if (!(el instanceof HTMLSelectElement) && el.scrollWidth > el.clientWidth + 1) {
      problems.push(`<${el.tagName.toLowerCase()} "${name(el)}"> scrolls its text: ${el.scrollWidth} > ${el.clientWidth} px`);
    }
  }
  return problems;
}

/** inspectControls on the page. */
export async function controls(page: Page, scope = 'aside'): Promise<string[]> {
  return page.evaluate(inspectControls, { scope });
}

/**
 * Runs in the page: the focused element's own ring (outline) and, for
 * Fluent's controls, the ring its ::after draws; and a short name.
 */
export function focusedRing(): { name: string; outline: string; after: string; inPane: boolean } | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const cs = getComputedStyle(el);
  const after = getComputedStyle(el, '::after');
  return {
    name: `<${el.tagName.toLowerCase()}> ${(el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)}`,
    outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 ? `${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor}` : '',
    after: after.content !== 'none' && parseFloat(after.borderTopWidth) > 0 ? `${after.borderTopWidth} ${after.borderTopStyle} ${after.borderTopColor}` : '',
    inPane: !!el.closest('aside'),
  };
}

/**
 * Tab from the pane's first control through every stop in it: each must
 * look different focused than not (a screenshot of its box and 4 px around
 * it, focused, then blurred). Returns the stops that did not, and how many
 * were looked at.
 */
export async function tabStops(page: Page, max = 120): Promise<{ stops: string[]; unseen: string[] }> {
  const stops: string[] = [];
  const unseen: string[] = [];
  await page.evaluate(() => {
    const first = document.querySelector<HTMLElement>('aside button, aside [tabindex="0"], aside input, aside select');
    first?.focus();
  });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(focusedRing);
    if (!ring || !ring.inPane) break;
    stops.push(ring.name);
    const box = await page.evaluate(() => {
      const r = (document.activeElement as HTMLElement).getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    const size = page.viewportSize()!;
    const clip = {
      x: Math.max(0, box.x - 4),
      y: Math.max(0, box.y - 4),
      width: Math.min(size.width, box.x + box.width + 4) - Math.max(0, box.x - 4),
      height: Math.min(size.height, box.y + box.height + 4) - Math.max(0, box.y - 4),
    };
    if (clip.width <= 0 || clip.height <= 0) {
      unseen.push(`${ring.name}: off screen when focused`);
      continue;
    }
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await frames();
    const focused = await page.screenshot({ clip });
    await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      el.setAttribute('data-e2e-tab', '');
      el.blur();
    });
    await frames();
    const blurred = await page.screenshot({ clip });
    if (focused.equals(blurred)) unseen.push(`${ring.name}: looks the same focused and not`);
    // Back on it, so the next Tab goes on from there.
    await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-e2e-tab]');
      el?.removeAttribute('data-e2e-tab');
      el?.focus({ preventScroll: true });
    });
  }
  return { stops, unseen };
}
