/**
 * The formulas chitieu writes give, when a spreadsheet recalculates them,
 * the values it reports. LibreOffice recalculates the output with the
 * cached results removed, so nothing of chitieu's arithmetic is reused.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import type { WorkbookReport } from '../../src/engine/report';
import { parseA1 } from '../../src/engine/grid';
import { tienGiang2018 } from '../fixtures/indicator-sheets';
import { bacGiangMidTerm, haTinhInvestment, haTinhTasks, ictIndexSeries } from '../fixtures/other-sheets';
import { canConvertSheets, recalculatedSheets, soffice } from '../helpers/libreoffice';
import { readXlsx, writeXlsx } from '../helpers/xlsx';

const bin = soffice();
const calc = !!bin && canConvertSheets(bin);
const maybe = calc ? test : test.skip;
if (!bin) console.warn('LibreOffice (soffice) is not installed: the recalculation test is skipped. .ci/run installs it.');
else if (!calc) console.warn('LibreOffice cannot convert a spreadsheet here (no Calc: install libreoffice-calc-nogui): the recalculation test is skipped.');

maybe(
  'LibreOffice recalculates every formula of `chitieu compute` to the value the JSON reports',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chitieu-recalc-'));
    const input = path.join(dir, 'in.xlsx');
    const output = path.join(dir, 'out.xlsx');
    const ictIndex = ictIndexSeries();
    ictIndex.values[3] = ['Doanh thu bưu chính, viễn thông (tỷ đồng)', 1100, 1284, 1390, 1500, 0, 1600];
    await writeXlsx(input, [tienGiang2018(), bacGiangMidTerm(), ictIndex, haTinhInvestment(), haTinhTasks()]);
    let stdout = '';
    const code = await run(['compute', input, '-o', output, '--json', '--as-of', '30/6/2023'], { stdout: (s) => (stdout += s), stderr: () => undefined });
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as WorkbookReport;

    // Drop the cached results, so only a recalculation can fill the cells.
    const wb = await readXlsx(output);
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string } | null;
          if (v && typeof v === 'object' && 'formula' in v && v.formula) cell.value = { formula: v.formula } as never;
        })
      )
    );
    const stripped = path.join(dir, 'stripped.xlsx');
    await wb.xlsx.writeFile(stripped);

    const sheets = recalculatedSheets(bin!, stripped);
    let formulas = 0;
    for (const s of report.sheets) {
      const rows = sheets.get(s.name);
      expect(rows).toBeDefined();
      for (const c of s.computed) {
        if (!c.formula) continue;
        formulas++;
        const { top, left } = parseA1(c.cell);
        const shown = rows![top]?.[left] ?? '';
        if (c.value === null) expect([c.cell, shown]).toEqual([c.cell, '']);
        else expect([c.cell, Number(shown)]).toEqual([c.cell, expect.closeTo(c.value, 6)]);
      }
    }
    expect(formulas).toBeGreaterThan(60);
    fs.rmSync(dir, { recursive: true, force: true });
  },
  120000
);
