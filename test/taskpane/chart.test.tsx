/** @jest-environment jsdom */
/**
 * "Chèn biểu đồ" in the pane (issue 17 §3), on the in-memory Excel: under a
 * checked indicator table; before Tính toán it says why nothing is drawn;
 * after, the chart goes beside the table, the pane says where, and Hoàn
 * tác deletes it.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { tienGiang2018 } from '../fixtures/indicator-sheets';

const TG = 'Biểu số 1';

async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

test('before Tính toán: why nothing is drawn; after: the chart beside the table, where it went, and Hoàn tác deletes it', async () => {
  const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
  const actions = createExcelActions(excel, { isSetSupported: () => true });
  render(<App actions={actions} />);
  await press('Kiểm tra');
  await press('Chèn biểu đồ');
  await waitFor(() => screen.getByText(/^Biểu này chưa có cột tỷ lệ hoàn thành kế hoạch/));
  expect(excel.snapshot(TG).charts).toBeUndefined();

  // Tính toán (as its panel's write does), then a check: the completion column is there.
  await act(async () => {
    await actions.compute({});
  });
  await press('Kiểm tra');
  await press('Chèn biểu đồ');
  await waitFor(() => screen.getByText('Đã chèn biểu đồ vào P4:W20.'));
  const [chart] = excel.snapshot(TG).charts!;
  expect([chart.type, chart.title, chart.position]).toEqual(['BarClustered', 'Mức hoàn thành kế hoạch năm 2018 (%)', 'P4:W20']);
  const undo = screen.getByRole('button', { name: /^Hoàn tác/ });
  expect(within(undo.parentElement!).getByText(/Chèn biểu đồ “Mức hoàn thành kế hoạch năm 2018 \(%\)” \(P4:W20\)/)).toBeTruthy();
  await act(async () => {
    fireEvent.click(undo);
  });
  await waitFor(() => expect(excel.snapshot(TG).charts).toBeUndefined());
});
