/**
 * The Compare webview: a legend of the campaigns (one colour each), their KPI cards side by side as one table
 * (a figure per row, a campaign per column), then the shared-axis charts. It never fetches and never builds HTML
 * from text; every message it sends is checked again by the host.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import type { CompareHostMessage, CompareModel, CompareWebviewMessage, ComparedCampaign } from '../../src/shared/compareProtocol';
import type { KpiId, ModelKpi } from '../../src/shared/protocol';
import { ChartCard } from '../charts/card';
import { readTheme, watchTheme, type Theme } from '../charts/theme';
import { button, clear, el } from '../dom';
import { setStrings } from '../strings';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const api = acquireVsCodeApi();
const post = (message: CompareWebviewMessage): void => api.postMessage(message);

let strings: Record<string, string> = {};
/** A Compare string by key, `{0}` filled in. */
function t(key: string, ...args: string[]): string {
  return (strings[key] ?? key).replace(/\{(\d+)\}/g, (whole, i: string) => args[Number(i)] ?? whole);
}

const root = document.getElementById('app') ?? document.body;
const status = el('div', { className: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite' } });
const head = el('header', { className: 'compare-header' });
const content = el('main', { className: 'content', attrs: { id: 'content' } });
root.append(status, head, content);
let theme: Theme = readTheme();
let cards: ChartCard[] = [];
let isDemo = false;

function swatch(c: ComparedCampaign): HTMLElement {
  const dot = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true', 'data-color': c.color } });
  // A CSSOM write, which the CSP allows (no inline style attribute); the theme's own chart colour.
  dot.style.backgroundColor = theme.roles[c.color];
  return dot;
}

function headerFor(rangeText: string, updated: string | null): void {
  clear(head);
  const meta = [rangeText, updated, isDemo ? t('demo') : null].filter((x): x is string => !!x).join(' · ');
  head.append(
    el('h1', { text: t('heading') }),
    el('p', { className: 'muted', text: meta, attrs: { 'data-role': 'range' } }),
    el('div', { className: 'compare-tools' }, [button(t('changeRange'), () => post({ type: 'pickRange' }), { secondary: true }), button(t('reload'), () => post({ type: 'reload' }), { secondary: true })]),
  );
}

function kpiCell(k: ModelKpi | undefined, c: ComparedCampaign): HTMLElement {
  if (!k) return el('td', { className: 'muted', text: '—' });
  const delta = el('span', { className: `delta ${k.delta.direction} tone-${k.tone ?? 'neutral'}`, text: k.delta.text });
  delta.append(el('span', { className: 'sr-only', text: ` (${k.delta.description})` }));
  return el('td', { attrs: { 'data-campaign': c.id, 'data-kpi': k.id, title: k.tooltip } }, [
    el('div', { className: 'kpi-value', text: k.text }),
    k.detail ? el('div', { className: 'kpi-detail', text: k.detail }) : null,
    el('div', { className: 'kpi-change' }, [delta, k.reference ? el('div', { className: 'kpi-reference', text: k.reference }) : null]),
  ]);
}

function kpiTable(model: CompareModel): HTMLElement {
  const ids: KpiId[] = [];
  for (const c of model.campaigns) for (const k of c.kpis ?? []) if (!ids.includes(k.id)) ids.push(k.id);
  const label = (id: KpiId): string => model.campaigns.flatMap((c) => c.kpis ?? []).find((k) => k.id === id)?.label ?? id;
  const headCells = model.campaigns.map((c) =>
    el('th', { attrs: { scope: 'col', 'data-campaign': c.id } }, [
      swatch(c),
      el('span', { className: 'campaign-name', text: c.name }),
      button(t('openDashboard'), () => post({ type: 'openDashboard', campaignId: c.id }), { secondary: true, label: t('openDashboardOf', c.name) }),
      c.error ? el('div', { className: c.stale ? 'stale-note' : 'error-note', text: t('failed', c.error), attrs: { role: c.stale ? 'note' : 'alert' } }) : null,
    ]),
  );
  const rows = ids.map((id) =>
    el('tr', {}, [el('th', { attrs: { scope: 'row' }, text: label(id) }), ...model.campaigns.map((c) => kpiCell(c.kpis?.find((k) => k.id === id), c))]),
  );
  return el('section', { className: 'card compare-kpis', attrs: { 'aria-label': t('keyFigures') } }, [
    el('table', { className: 'compare-table' }, [
      el('caption', { className: 'sr-only', text: t('keyFigures') }),
      el('thead', {}, [el('tr', {}, [el('th', { attrs: { scope: 'col' }, text: t('figure') }), ...headCells])]),
      el('tbody', {}, rows),
    ]),
  ]);
}

function render(model: CompareModel, rangeText: string, fetchedAt: number): void {
  const started = performance.now();
  for (const card of cards) card.destroy();
  cards = [];
  clear(content);
  headerFor(rangeText, fetchedAt > 0 ? t('updated', new Date(fetchedAt).toISOString().slice(11, 16)) : null);
  content.append(kpiTable(model));
  if (model.charts.length === 0) {
    content.append(el('p', { className: 'muted', text: t('nothing'), attrs: { role: 'alert' } }));
  } else {
    const grid = el('div', { className: 'charts', attrs: { role: 'region', 'aria-label': t('heading') } });
    cards = model.charts.map((chart) => new ChartCard(chart, theme, model.locale, false, {
      onTableToggle: () => undefined,
      onExportPng: (id) => {
        const dataUrl = cards.find((c) => c.model.id === id)?.pngDataUrl();
        if (dataUrl) post({ type: 'exportPng', chartId: id, dataUrl });
      },
      onExportCsv: (id) => post({ type: 'exportCsv', chartId: id }),
    }));
    grid.append(...cards.map((c) => c.element));
    content.append(grid);
  }
  root.removeAttribute('aria-busy');
  status.textContent = model.campaigns.map((c) => c.name).join(', ');
  requestAnimationFrame(() => post({ type: 'rendered', ms: Math.round(performance.now() - started) }));
}

window.addEventListener('message', (event: MessageEvent<CompareHostMessage>) => {
  const m = event.data;
  if (m.type === 'init') {
    strings = m.strings;
    setStrings(m.strings);
    isDemo = m.isDemo;
    document.title = m.title;
  } else if (m.type === 'loading') {
    root.setAttribute('aria-busy', 'true');
    headerFor(m.rangeText, null);
    content.classList.add('refreshing');
    status.textContent = t('loading');
  } else if (m.type === 'data') {
    content.classList.remove('refreshing');
    render(m.model, m.rangeText, m.fetchedAt);
  }
});

watchTheme((next) => {
  theme = next;
  for (const card of cards) card.applyTheme(next);
  for (const dot of Array.from(document.querySelectorAll<HTMLElement>('.swatch'))) {
    const role = dot.dataset.color as keyof Theme['roles'] | undefined;
    if (role && role in next.roles) dot.style.backgroundColor = next.roles[role];
  }
});
post({ type: 'ready' });
