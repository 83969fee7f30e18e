/** KPI cards: value, second line, change against the previous period, definition as tooltip. */
import type { ModelKpi } from '../src/shared/protocol';
import { el } from './dom';
import { s } from './strings';

export function kpiCards(kpis: readonly ModelKpi[]): HTMLElement {
  const cards = kpis.map((k) => {
    const labelId = `kpi-label-${k.id}`;
    const delta = el('span', { className: `delta ${k.delta.direction}`, text: k.delta.text, attrs: { title: s('previousPeriod') } });
    // The screen reader hears the delta's words, not the arrow glyph.
    delta.append(el('span', { className: 'sr-only', text: ` (${k.delta.description})` }));
    return el('div', {
      className: 'card kpi',
      attrs: { role: 'group', 'aria-labelledby': labelId, tabindex: '0', title: k.tooltip, 'data-kpi': k.id },
    }, [
      el('div', { className: 'kpi-label', text: k.label, attrs: { id: labelId } }),
      el('div', { className: 'kpi-value', text: k.text }),
      k.detail ? el('div', { className: 'kpi-detail', text: k.detail }) : null,
      delta,
      el('span', { className: 'sr-only', text: k.tooltip }),
    ]);
  });
  return el('section', { className: 'kpis', attrs: { 'aria-label': s('kpis') } }, cards);
}
