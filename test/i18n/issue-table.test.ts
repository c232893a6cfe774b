/**
 * The issue list as a table to send to a reviewer (issue 16): its rows in
 * each language, the .csv written from them (RFC 4180, UTF-8 with a BOM),
 * and the link to each cell. Expected texts are written by hand from the
 * templates of src/i18n/messages.ts.
 */
import type { Issue, SheetReport } from '../../src/engine/report';
import { BOM, csvField, fixValueText, hyperlinkFormula, issueCsv, issueCsvName, issueTable, SEVERITY_WORDS } from '../../src/i18n/issue-table';
import { severityKey, t } from '../../src/taskpane/i18n';
import { fixValueText as paneFixValueText } from '../../src/taskpane/IssuesView';

const SHEET = "Biểu 1 'gốc'";
const DAY = new Date(2025, 2, 5);

/** Four issues in the report's order (a note first), each severity, a fix on its own cell and one on another cell. */
function issues(): Issue[] {
  return [
    { cell: 'B9', code: 'missing-value', severity: 'info', template: 'missing-unit', params: { name: 'Số thuê bao "di động"\nvà cố định' } },
    {
      cell: 'E16',
      code: 'number-as-text',
      severity: 'error',
      template: 'number-as-text',
      params: { text: '10.7', fixed: { num: 10.7 } },
      fix: { cell: 'E16', value: 10.7 },
    },
    {
      cell: 'H8',
      code: 'ratio-mismatch',
      severity: 'warning',
      template: 'ratio-mismatch',
      params: { typed: { num: 120 }, label: 'ƯTH 2018/KH 2018', expected: { num: 101.41 } },
      fix: { cell: 'H9', value: 101.4 },
    },
    { cell: 'F20', code: 'not-a-number', severity: 'error', template: 'error-value', params: { text: '#N/A', column: 'KH 2019' } },
  ];
}

function report(): Pick<SheetReport, 'name' | 'issues' | 'ignored'> {
  return {
    name: SHEET,
    issues: issues(),
    ignored: [{ cell: 'C30', code: 'missing-value', severity: 'info', template: 'missing-unit', params: { name: 'Bỏ qua' } }],
  };
}

describe('the rows of the issue table', () => {
  test('errors, then warnings, then notes, each as the report has them; the ignored issues are left out', () => {
    const table = issueTable(report(), 'vi', DAY);
    expect(table.rows.map((r) => r.cell)).toEqual(['E16', 'F20', 'H8', 'B9']);
    expect(table.rows.map((r) => r.level)).toEqual(['Lỗi', 'Lỗi', 'Cảnh báo', 'Lưu ý']);
    expect(table.rows.every((r) => r.sheet === SHEET)).toBe(true);
  });

  test('Vietnamese: each message as the pane words it, the fix in Vietnamese style, another cell named', () => {
    const table = issueTable(report(), 'vi', DAY);
    expect(table.header).toEqual(['Trang tính', 'Ô', 'Mức', 'Vấn đề', 'Gợi ý sửa']);
    expect(table.rows.map((r) => [r.message, r.fix])).toEqual([
      ['Số “10.7” được gõ dạng chữ nên Excel không tính được; nên đổi thành số 10,7.', '10,7'],
      ['Ô chứa lỗi Excel #N/A thay cho số liệu “KH 2019”.', ''],
      ['Tỷ lệ gõ tay 120 khác với ƯTH 2018/KH 2018 tính từ số liệu của dòng = 101,41.', 'H9 = 101,4'],
      // The planner's own quotes stay as typed.
      ['Chỉ tiêu “Số thuê bao "di động"\nvà cố định” chưa có đơn vị tính.', ''],
    ]);
    expect(table.title).toBe("Danh sách vấn đề của trang tính “Biểu 1 'gốc'”, kiểm tra ngày 05/03/2025: 4 vấn đề");
    expect(table.sheetName).toBe('Vấn đề');
    expect(table.date).toBe('2025-03-05');
  });

  test('English: header, severities, messages and numbers in English', () => {
    const table = issueTable(report(), 'en', DAY);
    expect(table.header).toEqual(['Sheet', 'Cell', 'Severity', 'Issue', 'Suggested fix']);
    expect(table.rows.map((r) => r.level)).toEqual(['Error', 'Error', 'Warning', 'Note']);
    expect(table.rows[0].message).toBe('The number “10.7” is typed as text, so Excel cannot compute with it; convert it to the number 10.7.');
    expect(table.rows[0].fix).toBe('10.7');
    expect(table.rows[2].fix).toBe('H9 = 101.4');
    expect(table.title).toBe("Issues found on the sheet “Biểu 1 'gốc'”, checked on 5 March 2025: 4 issues");
    expect(issueTable({ name: 'S', issues: issues().slice(0, 1) }, 'en', DAY).title).toBe('Issues found on the sheet “S”, checked on 5 March 2025: 1 issue');
    expect(table.sheetName).toBe('Issues');
  });

  test('the severity words are the pane’s: the same in Vietnamese, each English one the singular of the pane’s heading', () => {
    for (const sev of ['error', 'warning', 'info'] as const) {
      expect(SEVERITY_WORDS[sev].vi).toBe(t('vi', severityKey(sev)));
      expect(t('en', severityKey(sev))).toBe(`${SEVERITY_WORDS[sev].en}s`);
    }
  });

  test('a fix value is written as the pane’s fix button says it', () => {
    for (const v of [3150, 10.7, 101.41, -2.5, 0.1 + 0.2, 1234567.891, 'x'] as const) {
      for (const lang of ['vi', 'en'] as const) expect(fixValueText(v, lang)).toBe(paneFixValueText({ cell: 'A1', value: v }, lang));
    }
    expect(fixValueText(0.1 + 0.2, 'vi')).toBe('0,3');
    expect(fixValueText(3150, 'vi')).toBe('3150');
  });
});

describe('the link to a cell', () => {
  test('quotes the sheet name with its apostrophes doubled, inside a string whose double quotes are doubled', () => {
    expect(hyperlinkFormula('Biểu số 1', 'D12')).toBe(`=HYPERLINK("#'Biểu số 1'!D12","D12")`);
    expect(hyperlinkFormula(SHEET, 'E16')).toBe(`=HYPERLINK("#'Biểu 1 ''gốc'''!E16","E16")`);
    expect(hyperlinkFormula('Số "A"', 'B2')).toBe(`=HYPERLINK("#'Số ""A""'!B2","B2")`);
  });
});

describe('the .csv', () => {
  test('a BOM, the header, one CRLF line per issue; fields with commas, quotes or line breaks quoted, their quotes doubled', () => {
    const csv = issueCsv(issueTable(report(), 'vi', DAY));
    expect(csv).toBe(
      '\uFEFF' +
        'Trang tính,Ô,Mức,Vấn đề,Gợi ý sửa\r\n' +
        `Biểu 1 'gốc',E16,Lỗi,"Số “10.7” được gõ dạng chữ nên Excel không tính được; nên đổi thành số 10,7.","10,7"\r\n` +
        `Biểu 1 'gốc',F20,Lỗi,Ô chứa lỗi Excel #N/A thay cho số liệu “KH 2019”.,\r\n` +
        `Biểu 1 'gốc',H8,Cảnh báo,"Tỷ lệ gõ tay 120 khác với ƯTH 2018/KH 2018 tính từ số liệu của dòng = 101,41.","H9 = 101,4"\r\n` +
        `Biểu 1 'gốc',B9,Lưu ý,"Chỉ tiêu “Số thuê bao ""di động""\nvà cố định” chưa có đơn vị tính.",\r\n`
    );
    expect(csv.startsWith(BOM)).toBe(true);
    // UTF-8: the BOM is the three bytes Excel looks for.
    expect(Array.from(new TextEncoder().encode(csv).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('English: the header and the severities in English, the same columns', () => {
    const lines = issueCsv(issueTable(report(), 'en', DAY))
      .slice(1)
      .split('\r\n');
    expect(lines[0]).toBe('Sheet,Cell,Severity,Issue,Suggested fix');
    expect(lines[1]).toBe(`Biểu 1 'gốc',E16,Error,"The number “10.7” is typed as text, so Excel cannot compute with it; convert it to the number 10.7.",10.7`);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('');
  });

  test('a field Excel would run as a formula gets an apostrophe first; plain numbers, even negative, stay as they are', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-5')).toBe('-5');
    expect(csvField('-2,5')).toBe('"-2,5"');
    expect(csvField(' lề')).toBe('" lề"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField('')).toBe('');
  });

  test('the file is named after the list, the sheet and the day, in letters any system takes', () => {
    expect(issueCsvName(issueTable(report(), 'vi', DAY))).toBe('Van-de_Bieu-1-goc_2025-03-05.csv');
    expect(issueCsvName(issueTable({ name: 'Đầu tư công', issues: [] }, 'en', DAY))).toBe('Issues_Dau-tu-cong_2025-03-05.csv');
  });
});
