/**
 * Where the first render's time went, on the webview's clock (see src/shared/renderPhases.ts): each phase is
 * recorded once, at its first occurrence, and sent with the `rendered` message for the benchmark.
 */
import type { RenderPhase, RenderPhases } from '../src/shared/renderPhases';
import { scriptStart } from './bootMark';

const marks: RenderPhases = { scriptStart: tenth(scriptStart) };

void document.fonts?.ready.then(() => mark('fonts'));

function tenth(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export function mark(phase: RenderPhase): void {
  marks[phase] ??= tenth(performance.now());
}

/** The phases so far, with the page's and the bundle's load read from the browser's own timing entries. */
export function phases(): RenderPhases {
  const page = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const script = performance.getEntriesByType('resource').find((e) => /\/webview\.js(\?|$)/.test(e.name)) as PerformanceResourceTiming | undefined;
  return {
    ...(page && page.responseEnd > 0 ? { html: tenth(page.responseEnd) } : {}),
    ...(script && script.responseEnd > 0 ? { scriptLoaded: tenth(script.responseEnd) } : {}),
    ...marks,
  };
}
