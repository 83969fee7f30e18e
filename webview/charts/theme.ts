/**
 * Chart colours from the VS Code theme (`--vscode-charts-*`, editor foreground/background), read
 * with getComputedStyle. VS Code swaps the body class and the variables when the user changes
 * theme; a MutationObserver re-reads them and tells the charts to re-colour.
 */
import type { ColorRole } from '../../src/shared/protocol';
import type { Theme } from './palette';

export type { Theme } from './palette';

const FALLBACK: Record<ColorRole, string> = {
  blue: '#3794ff',
  green: '#89d185',
  red: '#f14c4c',
  yellow: '#cca700',
  orange: '#d18616',
  purple: '#b180d7',
  grey: '#8b8b8b',
  foreground: '#cccccc',
};

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

function themeKind(): Theme['kind'] {
  const c = document.body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'highContrastLight';
  if (c.contains('vscode-high-contrast')) return 'highContrast';
  if (c.contains('vscode-light')) return 'light';
  return 'dark';
}

/**
 * The colour without its transparency. Some themes define a charts colour as a translucent highlight
 * (Dark Modern's charts.orange is rgba(234, 92, 0, 0.33)), which draws bars and legend swatches brown or
 * nearly invisible; a chart wants the solid hue. Other notations pass through unchanged.
 */
export function solidColor(color: string): string {
  const long = /^#([0-9a-f]{6})[0-9a-f]{2}$/i.exec(color);
  if (long) return `#${long[1]}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])[0-9a-f]$/i.exec(color);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgba = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+%?\s*)?\)$/i.exec(color);
  if (!rgba) return color;
  return `#${[rgba[1], rgba[2], rgba[3]].map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0')).join('')}`;
}

export function readTheme(): Theme {
  const foreground = cssVar('--vscode-charts-foreground', cssVar('--vscode-editor-foreground', FALLBACK.foreground));
  const role = (name: string, fallback: string) => solidColor(cssVar(name, fallback));
  const roles: Record<ColorRole, string> = {
    blue: role('--vscode-charts-blue', FALLBACK.blue),
    green: role('--vscode-charts-green', FALLBACK.green),
    red: role('--vscode-charts-red', FALLBACK.red),
    yellow: role('--vscode-charts-yellow', FALLBACK.yellow),
    orange: role('--vscode-charts-orange', FALLBACK.orange),
    purple: role('--vscode-charts-purple', FALLBACK.purple),
    grey: role('--vscode-descriptionForeground', FALLBACK.grey),
    foreground,
  };
  return {
    roles,
    foreground,
    background: cssVar('--vscode-editor-background', '#1e1e1e'),
    grid: cssVar('--vscode-charts-lines', 'rgba(128,128,128,0.35)'),
    font: cssVar('--vscode-font-family', 'sans-serif'),
    kind: themeKind(),
    reducedMotion: typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
  };
}

/** Calls `onChange` with the new theme whenever the body class or the root variables change. */
export function watchTheme(onChange: (theme: Theme) => void): () => void {
  let last = JSON.stringify(readTheme());
  const check = () => {
    const theme = readTheme();
    const key = JSON.stringify(theme);
    if (key !== last) {
      last = key;
      onChange(theme);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  const motion = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;
  motion?.addEventListener('change', check);
  return () => {
    observer.disconnect();
    motion?.removeEventListener('change', check);
  };
}

