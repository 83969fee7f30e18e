/** The theme's colours as the chart configurations use them. Pure (no DOM), so unit-testable. */
import type { ColorRole } from '../../src/shared/protocol';

export interface Theme {
  readonly roles: Readonly<Record<ColorRole, string>>;
  readonly foreground: string;
  readonly background: string;
  readonly grid: string;
  readonly font: string;
  readonly kind: 'light' | 'dark' | 'highContrast' | 'highContrastLight';
  readonly reducedMotion: boolean;
}

/** Colours that arrive from the host already passed its strict check; this second look is cheap. */
const SAFE_COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%/]+\)|[a-z]{3,20})$/i;

export function pointColor(css: string | null | undefined, fallback: string): string {
  return css && SAFE_COLOR.test(css) ? css : fallback;
}
