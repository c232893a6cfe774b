/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Workbench, createSession } from '../../src/workbench/index';

describe('workbench page', () => {
  test('shows the sample workbook as a grid and switches sheets', async () => {
    const session = createSession();
    const { container } = render(<Workbench initial={session} />);

    // explanation line in both languages
    expect(screen.getByText(/Trang thử nghiệm cục bộ/)).toBeTruthy();
    expect(screen.getByText(/Local workbench/)).toBeTruthy();

    // sheet tabs
    expect(screen.getByRole('tab', { name: 'Biểu số 1' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Danh bạ' })).toBeTruthy();

    // column letters, merged title, Vietnamese number style
    expect(screen.getByRole('columnheader', { name: 'K' })).toBeTruthy();
    const a2 = container.querySelector('td[data-cell="A2"]') as HTMLTableCellElement;
    expect(a2.colSpan).toBe(11);
    expect(container.querySelector('td[data-cell="B2"]')).toBeNull();
    const a4 = container.querySelector('td[data-cell="A4"]') as HTMLTableCellElement;
    expect(a4.rowSpan).toBe(2);
    expect(container.querySelector('td[data-cell="D11"]')!.textContent).toBe('2,17');

    // the formula bar follows the mouse
    fireEvent.mouseEnter(container.querySelector('td[data-cell="B8"]')!);
    expect(container.textContent).toContain('Tổng doanh thu');

    // another sheet
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: 'Danh bạ' }));
    });
    expect(session.memoryExcel.activeSheet()).toBe('Danh bạ');
    expect(container.querySelector('td[data-cell="A1"]')!.textContent).toBe('Họ và tên');
  });

  test('re-renders when the workbook changes and outlines the selection', async () => {
    const session = createSession();
    const { container } = render(<Workbench initial={session} />);
    await act(async () => {
      await session.memoryExcel.run(async (context: any) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        const r = ws.getRange('J8');
        r.formulas = [['=IFERROR(G8/F8*100,"")']];
        r.numberFormat = [['0.0']];
        r.select();
        await context.sync();
      });
    });
    const j8 = container.querySelector('td[data-cell="J8"]') as HTMLElement;
    expect(j8.textContent).toBe('98,8');
    expect(j8.getAttribute('title')).toContain('=IFERROR(G8/F8*100,"")');
    expect(j8.style.boxShadow).toContain('inset');
    fireEvent.click(j8);
    expect(container.textContent).toContain('=IFERROR(G8/F8*100,"")');
  });

  test('the pane works on the in-memory workbook', async () => {
    const session = createSession();
    const { container } = render(<Workbench initial={session} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    });
    expect(await screen.findByText('Biểu rà soát chỉ tiêu (indicator-plan)')).toBeTruthy();
    expect(screen.getByText('Biểu số 1', { selector: 'aside *' })).toBeTruthy();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tính toán' }));
    });
    expect(await screen.findByText(/^Ô đã tính \(\d+\)$/)).toBeTruthy();
    // the grid shows what the pane wrote
    const first = container.querySelector('aside li[data-cell]')!.getAttribute('data-cell')!;
    const td = container.querySelector(`td[data-cell="${first}"]`)!;
    expect(td.textContent).not.toBe('');
  });
});
