/**
 * The pane's colours follow Office's and the system's: Fluent's dark theme
 * when Office's theme is dark (Office.context.officeTheme: its body
 * background is dark, or `isDarkTheme` says so), and a high-contrast theme
 * when the system forces its own colours (Windows' contrast themes:
 * `@media (forced-colors: active)`), which wins over both. Elsewhere (no
 * office.js, an Office that tells no theme) the light theme.
 */
import * as React from 'react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type PaneTheme = 'light' | 'dark' | 'contrast';

/** The part of Office.context.officeTheme read here (every field may be missing). */
export interface OfficeThemeLike {
  /** "#FFFFFF", "#262626"… */
  bodyBackgroundColor?: unknown;
  bodyForegroundColor?: unknown;
  controlBackgroundColor?: unknown;
  controlForegroundColor?: unknown;
  /** A preview API: a boolean in some builds, a method in others. */
  isDarkTheme?: unknown;
}

/** The media query the system's forced colours (Windows' contrast themes) answer. */
export const FORCED_COLORS_QUERY = '(forced-colors: active)';

/** "#262626" → its relative luminance (0 black … 1 white); null when it is no hex colour. */
export function luminance(color: unknown): number | null {
  if (typeof color !== 'string') return null;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether Office's theme is a dark one: its own word when it gives one, else a dark body background. */
export function isDarkOfficeTheme(theme: OfficeThemeLike | undefined | null): boolean {
  if (!theme) return false;
  try {
    const said = typeof theme.isDarkTheme === 'function' ? (theme.isDarkTheme as () => unknown).call(theme) : theme.isDarkTheme;
    if (typeof said === 'boolean') return said;
  } catch {
    // a host without it: read the colour
  }
  const l = luminance(theme.bodyBackgroundColor);
  // Office's Dark Gray (#666666 and darker bodies) and Black themes; White and Colorful are light.
  return l !== null && l < 0.2;
}

/** The pane's theme for Office's theme and the system's forced colours. */
export function paneThemeOf(theme: OfficeThemeLike | undefined | null, forcedColors: boolean): PaneTheme {
  if (forcedColors) return 'contrast';
  return isDarkOfficeTheme(theme) ? 'dark' : 'light';
}

export const FLUENT_THEMES: Record<PaneTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

function forcedColorsQuery(): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  try {
    return window.matchMedia(FORCED_COLORS_QUERY);
  } catch {
    return null;
  }
}

/** Whether the system forces its colours now, followed as it changes. */
export function useForcedColors(): boolean {
  const [forced, setForced] = React.useState(() => forcedColorsQuery()?.matches === true);
  React.useEffect(() => {
    const q = forcedColorsQuery();
    if (!q) return;
    const onChange = () => setForced(q.matches);
    onChange();
    if (typeof q.addEventListener === 'function') {
      q.addEventListener('change', onChange);
      return () => q.removeEventListener('change', onChange);
    }
    // Older webviews (Safari < 14, the IE-era Edge) have only addListener.
    q.addListener?.(onChange);
    return () => q.removeListener?.(onChange);
  }, []);
  return forced;
}

/** The pane's theme, and Fluent's theme for it. */
export function usePaneTheme(officeTheme: OfficeThemeLike | undefined | null): { kind: PaneTheme; theme: Theme } {
  const forced = useForcedColors();
  const kind = paneThemeOf(officeTheme, forced);
  return { kind, theme: FLUENT_THEMES[kind] };
}
