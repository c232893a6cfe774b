/** @jest-environment jsdom */
/**
 * "Kiểm tra cả sổ" in the pane: a section per sheet (its kind or no
 * standard table, its counts), its errors and warnings as buttons that open
 * the sheet at the cell and check it.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createExcelActions } from '../../src/app/actions';
import { createMemoryExcel } from '../../src/host/memory/excel';
import { App } from '../../src/taskpane/App';
import { contactList, haTinh2024, tienGiang2018 } from '../fixtures/indicator-sheets';

async function checkBook(lang?: 'en') {
  const excel = createMemoryExcel({ sheets: [tienGiang2018(), haTinh2024(), contactList()] });
  const actions = createExcelActions(excel, { isSetSupported: () => true });
  render(<App actions={actions} initialLang={lang} />);
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Check the whole workbook' : 'Kiểm tra cả sổ' }));
  });
  return { excel, view: await screen.findByRole('region', { name: lang === 'en' ? 'Whole workbook: 3 sheets' : 'Cả sổ: 3 trang tính' }) };
}

test('a section per sheet, with what it is and its counts', async () => {
  const { view } = await checkBook();
  const sections = within(view).getAllByRole('region');
  expect(sections.map((s) => s.getAttribute('data-sheet'))).toEqual([tienGiang2018().name, haTinh2024().name, contactList().name]);
  expect(sections[0].textContent).toContain('Biểu rà soát chỉ tiêu kế hoạch · 0 lỗi');
  expect(sections[1].textContent).toMatch(/Biểu rà soát chỉ tiêu kế hoạch · [1-9]\d* lỗi/);
  expect(sections[2].textContent).toContain('Không nhận ra biểu chuẩn');
  // Errors first, each a button naming its cell.
  const first = within(sections[1]).getAllByRole('button')[0];
  expect(first.getAttribute('data-severity')).toBe('error');
  expect(first.textContent).toMatch(/^[A-Z]+\d+Lỗi: /);
});

test('an issue opens its sheet at its cell and shows that sheet’s report', async () => {
  const { excel, view } = await checkBook('en');
  const section = within(view).getAllByRole('region')[1];
  const issue = within(section).getAllByRole('button')[0];
  const cell = issue.textContent!.match(/^[A-Z]+\d+/)![0];
  await act(async () => {
    fireEvent.click(issue);
  });
  expect(excel.activeSheet()).toBe(haTinh2024().name);
  expect(excel.selection()).toEqual({ sheet: haTinh2024().name, address: cell });
  // The workbook's view gives way to the sheet's own report.
  expect(screen.queryByRole('region', { name: 'Whole workbook: 3 sheets' })).toBeNull();
  expect(await screen.findByText('Indicator plan review')).toBeTruthy();
});
