/** @jest-environment jsdom */
/**
 * The pane follows Office's theme (dark when Office's is) and the system's
 * forced colours (high contrast), and every issue button shows a ring under
 * keyboard focus. jsdom draws nothing, so these read what the pane asks of
 * the browser: the theme's colours as the CSS variables Fluent sets on the
 * pane, and the CSS rules of the buttons' classes. The browser run
 * (test/e2e) looks at the pixels.
 */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { boot, type OfficeLike } from '../../src/taskpane/index';
import { FORCED_COLORS_QUERY, isDarkOfficeTheme, luminance, paneThemeOf } from '../../src/taskpane/theme';
import { OFFICE_DARK_THEME } from '../../src/workbench/options';
import { Workbench, createSession } from '../../src/workbench/index';
import { parseWorkbenchOptions } from '../../src/workbench/options';
import { fakeActions } from './fakes';

/** Every CSS rule of the page, as text (Griffel's and FluentProvider's style elements). */
function cssRules(): string[] {
  const out: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const r of Array.from(rules)) {
      out.push(r.cssText);
      const inner = (r as CSSGroupingRule).cssRules;
      if (inner) walk(inner);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) walk(sheet.cssRules);
  for (const el of Array.from(document.querySelectorAll('style'))) if (el.textContent) out.push(el.textContent);
  return out;
}

/** The value a FluentProvider around `el` gives the CSS variable `name`. */
function themeVar(el: Element, name: string): string | null {
  const provider = el.closest('.fui-FluentProvider');
  if (!provider) return null;
  const classes = Array.from(provider.classList);
  for (const text of cssRules()) {
    if (!classes.some((c) => text.includes(`.${c}`))) continue;
    const m = new RegExp(`--${name}:\\s*([^;}]+)`).exec(text);
    if (m) return m[1].trim();
  }
  return null;
}

/** A matchMedia that answers the forced-colours query as `forced` says, and can change its answer. */
function fakeMatchMedia(forced: boolean) {
  const listeners = new Set<() => void>();
  const state = { forced };
  const mql = {
    get matches() {
      return state.forced;
    },
    media: FORCED_COLORS_QUERY,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  window.matchMedia = ((q: string) =>
    q === FORCED_COLORS_QUERY ? mql : { matches: false, media: q, addEventListener() {}, removeEventListener() {} }) as never;
  return {
    set(v: boolean) {
      state.forced = v;
      for (const l of listeners) l();
    },
  };
}

const realMatchMedia = window.matchMedia;
afterEach(() => {
  window.matchMedia = realMatchMedia;
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

function pane(): HTMLElement {
  return screen.getByRole('main');
}

describe('Office’s theme and the system’s colours', () => {
  test('a dark Office theme is told by its body colour, or by its own word', () => {
    expect(luminance('#FFFFFF')).toBeCloseTo(1);
    expect(luminance('#000')).toBe(0);
    expect(luminance('red?')).toBeNull();
    // Office's White and Colorful themes are light; Dark Gray and Black dark.
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#FFFFFF' })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#E6E6E6' })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#444444' })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#FFFFFF', isDarkTheme: true })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: '#262626', isDarkTheme: () => false })).toBe(false);
    expect(isDarkOfficeTheme(undefined)).toBe(false);
    // The system's forced colours win over Office's theme.
    expect(paneThemeOf({ bodyBackgroundColor: '#262626' }, true)).toBe('contrast');
    expect(paneThemeOf({ bodyBackgroundColor: '#262626' }, false)).toBe('dark');
    expect(paneThemeOf(undefined, false)).toBe('light');
  });

  test('without a theme from Office the pane is light', () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    expect(pane().getAttribute('data-theme')).toBe('light');
    expect(themeVar(pane(), 'colorNeutralBackground1')).toBe(webLightTheme.colorNeutralBackground1);
  });

  test('in Office’s dark theme the pane takes Fluent’s dark colours', () => {
    const { actions } = fakeActions();
    render(<App actions={actions} officeTheme={{ bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' }} />);
    expect(pane().getAttribute('data-theme')).toBe('dark');
    expect(themeVar(pane(), 'colorNeutralBackground1')).toBe(webDarkTheme.colorNeutralBackground1);
    expect(themeVar(pane(), 'colorNeutralForeground1')).toBe(webDarkTheme.colorNeutralForeground1);
  });

  test('when the system forces its colours the pane is high contrast, and follows the change both ways', () => {
    const media = fakeMatchMedia(true);
    const { actions } = fakeActions();
    render(<App actions={actions} officeTheme={{ bodyBackgroundColor: '#262626' }} />);
    expect(pane().getAttribute('data-theme')).toBe('contrast');
    expect(themeVar(pane(), 'colorNeutralBackground1')).toBe(teamsHighContrastTheme.colorNeutralBackground1);
    act(() => media.set(false));
    expect(pane().getAttribute('data-theme')).toBe('dark');
    act(() => media.set(true));
    expect(pane().getAttribute('data-theme')).toBe('contrast');
  });

  test('inside Excel the entry hands Office.context.officeTheme to the pane', async () => {
    const office: OfficeLike = {
      HostType: { Excel: 'Excel' },
      context: { requirements: { isSetSupported: () => true }, officeTheme: { bodyBackgroundColor: '#1F1F1F' } },
      onReady: (cb) => {
        cb?.({ host: 'Excel', platform: 'PC' });
        return Promise.resolve();
      },
    };
    const div = document.createElement('div');
    document.body.appendChild(div);
    let root!: ReturnType<typeof boot>;
    await act(async () => {
      root = boot(div, { office, excel: { run: async () => undefined as never } });
    });
    expect(div.querySelector('main')?.getAttribute('data-theme')).toBe('dark');
    // The page under a short pane is dark too.
    expect(document.body.style.backgroundColor).toBe('rgb(41, 41, 41)');
    expect(document.documentElement.style.colorScheme).toBe('dark');
    act(() => root.unmount());
  });

  test('an Excel too old for the add-in: its notice is dark in the dark theme too', async () => {
    const office: OfficeLike = {
      HostType: { Excel: 'Excel' },
      context: { requirements: { isSetSupported: () => false }, officeTheme: { bodyBackgroundColor: '#262626' } },
      onReady: (cb) => {
        cb?.({ host: 'Excel', platform: 'PC' });
        return Promise.resolve();
      },
    };
    const div = document.createElement('div');
    document.body.appendChild(div);
    await act(async () => {
      boot(div, { office });
    });
    const alert = screen.getByRole('alert');
    expect(themeVar(alert, 'colorNeutralBackground1')).toBe(webDarkTheme.colorNeutralBackground1);
  });

  test('the workbench’s ?theme=dark acts as an Office in its Black theme', () => {
    expect(isDarkOfficeTheme(OFFICE_DARK_THEME)).toBe(true);
    render(<Workbench initial={createSession()} options={parseWorkbenchOptions('?theme=dark')} />);
    expect(pane().getAttribute('data-theme')).toBe('dark');
  });
});

describe('keyboard focus', () => {
  test('an issue button draws a 2 px ring in the focus colour under keyboard focus (:focus-visible), and Highlight in forced colours', async () => {
    const { actions } = fakeActions();
    render(<App actions={actions} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    });
    const issue = document.querySelector('li[data-cell="E16"] button') as HTMLButtonElement;
    expect(issue).not.toBeNull();
    const classes = Array.from(issue.classList);
    const rules = cssRules().filter((r) => classes.some((c) => r.includes(`.${c}:focus-visible`)));
    const ring = rules.join('\n');
    expect(ring).toMatch(/outline-style:\s*solid/);
    expect(ring).toMatch(/outline-width:\s*2px/);
    expect(ring).toMatch(/outline-color:\s*var\(--colorStrokeFocus2\)/);
    expect(ring).toMatch(/outline-color:\s*Highlight/);
    // Nothing takes the ring away again (Fluent's createFocusOutlineStyle set outline-style: none, and drew its
    // own ring on an ::after that this button, not being positioned, put in the wrong place).
    expect(ring).not.toMatch(/outline-style:\s*none/);
    expect(cssRules().some((r) => classes.some((c) => r.includes(`.${c}[data-fui-focus-visible]::after`)))).toBe(false);
  });
});
