/** @jest-environment jsdom */
/**
 * The pane's "Hoàn tác" (Undo) button: there from the start, disabled
 * while nothing waits to be undone, saying what it will take back, taking
 * it back (and checking again when a report is on screen), and offering
 * "Vẫn hoàn tác" when an undo was refused over the user's edits.
 */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { UndoConflictError, type UndoEntry } from '../../src/app/types';
import { SHEET, fakeActions } from './fakes';

async function press(name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

const undoButton = (name = 'Hoàn tác') => screen.getByRole('button', { name }) as HTMLButtonElement;

function appendixEntry(): UndoEntry {
  return {
    kind: 'appendix',
    sheet: 'Phụ lục',
    cell: 'A1',
    address: 'A1:F9',
    label: 'Phụ lục: thêm trang tính “Phụ lục” (A1:F9)',
    labels: { vi: 'Phụ lục: thêm trang tính “Phụ lục” (A1:F9)', en: 'Appendix: new sheet “Phụ lục” (A1:F9)' },
  };
}

describe('the Undo button', () => {
  test('disabled with nothing to undo; after a fix it names the fix, undoes it and checks again', async () => {
    const { actions, fn } = fakeActions();
    render(<App actions={actions} />);
    expect(undoButton().disabled).toBe(true);
    expect(screen.getByText('Chưa có thao tác nào của tiện ích để hoàn tác.')).toBeTruthy();

    await press('Kiểm tra');
    await press('Sửa: 10,7 (ô E16)');
    expect(undoButton().disabled).toBe(false);
    expect(screen.getByText('Hoàn tác: Sửa E16 ← 10.7')).toBeTruthy();
    expect(undoButton().getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(undoButton().getAttribute('aria-describedby')!)?.textContent).toBe('Hoàn tác: Sửa E16 ← 10.7');
    expect(fn.check).toHaveBeenCalledTimes(2);

    await press('Hoàn tác');
    expect(fn.undo).toHaveBeenCalledWith({ force: false });
    expect(fn.check).toHaveBeenCalledTimes(3);
    expect(fn.undo.mock.invocationCallOrder[0]).toBeLessThan(fn.check.mock.invocationCallOrder[2]);
    expect(undoButton().disabled).toBe(true);
    expect(screen.getByText('Đã hoàn tác: Sửa E16 ← 10.7')).toBeTruthy();
  });

  test('in English it is "Undo"; several steps are counted', async () => {
    const { actions, undoEntries } = fakeActions();
    undoEntries.push(appendixEntry(), { ...appendixEntry(), kind: 'compute', labels: { vi: 'Tính toán: các cột L4:N19', en: 'Compute: columns L4:N19' } });
    render(<App actions={actions} initialLang="en" />);
    expect(undoButton('Undo').disabled).toBe(false);
    expect(screen.getByText(/Undo: Compute: columns L4:N19/)).toBeTruthy();
    expect(screen.getByText(/2 steps can be undone/)).toBeTruthy();
  });

  test('without a report on screen it only undoes (no check)', async () => {
    const { actions, fn, undoEntries } = fakeActions();
    undoEntries.push(appendixEntry());
    render(<App actions={actions} />);
    expect(undoButton().disabled).toBe(false);
    await press('Hoàn tác');
    expect(fn.undo).toHaveBeenCalledTimes(1);
    expect(fn.check).not.toHaveBeenCalled();
    expect(undoButton().disabled).toBe(true);
    expect(screen.getByText('Đã hoàn tác: Phụ lục: thêm trang tính “Phụ lục” (A1:F9)')).toBeTruthy();
  });

  test('refused over the user’s edits: the message, then "Vẫn hoàn tác" forces it', async () => {
    const { actions, fn, undoEntries } = fakeActions({});
    undoEntries.push(appendixEntry());
    fn.undo.mockImplementationOnce(async () => {
      throw new UndoConflictError('undo-conflict', { sheet: 'Biểu số 1', where: ' (L8)' }, ['L8']);
    });
    render(<App actions={actions} />);
    await press('Hoàn tác');
    expect(
      screen.getByText(
        'Các ô tiện ích đã ghi trên “Biểu số 1” đã bị sửa (L8) kể từ đó. Chưa hoàn tác để khỏi ghi đè các thay đổi của bạn. Bấm “Vẫn hoàn tác” nếu vẫn muốn đưa chúng về như trước.'
      )
    ).toBeTruthy();
    expect(undoButton().disabled).toBe(false);
    await press('Vẫn hoàn tác');
    expect(fn.undo).toHaveBeenLastCalledWith({ force: true });
    expect(undoButton().disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Vẫn hoàn tác' })).toBeNull();
  });

  test('the list is read again after the appendix panel writes and after a compute', async () => {
    const { actions, fn, undoEntries } = fakeActions();
    fn.compute.mockImplementation(async () => {
      undoEntries.push({ ...appendixEntry(), kind: 'compute', sheet: SHEET, labels: { vi: 'Tính toán: các cột L4:N19', en: 'Compute: columns L4:N19' } });
      return { report: (await fn.check()).report, syncs: 2 };
    });
    render(<App actions={actions} />);
    await press('Tính toán');
    await press('Ghi vào trang tính');
    expect(fn.compute).toHaveBeenCalled();
    expect(undoButton().disabled).toBe(false);
    expect(screen.getAllByText('Hoàn tác: Tính toán: các cột L4:N19').length).toBeGreaterThan(0);
  });

  test('when Excel cannot group the add-in’s writes into one Ctrl+Z step, the pane says so after a write', async () => {
    const { actions, fn } = fakeActions();
    let off = false;
    actions.excelUndoGroupOff = () => off;
    fn.compute.mockImplementation(async () => {
      off = true;
      return { report: (await fn.check()).report, syncs: 2 };
    });
    render(<App actions={actions} />);
    await press('Kiểm tra');
    expect(screen.queryByRole('note')).toBeNull();
    await press('Tính toán');
    await press('Ghi vào trang tính');
    expect(screen.getByRole('note').textContent).toBe(
      'Excel ở đây không gộp được mỗi thao tác của tiện ích thành một bước Ctrl+Z, nên Ctrl+Z của Excel không hoàn tác trọn được chúng. Hãy dùng nút “Hoàn tác” của tiện ích.'
    );
  });
});
