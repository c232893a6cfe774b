/** .xlsx packages written by hand from their parts' XML, as programs other than Excel and ExcelJS write them. */
import { strToU8, zipSync } from 'fflate';

/** A package written by hand from its parts' XML. */
export function pkg(parts: Record<string, string>): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>'
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'
    ),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/**
 * A workbook part and a sheet written as other programs write them: tags
 * with the prefix `x` (`x:c`) or none; rows and cells with their addresses
 * or, as the format allows, without (each then follows the one before);
 * `swapped`: two cells of a row out of their order (Excel never writes them so).
 */
export function otherProgram(x: string, addresses = true, swapped = false): Uint8Array {
  const ns = x ? `xmlns:${x.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const c = (ref: string, attrs: string, inner?: string) =>
    `<${x}c${addresses ? ` r="${ref}"` : ''}${attrs}${inner === undefined ? '/>' : `>${inner}</${x}c>`}`;
  const v = (s: string) => `<${x}v>${s}</${x}v>`;
  const row = (n: number, cells: string) => `<${x}row${addresses || n === 4 ? ` r="${n}"` : ''}>${cells}</${x}row>`;
  const sheet = [
    row(1, c('A1', ' t="s"', v('0')) + c('B1', ' t="s"', v('1')) + c('C1', ' t="inlineStr"', `<${x}is><${x}t>Năm 2024</${x}t></${x}is>`)),
    row(
      2,
      c('A2', ' t="s"', v('2')) +
        c('B2', ' s="1"', v('1234.5')) +
        c('C2', ' s="2"', v('1500')) +
        c('D2', ' t="s"', v('3')) +
        c('E2', ' t="str"', `<${x}f>A2&amp;"x"</${x}f>${v('a&amp;amp;b')}`)
    ),
    row(4, swapped ? c('B4', '', v('2')) + c('A4', '', v('1')) + c('C4', ' s="1"') : c('A4', '', v('1')) + c('B4', '', v('2')) + c('C4', ' s="1"')),
  ].join('');
  return pkg({
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><${x}workbook ${ns} xmlns:r="${R}"><${x}sheets><${x}sheet name="Biểu 1 &amp; 2" sheetId="1" r:id="rId1"/></${x}sheets><${x}definedNames><${x}definedName name="chitieu_x">'Biểu 1 &amp; 2'!$E$1:$E$3</${x}definedName><${x}definedName name="Khac">'Biểu 1 &amp; 2'!$A$1</${x}definedName></${x}definedNames></${x}workbook>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="4" uniqueCount="4"><si><t>Chỉ tiêu</t></si><si><r><t>Doanh </t></r><r><rPr><b/></rPr><t>thu</t></r><rPh sb="0" eb="1"><t>ドン</t></rPh></si><si><t xml:space="preserve">  Thuê bao_x000D_ </t></si><si><t></t></si></sst>`,
    'xl/styles.xml': STYLES,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><${x}worksheet ${ns}><${x}sheetData>${sheet}</${x}sheetData><${x}mergeCells count="1"><${x}mergeCell ref="A4:B4"/></${x}mergeCells></${x}worksheet>`,
  });
}
