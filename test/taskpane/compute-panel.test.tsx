/** @jest-environment jsdom */
/**
 * The compute panel that "Tính toán" opens: metrics on offer as checkboxes
 * tagged ratio / growth, a preview of the cells to write (re-asked when the
 * choice changes), the date for a task list, then write or cancel.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { PREVIEW_DELAY_MS, PREVIEW_LIMIT } from '../../src/taskpane/ComputePanel';
import { isoDate } from '../../src/taskpane/format';
import type { ComputeChoice, PreviewResult, SheetRead } from '../../src/app/types';
import type { Computed, TableReport } from '../../src/engine/report';
import { SHEET, computedReport, fakeActions, issues, previewOf, taskScene, type ComputeScene } from './fakes';

const PANEL = 'Chọn cột cần tính';

async function press(name: string | RegExp, within_: HTMLElement = document.body) {
  await act(async () => {
    fireEvent.click(within(within_).getByRole('button', { name }));
  });
}

async function click(el: HTMLElement) {
  await act(async () => {
    fireEvent.click(el);
  });
}

/** Let the debounce run out and the preview it asks for come back. */
async function waitPreview(ms = PREVIEW_DELAY_MS) {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

function panel(): HTMLElement {
  return screen.getByRole('region', { name: /^(Chọn cột cần tính|Choose what to compute)$/ });
}

function row(cell: string): HTMLElement {
  const li = panel().querySelector(`li[data-cell="${cell}"]`);
  if (!li) throw new Error(`no preview row for ${cell}`);
  return li as HTMLElement;
}

function box(name: RegExp): HTMLInputElement {
  return within(panel()).getByRole('checkbox', { name }) as HTMLInputElement;
}

/** The tag next to an option's checkbox. */
function tagOf(input: HTMLInputElement): HTMLElement {
  const root = input.closest('.fui-Checkbox') as HTMLElement;
  return root.querySelector('[data-unit]') as HTMLElement;
}

function scenePreview(scene: ComputeScene) {
  return jest.fn(async (choice?: ComputeChoice, _read?: SheetRead): Promise<PreviewResult> => previewOf(choice, scene));
}

afterEach(() => {
  jest.useRealTimers();
});

describe('compute panel', () => {
  test('Tính toán previews and writes nothing; the options are checkboxes tagged ratio or growth', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('Tính toán');
    expect(fn.previewCompute.mock.calls).toEqual([[]]);
    expect(fn.compute).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Tính toán' }).getAttribute('aria-expanded')).toBe('true');

    const group = within(panel()).getByRole('group', { name: 'Bảng 1: Biểu rà soát chỉ tiêu kế hoạch' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.getAttribute('data-metric'))).toEqual(['completion', 'growth', 'plan-growth']);
    expect(boxes.every((b) => b.checked)).toBe(true);

    // the accessible name carries the metric, its tag and the column label
    const named = (name: string) => within(panel()).getByRole('checkbox', { name });
    expect(named('Tỷ lệ hoàn thành bằng % ƯTH 2018 so với KH 2018')).toBe(boxes[0]);
    expect(named('Tăng trưởng tăng % ƯTH 2018 so với TH 2017')).toBe(boxes[1]);
    expect(named('Tăng trưởng kế hoạch tăng % KH 2019 so với ƯTH 2018')).toBe(boxes[2]);
    const completion = box(/^Tỷ lệ hoàn thành/);
    expect(completion.checked).toBe(true);
    expect(tagOf(completion).textContent).toBe('bằng %');
    expect(tagOf(completion).getAttribute('data-unit')).toBe('ratio');
    expect(completion.closest('.fui-Checkbox')!.textContent).toContain('ƯTH 2018 so với KH 2018');
    expect(tagOf(box(/^Tăng trưởng tăng %/)).textContent).toBe('tăng %');
    expect(tagOf(box(/^Tăng trưởng kế hoạch/)).textContent).toBe('tăng %');

    // no task list: no date
    expect(within(panel()).queryByLabelText('Tính phần thời gian đã qua đến ngày')).toBeNull();
    expect(within(panel()).getByRole('button', { name: 'Ghi vào trang tính' })).toBeTruthy();
    expect(within(panel()).getByRole('button', { name: 'Hủy' })).toBeTruthy();
  });

  test('the preview lists the cells, labels and values in the pane’s number style', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('Tính toán');
    expect(within(panel()).getByText('Sẽ ghi 4 ô')).toBeTruthy();
    expect(within(panel()).getByText('2 công thức, 2 giá trị.')).toBeTruthy();

    expect(row('I8').textContent).toContain('ƯTH 2018 so với TH 2017');
    expect(row('I8').textContent).toContain('Tăng trưởng');
    expect(row('I8').textContent).toContain('tăng %');
    expect(row('I8').textContent).toContain('102,2');
    expect(row('I8').querySelector('[data-kind]')!.textContent).toBe('giá trị');
    expect(row('H8').textContent).toContain('125,0');
    expect(row('H8').textContent).toContain('bằng %');
    expect(row('H8').querySelector('[data-kind]')!.textContent).toBe('công thức');
    expect(row('J8').textContent).toContain('98,8');
    expect(row('H20').textContent).toContain('(để trống)');

    await press('English');
    expect(within(panel()).getByText('Will write 4 cells')).toBeTruthy();
    expect(row('I8').textContent).toContain('102.2');
    expect(row('I8').textContent).toContain('Growth');
    expect(row('I8').textContent).toContain('growth %');
    expect(row('I8').querySelector('[data-kind]')!.textContent).toBe('value');
    expect(row('H8').textContent).toContain('125.0');
    expect(row('H8').textContent).toContain('ratio %');
    expect(row('H8').querySelector('[data-kind]')!.textContent).toBe('formula');
    expect(row('H20').textContent).toContain('(left empty)');
    expect(tagOf(box(/^Completion/)).textContent).toBe('ratio %');
    expect(within(panel()).getByRole('button', { name: 'Write to sheet' })).toBeTruthy();
    expect(within(panel()).getByRole('button', { name: 'Cancel' })).toBeTruthy();
    // switching the language does not read the sheet again
    expect(fn.previewCompute).toHaveBeenCalledTimes(1);
  });

  test('unchecking an option re-previews with the remaining metrics, once the changes settle', async () => {
    jest.useFakeTimers();
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('Tính toán');
    expect(fn.previewCompute).toHaveBeenCalledTimes(1);

    await click(box(/^Tăng trưởng kế hoạch/));
    expect(box(/^Tăng trưởng kế hoạch/).checked).toBe(false);
    // the row goes at once; the sheet is asked only after the pause
    expect(panel().querySelector('li[data-cell="J8"]')).toBeNull();
    await waitPreview(PREVIEW_DELAY_MS - 1);
    expect(fn.previewCompute).toHaveBeenCalledTimes(1);
    await click(box(/^Tăng trưởng tăng %/));
    await waitPreview(PREVIEW_DELAY_MS - 1);
    expect(fn.previewCompute).toHaveBeenCalledTimes(1);
    await waitPreview(1);
    expect(fn.previewCompute).toHaveBeenCalledTimes(2);
    expect(fn.previewCompute).toHaveBeenLastCalledWith({ metrics: ['completion'] });
    expect(within(panel()).getByText('Sẽ ghi 2 ô')).toBeTruthy();
    expect(row('H8')).toBeTruthy();
    expect(panel().querySelector('li[data-cell="I8"]')).toBeNull();

    // checking one again brings it back
    await click(box(/^Tăng trưởng kế hoạch/));
    await waitPreview();
    expect(fn.previewCompute).toHaveBeenLastCalledWith({ metrics: ['completion', 'plan-growth'] });
    expect(row('J8').textContent).toContain('98,8');

    // Ghi vào trang tính writes only the checked ones
    await press('Ghi vào trang tính', panel());
    expect(fn.compute.mock.calls).toEqual([[{ metrics: ['completion', 'plan-growth'] }]]);
    expect(screen.queryByRole('region', { name: PANEL })).toBeNull();
    expect(screen.getByText('Đã tính 4 ô: 2 công thức, 2 giá trị.')).toBeTruthy();
  });

  test('with nothing checked there is nothing to write', async () => {
    jest.useFakeTimers();
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('Tính toán');
    for (const name of [/^Tỷ lệ hoàn thành/, /^Tăng trưởng kế hoạch/, /^Tăng trưởng tăng %/]) {
      await click(box(name));
    }
    await waitPreview();
    expect(fn.previewCompute).toHaveBeenCalledTimes(1);
    expect(within(panel()).getByText('Chọn ít nhất một cột để tính.')).toBeTruthy();
    const write = within(panel()).getByRole('button', { name: 'Ghi vào trang tính' }) as HTMLButtonElement;
    expect(write.disabled).toBe(true);
    await click(write);
    expect(fn.compute).not.toHaveBeenCalled();
  });

  test('Hủy closes the panel without writing anything', async () => {
    jest.useFakeTimers();
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('Tính toán');
    await click(box(/^Tỷ lệ hoàn thành/));
    await press('Hủy', panel());
    expect(screen.queryByRole('region', { name: PANEL })).toBeNull();
    // the preview that was due never runs
    await waitPreview(PREVIEW_DELAY_MS * 3);
    expect(fn.previewCompute).toHaveBeenCalledTimes(1);
    expect(fn.compute).not.toHaveBeenCalled();
    expect(fn.mark).not.toHaveBeenCalled();
    expect(fn.unmark).not.toHaveBeenCalled();
    expect(fn.applyFix).not.toHaveBeenCalled();
    expect(fn.setRoles).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Tính toán' }).getAttribute('aria-expanded')).toBe('false');

    // opening again starts afresh, all checked
    await press('Tính toán');
    expect(fn.previewCompute).toHaveBeenCalledTimes(2);
    expect(box(/^Tỷ lệ hoàn thành/).checked).toBe(true);
  });

  test('a task list brings a date, today by default; its value goes into asOf', async () => {
    jest.useFakeTimers();
    const today = isoDate(new Date());
    const previewCompute = scenePreview(taskScene());
    const { actions, fn } = fakeActions({ previewCompute });
    render(<App actions={actions} />);
    await press('Tính toán');
    const all = ['completion', 'growth', 'plan-growth', 'duration', 'elapsed'];
    // first the bare preview, then one with the date that brings the elapsed share
    expect(previewCompute.mock.calls).toEqual([[], [{ metrics: all, asOf: today }]]);

    // The date day/month/year, as the computed column's label writes it ("Đã qua đến 30/6/2023 (%)"), not
    // in the browser's date box, whose order is the system's.
    const date = within(panel()).getByLabelText('Tính phần thời gian đã qua đến ngày') as HTMLInputElement;
    expect(date.type).toBe('text');
    const now = new Date();
    expect(date.value).toBe(`${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}`);
    expect(within(panel()).getByText('Ngày/tháng/năm, như 30/6/2023')).toBeTruthy();

    const tasks = within(panel()).getByRole('group', { name: 'Bảng 2: Danh mục nhiệm vụ trọng tâm' });
    const taskBoxes = within(tasks).getAllByRole('checkbox') as HTMLInputElement[];
    expect(taskBoxes.map((b) => b.getAttribute('data-metric'))).toEqual(['duration', 'elapsed']);
    // "Thời gian thực hiện (tháng)" says its unit: no tag "tháng" beside it to say it again.
    expect(tagOf(box(/^Thời gian thực hiện \(tháng\)/))).toBeNull();
    expect(tagOf(box(/^Phần thời gian đã qua/)).textContent).toBe('bằng %');
    // durations in whole months, the elapsed share with one decimal
    expect(row('E35').textContent).toContain('18');
    // The row says "tháng" once: in its label, not again as a name and a tag.
    expect(row('E35').textContent!.match(/tháng/g)).toHaveLength(1);
    expect(row('E35').textContent).not.toContain('18,0');
    expect(row('F35').textContent).toContain('45,5');

    // A date that is none: said so, and no elapsed share asked for.
    await act(async () => {
      fireEvent.change(date, { target: { value: '31/6/2025' } });
    });
    expect(within(panel()).getByText('Chưa có ngày hợp lệ: sẽ không tính phần thời gian đã qua.')).toBeTruthy();
    await waitPreview();
    expect(previewCompute).toHaveBeenLastCalledWith({ metrics: ['completion', 'growth', 'plan-growth', 'duration'] });
    previewCompute.mockClear();
    await act(async () => {
      fireEvent.change(date, { target: { value: '30/06/2025' } });
    });
    expect(date.value).toBe('30/06/2025');
    expect(within(panel()).queryByText(/Chưa có ngày hợp lệ/)).toBeNull();
    await waitPreview();
    expect(previewCompute).toHaveBeenCalledTimes(1);
    expect(previewCompute).toHaveBeenLastCalledWith({ metrics: all, asOf: '2025-06-30' });

    // dropping the elapsed share still passes the date (the engine ignores it)
    await click(box(/^Phần thời gian đã qua/));
    await waitPreview();
    expect(previewCompute).toHaveBeenLastCalledWith({
      metrics: ['completion', 'growth', 'plan-growth', 'duration'],
      asOf: '2025-06-30',
    });
    expect(panel().querySelector('li[data-cell="F35"]')).toBeNull();
    await click(box(/^Phần thời gian đã qua/));

    await press('Ghi vào trang tính', panel());
    expect(fn.compute.mock.calls).toEqual([[{ metrics: all, asOf: '2025-06-30' }]]);
  });

  test('English labels for the date', async () => {
    const { actions } = fakeActions({ previewCompute: scenePreview(taskScene()) });
    render(<App actions={actions} initialLang="en" />);
    await press('Compute');
    const p = screen.getByRole('region', { name: 'Choose what to compute' });
    expect((within(p).getByLabelText('Share of time elapsed at') as HTMLInputElement).type).toBe('text');
    expect(within(p).getByText('Day/month/year, as 30/6/2023')).toBeTruthy();
    expect(within(p).getByRole('group', { name: 'Table 2: Key tasks' })).toBeTruthy();
    const months = within(p).getByRole('checkbox', { name: /^Duration \(months\)/ }) as HTMLInputElement;
    expect(tagOf(months)).toBeNull();
  });

  test('rank changes are signed whole places; more than the limit are summed up', async () => {
    const series: TableReport = {
      kind: 'time-series',
      headerRows: [3, 3],
      dataRows: [4, 80],
      columns: [
        { column: 'A', role: 'stt', header: 'TT' },
        { column: 'B', role: 'name', header: 'Chỉ số' },
      ],
    };
    const computed: Computed[] = [];
    for (let r = 4; r < 4 + PREVIEW_LIMIT + 7; r++) {
      const value = r === 4 ? 2 : r === 5 ? -1 : 0;
      computed.push({ cell: `H${r}`, row: r, metric: 'rank-change', label: 'Thứ hạng 2020 so với 2019', value, formula: `=G${r}-F${r}` });
    }
    const { actions } = fakeActions({
      previewCompute: scenePreview({
        tables: [series],
        options: [{ metric: 'rank-change', label: 'Thứ hạng 2020 so với 2019', table: 0, kind: 'time-series' }],
        computed,
      }),
    });
    render(<App actions={actions} />);
    await press('Tính toán');
    expect(tagOf(box(/^Thay đổi thứ hạng \(bậc\)/))).toBeNull();
    expect(row('H4').textContent).toMatch(/\+2$/);
    expect(row('H5').textContent).toMatch(/-1$/);
    expect(row('H6').textContent).toMatch(/0$/);
    expect(panel().querySelectorAll('li[data-cell]').length).toBe(PREVIEW_LIMIT);
    expect(within(panel()).getByText('và 7 ô nữa')).toBeTruthy();
    await press('English');
    expect(within(panel()).getByText('and 7 more')).toBeTruthy();
    expect(tagOf(box(/^Rank change \(places\)/))).toBeNull();
  });

  test('a sheet with nothing to compute says so and offers no write', async () => {
    const { actions, fn } = fakeActions({
      previewCompute: scenePreview({ tables: [], options: [], computed: [] }),
    });
    render(<App actions={actions} />);
    await press('Tính toán');
    expect(within(panel()).getByText('Trang này không có cột nào để tính.')).toBeTruthy();
    expect(within(panel()).queryByRole('checkbox')).toBeNull();
    expect(within(panel()).queryByRole('button', { name: 'Ghi vào trang tính' })).toBeNull();
    await press('English');
    expect(screen.getByText('Nothing to compute on this sheet.')).toBeTruthy();
    await press('Cancel');
    expect(screen.queryByRole('region', { name: 'Choose what to compute' })).toBeNull();
    expect(fn.compute).not.toHaveBeenCalled();
  });

  test('a failing preview shows the error in the panel', async () => {
    const { actions, fn } = fakeActions({
      previewCompute: jest.fn(async () => {
        throw new Error('RichApi.Error: busy');
      }),
    });
    render(<App actions={actions} />);
    await press('Tính toán');
    expect(within(panel()).getByText(/RichApi\.Error: busy/)).toBeTruthy();
    const write = within(panel()).getByRole('button', { name: 'Ghi vào trang tính' }) as HTMLButtonElement;
    expect(write.disabled).toBe(true);
    expect(fn.compute).not.toHaveBeenCalled();
  });

  test('with marking on, writing re-marks with the new report', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    await press('Kiểm tra');
    await click(screen.getByRole('switch', { name: 'Đánh dấu ô có vấn đề' }));
    expect(fn.mark).toHaveBeenCalledTimes(1);
    await press('Tính toán');
    expect(fn.mark).toHaveBeenCalledTimes(1);
    await press('Ghi vào trang tính', panel());
    expect(fn.compute).toHaveBeenCalledTimes(1);
    expect(fn.mark).toHaveBeenCalledTimes(2);
    expect(fn.mark).toHaveBeenLastCalledWith(SHEET, issues('vi'));
    expect(computedReport('vi').issues).toEqual(issues('vi'));
  });

  test('option labels that look like markup are shown as text', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const { actions } = fakeActions({
      previewCompute: scenePreview({
        tables: [],
        options: [{ metric: 'completion', label: xss, table: 0, kind: 'target-result' }],
        computed: [{ cell: 'E5', row: 5, metric: 'completion', label: xss, value: 50, formula: null }],
      }),
    });
    render(<App actions={actions} />);
    await press('Tính toán');
    expect(within(panel()).getAllByText(xss).length).toBe(2);
    expect(document.querySelector('img')).toBeNull();
  });
});
