/**
 * The workbench driven as a person would, one jest test per step, on one
 * page with the task pane 320 px wide: load, Kiểm tra (the sample's known
 * slips listed), an issue clicked (its cell selected in the grid), the
 * issue list exported to a new sheet (and undone), Tính
 * toán (new columns of formulas), Phụ lục (a sheet "Phụ lục" inserted),
 * Hoàn tác (undone), the language switch, Chẩn đoán (the contract suite
 * run on the in-memory Excel), and an Excel too old for the add-in. After each step: a screenshot, and the layout check (no text
 * clipped, outside the pane or overlapping). `mode` "pseudo" runs the same
 * steps with every UI string pseudo-localised (src/taskpane/pseudo.ts).
 */
import * as fs from 'fs';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../src/i18n/lang';
import { t, type Params, type StringKey } from '../../src/taskpane/i18n';
import { pseudoAccents, setPseudoLocale } from '../../src/taskpane/pseudo';
import type { SheetSnapshot } from '../../src/host/memory/types';
import { accessibility, controls, focusedRing, layout, literal, screenshotDir, shoot, start, tabStops, type LayoutReport, type Session } from './harness';

export type Mode = 'plain' | 'pseudo';

const SAMPLE = 'Biểu số 1';
/** Seed 004 (Bắc Giang 2013): a total of subscribers that is not the sum of its two parts. */
const PROSE_WITH_SLIP =
  'Tổng số thuê bao điện thoại đến nay ước đạt 1.869.673 thuê bao, bằng 97,5% (đạt mật độ 116,25 máy/100dân); trong đó, thuê bao cố định là 73.953 thuê bao, giảm so cùng kỳ năm 25,4%; thuê bao di động là 1.759.720 thuê bao, tăng 14,8% so với cùng kỳ năm trước.';
const TASKS = 'Nhiệm vụ';
const APPENDIX_SHEET = 'Phụ lục';
const EXPORT_SHEET = 'Vấn đề';
const PANE_WIDTH = 320;
const WAIT = { timeout: 15_000 };

/** What window.__chitieuWorkbench offers (src/workbench/index.tsx, WorkbenchProbe). */
interface Probe {
  sheetNames(): string[];
  activeSheet(): string;
  selection(): { sheet: string; address: string } | null;
  snapshot(sheet?: string): SheetSnapshot;
  formulas(sheet?: string): Record<string, string>;
}

type ProbeCall = { fn: 'sheetNames' } | { fn: 'activeSheet' } | { fn: 'selection' } | { fn: 'snapshot'; sheet?: string } | { fn: 'formulas'; sheet?: string };

function probe(page: Page, call: { fn: 'sheetNames' }): Promise<string[]>;
function probe(page: Page, call: { fn: 'activeSheet' }): Promise<string>;
function probe(page: Page, call: { fn: 'selection' }): Promise<{ sheet: string; address: string } | null>;
function probe(page: Page, call: { fn: 'snapshot'; sheet?: string }): Promise<SheetSnapshot>;
function probe(page: Page, call: { fn: 'formulas'; sheet?: string }): Promise<Record<string, string>>;
function probe(page: Page, call: ProbeCall): Promise<unknown> {
  return page.evaluate((c) => {
    const p = (window as unknown as { __chitieuWorkbench?: Probe }).__chitieuWorkbench;
    if (!p) throw new Error('window.__chitieuWorkbench is missing (src/workbench/index.tsx)');
    const sheet = 'sheet' in c ? c.sheet : undefined;
    switch (c.fn) {
      case 'sheetNames':
        return p.sheetNames();
      case 'activeSheet':
        return p.activeSheet();
      case 'selection':
        return p.selection();
      case 'snapshot':
        return p.snapshot(sheet);
      case 'formulas':
        return p.formulas(sheet);
    }
  }, call);
}

export function workbenchFlow(mode: Mode): void {
  const pseudo = mode === 'pseudo';
  /** A UI string as the page shows it in this mode. */
  const L = (lang: Lang, key: StringKey, params?: Params): string => {
    setPseudoLocale(pseudo);
    try {
      return t(lang, key, params);
    } finally {
      setPseudoLocale(false);
    }
  };
  /** A UI string as a whole-text pattern, its `{placeholders}` matched by the given patterns. */
  const pattern = (lang: Lang, key: StringKey, params: Record<string, string>): RegExp => {
    const tokens: Record<string, string> = {};
    Object.keys(params).forEach((k, i) => {
      tokens[k] = `\u0000${i}\u0000`;
    });
    let re = literal(L(lang, key, tokens));
    Object.keys(params).forEach((k, i) => {
      re = re.split(literal(`\u0000${i}\u0000`)).join(params[k]);
    });
    return new RegExp(`^${re}$`);
  };
  const query = `pane=${PANE_WIDTH}${pseudo ? '&lang=pseudo' : ''}`;

  let s: Session;
  let page: Page;
  let shots: string;
  let pane: Locator;
  const layouts: { step: string; report: LayoutReport }[] = [];
  /** axe-core's serious and critical findings in the pane, by step. */
  const axeFindings: string[] = [];
  /** The sample sheet's columns before Tính toán wrote its own. */
  let colsBefore = 0;

  const button = (name: string) => pane.getByRole('button', { name, exact: true });

  /** From Kiểm tra, Tab until an issue's button has the focus: its ring, and its cell. */
  const tabToIssue = async () => {
    await button(L('vi', 'check')).focus();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const onIssue = await page.evaluate(() => document.activeElement?.matches('li[data-code] > button') === true);
      if (!onIssue) continue;
      const ring = await page.evaluate(focusedRing);
      const cell = await page.evaluate(() => document.activeElement!.closest('li')!.getAttribute('data-cell'));
      return { ring: ring!, cell: cell! };
    }
    throw new Error('Tab never reached an issue button');
  };

  /** Screenshot, then the layout check: what it found is the step's failure. */
  const after = async (step: string) => {
    await shoot(page, shots, step);
    const report = await layout(page);
    layouts.push({ step, report });
    for (const v of await accessibility(page)) axeFindings.push(`${step}: ${v}`);
    if (report.problems.length > 0) {
      throw new Error(`layout of the ${PANE_WIDTH} px pane after "${step}" (${mode}; see ${shots}/${step}-pane.png):\n  ` + report.problems.join('\n  '));
    }
  };

  beforeAll(async () => {
    shots = screenshotDir(pseudo ? 'pseudo' : 'plain');
    s = await start();
    page = s.page;
    pane = page.locator('aside');
  });

  afterAll(async () => {
    if (s) await s.close();
    for (const { step, report } of layouts) {
      if (report.notes.length > 0) console.log(`${mode} ${step}: ${report.notes.length} cut on purpose:\n  ${report.notes.join('\n  ')}`);
    }
  });

  test('the workbench loads, the pane 320 px wide beside the sample workbook', async () => {
    await page.goto(`${s.url}/workbench.html?${query}`, { waitUntil: 'load' });
    await button(L('vi', 'check')).waitFor(WAIT);
    const box = await pane.boundingBox();
    expect(box).not.toBeNull();
    // 320 px and its 1 px border
    expect(Math.round(box!.width)).toBeGreaterThanOrEqual(PANE_WIDTH);
    expect(Math.round(box!.width)).toBeLessThanOrEqual(PANE_WIDTH + 2);
    for (const name of [SAMPLE, 'Đầu tư công', TASKS, 'Danh bạ']) {
      await expect(page.getByRole('tab', { name, exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.locator('td[data-cell="B8"]').textContent()).resolves.toBe('Tổng doanh thu');
    await expect(pane.getByText(L('vi', 'idle'), { exact: true }).count()).resolves.toBe(1);
    if (pseudo) {
      // the workbench's own strings go through i18n too
      await expect(page.getByText(L('vi', 'wbTitle'), { exact: true }).count()).resolves.toBe(1);
    }
    await after('01-loaded');
  });

  test('the layout check sees clipped, overflowing, overlapping and stretched things', async () => {
    // Planted in the pane for a moment, then removed: the check must find each.
    await page.evaluate((pane) => {
      const probe = document.createElement('div');
      probe.setAttribute('data-e2e-probe', '');
      probe.innerHTML = [
        '<span style="display:block;width:60px;overflow:hidden;white-space:nowrap">clipped-text-probe and more</span>',
        '<div style="width:700px">wide-text-probe reaching far past the right edge of the task pane</div>',
        '<div><button>overlap-a-probe</button><button style="margin-left:-40px">overlap-b-probe</button></div>',
        '<button style="height:120px">stretched-probe</button>',
      ].join('');
      document.querySelector(pane)!.prepend(probe);
    }, 'aside');
    let report: LayoutReport;
    try {
      report = await layout(page);
    } finally {
      await page.evaluate(() => document.querySelector('[data-e2e-probe]')?.remove());
    }
    const found = report.problems.join('\n');
    expect(found).toMatch(/clipped-text-probe.*(clipped sideways|wider than its box)/);
    expect(found).toMatch(/wide-text-probe.*reaches outside the pane/);
    expect(found).toMatch(/overlap-a-probe.*overlaps.*overlap-b-probe/);
    expect(found).toMatch(/stretched-probe.*is stretched/);
    await expect(page.locator('[data-e2e-probe]').count()).resolves.toBe(0);
  });

  test('the accessibility check (axe-core) sees a nameless button, a picture without text and faint text', async () => {
    await page.evaluate((pane) => {
      const probe = document.createElement('div');
      probe.setAttribute('data-e2e-probe', '');
      probe.innerHTML =
        '<button id="axe-probe-button"></button><img id="axe-probe-img" src="data:,"><p id="axe-probe-faint" style="color:#eee;background:#fff">faint</p>';
      document.querySelector(pane)!.prepend(probe);
    }, 'aside');
    let found: string[];
    try {
      found = await accessibility(page);
    } finally {
      await page.evaluate(() => document.querySelector('[data-e2e-probe]')?.remove());
    }
    expect(found.join('\n')).toMatch(/button-name \(critical\).*#axe-probe-button/);
    expect(found.join('\n')).toMatch(/image-alt \(critical\).*#axe-probe-img/);
    expect(found.join('\n')).toMatch(/color-contrast \(serious\).*#axe-probe-faint/);
  });

  test('Kiểm tra lists the sample sheet’s slips', async () => {
    await button(L('vi', 'check')).click();
    const issues = pane.getByRole('heading', { name: pattern('vi', 'issues', { n: '\\d+' }) });
    await issues.waitFor(WAIT);
    const listed = await pane.locator('li[data-code]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-cell')} ${li.getAttribute('data-code')}`));
    // the slips planted in src/workbench/sample.ts
    expect(listed).toEqual(expect.arrayContaining(['E16 ambiguous-number', 'C20 missing-value', 'F20 number-as-text']));
    const e16 = pane.locator('li[data-cell="E16"][data-code="ambiguous-number"] button').first();
    await expect(e16.textContent()).resolves.toContain('“10.7”');
    // The engine's messages are pseudo-localised in the pane too (their cell names and figures stay).
    const indicator = 'Tỷ lệ dịch vụ công trực tuyến mức độ 4';
    await expect(pane.locator('li[data-cell="C20"]').first().textContent()).resolves.toContain(pseudo ? pseudoAccents(indicator) : indicator);
    // the sheet's name in the facts
    await expect(pane.getByText(SAMPLE, { exact: true }).count()).resolves.toBeGreaterThan(0);
    await after('02-check');
  });

  test('keyboard alone: Tab reaches an issue, which shows a ring, and Enter selects its cell; every stop in the pane shows its focus', async () => {
    const { ring, cell } = await tabToIssue();
    // The issue button's own ring: 2 px, solid, in the theme's focus colour.
    expect(ring.outline).toMatch(/^2px solid rgb/);
    await shoot(page, shots, '02a-focus-issue');
    await page.keyboard.press('Enter');
    await page.locator(`td[data-cell="${cell}"][data-selected]`).waitFor(WAIT);
    // Each control of the pane, reached by Tab, looks different focused than not.
    const { stops, unseen } = await tabStops(page);
    expect(stops.length).toBeGreaterThan(15);
    expect(unseen).toEqual([]);
  });

  test('clicking an issue selects its cell in the grid', async () => {
    await pane.locator('li[data-cell="F20"][data-code="number-as-text"] button').first().click();
    await page.locator('td[data-cell="F20"][data-selected]').waitFor(WAIT);
    await expect(page.locator('td[data-selected]').count()).resolves.toBe(1);
    const sel = await probe(page, { fn: 'selection' });
    expect(sel?.sheet).toBe(SAMPLE);
    expect(sel?.address.replace(/\$/g, '').split('!').pop()).toBe('F20');
    await expect(page.locator('td[data-cell="F20"]').textContent()).resolves.toBe('12,3');

    await pane.locator('li[data-cell="E16"] button').first().click();
    await page.locator('td[data-cell="E16"][data-selected]').waitFor(WAIT);
    expect((await probe(page, { fn: 'selection' }))?.address.replace(/\$/g, '').split('!').pop()).toBe('E16');
    await after('03-jump-to-cell');
  });

  test('“Sao chép bảng cho Word” and “Tải về .docx” under the recognised table: they fit, copy, and download a Word file named after the sheet', async () => {
    const part = pane.locator('[data-kind]').first();
    const copy = part.getByRole('button', { name: L('vi', 'wordCopy'), exact: true });
    await copy.waitFor(WAIT);
    await copy.click();
    // Copied through the Clipboard API or a copy event; a browser that refuses both says so, in words.
    await part.getByText(new RegExp(`^(${literal(L('vi', 'wordCopied'))}|${literal(L('vi', 'wordCopyFailed'))})$`)).waitFor(WAIT);
    await after('03-word-copy');
    const download = page.waitForEvent('download', WAIT);
    await part.getByRole('button', { name: L('vi', 'wordDocx'), exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Bieu-so-1.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync(await file.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toContain('Tổng doanh thu');
    await part.getByText(L('vi', 'wordDownloaded', { name: 'Bieu-so-1.docx' }), { exact: true }).waitFor(WAIT);
    await after('03-word-docx');
  });

  test('“Viết câu báo cáo” writes a sentence per indicator of the checked sheet, each with its cell; they fit and copy', async () => {
    await button(L('vi', 'writeSentences')).click();
    const box = pane.getByRole('region', { name: L('vi', 'sentencesTitle'), exact: true });
    await box.waitFor(WAIT);
    const items = box.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(3);
    // The sample's first indicator, its estimate for the year, and the words a report uses.
    await expect(items.first().textContent()).resolves.toMatch(/^B8Tổng doanh thu năm \d{4} ước đạt [\d.]+(,\d+)? tỷ đồng, đạt [\d.,]+% kế hoạch năm/);
    await box.getByRole('button', { name: L('vi', 'sentencesCopy'), exact: true }).click();
    // Copied, or a browser that refuses the clipboard says so beside the button.
    await box.getByText(new RegExp(`${pattern('vi', 'sentencesCopied', { n: '\\d+' }).source}|^${literal(L('vi', 'sentencesCopyFailed'))}$`)).waitFor(WAIT);
    await after('03c-sentences');
    await box.getByRole('button', { name: L('vi', 'sentencesClose'), exact: true }).click();
  });

  test('“Kiểm tra đoạn văn”: pasted prose with a slip gets its message and its words marked; it fits the pane', async () => {
    await button(L('vi', 'proseOpen')).click();
    const box = pane.getByRole('region', { name: L('vi', 'proseTitle'), exact: true });
    await box.waitFor(WAIT);
    await box.getByRole('textbox', { name: L('vi', 'proseLabel') }).fill(PROSE_WITH_SLIP);
    await box.getByRole('button', { name: L('vi', 'proseRun'), exact: true }).click();
    await box.locator('mark').first().waitFor(WAIT);
    // 73.953 + 1.759.720 = 1.833.673, not the 1.869.673 stated.
    await expect(box.locator('li').first().textContent()).resolves.toContain('1.833.673');
    await expect(box.locator('mark').first().textContent()).resolves.toMatch(/^1\.869\.673 thuê bao.*1\.759\.720$/);
    await after('03d-prose');
    await box.getByRole('button', { name: L('vi', 'proseClose'), exact: true }).click();
    await expect(box.count()).resolves.toBe(0);
  });

  test('"Xuất danh sách vấn đề" puts the list on a new sheet "Vấn đề", each cell a link; Hoàn tác deletes it', async () => {
    const exportButton = button(L('vi', 'exportIssues'));
    await exportButton.click();
    const toSheet = page.getByRole('menuitem', { name: L('vi', 'exportToSheet'), exact: true });
    await toSheet.waitFor(WAIT);
    await expect(page.getByRole('menuitem', { name: L('vi', 'exportToCsv'), exact: true }).count()).resolves.toBe(1);
    await after('03a-export-menu');
    await toSheet.click();
    await pane.getByText(pattern('vi', 'exportedSheet', { n: '\\d+', sheet: literal(EXPORT_SHEET), address: 'A1:E\\d+' })).waitFor(WAIT);
    await page.getByRole('tab', { name: EXPORT_SHEET, exact: true }).waitFor(WAIT);
    // The checked sheet stays the active one.
    expect(await probe(page, { fn: 'activeSheet' })).toBe(SAMPLE);
    const snap = await probe(page, { fn: 'snapshot', sheet: EXPORT_SHEET });
    expect(snap.cells[1].map((c) => c.value)).toEqual(['Trang tính', 'Ô', 'Mức', 'Vấn đề', 'Gợi ý sửa']);
    const links = snap.cells.slice(2).map((row) => row[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.formula).toBe(`=HYPERLINK("#'${SAMPLE}'!${l.value}","${l.value}")`);
    await after('03a-exported');

    await button(L('vi', 'undo')).click();
    await page.getByRole('tab', { name: EXPORT_SHEET, exact: true }).waitFor({ state: 'detached', ...WAIT });
    expect(await probe(page, { fn: 'sheetNames' })).not.toContain(EXPORT_SHEET);
    await pane.getByRole('heading', { name: pattern('vi', 'issues', { n: '\\d+' }) }).waitFor(WAIT);
  });

  test('"Bỏ qua" sets an issue apart, saved with the workbook; shown on demand, and back again', async () => {
    const c20 = () => pane.locator('li[data-cell="C20"][data-code="missing-value"]:not([data-ignored])');
    await expect(c20().count()).resolves.toBe(1);
    await c20()
      .getByRole('button', { name: L('vi', 'ignoreLabel', { cell: 'C20' }), exact: true })
      .click();
    await c20().waitFor({ state: 'detached', ...WAIT });
    const show = pane.getByRole('button', { name: L('vi', 'ignoredShow', { n: 1 }), exact: true });
    await show.waitFor(WAIT);
    await show.click();
    const list = pane.getByRole('list', { name: L('vi', 'ignoredList'), exact: true });
    await list.waitFor(WAIT);
    await after('03b-ignored');
    await list.getByRole('button', { name: L('vi', 'unignoreLabel', { cell: 'C20' }), exact: true }).click();
    await c20().waitFor(WAIT);
    await expect(pane.getByRole('list', { name: L('vi', 'ignoredList'), exact: true }).count()).resolves.toBe(0);
  });

  test('"Chiều của chỉ tiêu" turns a row lower-is-better: its completion in the preview follows', async () => {
    const panel = pane.getByRole('region', { name: L('vi', 'panelTitle'), exact: true });
    /** The completion the preview shows for row 8. */
    const completion8 = async () => {
      await button(L('vi', 'compute')).click();
      await panel.waitFor(WAIT);
      await panel.locator('li[data-metric="completion"]').first().waitFor(WAIT);
      const text = (
        await panel
          .locator('li[data-metric="completion"]')
          .evaluateAll((lis) => lis.filter((li) => /\D8$/.test(li.getAttribute('data-cell') ?? '')).map((li) => li.textContent ?? ''))
      ).join('');
      await panel.getByRole('button', { name: L('vi', 'cancel'), exact: true }).click();
      await panel.waitFor({ state: 'detached', ...WAIT });
      return text;
    };
    const before = await completion8();
    expect(before).not.toBe('');
    await pane.getByLabel(L('vi', 'directionRow'), { exact: true }).fill('8');
    await pane.getByRole('button', { name: L('vi', 'directionSave'), exact: true }).click();
    await pane.getByRole('heading', { name: pattern('vi', 'issues', { n: '\\d+' }) }).waitFor(WAIT);
    await after('03c-direction');
    const after8 = await completion8();
    expect(after8).not.toBe(before);
    // Back to chitieu's own reading, for the steps that follow.
    await pane.getByLabel(L('vi', 'directionRow'), { exact: true }).fill('8');
    await pane.getByLabel(L('vi', 'directionLabel'), { exact: true }).selectOption('auto');
    await pane.getByRole('button', { name: L('vi', 'directionSave'), exact: true }).click();
    await pane.getByRole('heading', { name: pattern('vi', 'issues', { n: '\\d+' }) }).waitFor(WAIT);
    expect(await completion8()).toBe(before);
  });

  test('Tính toán writes new columns of formulas into the sheet, and fills the sheet’s own empty “So sánh (%)” cells', async () => {
    const before = await probe(page, { fn: 'snapshot', sheet: SAMPLE });
    colsBefore = before.colCount;
    expect(Object.keys(await probe(page, { fn: 'formulas', sheet: SAMPLE }))).toEqual([]);

    await button(L('vi', 'compute')).click();
    const panel = pane.getByRole('region', { name: L('vi', 'panelTitle'), exact: true });
    await panel.waitFor(WAIT);
    await panel.locator('li[data-cell]').first().waitFor(WAIT);
    await after('04a-compute-preview');
    await panel.getByRole('button', { name: L('vi', 'writeToSheet'), exact: true }).click();
    await pane.getByRole('heading', { name: pattern('vi', 'computed', { n: '\\d+' }) }).waitFor(WAIT);

    const snap = await probe(page, { fn: 'snapshot', sheet: SAMPLE });
    const formulas = await probe(page, { fn: 'formulas', sheet: SAMPLE });
    expect(snap.colCount).toBeGreaterThan(colsBefore);
    const cells = Object.keys(formulas);
    expect(cells.length).toBeGreaterThan(0);
    // the formulas are in the new columns, and the grid shows each as a formula cell
    const newCols = new Set<string>();
    for (const a of cells) {
      const col = a.replace(/\d+$/, '');
      newCols.add(col);
      expect(formulas[a]).toMatch(/^=/);
    }
    const letters = (await page.locator('thead th[scope="col"]').allTextContents()).map((x) => x.trim());
    for (const col of newCols) expect(letters).toContain(col);
    // New columns right of the sheet's; in the sheet's own columns, only cells that were empty (its "So sánh (%)").
    expect([...newCols].some((col) => letters.indexOf(col) >= colsBefore)).toBe(true);
    for (const a of cells.filter((x) => letters.indexOf(x.replace(/\d+$/, '')) < colsBefore)) {
      const r = Number(a.replace(/^[A-Z]+/, '')) - 1;
      const c = letters.indexOf(a.replace(/\d+$/, ''));
      expect(String(before.cells[r]?.[c]?.value ?? '')).toBe('');
    }
    await expect(page.locator('td[data-formula]').count()).resolves.toBe(cells.length);
    // each new column has a heading the grid shows (above the first data row)
    const firstRow = Math.min(...cells.map((a) => Number(a.replace(/^[A-Z]+/, ''))));
    for (let c = colsBefore; c < snap.colCount; c++) {
      const heads = snap.cells
        .slice(0, firstRow - 1)
        .map((row) => row[c])
        .filter((cell) => cell && String(cell.value).trim() !== '')
        .map((cell) => String(cell.value));
      expect(heads.length).toBeGreaterThan(0);
      const shown = (await page.locator('tbody td').allTextContents()).map((x) => x.trim());
      for (const h of heads) expect(shown).toContain(h.trim());
    }
    // the first formula cell, scrolled to and pointed at: the formula bar shows its formula
    const first = cells[0];
    const td = page.locator(`td[data-cell="${first}"]`);
    await td.scrollIntoViewIfNeeded();
    await td.hover();
    await expect(page.locator('[aria-live="polite"]').first().textContent()).resolves.toContain(formulas[first]);
    await after('04-compute');

    // The three cells of one new column computed as values (an input typed as text) read as one
    // line that opens onto them.
    const group = pane.locator('li[data-group="value-not-formula"]');
    await expect(group.count()).resolves.toBe(1);
    await expect(group.getAttribute('data-count')).resolves.toBe('3');
    const toggle = group.getByRole('button', { name: L('vi', 'groupShow', { n: 3 }), exact: true });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(group.locator('li[data-cell]').count()).resolves.toBe(0);
    await toggle.click();
    await expect(group.locator('li[data-cell]').count()).resolves.toBe(3);
    await after('04b-group-open');
    await group.getByRole('button', { name: L('vi', 'groupHide'), exact: true }).click();
  });

  test('“Chèn biểu đồ” after Tính toán: a bar chart of each indicator’s completion beside the table; Hoàn tác deletes it', async () => {
    await button(L('vi', 'chartInsert')).click();
    await pane.getByText(pattern('vi', 'chartInserted', { address: '[A-Z]+\\d+:[A-Z]+\\d+' })).waitFor(WAIT);
    const charts = (await probe(page, { fn: 'snapshot', sheet: SAMPLE })).charts ?? [];
    expect(charts.map((c) => c.type)).toEqual(['BarClustered']);
    expect(charts[0].title).toMatch(/^Mức hoàn thành kế hoạch năm \d{4} \(%\)$/);
    // Drawn from the computed completion column, the indicators' names on its axis.
    expect(charts[0].series[0].xValues).toMatch(/!B\d+:B\d+$/);
    await after('04c-chart');
    await button(L('vi', 'undo')).click();
    for (let i = 0; i < 50 && (await probe(page, { fn: 'snapshot', sheet: SAMPLE })).charts; i++) await page.waitForTimeout(100);
    expect((await probe(page, { fn: 'snapshot', sheet: SAMPLE })).charts).toBeUndefined();
  });

  test('Phụ lục inserts the appendix as a new sheet "Phụ lục"', async () => {
    await page.getByRole('tab', { name: TASKS, exact: true }).click();
    await expect(probe(page, { fn: 'activeSheet' })).resolves.toBe(TASKS);
    await button(L('vi', 'appendix')).click();
    const panel = pane.getByRole('region', { name: L('vi', 'apxTitle'), exact: true });
    await panel.waitFor(WAIT);
    await panel.getByRole('button', { name: L('vi', 'apxFromList'), exact: true }).click();
    await panel.getByText(L('vi', 'apxLoaded', { n: 4, sheet: TASKS }), { exact: true }).waitFor(WAIT);
    await expect(panel.locator('li[data-task]').count()).resolves.toBe(4);
    await after('05a-appendix-tasks');
    expect(await probe(page, { fn: 'sheetNames' })).not.toContain(APPENDIX_SHEET);

    // The add-task form at 320 px: every box shows all it holds (the date's kind showed "Thán" for "Tháng";
    // the title and italic-line boxes hid their last lines).
    await panel.getByRole('button', { name: `+ ${L('vi', 'apxAdd')}`, exact: true }).click();
    const form = panel.getByRole('group', { name: L('vi', 'apxFormAdd'), exact: true });
    await form.waitFor(WAIT);
    await form
      .getByRole('textbox', { name: L('vi', 'apxTask'), exact: true })
      .fill('Xây dựng, hoàn thiện cơ sở dữ liệu chuyên ngành và kết nối với Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP)');
    await after('05b-add-task-form');
    expect(await controls(page, 'aside')).toEqual([]);
    // A quarter, and a date written as text.
    const startPicker = form.getByRole('group', { name: L('vi', 'apxStart'), exact: true });
    await startPicker.getByRole('combobox', { name: L('vi', 'apxDateKind'), exact: true }).selectOption('quarter');
    const endPicker = form.getByRole('group', { name: L('vi', 'apxEnd'), exact: true });
    await endPicker.getByRole('combobox', { name: L('vi', 'apxDateKind'), exact: true }).selectOption('text');
    await endPicker.getByRole('textbox', { name: L('vi', 'apxDateText'), exact: true }).fill('Thường xuyên');
    await after('05c-add-task-form-kinds');
    expect(await controls(page, 'aside')).toEqual([]);
    await form.getByRole('button', { name: L('vi', 'cancel'), exact: true }).click();
    await form.waitFor({ state: 'detached', ...WAIT });

    await panel.getByRole('button', { name: L('vi', 'apxInsert'), exact: true }).click();
    await panel.getByText(pattern('vi', 'apxInsertedNew', { sheet: literal(APPENDIX_SHEET), address: '[A-Z]+\\d+:[A-Z]+\\d+' })).waitFor(WAIT);
    await page.getByRole('tab', { name: APPENDIX_SHEET, exact: true }).waitFor(WAIT);
    expect(await probe(page, { fn: 'sheetNames' })).toContain(APPENDIX_SHEET);
    expect(await probe(page, { fn: 'activeSheet' })).toBe(APPENDIX_SHEET);
    await expect(page.locator('td[data-cell="A1"]').textContent()).resolves.toBe('PHỤ LỤC');
    await after('05-appendix');
  });

  test('Hoàn tác takes back the appendix, then the computed columns', async () => {
    // The pane's one Undo ("Hoàn tác" / "Undo").
    const word = pseudo ? pseudoAccents('Hoàn tác') : 'Hoàn tác';
    const candidates = pane.getByRole('button', { name: new RegExp(literal(word)) });
    // Exactly one: quick fixes, Tính toán and Phụ lục are all taken back by it.
    await expect(candidates.count()).resolves.toBe(1);
    const undo = candidates.first();
    await expect(undo.isEnabled()).resolves.toBe(true);
    await undo.click();
    await page.getByRole('tab', { name: APPENDIX_SHEET, exact: true }).waitFor({ state: 'detached', ...WAIT });
    expect(await probe(page, { fn: 'sheetNames' })).not.toContain(APPENDIX_SHEET);
    await after('06a-undo-appendix');

    await expect(undo.isEnabled()).resolves.toBe(true);
    await undo.click();
    await page.waitForFunction(
      (sheet) => Object.keys((window as unknown as { __chitieuWorkbench: Probe }).__chitieuWorkbench.formulas(sheet)).length === 0,
      SAMPLE,
      WAIT
    );
    expect((await probe(page, { fn: 'snapshot', sheet: SAMPLE })).colCount).toBe(colsBefore);
    await after('06-undo-compute');
  });

  test('the language switch turns the pane to English and back', async () => {
    const group = pane.getByRole('group', { name: L('vi', 'langSwitchLabel'), exact: true });
    await group.getByRole('button', { name: L('vi', 'langEn'), exact: true }).click();
    await button(L('en', 'check')).waitFor(WAIT);
    await expect(button(L('en', 'compute')).count()).resolves.toBe(1);
    await expect(button(L('en', 'appendix')).count()).resolves.toBe(1);
    await expect(button(L('vi', 'check')).count()).resolves.toBe(0);
    await expect(pane.locator('.fui-FluentProvider[lang]').first().getAttribute('lang')).resolves.toBe('en');
    // what the pane shows now is a check in English, of the sample sheet (undoing the
    // appendix left another sheet active)
    await page.getByRole('tab', { name: SAMPLE, exact: true }).click();
    await button(L('en', 'check')).click();
    await pane.getByRole('heading', { name: pattern('en', 'issues', { n: '\\d+' }) }).waitFor(WAIT);
    await after('07-english');

    const groupEn = pane.getByRole('group', { name: L('en', 'langSwitchLabel'), exact: true });
    await groupEn.getByRole('button', { name: L('en', 'langVi'), exact: true }).click();
    await button(L('vi', 'check')).waitFor(WAIT);
    await expect(button(L('en', 'check')).count()).resolves.toBe(0);
    await after('08-vietnamese-again');
  });

  test('a sheet with no standard table says why, instead of an empty list', async () => {
    await page.getByRole('tab', { name: 'Danh bạ', exact: true }).click();
    await button(L('vi', 'check')).click();
    const why = pane.getByRole('region', { name: L('vi', 'uncheckedHeading'), exact: true });
    await why.waitFor(WAIT);
    await expect(why.getByText(L('vi', 'uncheckedNoHeader'), { exact: true }).count()).resolves.toBe(1);
    await expect(pane.getByText(L('vi', 'issuesNone'), { exact: true }).count()).resolves.toBe(0);
    await after('08a-no-table');

    // A header a planner half-typed: projects and places without any money column.
    for (const [cell, text] of [
      ['A1', 'Danh mục dự án'],
      ['B1', 'Địa điểm xây dựng'],
      ['C1', 'Ghi chú'],
    ]) {
      await page.locator(`td[data-cell="${cell}"]`).dblclick();
      const editor = page.locator(`td[data-cell="${cell}"] input`);
      await editor.fill(text);
      await editor.press('Enter');
    }
    await button(L('vi', 'check')).click();
    // The engine's words, pseudo-localised in that mode like every message.
    const P = (text: string) => (pseudo ? pseudoAccents(text) : text);
    const block = why.getByRole('button', { name: new RegExp(literal(P('Kế hoạch đầu tư công'))) });
    await block.waitFor(WAIT);
    const said = (await block.textContent()) ?? '';
    for (const part of ['Dòng 1', 'Gần nhất: Kế hoạch đầu tư công', 'Địa điểm', 'thiếu: ', 'Kế hoạch vốn năm']) expect(said).toContain(P(part));
    await block.click();
    await expect(probe(page, { fn: 'selection' })).resolves.toEqual({ sheet: 'Danh bạ', address: 'A1' });
    await after('08b-unrecognised');

    // The planner reads it as a capital plan anyway (the closest kind is offered first).
    const select = why.getByLabel(L('vi', 'chooseKindLabel'), { exact: true });
    await expect(select.inputValue()).resolves.toBe('investment');
    await why.getByRole('button', { name: L('vi', 'chooseKindApply'), exact: true }).click();
    const tables = pane.getByRole('region', { name: L('vi', 'tables', { n: 1 }), exact: true });
    await tables.waitFor(WAIT);
    await expect(tables.locator('[data-kind="investment"]').count()).resolves.toBe(1);
    await expect(pane.getByText(L('vi', 'kindChosen'), { exact: true }).count()).resolves.toBe(1);
    await after('08c-kind-chosen');
    await pane.getByRole('button', { name: L('vi', 'kindAuto'), exact: true }).click();
    await why.waitFor(WAIT);
  });

  test('Kiểm tra cả sổ: a section per sheet; an issue opens its sheet at its cell', async () => {
    await button(L('vi', 'checkWorkbook')).click();
    const view = pane.getByRole('region', { name: pattern('vi', 'bookTitle', { n: '\\d+' }) });
    await view.waitFor(WAIT);
    const sections = view.locator('section[data-sheet]');
    await expect(sections.count()).resolves.toBeGreaterThanOrEqual(2);
    await after('08d-whole-workbook');
    const issue = view.locator(`section[data-sheet="${SAMPLE}"] button[data-severity]`).first();
    const cell = ((await issue.textContent()) ?? '').match(/^[A-Z]+\d+/)![0];
    await issue.click();
    await expect(probe(page, { fn: 'selection' })).resolves.toEqual({ sheet: SAMPLE, address: cell });
    await pane.getByRole('heading', { name: pattern('vi', 'issues', { n: '\\d+' }) }).waitFor(WAIT);
  });

  test('Chẩn đoán: from the header, the Excel and its sets; the contract suite run on the in-memory Excel; the report', async () => {
    await pane.getByRole('button', { name: L('vi', 'diagOpen'), exact: true }).click();
    const view = pane.getByRole('region', { name: L('vi', 'diagTitle'), exact: true });
    await view.waitFor(WAIT);
    await view.getByRole('list', { name: L('vi', 'diagSets'), exact: true }).waitFor(WAIT);
    await expect(view.locator('li[data-version]').count()).resolves.toBe(20);
    await after('08d-diagnostics');
    await view.getByRole('button', { name: L('vi', 'contractRun'), exact: true }).click();
    const summary = view.locator('[data-failed]');
    await summary.waitFor(WAIT);
    await expect(summary.getAttribute('data-failed')).resolves.toBe('0');
    await expect(view.locator('li[data-case][data-status="pass"]').count()).resolves.toBeGreaterThan(10);
    expect(await probe(page, { fn: 'sheetNames' })).not.toContain('chitieu-contract');
    await after('08e-diagnostics-run');
    await view.getByRole('button', { name: L('vi', 'diagClose'), exact: true }).click();
    await view.waitFor({ state: 'detached', ...WAIT });
  });

  test('an Excel without ExcelApi 1.7 gets a notice naming it instead of the pane', async () => {
    await page.goto(`${s.url}/workbench.html?${query}&excelApi=1.6`, { waitUntil: 'load' });
    const alert = pane.getByRole('alert');
    await alert.waitFor(WAIT);
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain(L('vi', 'unsupportedHost', { set: 'ExcelApi 1.7' }));
    expect(text).toContain(L('en', 'unsupportedHost', { set: 'ExcelApi 1.7' }));
    expect(text).toContain(L('vi', 'unsupportedWhatToDo'));
    expect(text).toContain(L('en', 'unsupportedWhatToDo'));
    await expect(button(L('vi', 'check')).count()).resolves.toBe(0);
    await after('09-unsupported-excel');
  });

  test('in Office’s dark theme the pane is dark, its issues still ringed under focus; with the system’s forced colours, high contrast', async () => {
    await page.goto(`${s.url}/workbench.html?${query}&theme=dark`, { waitUntil: 'load' });
    await button(L('vi', 'check')).waitFor(WAIT);
    const main = pane.locator('main');
    await expect(main.getAttribute('data-theme')).resolves.toBe('dark');
    // Fluent's dark background (#292929) and light text.
    await expect(main.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(41, 41, 41)');
    await expect(main.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgb(255, 255, 255)');
    await button(L('vi', 'check')).click();
    await pane.getByRole('heading', { name: pattern('vi', 'issues', { n: '\\d+' }) }).waitFor(WAIT);
    await after('10-dark');
    const { ring } = await tabToIssue();
    // The dark theme's focus colour is white.
    expect(ring.outline).toBe('2px solid rgb(255, 255, 255)');
    await shoot(page, shots, '10a-dark-focus-issue');

    await page.emulateMedia({ forcedColors: 'active' });
    await pane.locator('main[data-theme="contrast"]').waitFor(WAIT);
    await after('11-high-contrast');
    const contrast = await tabToIssue();
    expect(contrast.ring.outline).toMatch(/^2px solid /);
    await shoot(page, shots, '11a-high-contrast-focus-issue');
    await page.emulateMedia({ forcedColors: 'none' });
    await pane.locator('main[data-theme="dark"]').waitFor(WAIT);
  });

  test('axe-core finds nothing serious or critical in the pane at any step', () => {
    expect(layouts.length).toBeGreaterThan(10);
    expect(axeFindings).toEqual([]);
  });

  test('no errors in the page', () => {
    expect(s.errors).toEqual([]);
  });
}
