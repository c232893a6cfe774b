/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Workbench, createSession } from '../../src/workbench/index';
import { parseCell } from '../../src/workbench/a1';

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
    expect(await screen.findByText('Biểu rà soát chỉ tiêu kế hoạch')).toBeTruthy();
    expect(screen.getByText('Biểu số 1', { selector: 'aside *' })).toBeTruthy();

    // Tính toán opens the panel: the options and a preview, nothing written yet
    const before = session.memoryExcel.snapshot('Biểu số 1');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tính toán' }));
    });
    const panel = await screen.findByRole('region', { name: 'Chọn cột cần tính' });
    const boxes = await within(panel).findAllByRole('checkbox');
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every((b) => (b as HTMLInputElement).checked)).toBe(true);
    await waitFor(() => expect(panel.querySelectorAll('li[data-cell]').length).toBeGreaterThan(0));
    const previewed = Array.from(panel.querySelectorAll('li[data-cell]')).map((li) => li.getAttribute('data-cell')!);
    const panelCount = Number(
      /(\d+)/.exec(
        within(panel)
          .getByRole('region', { name: /^Sẽ ghi \d+ ô$/ })
          .getAttribute('aria-label') ?? ''
      )?.[1]
    );
    expect(session.memoryExcel.snapshot('Biểu số 1')).toEqual(before);

    // Ghi vào trang tính writes them; the grid and the pane show what was written
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Ghi vào trang tính' }));
    });
    expect(await screen.findByText(/^Ô đã tính \(\d+\)$/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Chọn cột cần tính' })).toBeNull();
    // the computed list (its items, unlike the issues', carry no data-code) is what the preview said
    const written = Array.from(container.querySelectorAll('aside li[data-cell]:not([data-code])')).map((li) => li.getAttribute('data-cell')!);
    // The preview lists the first 50 and counts them all.
    expect(previewed.length).toBeLessThanOrEqual(50);
    expect(written.slice(0, previewed.length)).toEqual(previewed);
    expect(panelCount).toBe(written.length);
    const after = session.memoryExcel.snapshot('Biểu số 1');
    for (const cell of previewed) {
      const { row, col } = parseCell(cell)!;
      const got = after.cells[row][col];
      const was = before.cells[row]?.[col];
      expect(got).not.toEqual(was);
    }
    const td = container.querySelector(`td[data-cell="${previewed[0]}"]`)!;
    expect(td.textContent).not.toBe('');
  });

  test('on the key-task sheet the panel asks for a date and writes the elapsed share', async () => {
    const session = createSession();
    const { container } = render(<Workbench initial={session} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: 'Nhiệm vụ' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Tính toán' }));
    });
    const panel = await screen.findByRole('region', { name: 'Chọn cột cần tính' });
    const date = (await within(panel).findByLabelText('Tính phần thời gian đã qua đến ngày')) as HTMLInputElement;
    await act(async () => {
      fireEvent.change(date, { target: { value: '1/7/2021' } });
    });
    const elapsed = (await within(panel).findByRole('checkbox', { name: /Phần thời gian đã qua/ })) as HTMLInputElement;
    expect(elapsed.checked).toBe(true);
    // The box and the column's label say the date one way: day/month/year.
    await waitFor(() => expect(within(elapsed.closest('.fui-Checkbox') as HTMLElement).getByText('Đã qua đến 1/7/2021 (%)')).toBeTruthy(), { timeout: 3000 });
    expect(date.value).toBe('1/7/2021');
    expect(within(panel).getByRole('checkbox', { name: /Thời gian thực hiện/ })).toBeTruthy();
    await waitFor(() => expect(panel.querySelector('li[data-metric="elapsed"]')).not.toBeNull(), { timeout: 3000 });

    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Ghi vào trang tính' }));
    });
    expect(await screen.findByText(/^Ô đã tính \(\d+\)$/)).toBeTruthy();
    const cells = Array.from(container.querySelectorAll('aside li[data-cell]:not([data-code])')).map((li) => li.getAttribute('data-cell')!);
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(container.querySelector(`td[data-cell="${cell}"]`)).not.toBeNull();
    }
    // the sheet now carries the new columns' headers
    expect(container.textContent).toContain('Đã qua đến 1/7/2021 (%)');
  });
});

describe('workbench appendix', () => {
  test('on the key-task sheet the appendix panel loads the task list and inserts a sheet "Phụ lục"', async () => {
    const session = createSession();
    const mx = session.memoryExcel;
    const { container } = render(<Workbench initial={session} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('tab', { name: 'Nhiệm vụ' }));
    });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Phụ lục' }));
    });
    const panel = await screen.findByRole('region', { name: 'Phụ lục nhiệm vụ trọng tâm' });
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Lấy từ bảng nhiệm vụ' }));
    });
    await waitFor(() => expect(panel.querySelectorAll('li[data-task]').length).toBe(4));
    expect(within(panel).getByText('Đã lấy 4 nhiệm vụ từ trang “Nhiệm vụ”.')).toBeTruthy();
    // "Tháng 13/2021" is flagged in the list
    expect(panel.querySelectorAll('li[data-task] [data-warning="date"]')).toHaveLength(1);
    expect(mx.sheetNames()).not.toContain('Phụ lục');

    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Chèn phụ lục' }));
    });
    expect(await within(panel).findByText(/^Đã chèn vào trang mới “Phụ lục” \(A1:F\d+\)\.$/)).toBeTruthy();
    expect(within(panel).getByText('“Tháng 13/2021” — bắt đầu, nhiệm vụ 4 (Nhiệm vụ!C7)')).toBeTruthy();

    // the new sheet is there, active, with the title block on top
    expect(screen.getByRole('tab', { name: 'Phụ lục' })).toBeTruthy();
    expect(mx.activeSheet()).toBe('Phụ lục');
    await waitFor(() => expect(container.querySelector('td[data-cell="A1"]')!.textContent).toBe('PHỤ LỤC'));
    expect(container.textContent).toContain('Hình thành Hiệp hội Doanh nghiệp số');

    // inserting again replaces it: still one sheet "Phụ lục"
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Chèn phụ lục' }));
    });
    expect(await within(panel).findByText(/^Đã chèn vào trang “Phụ lục” \(A1:F\d+\), đã thay phụ lục cũ\.$/)).toBeTruthy();
    expect(mx.sheetNames().filter((n) => n.startsWith('Phụ lục'))).toEqual(['Phụ lục']);
  }, 60000);
});

describe('workbench editing', () => {
  test('double-click or Enter opens an editor; Enter commits through userEdit, Escape cancels', async () => {
    const session = createSession();
    const mx = session.memoryExcel;
    const userEdit = jest.spyOn(mx, 'userEdit');
    const { container } = render(<Workbench initial={session} />);
    const td = (a: string) => container.querySelector(`td[data-cell="${a}"]`) as HTMLElement;

    // E16 holds the text "10.7": the editor keeps it text with an apostrophe
    expect(td('E16').textContent).toBe('10.7');
    fireEvent.doubleClick(td('E16'));
    const input = screen.getByRole('textbox', { name: /E16/ }) as HTMLInputElement;
    expect(input.value).toBe("'10.7");
    fireEvent.change(input, { target: { value: '10.7' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(userEdit).toHaveBeenCalledWith('Biểu số 1', 'E16', '10.7');
    expect(mx.snapshot('Biểu số 1').cells[15][4].value).toBe(10.7);
    expect(td('E16').textContent).toBe('10,7');
    expect(screen.queryByRole('textbox', { name: /E16/ })).toBeNull();

    // select D8, Enter opens the editor with its value; Escape leaves it as it was
    fireEvent.click(td('D8'));
    fireEvent.keyDown(td('D8'), { key: 'Enter' });
    const d8 = screen.getByRole('textbox', { name: /D8/ }) as HTMLInputElement;
    expect(d8.value).toBe('2430');
    fireEvent.change(d8, { target: { value: '9999' } });
    await act(async () => {
      fireEvent.keyDown(d8, { key: 'Escape' });
    });
    expect(userEdit).toHaveBeenCalledTimes(1);
    expect(td('D8').textContent).toBe('2430');
    expect(screen.queryByRole('textbox', { name: /D8/ })).toBeNull();
    expect(document.activeElement).toBe(td('D8'));

    // arrows move the selected cell; typing on it starts an edit with that key
    fireEvent.keyDown(td('D8'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(td('D9'));
    fireEvent.keyDown(td('D9'), { key: '7' });
    const d9 = screen.getByRole('textbox', { name: /D9/ }) as HTMLInputElement;
    expect(d9.value).toBe('7');
    await act(async () => {
      fireEvent.keyDown(d9, { key: 'Enter' });
    });
    expect(userEdit).toHaveBeenLastCalledWith('Biểu số 1', 'D9', '7');
    expect(td('D9').textContent).toBe('7');
    // Enter moved the selection down, as in Excel
    expect(document.activeElement).toBe(td('D10'));
  });

  test('an edit the sheet refuses shows a note, the grid stays as it was', async () => {
    const session = createSession();
    session.memoryExcel.protect('Biểu số 1');
    const { container } = render(<Workbench initial={session} />);
    const d8 = container.querySelector('td[data-cell="D8"]') as HTMLElement;
    fireEvent.doubleClick(d8);
    const input = screen.getByRole('textbox', { name: /D8/ });
    fireEvent.change(input, { target: { value: '1' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(screen.getByText(/Không ghi được vào ô/)).toBeTruthy();
    expect(d8.textContent).toBe('2430');
  });

  test('an edit in the grid makes the pane check again; the marking shows in the grid', async () => {
    const session = createSession();
    const { container } = render(<Workbench initial={session} />);
    const aside = container.querySelector('aside') as HTMLElement;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    });
    await screen.findByText('Biểu rà soát chỉ tiêu kế hoạch');
    expect(aside.querySelector('li[data-cell="E16"]')).not.toBeNull();
    const before = aside.querySelectorAll('li[data-cell][data-code]').length;

    // the marking: problem cells get a fill over their own
    await act(async () => {
      fireEvent.click(screen.getByRole('switch', { name: 'Đánh dấu ô có vấn đề' }));
    });
    await waitFor(() => expect(container.querySelector('td[data-cell="E16"][data-mark]')).not.toBeNull());
    const e16 = container.querySelector('td[data-cell="E16"]') as HTMLElement;
    expect(e16.style.backgroundColor).not.toBe('');

    // the person corrects E16 in the grid; the pane checks again by itself
    fireEvent.doubleClick(e16);
    const input = screen.getByRole('textbox', { name: /E16/ });
    fireEvent.change(input, { target: { value: '10.7' } });
    await act(async () => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(await screen.findByText('Đã kiểm tra lại sau khi sửa', {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(aside.querySelector('li[data-cell="E16"]')).toBeNull());
    expect(aside.querySelectorAll('li[data-cell][data-code]').length).toBeLessThan(before);
    // and the marking follows: E16 is no longer marked
    await waitFor(() => expect(container.querySelector('td[data-cell="E16"][data-mark]')).toBeNull());
  }, 60000);
});
