/**
 * The workbench as a tool, driven as a planner would in Chromium: open an
 * .xlsx of their own (the button and its file picker, and a file dropped
 * on the sheet), see the pane check THAT workbook, compute, save it as an
 * .xlsx and find in the download what was there and what the add-in
 * wrote; a file it cannot open gets a message naming it and the workbook
 * stays; the grid's column widths and its headers when scrolled; the
 * labels in English with ?lang=en. Screenshots in test-output/e2e/files/.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import type { Locator, Page } from 'playwright-core';
import type { Lang } from '../../src/i18n/lang';
import { t, type Params, type StringKey } from '../../src/taskpane/i18n';
import { layout, literal, screenshotDir, shoot, start, type Session } from './harness';

const WAIT = { timeout: 20_000 };
const SHEET = 'Chỉ tiêu 2024';
const FILE = 'Bieu so 1 - 2024.xlsx';
const SAVED = 'Bieu so 1 - 2024-chitieu.xlsx';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A small "Biểu số 1" as a planner keeps it: a merged title, a bold header, a wide name column, one figure typed as text. */
async function plannerFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = 'RÀ SOÁT CÁC CHỈ TIÊU KẾ HOẠCH NĂM 2024';
  ws.mergeCells('A1:G1');
  ws.getCell('A1').font = { bold: true };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.getRow(3).values = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Kế hoạch năm 2024', 'Ước thực hiện năm 2024', 'Ghi chú'];
  ws.getRow(4).values = [1, 'Tổng doanh thu bưu chính, viễn thông', 'Tỷ đồng', 2430, 2500, 2600];
  ws.getRow(5).values = [2, 'Số thuê bao Internet băng rộng cố định', 'Thuê bao', 180500, 185000, 188732];
  ws.getRow(6).values = [3, 'Tỷ lệ dịch vụ công trực tuyến mức độ 4', '%', 10, 12, '12,3'];
  for (let c = 1; c <= 7; c++) {
    const cell = ws.getRow(3).getCell(c);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let r = 3; r <= 6; r++)
      ws.getRow(r).getCell(c).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  }
  ws.getColumn(2).width = 45;
  ws.getColumn(4).width = 14;
  // A note far to the right, so that the grid scrolls sideways.
  ws.getCell('Z6').value = 'Nguồn: Sở TT&TT';
  wb.addWorksheet('Ghi chú').getCell('A1').value = 'Số liệu ước đến 30/11/2024';
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The start of an Excel 97–2003 file (an OLE compound file with a "Workbook" stream). */
function xlsFile(): Buffer {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)];
  const name = Array.from('Workbook').flatMap((ch) => [ch.charCodeAt(0), 0]);
  return Buffer.from([...head, ...name]);
}

export function filesFlow(): void {
  const L = (lang: Lang, key: StringKey, params?: Params) => t(lang, key, params);
  let s: Session;
  let page: Page;
  let shots: string;
  let pane: Locator;
  let plan: Buffer;

  const after = async (step: string) => {
    // Fluent's buttons fade between enabled and disabled (100 ms): the picture after it.
    await page.waitForTimeout(250);
    await shoot(page, shots, step);
    const report = await layout(page);
    if (report.problems.length > 0) throw new Error(`layout of the pane after "${step}" (see ${shots}/${step}-pane.png):\n  ${report.problems.join('\n  ')}`);
  };
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  const button = (name: string) => page.getByRole('button', { name, exact: true });

  beforeAll(async () => {
    shots = screenshotDir('files');
    plan = await plannerFile();
    s = await start();
    page = s.page;
    pane = page.locator('aside');
    await page.goto(`${s.url}/workbench.html?pane=320`, { waitUntil: 'load' });
    await pane.getByRole('button', { name: L('vi', 'check'), exact: true }).waitFor(WAIT);
  });

  afterAll(async () => {
    if (s) await s.close();
  });

  test('"Mở tệp .xlsx…" opens the file picker; the chosen workbook replaces the sample, with a message while it opens', async () => {
    // Whatever happens between two looks of the test: the progress message and the buttons meanwhile.
    await page.evaluate(() => {
      const seen: { busy: string[]; disabled: boolean[] } = { busy: [], disabled: [] };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const el = document.querySelector('[data-busy]');
        if (!el) return;
        seen.busy.push(el.textContent ?? '');
        // The workbench's own buttons (the first header; the pane has its own).
        const buttons = Array.from(document.querySelector('header')!.querySelectorAll('button'));
        seen.disabled.push(buttons.length === 3 && buttons.every((b) => b.disabled));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const chooser = page.waitForEvent('filechooser', WAIT);
    await button(L('vi', 'wbOpen')).click();
    await (await chooser).setFiles({ name: FILE, mimeType: XLSX_MIME, buffer: plan });
    await tab(SHEET).waitFor(WAIT);
    await expect(tab('Biểu số 1').count()).resolves.toBe(0);
    await expect(tab('Ghi chú').count()).resolves.toBe(1);
    const seen = await page.evaluate(() => (window as unknown as { __seen: { busy: string[]; disabled: boolean[] } }).__seen);
    expect(seen.busy.length).toBeGreaterThan(0);
    expect(seen.busy[0]).toContain(`${L('vi', 'wbOpening', { file: FILE })} / ${L('en', 'wbOpening', { file: FILE })}`);
    expect(seen.disabled.every(Boolean)).toBe(true);
    // What is open, and a word that it opened.
    await expect(page.locator('header [data-file]').textContent()).resolves.toBe(L('vi', 'wbWorkingOn', { file: FILE }));
    const note = page.locator('[data-notice="success"]');
    await expect(note.textContent()).resolves.toContain(L('vi', 'wbOpened', { file: FILE, sheets: 2 }));
    await expect(note.textContent()).resolves.toContain(L('en', 'wbOpened', { file: FILE, sheets: 2 }));
    for (const name of [L('vi', 'wbOpen'), L('vi', 'wbSave'), L('vi', 'wbReset')]) await expect(button(name).isEnabled()).resolves.toBe(true);
    // The file's cells, and its column widths as Excel draws them: B is 45 characters, (45 × 256 + 18) / 256 × 7
    // = 315.49 → 315 px; D 14 characters, 98.49 → 98 px; the others Excel's default, 64 px.
    await expect(page.locator('td[data-cell="B6"]').textContent()).resolves.toBe('Tỷ lệ dịch vụ công trực tuyến mức độ 4');
    await expect(page.locator('td[data-cell="F6"]').textContent()).resolves.toBe('12,3');
    const width = async (col: string) => Math.round((await page.locator(`td[data-cell="${col}4"]`).boundingBox())!.width);
    expect(await width('B')).toBe(315);
    expect(await width('D')).toBe(98);
    expect(await width('C')).toBe(64);
    await after('01-opened');
  });

  test('the pane checks that workbook: its sheet, and the figure typed as text in it', async () => {
    await pane.getByRole('button', { name: L('vi', 'check'), exact: true }).click();
    await pane.getByRole('heading', { name: new RegExp(`^${literal(L('vi', 'issues', { n: 0 })).replace('0', '\\d+')}$`) }).waitFor(WAIT);
    await expect(pane.getByText(SHEET, { exact: true }).count()).resolves.toBeGreaterThan(0);
    const listed = await pane.locator('li[data-code]').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-cell')} ${li.getAttribute('data-code')}`));
    expect(listed).toContain('F6 number-as-text');
    await after('02-checked');
  });

  test('scrolled sideways and down, the row numbers and column letters stay in view, over the cells', async () => {
    const scroller = page.locator('section table').locator('xpath=..');
    await scroller.evaluate((el) => {
      el.scrollLeft = 600;
    });
    const probe = () =>
      page.evaluate(() => {
        const th = document.querySelector<HTMLElement>('tbody tr:nth-child(5) th')!;
        const box = th.getBoundingClientRect();
        const scrollerBox = th.closest('table')!.parentElement!.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        const head = document.querySelector<HTMLElement>('thead th[scope="col"]')!.getBoundingClientRect();
        const letters = document.elementFromPoint(scrollerBox.left + 200, head.top + head.height / 2);
        return {
          left: Math.round(box.left - scrollerBox.left),
          topIsRowNumber: top === th || th.contains(top),
          text: th.textContent,
          background: getComputedStyle(th).backgroundColor,
          lettersOnTop: !!letters && letters.tagName === 'TH' && letters.closest('thead') !== null,
        };
      });
    const sideways = await probe();
    expect(sideways.left).toBe(0);
    expect(sideways.topIsRowNumber).toBe(true);
    expect(sideways.text).toBe('5');
    expect(sideways.background).toBe('rgb(243, 243, 243)');
    expect(sideways.lettersOnTop).toBe(true);
    await shoot(page, shots, '03-scrolled-sideways');
    await scroller.evaluate((el) => {
      el.scrollLeft = 0;
    });
  });

  test('Tính toán, then "Lưu .xlsx" downloads the workbook: its cells, formats, merges, widths and the computed formulas', async () => {
    await pane.getByRole('button', { name: L('vi', 'compute'), exact: true }).click();
    const panel = pane.getByRole('region', { name: L('vi', 'panelTitle'), exact: true });
    await panel.getByRole('button', { name: L('vi', 'writeToSheet'), exact: true }).click();
    await pane.getByRole('heading', { name: new RegExp(`^${literal(L('vi', 'computed', { n: 0 })).replace('0', '\\d+')}$`) }).waitFor(WAIT);
    const shown = (await page.locator('td[data-formula]').count()) as number;
    expect(shown).toBeGreaterThan(0);

    const download = page.waitForEvent('download', WAIT);
    await button(L('vi', 'wbSave')).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(SAVED);
    const path = await file.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(path) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEET, 'Ghi chú']);
    const ws = wb.getWorksheet(SHEET)!;
    expect(ws.getCell('B6').value).toBe('Tỷ lệ dịch vụ công trực tuyến mức độ 4');
    expect(ws.getCell('D5').value).toBe(180500);
    expect(ws.getCell('F6').value).toBe('12,3');
    expect(ws.getCell('Z6').value).toBe('Nguồn: Sở TT&TT');
    expect((ws.model as { merges: string[] }).merges).toContain('A1:G1');
    expect(ws.getCell('B3').font?.bold).toBe(true);
    expect(ws.getCell('C5').border?.left?.style).toBe('thin');
    // 315 px is 45 characters again.
    expect(ws.getColumn(2).width).toBe(45);
    // The computed columns, as live formulas with their results, and the name that records them.
    const formulas: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) formulas.push(`${cell.address} =${cell.formula}`);
      })
    );
    expect(formulas.length).toBe(shown);
    expect(formulas.join('\n')).toMatch(/=IFERROR\(/);
    expect(wb.definedNames.model.some((n) => n.name.startsWith('chitieu_'))).toBe(true);
    await expect(page.locator('[data-notice="success"]').textContent()).resolves.toContain(L('vi', 'wbSaved', { file: SAVED }));
    await after('04-saved');
  });

  test('a file it cannot open (an .xls) gets a message naming it, in both languages; the workbook stays', async () => {
    await page.locator('header input[type="file"]').setInputFiles({ name: 'bao-cao-cu.xls', mimeType: 'application/vnd.ms-excel', buffer: xlsFile() });
    const note = page.locator('[data-notice="error"]');
    await note.waitFor(WAIT);
    const text = (await note.textContent()) ?? '';
    for (const lang of ['vi', 'en'] as const) {
      expect(text).toContain(L(lang, 'wbOpenFailed', { file: 'bao-cao-cu.xls' }));
      expect(text).toContain(L(lang, 'wbErrXls'));
      expect(text).toContain(L(lang, 'wbKept'));
    }
    await expect(tab(SHEET).count()).resolves.toBe(1);
    await expect(page.locator('header [data-file]').textContent()).resolves.toBe(L('vi', 'wbWorkingOn', { file: FILE }));
    await after('05-refused');
    await note.getByRole('button', { name: `${L('vi', 'wbDismiss')} / ${L('en', 'wbDismiss')}` }).click();
    await expect(note.count()).resolves.toBe(0);
  });

  test('a file dropped on the sheet opens too', async () => {
    await page.getByRole('button', { name: L('vi', 'wbReset'), exact: true }).click();
    await tab('Biểu số 1').waitFor(WAIT);
    const section = page.locator('section[aria-label]').first();
    const data = await page.evaluateHandle(
      ({ bytes, name, type }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
        return dt;
      },
      { bytes: Array.from(plan), name: FILE, type: XLSX_MIME }
    );
    await section.dispatchEvent('dragenter', { dataTransfer: data });
    await section.dispatchEvent('dragover', { dataTransfer: data });
    await page.locator('section[data-dropping]').waitFor(WAIT);
    await expect(page.getByText(L('vi', 'wbDropHere'), { exact: true }).count()).resolves.toBe(1);
    await shoot(page, shots, '06-drop-target');
    await section.dispatchEvent('drop', { dataTransfer: data });
    await tab(SHEET).waitFor(WAIT);
    await expect(page.locator('section[data-dropping]').count()).resolves.toBe(0);
    await expect(page.locator('header [data-file]').textContent()).resolves.toBe(L('vi', 'wbWorkingOn', { file: FILE }));
  });

  test('with ?lang=en the buttons and messages speak English first', async () => {
    await page.goto(`${s.url}/workbench.html?pane=320&lang=en`, { waitUntil: 'load' });
    await button(L('en', 'wbOpen')).waitFor(WAIT);
    await expect(button(L('en', 'wbSave')).count()).resolves.toBe(1);
    await expect(button(L('en', 'wbReset')).count()).resolves.toBe(1);
    await expect(button(L('vi', 'wbOpen')).count()).resolves.toBe(0);
    await expect(page.locator('header [data-file]').textContent()).resolves.toBe(L('en', 'wbWorkingOn', { file: L('en', 'wbSampleName') }));
    await page.locator('header input[type="file"]').setInputFiles({ name: 'notes.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from('STT;Chỉ tiêu\n') });
    const note = page.locator('[data-notice="error"]');
    await note.waitFor(WAIT);
    const text = (await note.textContent()) ?? '';
    expect(text.indexOf(L('en', 'wbOpenFailed', { file: 'notes.xlsx' }))).toBe(0);
    expect(text).toContain(L('en', 'wbErrNotXlsx'));
    expect(text).toContain(L('vi', 'wbErrNotXlsx'));
    await after('07-english');
  });

  test('no errors in the page', () => {
    expect(s.errors).toEqual([]);
  });
}
