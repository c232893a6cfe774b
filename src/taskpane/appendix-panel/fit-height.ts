/**
 * A textarea as tall as its text: the panel's title, italic line and task
 * boxes hold long lines ("(Kèm theo Kế hoạch số …)" is four lines at
 * 320 px), which a fixed number of rows cut off behind a scroll bar.
 * Measured after each change of the text and when the box's width changes;
 * the planner may still drag it taller.
 */
import * as React from 'react';

function fit(el: HTMLTextAreaElement): void {
  el.style.height = 'auto';
  // Not laid out (hidden): leave it to the next measure.
  if (el.scrollHeight === 0) {
    el.style.height = '';
    return;
  }
  const cs = getComputedStyle(el);
  const border = (parseFloat(cs.borderTopWidth) || 0) + (parseFloat(cs.borderBottomWidth) || 0);
  const padding = (parseFloat(cs.paddingTop) || 0) + (parseFloat(cs.paddingBottom) || 0);
  const height = cs.boxSizing === 'border-box' ? el.scrollHeight + border : el.scrollHeight - padding;
  el.style.height = `${Math.ceil(height)}px`;
}

/** A ref for a textarea that keeps it as tall as `value` needs. */
export function useFitHeight(value: string): React.RefObject<HTMLTextAreaElement> {
  const ref = React.useRef<HTMLTextAreaElement>(null);
  React.useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    fit(el);
    if (typeof ResizeObserver === 'undefined') return;
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      fit(el);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [value]);
  return ref;
}
