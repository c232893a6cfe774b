/**
 * The appendix as a Word document: the .docx is opened with JSZip and its
 * XML read back (page set-up, title block, table, fonts, borders, shading).
 * Its layout by LibreOffice (landscape, few pages) is test/slow/docx-pdf.slow.test.ts.
 */
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import { appendixDocx, columnNeeds, columnTwips, fitColumns, textTwips, USABLE_WIDTH } from '../../src/export/docx';
import { APPENDIX_HEADER, buildAppendix } from '../../src/engine/appendix/model';
import type { AppendixModel } from '../../src/engine/appendix/model';
import { appendixChanges, appendixHtml, tasksFromTable } from '../../src/engine/appendix';
import { recognize } from '../../src/engine';
import type { WriteChange } from '../../src/engine/changes';
import type { CellValue, Grid } from '../../src/engine/grid';
import { displayText } from '../../src/host/memory/model';
import { DNVT, SKHDT, STTTT, t, TASKS, TITLE, VP } from '../fixtures/appendix-tasks';

const W = 'w:';
const parser = new DOMParser();

interface Opened {
  doc: XmlDocument;
  styles: XmlDocument;
  documentXml: string;
}

async function open(bytes: Uint8Array): Promise<Opened> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const stylesXml = await zip.file('word/styles.xml')!.async('string');
  return {
    doc: parser.parseFromString(documentXml, 'text/xml'),
    styles: parser.parseFromString(stylesXml, 'text/xml'),
    documentXml,
  };
}

function all(el: XmlDocument | XmlElement, tag: string): XmlElement[] {
  return Array.from(el.getElementsByTagName(W + tag)) as XmlElement[];
}

/** Direct children with a tag. */
function kids(el: XmlElement, tag: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).tagName === W + tag) out.push(n as XmlElement);
  return out;
}

function textOf(el: XmlElement): string {
  return all(el, 't')
    .map((x) => x.textContent ?? '')
    .join('');
}

/** An on/off property (w:b, w:i) set on every run with text in the element. */
function everyRun(el: XmlElement, prop: string): boolean {
  const runs = all(el, 'r').filter((r) => textOf(r) !== '');
  return runs.length > 0 && runs.every((r) => all(r, prop).some((p) => !['false', '0'].includes(p.getAttribute(W + 'val') ?? '')));
}

function attr(el: XmlElement, name: string): string | null {
  return el.getAttribute(W + name);
}

function bodyParagraphs(doc: XmlDocument): XmlElement[] {
  const body = all(doc, 'body')[0];
  return kids(body, 'p');
}

function rowsOf(doc: XmlDocument): XmlElement[] {
  const tables = all(doc, 'tbl');
  expect(tables).toHaveLength(1);
  return kids(tables[0], 'tr');
}

function cellsOf(row: XmlElement): XmlElement[] {
  return kids(row, 'tc');
}

function fillOf(tc: XmlElement): string | null {
  const shd = all(tc, 'shd')[0];
  const fill = shd ? attr(shd, 'fill') : null;
  return fill && fill !== 'auto' ? fill.toUpperCase() : null;
}

/** TT, the dates (whole, or by words) and every word fit their columns (cell padding: 1.5 mm a side). */
function expectFits(m: AppendixModel, grid: number[], wholeDates = true): void {
  const pad = 170;
  const room = (i: number) => grid[i] - pad;
  expect(room(0)).toBeGreaterThanOrEqual(textTwips('TT', 26, true));
  for (const r of m.rows) {
    if (r.type !== 'task') continue;
    expect(room(0)).toBeGreaterThanOrEqual(textTwips(r.number));
    for (const [i, c] of [
      [2, r.start],
      [3, r.end],
    ] as const)
      if (c.kind !== 'empty') {
        if (wholeDates) expect(room(i)).toBeGreaterThanOrEqual(textTwips(c.text));
        else for (const w of c.text.split(' ')) expect(room(i)).toBeGreaterThanOrEqual(textTwips(w));
      }
    for (const [i, text] of [
      [1, r.task],
      [4, r.owner],
      [5, r.note],
    ] as const)
      for (const w of text.split(/\s+/)) expect(room(i)).toBeGreaterThanOrEqual(textTwips(w));
  }
}

describe('appendixDocx', () => {
  const model = buildAppendix(TASKS, { title: TITLE });

  it('packs a .docx (a ZIP) as bytes', async () => {
    const bytes = await appendixDocx(model);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes[0]).toBe(0x50); // PK
    expect(bytes[1]).toBe(0x4b);
  });

  it('lays out an A4 landscape page with margins of about 2 cm', async () => {
    const { doc } = await open(await appendixDocx(model));
    const pgSz = all(doc, 'pgSz');
    expect(pgSz).toHaveLength(1);
    expect(attr(pgSz[0], 'orient')).toBe('landscape');
    const w = Number(attr(pgSz[0], 'w'));
    const h = Number(attr(pgSz[0], 'h'));
    expect(w).toBe(16838);
    expect(h).toBe(11906);
    expect(w).toBeGreaterThan(h);
    const mar = all(doc, 'pgMar')[0];
    for (const side of ['top', 'bottom', 'left', 'right']) {
      const v = Number(attr(mar, side));
      expect(v).toBeGreaterThanOrEqual(1000); // ~1.8 cm
      expect(v).toBeLessThanOrEqual(1300); // ~2.3 cm
    }
  });

  it('sets the title block centred: PHỤ LỤC and the title bold, the subtitle italic, then a short rule', async () => {
    const { doc } = await open(await appendixDocx(model));
    const ps = bodyParagraphs(doc);
    expect(ps.length).toBeGreaterThanOrEqual(4);
    const [p1, p2, p3, p4] = ps;
    expect(textOf(p1)).toBe('PHỤ LỤC');
    expect(textOf(p2)).toBe('MỘT SỐ NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH HÀ TĨNH GIAI ĐOẠN 2021-2025');
    expect(textOf(p3)).toBe(model.subtitle);
    expect(textOf(p3)).toMatch(/^\(Kèm theo Kế hoạch số .*\/KH-STTTT ngày .* của Sở Thông tin và Truyền thông\)$/);
    for (const p of [p1, p2, p3, p4]) expect(attr(all(p, 'jc')[0], 'val')).toBe('center');
    expect(everyRun(p1, 'b')).toBe(true);
    expect(everyRun(p2, 'b')).toBe(true);
    expect(everyRun(p3, 'i')).toBe(true);
    expect(everyRun(p3, 'b')).toBe(false);
    // The rule: a bottom border on a paragraph narrowed from both sides to a few centimetres.
    expect(textOf(p4)).toBe('');
    const bottom = all(all(p4, 'pBdr')[0], 'bottom')[0];
    expect(attr(bottom, 'val')).toBe('single');
    const ind = all(p4, 'ind')[0];
    const left = Number(attr(ind, 'left') ?? attr(ind, 'start'));
    const right = Number(attr(ind, 'right') ?? attr(ind, 'end'));
    const ruleLength = USABLE_WIDTH - left - right;
    expect(ruleLength).toBeGreaterThan(1000); // > 1.8 cm
    expect(ruleLength).toBeLessThan(4000); // < 7 cm
  });

  it('writes one table: a repeating bold centred header and 18 numbered task rows with their dates', async () => {
    const { doc } = await open(await appendixDocx(model));
    const rows = rowsOf(doc);
    expect(rows).toHaveLength(19);
    const head = rows[0];
    expect(all(head, 'tblHeader')).toHaveLength(1);
    const headCells = cellsOf(head);
    expect(headCells.map(textOf)).toEqual(APPENDIX_HEADER);
    expect(headCells.map(textOf)).toEqual([
      'TT',
      'Chương trình, đề án, chính sách, nhiệm vụ',
      'Thời gian bắt đầu',
      'Thời gian kết thúc',
      'Đơn vị chủ trì',
      'Ghi chú',
    ]);
    for (const c of headCells) {
      expect(everyRun(c, 'b')).toBe(true);
      expect(attr(all(c, 'jc')[0], 'val')).toBe('center');
    }
    // Only the header repeats.
    for (const r of rows.slice(1)) expect(all(r, 'tblHeader')).toHaveLength(0);

    const body = rows.slice(1).map((r) => cellsOf(r).map(textOf));
    expect(body.map((c) => c[0])).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    for (const c of body) expect(c).toHaveLength(6);
    expect(body[0]).toEqual(['1', TASKS[0].task, 'Tháng 1/2021', 'Tháng 12/2021', STTTT, '']);
    // "Tháng 01/2021" is read as a date and shown as "Tháng 1/2021".
    expect(body[1]).toEqual(['2', 'Triển khai Nền tảng tích hợp và chia sẻ dùng chung cấp tỉnh - LGSP', 'Tháng 1/2021', 'Quý II/2021', STTTT, '']);
    expect(body[2]).toEqual(['3', TASKS[2].task, 'Tháng 7/2020', '30/6/2022', VP, '']);
    expect(body[8].slice(2, 5)).toEqual(['Năm 2021', 'Năm 2025', DNVT]);
    expect(body[17][5]).toBe('Sơ kết giữa kỳ');
    // Body cells are not bold; TT and the dates are centred.
    for (const r of rows.slice(1)) {
      const cs = cellsOf(r);
      for (const c of cs) expect(all(c, 'b')).toHaveLength(0);
      for (const i of [0, 2, 3]) expect(attr(all(cs[i], 'jc')[0], 'val')).toBe('center');
    }
  });

  it('draws a thin single border on every side of every cell', async () => {
    const { doc } = await open(await appendixDocx(model));
    const tcs = all(doc, 'tc');
    expect(tcs.length).toBe(19 * 6);
    for (const tc of tcs) {
      const b = all(tc, 'tcBorders')[0];
      expect(b).toBeDefined();
      for (const side of ['top', 'bottom', 'left', 'right']) {
        const e = all(b, side)[0];
        expect(e).toBeDefined();
        expect(attr(e, 'val')).toBe('single');
        expect(Number(attr(e, 'sz'))).toBeLessThanOrEqual(8); // ≤ 1 pt: thin
      }
    }
    const tblBorders = all(all(doc, 'tblPr')[0], 'tblBorders')[0];
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) expect(attr(all(tblBorders, side)[0], 'val')).toBe('single');
  });

  it('sizes the columns from the model to the usable landscape width, fixed, with TT and the dates on one line', async () => {
    const { doc } = await open(await appendixDocx(model));
    const grid = all(doc, 'gridCol').map((g) => Number(attr(g, 'w')));
    expect(grid).toEqual(fitColumns(model));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(USABLE_WIDTH);
    expect(USABLE_WIDTH / 567).toBeCloseTo(25.7, 1); // cm
    expect(attr(all(doc, 'tblLayout')[0], 'type')).toBe('fixed');
    const firstRowWidths = cellsOf(rowsOf(doc)[0]).map((c) => Number(attr(all(c, 'tcW')[0], 'w')));
    expect(firstRowWidths).toEqual(grid);
    expectFits(model, grid);
    // Close to the model's proportions: the task column is still the widest, by far.
    const scaled = columnTwips(model.widths);
    expect(Math.max(...grid)).toBe(grid[1]);
    grid.forEach((w, i) => expect(Math.abs(w - scaled[i]) / scaled[i]).toBeLessThan(0.25));
  });

  it('with a timeline, lets the dates break at spaces rather than squeeze the task column; the timeline columns as scaled', () => {
    const m = buildAppendix(TASKS, { title: TITLE, timeline: true, groupByOwner: true });
    const grid = fitColumns(m);
    const scaled = columnTwips(m.widths);
    expect(grid).toHaveLength(26);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(USABLE_WIDTH);
    expect(grid.slice(6)).toEqual(scaled.slice(6));
    expect(Math.max(...grid)).toBe(grid[1]);
    expect(grid[1]).toBeGreaterThanOrEqual(0.8 * scaled[1]);
    // "31/12/2022" and "III/2021" stay whole; "Tháng 12/2021" may take two lines.
    expectFits(m, grid, false);
    expect(grid[3] - 170).toBeGreaterThanOrEqual(textTwips('31/12/2022'));
    expect(textTwips('Tháng 12/2021')).toBeGreaterThan(textTwips('Tháng 1/2021'));
    expect(textTwips('TT', 26, true)).toBeGreaterThan(textTwips('TT', 26));
  });

  it('keeps the scaled widths when everything fits', () => {
    const m = buildAppendix([t('Nhiệm vụ', '2021', '2022', 'Sở')]);
    expect(fitColumns(m)).toEqual(columnTwips(m.widths));
    expect(columnNeeds(m, true).every((w, i) => w <= columnTwips(m.widths)[i])).toBe(true);
  });

  it('sets Times New Roman 13 pt in black as the document default and on every run', async () => {
    const { doc, styles } = await open(await appendixDocx(model));
    const defaults = all(all(styles, 'docDefaults')[0], 'rPrDefault')[0];
    const rFonts = all(defaults, 'rFonts')[0];
    expect(attr(rFonts, 'ascii')).toBe('Times New Roman');
    expect(attr(rFonts, 'hAnsi')).toBe('Times New Roman');
    expect(attr(rFonts, 'cs')).toBe('Times New Roman');
    expect(attr(all(defaults, 'sz')[0], 'val')).toBe('26');
    expect(attr(all(defaults, 'color')[0], 'val')).toBe('000000');
    // Every run with text states the font and the size too, so a pasted or restyled copy keeps them.
    const runs = all(doc, 'r').filter((r) => textOf(r) !== '');
    expect(runs.length).toBe(3 + 6 + 18 * 5 + 1);
    for (const r of runs) {
      expect(attr(all(r, 'rFonts')[0], 'ascii')).toBe('Times New Roman');
      expect(attr(all(r, 'sz')[0], 'val')).toBe('26');
    }
  });

  it('escapes nothing away: markup in a task is kept as text', async () => {
    const m = buildAppendix([t('Số hoá <hồ sơ> & "tài liệu" lưu trữ', 'Tháng 1/2021', 'Tháng 2/2021', STTTT)]);
    const { doc } = await open(await appendixDocx(m));
    expect(cellsOf(rowsOf(doc)[1]).map(textOf)[1]).toBe('Số hoá <hồ sơ> & "tài liệu" lưu trữ');
  });

  it('keeps a line break typed in a cell, and writes a table with only its header for no tasks', async () => {
    const m = buildAppendix([t('Dòng một\nDòng hai', 'Tháng 1/2021', 'Tháng 2/2021', STTTT)]);
    const { doc } = await open(await appendixDocx(m));
    const task = cellsOf(rowsOf(doc)[1])[1];
    expect(textOf(task)).toBe('Dòng mộtDòng hai');
    expect(all(task, 'br')).toHaveLength(1);
    const empty = await open(await appendixDocx(buildAppendix([])));
    expect(rowsOf(empty.doc)).toHaveLength(1);
  });

  it('with groupByOwner, puts a bold group row per owner with the name across the five columns after TT', async () => {
    const grouped = buildAppendix(TASKS, { title: TITLE, groupByOwner: true });
    const { doc } = await open(await appendixDocx(grouped));
    const rows = rowsOf(doc).slice(1);
    const owners = [STTTT, VP, DNVT, SKHDT];
    expect(rows).toHaveLength(18 + owners.length);
    const groups = rows.filter((r) => cellsOf(r).length === 2);
    expect(groups.map((r) => cellsOf(r).map(textOf))).toEqual(owners.map((o, i) => [['I', 'II', 'III', 'IV'][i], o]));
    for (const g of groups) {
      const [tt, name] = cellsOf(g);
      expect(attr(all(name, 'gridSpan')[0], 'val')).toBe('5');
      expect(everyRun(tt, 'b')).toBe(true);
      expect(everyRun(name, 'b')).toBe(true);
      expect(attr(all(tt, 'jc')[0], 'val')).toBe('center');
    }
    // Tasks are numbered 1..18 across the groups, each under its owner.
    let owner = '';
    const numbers: string[] = [];
    for (const r of rows) {
      const cs = cellsOf(r).map(textOf);
      if (cs.length === 2) owner = cs[1];
      else {
        numbers.push(cs[0]);
        expect(cs[4]).toBe(owner);
      }
    }
    expect(numbers).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
  });

  it('with a timeline, shades exactly the quarters each task spans', async () => {
    const m = buildAppendix(TASKS, { title: TITLE, timeline: true });
    expect(m.quarters).toHaveLength(20);
    const { doc } = await open(await appendixDocx(m));
    const rows = rowsOf(doc);
    expect(cellsOf(rows[0]).map(textOf)).toEqual([...APPENDIX_HEADER, ...m.quarters]);
    const grid = all(doc, 'gridCol').map((g) => Number(attr(g, 'w')));
    expect(grid).toHaveLength(26);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(USABLE_WIDTH);
    let shadedRows = 0;
    m.rows.forEach((r, i) => {
      const cs = cellsOf(rows[i + 1]);
      expect(cs).toHaveLength(26);
      const shaded = cs.map((c, j) => (fillOf(c) ? j : -1)).filter((j) => j >= 0);
      const expected = r.quarters ? Array.from({ length: r.quarters[1] - r.quarters[0] + 1 }, (_, k) => 6 + r.quarters![0] + k) : [];
      expect(shaded).toEqual(expected);
      for (const j of shaded) expect(fillOf(cs[j])).toBe('8EA9C1');
      if (expected.length) shadedRows++;
    });
    expect(shadedRows).toBe(18);
    // Spot checks: "Tháng 1/2021 – Quý II/2021" is I/2021–II/2021; "Tháng 7/2020 – 30/6/2022" starts at the
    // period's first quarter and ends at II/2022; "Tháng 12/2023" alone is IV/2023.
    const span = (i: number) => m.rows[i].quarters;
    expect(span(1)).toEqual([0, 1]);
    expect(span(2)).toEqual([0, 5]);
    expect(span(17)).toEqual([11, 11]);
    // The quarter labels run upwards, and the header row is tall enough for them (LibreOffice doesn't grow it).
    const headQuarter = cellsOf(rows[0])[6];
    expect(attr(all(headQuarter, 'textDirection')[0], 'val')).toBe('btLr');
    const trHeight = all(rows[0], 'trHeight')[0];
    expect(attr(trHeight, 'hRule')).toBe('atLeast');
    expect(Number(attr(trHeight, 'val'))).toBeGreaterThan(textTwips('III/2025', 20, true));
  });

  it('with a timeline and groups, leaves the group rows unshaded', async () => {
    const m = buildAppendix(TASKS, { title: TITLE, timeline: true, groupByOwner: true });
    const { doc } = await open(await appendixDocx(m));
    const rows = rowsOf(doc).slice(1);
    const groups = rows.filter((r) => textOf(cellsOf(r)[0]).match(/^[IVX]+$/));
    expect(groups).toHaveLength(4);
    for (const g of groups) {
      expect(cellsOf(g)).toHaveLength(2 + 20);
      expect(cellsOf(g).some((c) => fillOf(c))).toBe(false);
    }
  });
});

/** The rows of the copied HTML's header or body, each cell's attributes, style and the text it shows (no-break spaces as U+00A0). */
function htmlRows(html: string, part: 'thead' | 'tbody'): { attrs: string; style: string; text: string }[][] {
  const decode = (s: string) =>
    s
      .replace(/<br>/g, '\n')
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  const inner = new RegExp(`<${part}>(.*?)</${part}>`).exec(html)?.[1] ?? '';
  return Array.from(inner.matchAll(/<tr[^>]*>(.*?)<\/tr>/g), (tr) =>
    Array.from(tr[1].matchAll(/<t[dh]([^>]*)>(.*?)<\/t[dh]>/g), (c) => ({ attrs: c[1], style: /style="([^"]*)"/.exec(c[1])?.[1] ?? '', text: decode(c[2]) }))
  );
}

/** Points of a CSS width ("293.95pt"). */
const ptOf = (style: string) => Number(/(?:^|;)width:([\d.]+)pt/.exec(style)?.[1] ?? NaN);

/**
 * A task list as Excel holds it: real dates with the number formats that
 * show them (a month as "mm/yyyy", a quarter in words, a year, a day), and
 * a schedule typed as text. Serials worked out by hand: 1/1/2022 is 44562;
 * + 90 days (January to March) is 1/4/2022 = 44652; + 151 is 1/6/2022 =
 * 44713; 30/6/2022 is 44742; 15/8/2022 is 44713 + 30 + 31 + 14 = 44788;
 * 1/1/2023 is 44562 + 365 = 44927.
 */
function datedTaskList(): Grid {
  const N = null;
  const values: CellValue[][] = [
    ['TT', 'Chương trình, đề án, chính sách, nhiệm vụ', 'Thời gian bắt đầu', 'Thời gian kết thúc', 'Đơn vị chủ trì', 'Ghi chú'],
    [1, 'Số hoá hồ sơ lưu trữ', 44713, 44788, STTTT, N],
    [2, 'Nâng cấp Cổng dịch vụ công', 44652, 44742, VP, N],
    [3, 'Phát triển hạ tầng băng rộng', 44562, 44927, DNVT, N],
    [4, 'Tuyên truyền về chuyển đổi số', 'Thường xuyên', N, STTTT, N],
    [5, 'Khai trương Trung tâm điều hành', 44713, 'Tháng 12/2022', STTTT, N],
  ];
  const G = 'General';
  const formats = [
    [G, G, G, G, G, G],
    [G, G, 'mm/yyyy', '[$-42A]mmmm yyyy', G, G],
    [G, G, '"Quý II/"yyyy', 'd/m/yyyy', G, G],
    [G, G, 'yyyy', '"Năm "yyyy', G, G],
    [G, G, '@', G, G, G],
    [G, G, 'd/m/yyyy', '@', G, G],
  ];
  return { name: 'Nhiệm vụ', origin: { row: 0, col: 0 }, values, formats, merges: [] };
}

describe('the same appendix in the sheet, the copied HTML and the .docx', () => {
  const grid = datedTaskList();
  const table = recognize(grid).find((x) => x.kind === 'task-list')!;
  const TITLE_2022 = 'Một số nhiệm vụ trọng tâm năm 2022-2023';
  // By hand: a month shows as its month, whatever its day; a quarter and a year in words; a day only where the format shows one.
  const DATES = [
    ['Tháng 6/2022', 'Tháng 8/2022'],
    ['Quý II/2022', '30/6/2022'],
    ['Năm 2022', 'Năm 2023'],
    ['Thường xuyên', ''],
    ['1/6/2022', 'Tháng 12/2022'],
  ];

  it('reads the dates of the list as the periods their formats show', () => {
    expect(table).toBeDefined();
    const tasks = tasksFromTable(grid, table);
    expect(tasks.map((x) => [x.start, x.end])).toEqual([
      ['Tháng 6/2022', 'Tháng 8/2022'],
      ['Quý II/2022', 44742],
      ['Năm 2022', 'Năm 2023'],
      ['Thường xuyên', null],
      [44713, 'Tháng 12/2022'],
    ]);
  });

  it.each([false, true])('gives the same date texts in all three (timeline: %s)', async (timeline) => {
    const m = buildAppendix(tasksFromTable(grid, table), { title: TITLE_2022, timeline });
    // The sheet: each date cell as Excel shows its value through its number format.
    const write = appendixChanges(m, { top: 0, left: 0 }).find((c): c is WriteChange => c.type === 'write')!;
    const formats = write.numberFormat as string[][];
    const sheet = [0, 1, 2, 3, 4].map((i) => [2, 3].map((c) => displayText(write.cells[5 + i][c].value as CellValue, formats[5 + i][c])));
    expect(sheet).toEqual(DATES);
    // Real dates in the sheet where the model has them: a month is its first day, shown through its own format.
    expect([write.cells[5][2].value, formats[5][2]]).toEqual([44713, '"Tháng "m/yyyy']);
    expect([write.cells[5][3].value, formats[5][3]]).toEqual([44774, '"Tháng "m/yyyy']);
    expect([write.cells[6][2].value, formats[6][2]]).toEqual([44652, '"Quý II/"yyyy']);
    expect([write.cells[9][2].value, formats[9][2]]).toEqual([44713, 'd/m/yyyy']);
    // The copied HTML.
    const html = htmlRows(appendixHtml(m), 'tbody');
    expect(html.map((r) => [r[2].text, r[3].text])).toEqual(DATES);
    // The .docx.
    const { doc } = await open(await appendixDocx(m));
    const docx = rowsOf(doc)
      .slice(1)
      .map((r) => cellsOf(r).map(textOf).slice(2, 4));
    expect(docx).toEqual(DATES);
  });

  it('shades an ongoing ("Thường xuyên") task across the plan period alike in the sheet, the HTML and the .docx', async () => {
    const m = buildAppendix(tasksFromTable(grid, table), { title: TITLE_2022, timeline: true });
    // 2022-2023: eight quarters, I/2022 … IV/2023.
    expect(m.quarters).toEqual(['I/2022', 'II/2022', 'III/2022', 'IV/2022', 'I/2023', 'II/2023', 'III/2023', 'IV/2023']);
    // By hand: 6/2022–8/2022 is II–III/2022; Quý II/2022–30/6/2022 is II/2022; 2022–2023 all eight;
    // "Thường xuyên" with no end runs through the period; 1/6/2022–12/2022 is II–IV/2022.
    expect(m.rows.map((r) => r.quarters)).toEqual([
      [1, 2],
      [1, 1],
      [0, 7],
      [0, 7],
      [1, 3],
    ]);
    expect(m.rows.map((r) => !!r.ongoing)).toEqual([false, false, false, true, false]);
    // The sheet: one fill over the row's eight timeline cells (columns G to N of row 9, 0-based 8), in the timeline colour.
    const fills = appendixChanges(m, { top: 0, left: 0 }).filter((c) => c.type === 'style' && c.fill);
    expect(fills).toContainEqual(expect.objectContaining({ area: { top: 8, left: 6, bottom: 8, right: 13 }, fill: '#8EA9C1' }));
    expect(fills.every((c) => c.type === 'style' && c.fill === '#8EA9C1')).toBe(true);
    // The HTML: the eight timeline cells of its row have that background.
    const row = htmlRows(appendixHtml(m), 'tbody')[3];
    expect(row[1].text).toBe('Tuyên truyền về chuyển đổi số');
    expect(row.slice(6).map((c) => /background:(#[0-9A-F]{6})/i.exec(c.style)?.[1] ?? null)).toEqual(new Array(8).fill('#8EA9C1'));
    expect(row.slice(0, 6).some((c) => /background/.test(c.style))).toBe(false);
    // The .docx: w:shd w:fill="8EA9C1" on the same eight cells.
    const { doc } = await open(await appendixDocx(m));
    const cs = cellsOf(rowsOf(doc)[4]);
    expect(textOf(cs[1])).toBe('Tuyên truyền về chuyển đổi số');
    expect(cs.slice(6).map((c) => attr(all(c, 'shd')[0], 'fill'))).toEqual(new Array(8).fill('8EA9C1'));
    expect(cs.slice(0, 6).map(fillOf)).toEqual(new Array(6).fill(null));
  });
});

describe('line spacing and the blanks of the italic line', () => {
  const SUBTITLE = '(Kèm theo Kế hoạch số     /KH-UBND ngày    /    /2024 của Ủy ban nhân dân tỉnh)';

  it('sets every paragraph of the title block and the table at 1.15 lines (276 "auto"), the document default too', async () => {
    const m = buildAppendix(TASKS, { title: TITLE });
    const { doc, styles } = await open(await appendixDocx(m));
    const spacingOf = (p: XmlElement) => {
      const s = all(p, 'spacing')[0];
      return s ? [attr(s, 'line'), attr(s, 'lineRule')] : null;
    };
    const [p1, p2, p3] = bodyParagraphs(doc);
    for (const p of [p1, p2, p3]) expect(spacingOf(p)).toEqual(['276', 'auto']);
    const cellParagraphs = rowsOf(doc).flatMap((r) => cellsOf(r).flatMap((c) => kids(c, 'p')));
    expect(cellParagraphs).toHaveLength(19 * 6);
    for (const p of cellParagraphs) expect(spacingOf(p)).toEqual(['276', 'auto']);
    const defaults = all(all(styles, 'docDefaults')[0], 'pPrDefault')[0];
    expect(spacingOf(defaults)).toEqual(['276', 'auto']);
  });

  it('keeps the quarter labels at single spacing, so the upward line fits its narrow column', async () => {
    const m = buildAppendix(TASKS, { title: TITLE, timeline: true });
    const { doc } = await open(await appendixDocx(m));
    const head = cellsOf(rowsOf(doc)[0]);
    for (const c of head.slice(0, 6)) expect(attr(all(c, 'spacing')[0], 'line')).toBe('276');
    for (const c of head.slice(6)) expect(attr(all(c, 'spacing')[0], 'line')).toBe('240');
  });

  it('keeps the runs of spaces of the italic line: as written in the .docx (xml:space="preserve")', async () => {
    const m = buildAppendix(TASKS, { title: TITLE, subtitle: SUBTITLE });
    const { doc } = await open(await appendixDocx(m));
    const p3 = bodyParagraphs(doc)[2];
    const ts = all(p3, 't');
    expect(ts).toHaveLength(1);
    expect(ts[0].textContent).toBe(SUBTITLE);
    expect(ts[0].getAttribute('xml:space')).toBe('preserve');
  });

  it('keeps them in the copied HTML as no-break spaces (Word collapses plain ones), single spaces left as they are', () => {
    const html = appendixHtml(buildAppendix(TASKS, { title: TITLE, subtitle: SUBTITLE }));
    const five = '&nbsp;'.repeat(5);
    const four = '&nbsp;'.repeat(4);
    expect(html).toContain(`>(Kèm theo Kế hoạch số${five}/KH-UBND ngày${four}/${four}/2024 của Ủy ban nhân dân tỉnh)</p>`);
    // And the paragraphs and cells at 1.15 lines.
    const ps = html.match(/<p style="[^"]*"/g) ?? [];
    expect(ps.length).toBe(4 + 19 * 6);
    for (const p of ps) expect(p).toContain('line-height:115%');
  });
});

describe('column widths of the pasted table', () => {
  /** The text width of A4 landscape less 2 cm margins: (29.7 − 4) cm = 25.7 cm = 25.7 / 2.54 × 72 ≈ 728.5 pt. */
  const TEXT_WIDTH_PT = 728.5;

  it.each([
    ['without a timeline', { title: TITLE }, 6],
    ['with a quarter timeline', { title: TITLE, timeline: true }, 26],
    ['with a timeline and groups', { title: TITLE, timeline: true, groupByOwner: true }, 26],
  ] as const)('%s: the widths on the table, every column and cell, adding up to no more than the text width, the task column widest', async (_, opts, n) => {
    const m = buildAppendix(TASKS, opts);
    const html = appendixHtml(m);
    const table = /<table ([^>]*)>/.exec(html)![1];
    expect(table).toContain('table-layout:fixed');
    const tableWidth = ptOf(/style="([^"]*)"/.exec(table)![1]);
    expect(tableWidth).toBeLessThanOrEqual(TEXT_WIDTH_PT);
    expect(tableWidth).toBeGreaterThan(TEXT_WIDTH_PT - 1);
    const cols = Array.from(html.matchAll(/<col width="(\d+)" style="([^"]*)">/g), (c) => ({ px: Number(c[1]), pt: ptOf(c[2]) }));
    expect(cols).toHaveLength(n);
    const sum = cols.reduce((a, c) => a + c.pt, 0);
    expect(sum).toBeLessThanOrEqual(TEXT_WIDTH_PT + 1e-9);
    expect(sum).toBeCloseTo(tableWidth, 6);
    // The width attributes in pixels (96 to the inch: 4/3 of a point) stay within the same width.
    expect(cols.reduce((a, c) => a + c.px, 0)).toBeLessThanOrEqual((TEXT_WIDTH_PT * 4) / 3);
    const widest = Math.max(...cols.map((c) => c.pt));
    expect(cols[1].pt).toBe(widest);
    expect(cols.filter((c) => c.pt === widest)).toHaveLength(1);
    // The same widths as the .docx's grid (twips are 1/20 pt).
    const { doc } = await open(await appendixDocx(m));
    const grid = all(doc, 'gridCol').map((g) => Number(attr(g, 'w')));
    expect(cols.map((c) => c.pt * 20)).toEqual(grid);
    expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(USABLE_WIDTH);
    expect(Math.max(...grid)).toBe(grid[1]);
    expect(attr(all(doc, 'tblLayout')[0], 'type')).toBe('fixed');
    // Every cell of every row carries its column's width (a group row's name the five columns it spans).
    for (const row of htmlRows(html, 'tbody')) {
      let col = 0;
      for (const c of row) {
        const span = Number(/colspan="(\d+)"/.exec(c.attrs)?.[1] ?? 1);
        const expected = cols.slice(col, col + span).reduce((a, x) => a + x.pt, 0);
        expect(ptOf(c.style)).toBeCloseTo(expected, 6);
        col += span;
      }
      expect(col).toBe(n);
    }
    const head = htmlRows(html, 'thead');
    expect(head[0].slice(0, 6).map((c) => c.text)).toEqual(APPENDIX_HEADER);
    head[0].slice(0, 6).forEach((c, i) => expect(ptOf(c.style)).toBeCloseTo(cols[i].pt, 6));
    if (n === 6) expect(head).toHaveLength(1);
    else {
      // Two header rows: the six headers over both, each year over its four quarters, then I–IV under each.
      expect(head).toHaveLength(2);
      for (const c of head[0].slice(0, 6)) expect(c.attrs).toContain('rowspan="2"');
      expect(head[0].slice(6).map((c) => c.text)).toEqual(['2021', '2022', '2023', '2024', '2025']);
      head[0].slice(6).forEach((c, k) => {
        expect(c.attrs).toContain('colspan="4"');
        expect(ptOf(c.style)).toBeCloseTo(
          cols.slice(6 + 4 * k, 10 + 4 * k).reduce((a, x) => a + x.pt, 0),
          6
        );
      });
      expect(head[1].map((c) => c.text)).toEqual(new Array(5).fill(['I', 'II', 'III', 'IV']).flat());
      head[1].forEach((c, i) => expect(ptOf(c.style)).toBeCloseTo(cols[6 + i].pt, 6));
      // Set level at 8 pt, "III" (about 1.06 em in bold) fits its column: no program has to widen it.
      for (const c of cols.slice(6)) expect(c.pt * 20).toBeGreaterThanOrEqual(textTwips('III', 16, true));
      expect(table).toContain('mso-table-layout-alt:fixed');
    }
    if (n > 6) {
      // The quarter columns narrow (under 1 cm = 28.35 pt each), the task column still a quarter of the width.
      for (const c of cols.slice(6)) expect(c.pt).toBeLessThan(28.35);
      expect(cols[1].pt).toBeGreaterThan(TEXT_WIDTH_PT / 4);
    } else {
      expect(cols[1].pt).toBeGreaterThan(TEXT_WIDTH_PT / 3);
    }
  });
});
