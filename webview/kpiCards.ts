/** KPI cards: value, second line, change against the previous period, definition as tooltip. */
import type { ModelKpi } from '../src/shared/protocol';
import { el } from './dom';
import { s } from './strings';

/** `comparison` says what the deltas are measured against ("vs yesterday until 11:00"). */
export function kpiCards(kpis: readonly ModelKpi[], comparison?: string): HTMLElement {
  const cards = kpis.map((k) => {
    const id = (part: string) => `kpi-${part}-${k.id}`;
    // The class pair: direction (the arrow) and tone (the colour: good or bad for this figure).
    const delta = el('span', { className: `delta ${k.delta.direction} tone-${k.tone ?? 'neutral'}`, text: k.delta.text, attrs: { title: comparison ?? s('previousPeriod'), id: id('delta') } });
    // The screen reader hears the delta's words, not the arrow glyph.
    delta.append(el('span', { className: 'sr-only', text: ` (${k.delta.description}${comparison ? `, ${comparison}` : ''})` }));
    // Focus on the card announces the label and the figure; the change and definition follow as its description.
    const described = [k.detail ? id('detail') : '', id('delta'), k.reference ? id('reference') : '', id('tooltip')].filter(Boolean).join(' ');
    return el('div', {
      className: 'card kpi',
      attrs: { role: 'group', 'aria-labelledby': `${id('label')} ${id('value')}`, 'aria-describedby': described, tabindex: '0', title: k.tooltip, 'data-kpi': k.id },
    }, [
      el('div', { className: 'kpi-label', text: k.label, attrs: { id: id('label') } }),
      el('div', { className: 'kpi-value', text: k.text, attrs: { id: id('value') } }),
      k.detail ? el('div', { className: 'kpi-detail', text: k.detail, attrs: { id: id('detail') } }) : null,
      el('div', { className: 'kpi-change' }, [
        delta,
        k.reference ? el('div', { className: 'kpi-reference', text: k.reference, attrs: { id: id('reference'), 'data-role': 'kpi-reference' } }) : null,
      ]),
      el('span', { className: 'sr-only', text: k.tooltip, attrs: { id: id('tooltip') } }),
    ]);
  });
  const section = el('section', { className: 'kpis', attrs: { 'aria-label': s('kpis') } }, cards);
  if (!comparison) return section;
  return el('div', { className: 'kpi-block' }, [el('p', { className: 'muted comparison', text: comparison, attrs: { 'data-comparison': '' } }), section]);
}
