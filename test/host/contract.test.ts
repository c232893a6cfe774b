/**
 * The contract suite (src/contract) on the in-memory Excel: every case the
 * add-in relies on passes there, as it must in a real Excel (where the
 * same suite runs from contract.html and the pane's "Chẩn đoán"). The
 * in-memory Excel acts as Excel on the web for the payload case (its 5 MB
 * limit) and lets the undo-history case see its history. The other
 * outcomes listed here are each shown by the Excel they describe: an older
 * Excel skips, a real Excel leaves the undo history to a person.
 */
import { CASES, runContract, SCRATCH_SHEET, selectCases, UNDO_MANUAL, WEB_PAYLOAD_LIMIT, type ContractHost, type ContractResult } from '../../src/contract';
import { CaseOutcome, check, ContractFailure, equal, sameData } from '../../src/contract/assert';
import { resultsText, summarize } from '../../src/contract/report';
import { createMemoryExcel, type MemoryExcelControl } from '../../src/host/memory/excel';
import type { Locale } from '../../src/host/memory/locale';
import type { XlContext } from '../../src/host/excel-api';
import type { ExcelRunner } from '../../src/host/excel/runner';
import { simulatedIsSetSupported } from '../../src/workbench/options';

function excel(locale?: Locale): MemoryExcelControl {
  return createMemoryExcel({ sheets: [{ name: 'Biểu 1', values: [['Chỉ tiêu', 2023]] }], locale });
}

/** What the in-memory Excel lets the suite see, as the workbench gives it. */
function memoryHost(mx: MemoryExcelControl, isSetSupported?: ContractHost['isSetSupported']): ContractHost {
  return { kind: 'memory', isSetSupported, undoHistory: () => mx.undoHistory, userEdit: (s, a, v) => mx.userEdit(s, a, v), idle: () => mx.idle() };
}

/**
 * The in-memory Excel made to break the rule "reads queued before writes
 * return the state before": every load (and getCellProperties) of a batch
 * is queued only when the batch syncs, after the writes it made meanwhile.
 */
function loadsAfterWrites(mx: MemoryExcelControl): ExcelRunner {
  const wrap = (o: unknown, deferred: (() => void)[]): unknown => {
    if (!o || typeof o !== 'object' || Array.isArray(o)) return o;
    return new Proxy(o as Record<string | symbol, unknown>, {
      get(target, prop) {
        const v = Reflect.get(target, prop, target);
        if (typeof v !== 'function') return wrap(v, deferred);
        const f = v as (...args: unknown[]) => unknown;
        if (prop === 'load') {
          return (...args: unknown[]) => {
            deferred.push(() => f.apply(target, args));
            return wrap(target, deferred);
          };
        }
        if (prop === 'getCellProperties') {
          return (...args: unknown[]) => {
            let result: { value: unknown } | undefined;
            deferred.push(() => (result = f.apply(target, args) as { value: unknown }));
            return {
              get value() {
                return result!.value;
              },
            };
          };
        }
        if (prop === 'sync') {
          return (x?: unknown) => {
            deferred.splice(0).forEach((queue) => queue());
            return f.call(target, x);
          };
        }
        return (...args: unknown[]) => wrap(f.apply(target, args), deferred);
      },
      set: (target, prop, value) => Reflect.set(target, prop, value, target),
    });
  };
  const run = (a: unknown, b?: (context: XlContext) => Promise<unknown>) => {
    const batch = (b ?? a) as (context: XlContext) => Promise<unknown>;
    const wrapped = (context: unknown) => batch(wrap(context, []) as XlContext);
    return b ? mx.run(a, wrapped as never) : mx.run(wrapped as never);
  };
  return { run } as ExcelRunner;
}

const byName = (results: ContractResult[]) => Object.fromEntries(results.map((r) => [r.name, r]));

describe('the contract suite on the in-memory Excel', () => {
  test('every case passes, the payload case too where the 5 MB limit of Excel on the web holds', async () => {
    const mx = excel();
    mx.limitRequestBytes(WEB_PAYLOAD_LIMIT);
    const seen: string[] = [];
    const results = await runContract(mx, { include: ['payload'], host: memoryHost(mx), onResult: (r) => seen.push(r.name) });
    const failed = results.filter((r) => r.status !== 'pass');
    expect(failed).toEqual([]);
    expect(results.map((r) => r.name)).toEqual(CASES.map((c) => c.name));
    expect(seen).toEqual(results.map((r) => r.name));
    for (const r of results) {
      expect(r.detail).not.toBe('');
      expect(r.ms).toBeGreaterThanOrEqual(0);
    }
    expect(byName(results).payload.detail).toMatch(/refused with RequestPayloadSizeLimitExceeded, nothing written/);
    expect(byName(results)['change-event'].detail).toMatch(/triggerSource ThisLocalAddin/);
  });

  test('the scratch sheet is gone afterwards, the user’s sheets and workbook untouched; Excel’s undo history is cleared, as the warning says', async () => {
    const mx = excel();
    mx.userEdit('Biểu 1', 'C1', 'gõ tay');
    expect(mx.undoHistory).toBe(1);
    const before = { names: mx.definedNames(), snapshot: mx.snapshot('Biểu 1') };
    await runContract(mx, { host: memoryHost(mx) });
    expect(mx.sheetNames()).toEqual(['Biểu 1']);
    expect(mx.definedNames()).toEqual(before.names);
    expect(mx.snapshot('Biểu 1')).toEqual(before.snapshot);
    await mx.run(async (context) => {
      const s = context.workbook.settings;
      s.load('items/key');
      await context.sync();
      expect(s.items.map((x) => x.key)).toEqual([]);
    });
    // Deleting a sheet cannot be undone: Excel forgets its Ctrl+Z history (what contract.html and Chẩn đoán warn of).
    expect(mx.undoHistory).toBe(0);
  });

  test('a leftover scratch sheet of an interrupted run is taken over and removed', async () => {
    const mx = createMemoryExcel({
      sheets: [
        { name: 'Biểu 1', values: [['x']] },
        { name: SCRATCH_SHEET, values: [['cũ']] },
      ],
    });
    const results = await runContract(mx, { only: ['load-sync'] });
    expect(results.map((r) => [r.name, r.status])).toEqual([['load-sync', 'pass']]);
    expect(mx.sheetNames()).toEqual(['Biểu 1']);
  });

  test('the scratch sheet goes also when a case throws, and the failure says what Excel threw', async () => {
    const mx = excel();
    // The first sync of a case with a write of names fails as Excel would.
    mx.failSyncWith(/names\.add/, 'GeneralException');
    const results = await runContract(mx, { only: ['defined-names', 'settings'] });
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['defined-names', 'fail'],
      ['settings', 'pass'],
    ]);
    expect(results[0].detail).toMatch(/^Excel threw GeneralException/);
    expect(mx.sheetNames()).toEqual(['Biểu 1']);
  });

  test('in a real Excel (no undo count) the undo case is manual, with what a person should do; without the 5 MB limit the payload case is skipped', async () => {
    const mx = excel();
    const results = byName(await runContract(mx, { only: ['undo-history', 'payload'], host: { kind: 'excel' } }));
    expect(results['undo-history']).toMatchObject({ status: 'manual', detail: UNDO_MANUAL.en });
    expect(UNDO_MANUAL.en).toMatch(/Ctrl\+Z/);
    expect(UNDO_MANUAL.vi).toMatch(/Ctrl\+Z/);
    expect(results.payload.status).toBe('skipped');
    expect(results.payload.detail).toMatch(/accepted a write of about 6\.0 MB in one request/);
  });

  test('an Excel with ExcelApi 1.7 only: what it lacks is skipped with the reason, the rest passes', async () => {
    const mx = excel();
    mx.eventTriggerSource(false);
    const isSetSupported = simulatedIsSetSupported('1.7');
    const results = await runContract(mx, { host: memoryHost(mx, isSetSupported) });
    const skipped = results.filter((r) => r.status === 'skipped').map((r) => [r.name, r.detail]);
    expect(skipped).toEqual([
      ['cell-properties', expect.stringMatching(/^ExcelApi 1\.9 is not available/)],
      ['fill-down', expect.stringMatching(/^ExcelApi 1\.9 is not available: no Range\.copyFrom/)],
      ['change-event', expect.stringMatching(/ExcelApi 1\.14 is not available/)],
      ['undo-group', expect.stringMatching(/^ExcelApi 1\.20 is not available/)],
    ]);
    expect(results.filter((r) => r.status === 'fail')).toEqual([]);
    expect(byName(results).locale.detail).toMatch(/culture unknown \(ExcelApi 1\.11 missing\)/);
  });

  test('an Excel that refuses undo groups (office-js #6711) skips that case with the reason', async () => {
    const mx = excel();
    mx.refuseUndoGroups('GeneralException');
    const [r] = await runContract(mx, { only: ['undo-group'] });
    expect(r.status).toBe('skipped');
    expect(r.detail).toMatch(/refused mergeUndoGroup \(GeneralException\).*#6711/);
  });

  test('delayForCellEdit: the case runs its batch with the option', async () => {
    const mx = excel();
    const [r] = await runContract(mx, { only: ['delay-for-cell-edit'] });
    expect(r.status).toBe('pass');
    expect(mx.runOptions.filter((o) => o.delayForCellEdit)).toHaveLength(1);
  });

  test('regional settings: in Vietnamese settings values, formulas and numberFormat stay en-US; the local forms differ', async () => {
    const mx = excel('vi-VN');
    const [r] = await runContract(mx, { only: ['locale'] });
    expect(r.status).toBe('pass');
    expect(r.detail).toContain('vi-VN, decimal ",", group "."');
    expect(r.detail).toContain('numberFormatLocal "#.##0,0"');
    expect(r.detail).toContain('formulasLocal "=ROUND(P1*0,4;1)"');
    expect(r.detail).toContain('text "1.234,5"');
  });

  test('names in only or include that no case has are failures, not silent skips', async () => {
    const mx = excel();
    const results = await runContract(mx, { only: ['load-sync'], include: ['paylod'] });
    expect(results.map((r) => [r.name, r.status])).toEqual([
      ['paylod', 'fail'],
      ['load-sync', 'pass'],
    ]);
    expect(selectCases().cases.map((c) => c.name)).not.toContain('payload');
    expect(selectCases({ include: ['payload'] }).cases.map((c) => c.name)).toContain('payload');
  });

  test('the report text has a line a case and the counts', async () => {
    const results: ContractResult[] = [
      { name: 'load-sync', status: 'pass', detail: 'ok', ms: 3 },
      { name: 'undo-history', status: 'manual', detail: 'by hand', ms: 0 },
      { name: 'payload', status: 'fail', detail: 'accepted', ms: 9 },
    ];
    expect(summarize(results)).toEqual({ pass: 1, fail: 1, skipped: 0, manual: 1 });
    expect(resultsText(results, ['Excel: test'])).toBe(
      [
        'Excel: test',
        'PASS   load-sync (3 ms): ok',
        'MANUAL undo-history (0 ms): by hand',
        'FAIL   payload (9 ms): accepted',
        '1 passed, 1 failed, 0 skipped, 1 manual',
      ].join('\n')
    );
  });
});

describe('what would make a case fail: the in-memory Excel made to break a rule', () => {
  test('an Excel whose reads saw the writes queued after them in the same sync would fail the case', async () => {
    const mx = excel();
    expect((await runContract(mx, { only: ['reads-before-writes'] }))[0].status).toBe('pass');
    const [r] = await runContract(loadsAfterWrites(mx), { only: ['reads-before-writes'] });
    expect(r.status).toBe('fail');
    expect(r.detail).toBe('values read before the write: expected [["trước",1]], Excel gave [["sau",2]]');
  });

  test('an Excel whose reads clear its undo history (as a read of merged areas does, office-js #5918) would fail the undo case', async () => {
    const mx = excel();
    const readsMergedAreas: ExcelRunner = {
      run: ((a: unknown, b?: (context: XlContext) => Promise<unknown>) => {
        const batch = (b ?? a) as (context: XlContext) => Promise<unknown>;
        const also = async (context: XlContext) => {
          const out = await batch(context);
          context.workbook.worksheets.getItem(SCRATCH_SHEET).getRange('A1:B2').getMergedAreasOrNullObject();
          await context.sync();
          return out;
        };
        return b ? mx.run(a, also as never) : mx.run(also as never);
      }) as ExcelRunner['run'],
    };
    const [r] = await runContract(readsMergedAreas, { only: ['undo-history'], host: memoryHost(mx) });
    expect(r).toMatchObject({ status: 'fail', detail: 'undo steps after a read of values, formulas and number formats: expected 1, Excel gave 0' });
  });

  test('a change event without triggerSource where ExcelApi 1.14 is reported fails the case', async () => {
    const mx = excel();
    mx.eventTriggerSource(false);
    const [r] = await runContract(mx, { only: ['change-event'] });
    expect(r).toMatchObject({ status: 'fail', detail: 'the event has no triggerSource although ExcelApi 1.14 is reported' });
  });

  test('a payload over the limit that is not refused with its code fails the case', async () => {
    const mx = excel();
    mx.failSyncWith(/getRangeByIndexes\(100,0,/, 'GeneralException');
    const [r] = await runContract(mx, { only: ['payload'] });
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/expected "RequestPayloadSizeLimitExceeded", Excel gave "GeneralException"/);
  });
});

describe('the suite’s assertions', () => {
  test('check and equal throw ContractFailure with what was expected and what Excel gave', () => {
    expect(() => check(false, 'why')).toThrow(ContractFailure);
    expect(() => equal([[1]], [[2]], 'values')).toThrow('values: expected [[2]], Excel gave [[1]]');
    expect(() => equal({ a: 1, b: [2] }, { b: [2], a: 1 }, 'x')).not.toThrow();
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(new CaseOutcome('manual', 'look').status).toBe('manual');
  });
});
