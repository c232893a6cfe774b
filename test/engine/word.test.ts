/**
 * A recognised table to Word (engine/word): the document model of tables
 * of the real corpus — title block, header spans (from merges, and the same
 * from the layout without them), cells as Excel shows them in Vietnamese
 * style, bold sections, the computed columns, the page — and the HTML and
 * text for the clipboard. Every expected value is worked out by hand from
 * the fixture's cells and formats.
 */
import { computeSheet, recognize } from '../../src/engine';
import type { Change } from '../../src/engine/changes';
import type { Grid } from '../../src/engine/grid';
import { shownText } from '../../src/engine/numfmt';
import {
  buildTableDoc,
  docxNameOf,
  LANDSCAPE_WIDTH,
  PORTRAIT_WIDTH,
  tableDocHtml,
  tableDocs,
  tableDocText,
  type DocRow,
  type TableDoc,
} from '../../src/engine/word';
import { realGrid } from '../fixtures/real/sheet';
import { table as tthue2019 } from '../fixtures/real/ind-tthue-chi-tieu-2019';
import { table as tayninh } from '../fixtures/real/inv-tayninh-stc-giai-ngan-2023';
import { table as vinhphuc } from '../fixtures/real/ts-vinhphuc-dan-so-2019';
import { applyToGrid } from '../helpers/apply';
import { gridOf } from '../helpers/grid';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The first table's document. */
function docOf(g: Grid): TableDoc {
  const docs = tableDocs(g, recognize(g));
  expect(docs.length).toBeGreaterThan(0);
  return docs[0].doc;
}

/** The row of a sheet row (1-based). */
function rowOf(d: TableDoc, sheetRow: number): DocRow {
  const r = [...d.header, ...d.body].find((x) => x.row === sheetRow - 1);
  if (!r) throw new Error(`no row ${sheetRow}`);
  return r;
}

/** Each cell of a row as [text, colSpan, rowSpan]. */
const spans = (r: DocRow) => r.cells.map((c) => [c.text, c.colSpan, c.rowSpan]);

describe('numbers as Excel shows them, in Vietnamese style', () => {
  test.each([
    [7213.5, '#,##0.0', '7.213,5'],
    [19770, '#,##0.0', '19.770,0'],
    [1234.5, '#,##0.0', '1.234,5'],
    [104.3, '0.0', '104,3'],
    [6.9, '0.00', '6,90'],
    // "0.0#": one decimal always, a second when there is one.
    [10.8, '0.0#', '10,8'],
    [98.07, '0.0#', '98,07'],
    [2, '0.0#', '2,0'],
    [0.123, '0.0%', '12,3%'],
    [1014825, '#,##0', '1.014.825'],
    [-1234.5, '#,##0.0;(#,##0.0)', '(1.234,5)'],
    [-3, '#,##0;[Red]-#,##0', '-3'],
    [0, '#,##0;-#,##0;"-"', '-'],
    [1234567, '#,##0,', '1.235'],
    [5, '0.0" tỷ"', '5,0 tỷ'],
    [2.17, 'General', '2,17'],
    [1 / 3, 'General', '0,333333333'],
    [44013, '"Tháng "m/yyyy', 'Tháng 7/2020'],
    [44013, 'dd/mm/yyyy', '01/07/2020'],
    ['7,5-8,0', '0.00', '7,5-8,0'],
    [null, '0.0', ''],
  ])('%p with %p shows %p', (value, format, shown) => {
    expect(shownText(value, format)).toBe(shown);
  });

  test('English style when asked', () => {
    expect(shownText(1234.5, '#,##0.0', { decimal: '.', group: ',' })).toBe('1,234.5');
  });
});

describe('an indicator table (Thừa Thiên Huế 2019): numbers as shown, sections bold, portrait', () => {
  const d = docOf(realGrid(tthue2019));

  test('the title block: the capitals bold and centred, the bracketed line in italics', () => {
    expect(d.title).toEqual([
      { text: 'CÁC CHỈ TIÊU KINH TẾ XÃ HỘI CHỦ YẾU ĐẠT ĐƯỢC TRONG NĂM 2019', align: 'center', bold: true },
      { text: '(Theo báo cáo số 330/BC-UBND ngày 06/12/2019)', align: 'center', italic: true },
    ]);
  });

  test('one header row, bold and centred', () => {
    expect(d.header).toHaveLength(1);
    expect(d.header[0].cells.map((c) => c.text)).toEqual(['Stt', 'Chỉ tiêu chủ yếu', 'TH năm 2018', 'KH năm 2019', 'Ước TH năm 2019', 'Ghi chú']);
    expect(d.header[0].cells.every((c) => c.bold && c.align === 'center')).toBe(true);
  });

  test('figures as their formats show them: "#,##0.0", "0.00", "0.0#"; text as typed', () => {
    // Row 13, "Thu ngân sách": 7788, 7213.5, 7787 in "#,##0.0".
    expect(rowOf(d, 13).cells.map((c) => c.text)).toEqual(['5', 'Thu ngân sách Nhà nước (Tỷ đồng)', '7.788,0', '7.213,5', '7.787,0', 'Vượt']);
    // Row 12: 19770 and 22700 in "#,##0.0".
    expect(
      rowOf(d, 12)
        .cells.slice(2, 5)
        .map((c) => c.text)
    ).toEqual(['19.770,0', '22.700,0', '22.700,0']);
    // Row 5: 6.61 in "0.00", the range typed as text, 7.18 in "0.00".
    expect(
      rowOf(d, 5)
        .cells.slice(2, 5)
        .map((c) => c.text)
    ).toEqual(['6,61', '7,5-8,0', '7,18']);
    // Row 8: 6.9 in "0.00" keeps its two decimals.
    expect(rowOf(d, 8).cells[3].text).toBe('6,90');
    // Row 19: 95 and 98.07 in "0.0#"; "98,5%" typed as text.
    expect(
      rowOf(d, 19)
        .cells.slice(2, 5)
        .map((c) => c.text)
    ).toEqual(['95,0', '98,07', '98,5%']);
    // Row 16: 10.8 in "0.0#".
    expect(rowOf(d, 16).cells[2].text).toBe('10,8');
  });

  test('figures on the right, STT centred, names on the left', () => {
    const r = rowOf(d, 13).cells;
    expect(r.map((c) => c.align)).toEqual(['center', 'left', 'right', 'right', 'right', 'left']);
    // A figure typed as text ("-4,13%") is on the right too.
    expect(rowOf(d, 6).cells[4]).toMatchObject({ text: '-4,13%', align: 'right' });
  });

  test('the sections I, II, III are bold; the indicators are not', () => {
    for (const row of [4, 14, 22]) {
      expect(rowOf(d, row).kind).toBe('section');
      expect(rowOf(d, row).cells.every((c) => c.bold)).toBe(true);
    }
    expect(rowOf(d, 13).cells.some((c) => c.bold)).toBe(false);
    // Every data row is there (4 to 25), none blank.
    expect(d.body.map((r) => r.row + 1)).toEqual(Array.from({ length: 22 }, (_, i) => 4 + i));
  });

  test('six columns: portrait, 13 pt, the widths fill the text width, the names column the widest', () => {
    expect(d.landscape).toBe(false);
    expect(d.fontSize).toBe(13);
    expect(sum(d.widths)).toBe(PORTRAIT_WIDTH);
    expect(d.widths.indexOf(Math.max(...d.widths))).toBe(1);
    // STT is the narrowest.
    expect(d.widths.indexOf(Math.min(...d.widths))).toBe(0);
  });

  test('the file is named after the sheet', () => {
    expect(docxNameOf(d.sheet)).toBe('Chi-tieu-2019.docx');
    expect(docxNameOf('Biểu số 1/2024', 1)).toBe('Bieu-so-1-2024-2.docx');
  });
});

/** Write changes into a grid as a host would, with the number formats the writes carry. */
function applyWithFormats(g: Grid, changes: Change[]): Grid {
  const out = applyToGrid(g, changes);
  const formats = out.values.map((r, i) => r.map((_, j) => g.formats?.[i]?.[j] ?? 'General'));
  for (const ch of changes) {
    if (ch.type !== 'write' || !ch.numberFormat) continue;
    ch.cells.forEach((row, i) =>
      row.forEach((_, j) => {
        const f = typeof ch.numberFormat === 'string' ? ch.numberFormat : ch.numberFormat![i]?.[j];
        if (f) formats[ch.top + i - g.origin.row][ch.left + j - g.origin.col] = f;
      })
    );
  }
  return { ...out, formats };
}

describe('with the computed columns the add-in wrote', () => {
  const g0 = realGrid(tthue2019);
  const g = applyWithFormats(g0, computeSheet(g0, { metrics: ['completion', 'growth'] }).changes);
  const d = docOf(g);

  test('they follow the table, headed as in the sheet, shown with one decimal', () => {
    expect(d.computed).toEqual(['G', 'H']);
    expect(d.columns).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(d.header[0].cells.slice(6).map((c) => c.text)).toEqual(['ƯTH 2019 so với KH 2019 (%)', 'ƯTH 2019 so với TH 2018 (%)']);
    // Row 10: 2.007 / 1.915 × 100 = 104,80…; (2.007 / 1.839 − 1) × 100 = 9,135…
    expect(
      rowOf(d, 10)
        .cells.slice(6)
        .map((c) => [c.text, c.align])
    ).toEqual([
      ['104,8', 'right'],
      ['9,1', 'right'],
    ]);
    // Row 11: 950 / 1.055 × 100 = 90,047…; (950 / 864 − 1) × 100 = 9,953…
    expect(
      rowOf(d, 11)
        .cells.slice(6)
        .map((c) => c.text)
    ).toEqual(['90,0', '10,0']);
    // Row 18: 0,86 / 0,7 × 100 = 122,857…
    expect(rowOf(d, 18).cells[6].text).toBe('122,9');
  });

  test('eight columns: landscape, 12 pt, the landscape text width', () => {
    expect(d.landscape).toBe(true);
    expect(d.fontSize).toBe(12);
    expect(sum(d.widths)).toBe(LANDSCAPE_WIDTH);
  });
});

describe('an investment table (Tây Ninh 2023): a two-row header with spans, the numbering row', () => {
  const expectedHeader = [
    [
      ['STT', 1, 2],
      ['Dự án', 1, 2],
      ['Kế hoạch năm 2023', 3, 1],
      ['Giải ngân đến 10/03/2023', 3, 1],
      ['Thực hiện giải ngân/kế hoạch (%)', 2, 1],
    ],
    [
      ['Cộng', 1, 1],
      ['KH đầu năm', 1, 1],
      ['KH bổ sung', 1, 1],
      ['Cộng', 1, 1],
      ['KH đầu năm', 1, 1],
      ['KH bổ sung', 1, 1],
      ['Tổng cộng', 1, 1],
      ['Trong đó: KH đầu năm', 1, 1],
    ],
  ];

  test.each([
    ['with its merged cells', false],
    ['without them (as the pane reads a sheet)', true],
  ])('the spans %s', (_how, drop) => {
    const g = realGrid(tayninh);
    if (drop) g.merges = [];
    const d = docOf(g);
    expect(d.header.slice(0, 2).map(spans)).toEqual(expectedHeader);
    // The second row's cells start under "Kế hoạch năm 2023" (STT and Dự án span down).
    expect(d.header[1].cells[0].col).toBe(2);
    // The numbering row, in italics, repeated with the header.
    expect(d.header[2].kind).toBe('numbering');
    expect(d.header[2].cells.map((c) => c.text)).toEqual(['1', '2', '3=4+5', '4', '5', '6=7+8', '7', '8', '9=6/3', '10=7/4']);
    expect(d.header[2].cells.every((c) => c.italic)).toBe(true);
  });

  test('ten columns: landscape, 12 pt; the unit line on the right in italics', () => {
    const d = docOf(realGrid(tayninh));
    expect(d.landscape).toBe(true);
    expect(d.fontSize).toBe(12);
    expect(sum(d.widths)).toBe(LANDSCAPE_WIDTH);
    expect(d.title).toEqual([
      { text: 'Báo cáo định kỳ tình hình giải ngân vốn đầu tư công năm 2023 (đến 10/03/2023)', align: 'center', bold: true },
      { text: 'Đơn vị: Triệu đồng', align: 'right', italic: true },
    ]);
    // Figures typed as text stay as typed, on the right.
    expect(
      rowOf(d, 9)
        .cells.slice(0, 4)
        .map((c) => [c.text, c.align])
    ).toEqual([
      ['2', 'center'],
      ['Sở Tài nguyên & Môi trường ', 'left'],
      ['20.957', 'right'],
      ['20.957', 'right'],
    ]);
  });
});

describe('a time series with years down the rows (Vĩnh Phúc 2019)', () => {
  test.each([false, true])('spans (merges dropped: %p), figures, the block headings across the table', (drop) => {
    const g = realGrid(vinhphuc);
    if (drop) g.merges = [];
    const d = docOf(g);
    expect(d.kind).toBe('time-series');
    const top = d.header[0].cells.filter((c) => c.text !== '').map((c) => [c.text, c.colSpan, c.rowSpan]);
    expect(top).toEqual([
      ['Tổng số\nTotal', 1, 2],
      ['Phân theo giới tính\nBy sex', 2, 1],
      ['Phân theo thành thị, nông thôn\nBy residence', 2, 1],
    ]);
    // Row 7: 2010 in "#,##0".
    expect(rowOf(d, 7).cells.map((c) => c.text)).toEqual(['2010', '1.014.825', '501.190', '513.635', '232.869', '781.956']);
    // Row 16: 2018's index in "0.00".
    expect(rowOf(d, 16).cells.map((c) => c.text)).toEqual(['2018', '101,36', '101,50', '101,22', '108,97', '99,04']);
    // The block heading of row 12 spans the table where it is merged (A12:F12).
    if (!drop) expect(spans(rowOf(d, 12))).toEqual([['Chỉ số phát triển (Năm trước = 100) - %\nIndex (Previous year = 100) - %', 6, 1]]);
  });
});

describe('the clipboard', () => {
  const d = docOf(realGrid(tayninh));
  const html = tableDocHtml(d);

  test('HTML Word pastes as the table: Times New Roman, thead repeated, borders, fixed widths, spans', () => {
    expect(html).toContain("font-family:'Times New Roman',serif;font-size:12pt");
    expect(html).toContain("font-family:'Times New Roman',serif;font-size:13pt");
    expect(html).toContain('table-layout:fixed;mso-table-layout-alt:fixed;border-collapse:collapse');
    // The three header rows (two of labels, the numbering) in the thead.
    const thead = html.slice(html.indexOf('<thead>'), html.indexOf('</thead>'));
    expect(thead.match(/<tr/g)).toHaveLength(3);
    expect(thead).toContain('<th rowspan="2"');
    expect(thead).toContain('<th colspan="3"');
    expect(thead).toContain('font-weight:bold">Kế hoạch năm 2023</p>');
    // Every cell bordered.
    expect(html.match(/<t[hd][ >]/g)!.length).toBe(html.match(/border:1px solid #000/g)!.length);
    // The table is as wide as the landscape text width: 14,570 twips = 728.5 pt.
    expect(html).toContain('width:728.5pt;table-layout:fixed');
    expect(html).toContain('mso-page-orientation:landscape');
    // A figure on the right, as typed.
    expect(html).toContain('text-align:right;line-height:115%;' + "font-family:'Times New Roman',serif;font-size:12pt\">16.757</p>");
    // Cell text is escaped, never markup: "&" of "Sở Tài nguyên & Môi trường".
    expect(html).toContain('Sở Tài nguyên &amp; Môi trường');
  });

  test('plain text: tab-separated, the other columns of a span empty', () => {
    const lines = tableDocText(d).split('\n');
    expect(lines[0]).toBe('Báo cáo định kỳ tình hình giải ngân vốn đầu tư công năm 2023 (đến 10/03/2023)');
    expect(lines[3]).toBe('STT\tDự án\tKế hoạch năm 2023\t\t\tGiải ngân đến 10/03/2023\t\t\tThực hiện giải ngân/kế hoạch (%)\t');
    expect(lines[4]).toBe('\t\tCộng\tKH đầu năm\tKH bổ sung\tCộng\tKH đầu năm\tKH bổ sung\tTổng cộng\tTrong đó: KH đầu năm');
  });
});

describe('a wide table of few columns still turns the page', () => {
  test('five columns of long figures and words do not fit portrait: landscape, 13 pt', () => {
    const long = 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn';
    const g = gridOf('Đầu tư', [
      ['STT', 'Tên dự án', 'Tổng mức đầu tư', 'Kế hoạch vốn năm 2024', 'Giải ngân'],
      ['1', `${long} 2021-2025`, 123456789012.5, 98765432101.25, 87654321098.75],
      ['2', `${long} 2026-2030`, 223456789012.5, 198765432101.25, 187654321098.75],
    ]);
    g.formats = g.values.map((r) => r.map((_, j) => (j >= 2 ? '#,##0.00' : 'General')));
    const tables = recognize(g);
    expect(tables.map((t) => t.kind)).toEqual(['investment']);
    const d = buildTableDoc(g, tables[0]);
    expect(rowOf(d, 2).cells[2].text).toBe('123.456.789.012,50');
    expect(d.fontSize).toBe(13);
    expect(d.landscape).toBe(true);
  });
});
