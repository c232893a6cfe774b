/**
 * A recognised table as a .docx (export/table-docx.ts): opened with JSZip
 * and its XML read back — the page (A4, landscape for a wide table), the
 * header rows repeated (w:tblHeader) with their spans, Times New Roman,
 * thin borders, the widths, and the cells' text as Excel shows it.
 */
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import type { Document as XmlDocument, Element as XmlElement } from '@xmldom/xmldom';
import { recognize } from '../../src/engine';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH, tableDocs, type TableDoc } from '../../src/engine/word';
import { tableDocx } from '../../src/export/table-docx';
import { realGrid } from '../fixtures/real/sheet';
import { table as tthue2019 } from '../fixtures/real/ind-tthue-chi-tieu-2019';
import { table as tayninh } from '../fixtures/real/inv-tayninh-stc-giai-ngan-2023';

const W = 'w:';
const parser = new DOMParser();

async function open(bytes: Uint8Array): Promise<{ doc: XmlDocument; xml: string; styles: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  return { doc: parser.parseFromString(xml, 'text/xml'), xml, styles };
}

const all = (el: XmlDocument | XmlElement, tag: string) => Array.from(el.getElementsByTagName(W + tag)) as XmlElement[];
const attr = (el: XmlElement, name: string) => el.getAttribute(W + name);
const textOf = (el: XmlElement) =>
  all(el, 't')
    .map((x) => x.textContent ?? '')
    .join('');
function kids(el: XmlElement, tag: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as XmlElement).tagName === W + tag) out.push(n as XmlElement);
  return out;
}

function docOf(t: typeof tayninh): TableDoc {
  const g = realGrid(t);
  return tableDocs(g, recognize(g))[0].doc;
}

describe('an investment table of ten columns (Tây Ninh 2023)', () => {
  const d = docOf(tayninh);
  let opened: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    opened = await open(await tableDocx(d));
  });

  test('A4 landscape, margins of 2 cm', () => {
    const pgSz = all(opened.doc, 'pgSz')[0];
    expect(attr(pgSz, 'orient')).toBe('landscape');
    expect([attr(pgSz, 'w'), attr(pgSz, 'h')]).toEqual(['16838', '11906']);
    expect(attr(all(opened.doc, 'pgMar')[0], 'left')).toBe('1134');
  });

  test('the two header rows and the numbering row repeat on every page; the body rows do not', () => {
    const rows = kids(all(opened.doc, 'tbl')[0], 'tr');
    const repeated = rows.map((r) => all(r, 'tblHeader').length > 0);
    expect(repeated.slice(0, 3)).toEqual([true, true, true]);
    expect(repeated.slice(3).some(Boolean)).toBe(false);
    // 3 header rows and 7 data rows (6 to 12).
    expect(rows).toHaveLength(10);
  });

  test('the header spans: STT down two rows, "Kế hoạch năm 2023" over three columns, bold and centred', () => {
    const [first, second] = kids(all(opened.doc, 'tbl')[0], 'tr');
    const cells = kids(first, 'tc');
    expect(cells.map(textOf)).toEqual(['STT', 'Dự án', 'Kế hoạch năm 2023', 'Giải ngân đến 10/03/2023', 'Thực hiện giải ngân/kế hoạch (%)']);
    expect(cells.map((c) => (all(c, 'gridSpan')[0] ? attr(all(c, 'gridSpan')[0], 'val') : '1'))).toEqual(['1', '1', '3', '3', '2']);
    expect(attr(all(cells[0], 'vMerge')[0], 'val')).toBe('restart');
    // The second row continues STT and Dự án's merge, then its eight labels.
    const under = kids(second, 'tc');
    expect(under.slice(0, 2).every((c) => all(c, 'vMerge').length === 1)).toBe(true);
    expect(under.slice(2).map(textOf)).toEqual(['Cộng', 'KH đầu năm', 'KH bổ sung', 'Cộng', 'KH đầu năm', 'KH bổ sung', 'Tổng cộng', 'Trong đó: KH đầu năm']);
    for (const c of cells) {
      expect(attr(all(c, 'jc')[0], 'val')).toBe('center');
      expect(all(c, 'b').length).toBeGreaterThan(0);
    }
  });

  test('Times New Roman in every run, 12 pt in the table, 13 pt in the title block', () => {
    const fonts = all(opened.doc, 'rFonts').map((f) => attr(f, 'ascii'));
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
    expect(opened.styles).toContain('w:ascii="Times New Roman"');
    const table = all(opened.doc, 'tbl')[0];
    expect(new Set(all(table, 'sz').map((s) => attr(s, 'val')))).toEqual(new Set(['24']));
    const title = kids(all(opened.doc, 'body')[0], 'p')[0];
    expect(textOf(title)).toBe('Báo cáo định kỳ tình hình giải ngân vốn đầu tư công năm 2023 (đến 10/03/2023)');
    expect(attr(all(title, 'sz')[0], 'val')).toBe('26');
    expect(all(title, 'b').length).toBeGreaterThan(0);
    const unit = kids(all(opened.doc, 'body')[0], 'p')[1];
    expect(textOf(unit)).toBe('Đơn vị: Triệu đồng');
    expect(attr(all(unit, 'jc')[0], 'val')).toBe('right');
    expect(all(unit, 'i').length).toBeGreaterThan(0);
  });

  test('thin single borders on every side, a fixed layout as wide as the landscape text width', () => {
    const tbl = all(opened.doc, 'tbl')[0];
    const borders = all(tbl, 'tblBorders')[0];
    for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) {
      const b = all(borders, side)[0];
      expect([attr(b, 'val'), attr(b, 'sz')]).toEqual(['single', '4']);
    }
    expect(attr(all(tbl, 'tblLayout')[0], 'type')).toBe('fixed');
    const grid = all(tbl, 'gridCol').map((g) => Number(attr(g, 'w')));
    expect(grid).toEqual(d.widths);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_WIDTH);
  });

  test('the cells as typed, figures on the right', () => {
    const rows = kids(all(opened.doc, 'tbl')[0], 'tr');
    // Sheet row 11: project 2.2.
    const cells = kids(rows[3 + 5], 'tc');
    expect(cells.map(textOf)).toEqual([
      '2.2',
      'Tăng cường quản lý đất đai và cơ sở dữ liệu quản lý đất đai và cơ sở dữ liệu quản lý đất đai trên địa bàn tỉnh Tây Ninh (VILG)',
      '16.757',
      '16.757',
      '',
      '0',
      '0',
      '',
      '0,00',
      '0,00',
    ]);
    expect(attr(all(cells[2], 'jc')[0], 'val')).toBe('right');
  });
});

describe('an indicator table of six columns (Thừa Thiên Huế 2019)', () => {
  test('portrait, 13 pt, the numbers as Excel shows them, the sections bold', async () => {
    const d = docOf(tthue2019);
    const { doc, xml } = await open(await tableDocx(d));
    const pgSz = all(doc, 'pgSz')[0];
    expect(attr(pgSz, 'orient')).toBe('portrait');
    expect([attr(pgSz, 'w'), attr(pgSz, 'h')]).toEqual(['11906', '16838']);
    expect(xml).not.toContain('w:orient="landscape"');
    const tbl = all(doc, 'tbl')[0];
    expect(all(tbl, 'gridCol').reduce((a, g) => a + Number(attr(g, 'w')), 0)).toBe(PORTRAIT_WIDTH);
    expect(new Set(all(tbl, 'sz').map((s) => attr(s, 'val')))).toEqual(new Set(['26']));
    const rows = kids(tbl, 'tr');
    // Header, then sheet rows 4…: row 13 is the 10th data row.
    expect(kids(rows[10], 'tc').map(textOf)).toEqual(['5', 'Thu ngân sách Nhà nước (Tỷ đồng)', '7.788,0', '7.213,5', '7.787,0', 'Vượt']);
    // Section "I Kinh tế" in bold.
    const section = kids(rows[1], 'tc');
    expect(section.map(textOf).slice(0, 2)).toEqual(['I', 'Kinh tế']);
    expect(all(section[1], 'b').length).toBeGreaterThan(0);
    expect(all(kids(rows[10], 'tc')[1], 'b')).toHaveLength(0);
    // A line typed in a cell (Alt+Enter) stays a line: a break in the run.
    expect(kids(rows[17 - 3], 'tc').map(textOf)[1]).toBe('Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng:-Theo cân nặng (%)-Theo chiều cao (%)');
    expect(all(kids(rows[17 - 3], 'tc')[1], 'br')).toHaveLength(2);
  });
});
