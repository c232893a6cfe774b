/** @jest-environment jsdom */
/**
 * Tính toán on a sheet whose own "So sánh (%)" columns have empty cells:
 * filling them is the first option, checked, and written with the rest.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { App } from '../../src/taskpane/App';
import { tienGiang2018 } from '../fixtures/indicator-sheets';

const TG = 'Biểu số 1';

async function openPanel(lang?: 'en') {
  const excel = createMemoryExcel({ sheets: [tienGiang2018()] });
  const actions = createExcelActions(excel, { isSetSupported: () => true });
  render(<App actions={actions} initialLang={lang} />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Compute' : 'Tính toán' }));
  });
  const panel = await screen.findByRole('region', { name: lang === 'en' ? 'Choose what to compute' : 'Chọn cột cần tính' });
  await waitFor(() => expect(within(panel).getAllByRole('checkbox').length).toBe(4));
  return { excel, panel };
}

test('the fill of the sheet’s own columns comes first, checked, and is written', async () => {
  const { excel, panel } = await openPanel();
  const boxes = within(panel).getAllByRole('checkbox') as HTMLInputElement[];
  expect(boxes[0].getAttribute('data-metric')).toBe('ratio');
  expect(boxes[0].checked).toBe(true);
  const label = boxes[0].closest('.fui-Checkbox')!.textContent!;
  expect(label).toContain('Điền các cột So sánh (%) của biểu');
  expect(label).toContain('Cột H, I, J: 28 ô trống, điền bằng công thức');
  await waitFor(() => expect(panel.querySelector('li[data-cell="H9"]')).not.toBeNull());
  await act(async () => {
    fireEvent.click(within(panel).getByRole('button', { name: 'Ghi vào trang tính' }));
  });
  await screen.findByText(/^Ô đã tính \(\d+\)$/);
  expect(excel.snapshot(TG).cells[8][7]).toMatchObject({ formula: '=IFERROR(F9/E9*100,"")' });
});

test('unchecked, the sheet’s own columns are left empty; in English too', async () => {
  const { excel, panel } = await openPanel('en');
  const fill = within(panel).getByRole('checkbox', { name: /Fill the sheet’s own “So sánh \(%\)” columns/ }) as HTMLInputElement;
  await act(async () => {
    fireEvent.click(fill);
  });
  expect(fill.checked).toBe(false);
  await waitFor(() => expect(panel.querySelector('li[data-cell="H9"]')).toBeNull());
  await act(async () => {
    fireEvent.click(within(panel).getByRole('button', { name: 'Write to sheet' }));
  });
  await screen.findByText(/^Computed cells \(\d+\)$/);
  const snap = excel.snapshot(TG);
  expect(snap.cells[8][7]?.formula).toBeUndefined();
  expect(snap.cells[8][11]).toMatchObject({ formula: '=IFERROR(F9/E9*100,"")' });
});
