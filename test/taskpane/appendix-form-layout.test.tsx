/** @jest-environment jsdom */
/**
 * The appendix panel's boxes at 320 px: the period picker's kind has a row
 * of its own (three controls in a row left "Tháng" showing "Thán"), and the
 * title, italic-line and task boxes grow with their text instead of hiding
 * it behind a scroll bar. jsdom lays nothing out: the height a text needs
 * is given here (20 px a line of 30 characters); the browser run
 * (test/e2e) measures the real boxes at 320 px.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { fakeActions } from './fakes';

const LINE = 20;
const PADDING = 12;

/** A textarea's scrollHeight as a browser would give it: its lines (30 characters each) and its padding. */
function fakeScrollHeight(this: HTMLElement): number {
  if (!(this instanceof HTMLTextAreaElement)) return 0;
  const lines = this.value.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 30)), 0);
  return lines * LINE + PADDING;
}

let restore: (() => void) | null = null;
beforeEach(() => {
  const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollHeight');
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: fakeScrollHeight });
  restore = () => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'scrollHeight', original);
  };
});
afterEach(() => restore?.());

/** The box's height: at least its text's (scrollHeight: lines and padding), and not rows taller. */
function showsAll(box: HTMLTextAreaElement): void {
  const height = parseFloat(box.style.height);
  expect(height).toBeGreaterThanOrEqual(box.scrollHeight);
  expect(height).toBeLessThan(box.scrollHeight + LINE);
}

function cssRules(): string[] {
  const out: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) for (const r of Array.from(sheet.cssRules)) out.push(r.cssText);
  return out;
}

async function openPanel(): Promise<HTMLElement> {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Phụ lục' }));
  });
  return screen.findByRole('region', { name: 'Phụ lục nhiệm vụ trọng tâm' });
}

describe('the appendix panel’s boxes fit their text', () => {
  test('the title and the italic line are as tall as their text, and follow it as it changes', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    const panel = await openPanel();
    const subtitle = within(panel).getByRole('textbox', { name: 'Dòng in nghiêng' }) as HTMLTextAreaElement;
    // The default italic line, 101 characters: 4 lines, not the 2 rows it had.
    const lines = Math.ceil(subtitle.value.length / 30);
    expect(lines).toBeGreaterThan(2);
    expect(subtitle.scrollHeight).toBe(lines * LINE + PADDING);
    showsAll(subtitle);
    const title = within(panel).getByRole('textbox', { name: 'Tiêu đề' }) as HTMLTextAreaElement;
    showsAll(title);
    const before = parseFloat(title.style.height);
    await act(async () => {
      fireEvent.change(title, { target: { value: 'PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRỌNG TÂM THỰC HIỆN KẾ HOẠCH 5 NĂM 2021-2025 CỦA TỈNH' } });
    });
    expect(title.scrollHeight).toBe(4 * LINE + PADDING);
    showsAll(title);
    expect(parseFloat(title.style.height)).toBeGreaterThan(before);
  });

  test('the task box of the add-task form grows with the task; each date’s kind has a row of its own', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    const panel = await openPanel();
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: '+ Thêm nhiệm vụ' }));
    });
    const form = within(panel).getByRole('group', { name: 'Thêm nhiệm vụ' });
    const task = within(form).getByRole('textbox', { name: 'Nhiệm vụ' }) as HTMLTextAreaElement;
    await act(async () => {
      fireEvent.change(task, { target: { value: 'x'.repeat(30 * 5) } });
    });
    expect(task.scrollHeight).toBe(5 * LINE + PADDING);
    showsAll(task);

    const start = within(form).getByRole('group', { name: 'Thời gian bắt đầu' });
    const kind = within(start).getByRole('combobox', { name: 'Kiểu' });
    const root = kind.closest('.fui-Select') as HTMLElement;
    const rules = cssRules().filter((r) => Array.from(root.classList).some((c) => r.startsWith(`.${c}`)));
    // Both columns of the picker's grid: the month (or quarter) and the year share the row under it.
    expect(rules.join('\n')).toMatch(/grid-column-start:\s*1/);
    expect(rules.join('\n')).toMatch(/grid-column-end:\s*3/);
    const month = within(start).getByRole('combobox', { name: 'Tháng' }).closest('.fui-Select') as HTMLElement;
    expect(cssRules().some((r) => Array.from(month.classList).some((c) => r.startsWith(`.${c}`) && /grid-column-end/.test(r)))).toBe(false);
  });
});
