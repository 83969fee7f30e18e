/**
 * The dashboard app: ready handshake, state restore, rendering of what the host sends. It never
 * fetches (its CSP allows no network) and never builds HTML from text.
 */
import './bootMark';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import '@vscode-elements/elements/dist/vscode-progress-ring/index.js';
import type { BucketSize, DataMessage, ErrorMessage, HostMessage, InitMessage, LoadingMessage, ModelChart, AnalyticsSection, WebviewAction } from '../src/shared/protocol';
import type { UiState } from '../src/shared/webviewState';
import { bucketToggle, chartsFor } from './bucketToggle';
import { ChartCard } from './charts/card';
import { DrawQueue } from './charts/drawQueue';
import { readTheme, watchTheme, type Theme } from './charts/theme';
import { button, clear, el } from './dom';
import { Header } from './header';
import { kpiCards } from './kpiCards';
import { hasOverlay, withOverlay } from './overlay';
import { emptyState, errorCard, skeleton, staleBanner } from './states';
import { mark, phases } from './phases';
import { s, setStrings } from './strings';
import { listening, post, readState, writeState } from './vscodeApi';

interface App {
  init: InitMessage | undefined;
  /** Newest request the host announced; older data/error messages are dropped. */
  latestRequest: number;
  data: DataMessage | undefined;
  cards: ChartCard[];
  ui: UiState;
  theme: Theme;
  stopCountdown: () => void;
  renderedFor: number;
  /** Day, week or month buckets for the timelines (long ranges only). */
  bucket: BucketSize;
  /** The previous period laid over the daily line charts. */
  overlay: boolean;
}

mark('modulesReady');
const root = document.getElementById('app') ?? document.body;
const drawQueue = new DrawQueue<ChartCard>();
const saved = readState();
const app: App = {
  init: undefined,
  latestRequest: -1,
  data: undefined,
  cards: [],
  ui: { tables: saved?.ui?.tables ?? [], picker: saved?.ui?.picker ?? 'last30' },
  theme: readTheme(),
  stopCountdown: () => undefined,
  renderedFor: -1,
  bucket: 'day',
  overlay: false,
};

const status = el('div', { className: 'sr-only', attrs: { role: 'status', 'aria-live': 'polite', id: 'announcer' } });
const banner = el('div', { className: 'banner-slot' });
const content = el('main', { className: 'content', attrs: { id: 'content' } });
let header: Header | undefined;

function persist(): void {
  const init = app.init;
  if (!init) return;
  const range = app.data?.range ?? init.range;
  const preset = app.data ? app.data.preset : init.preset;
  writeState({ campaignId: init.campaign.id, range, preset, ui: { ...app.ui, picker: preset ?? 'custom' } });
}

function onAction(action: WebviewAction): void {
  post({ type: 'action', action });
}

function exportChart(id: AnalyticsSection, format: 'png' | 'csv', exportId?: number): void {
  if (format === 'csv') {
    post({ type: 'exportCsv', sectionId: id });
    return;
  }
  const card = app.cards.find((c) => c.model.id === id);
  const dataUrl = card?.pngDataUrl();
  if (dataUrl) post({ type: 'exportPng', chartId: id, dataUrl, ...(exportId !== undefined ? { exportId } : {}) });
  else post({ type: 'log', level: 'warn', message: `no drawable chart ${id} to export` });
}

function onInit(m: InitMessage): void {
  app.init = m;
  setStrings(m.strings);
  document.title = s('title', m.campaign.name);
  if (!header) {
    header = new Header({
      onPreset: (preset) => post({ type: 'setRange', preset }),
      onCustom: (range) => post({ type: 'setRange', from: range.from, to: range.to }),
      onRefresh: () => post({ type: 'refresh' }),
      onOpenJson: () => post({ type: 'openJson' }),
      onCopyJson: () => post({ type: 'copyJson' }),
      onExportAll: () => post({ type: 'exportAllCsv' }),
    });
    clear(root);
    root.append(header.element, banner, content, status);
  }
  header.init(m);
  persist();
}

function destroyCards(): void {
  drawQueue.cancel();
  for (const c of app.cards) c.destroy();
  app.cards = [];
}

function onLoading(m: LoadingMessage): void {
  app.latestRequest = Math.max(app.latestRequest, m.requestId);
  header?.showRange(m.range, m.preset, m.windows);
  root.setAttribute('aria-busy', 'true');
  // Figures of another source (demo data, another account) never stay on screen, not even dimmed.
  if (m.clear) app.data = undefined;
  if (!app.data) {
    app.stopCountdown();
    destroyCards();
    clear(content);
    content.append(skeleton());
  } else {
    content.classList.add('refreshing');
  }
}

function chartCard(chart: ModelChart, locale: string): ChartCard {
  return new ChartCard(chart, app.theme, locale, app.ui.tables.includes(chart.id), {
    onTableToggle: (id, open) => {
      const tables = new Set(app.ui.tables);
      if (open) tables.add(id);
      else tables.delete(id);
      app.ui = { ...app.ui, tables: [...tables] };
      persist();
    },
    onExportPng: (id) => exportChart(id, 'png'),
    onExportCsv: (id) => exportChart(id, 'csv'),
    onDrill: (request) => post(request),
  });
}

function onData(m: DataMessage): void {
  if (m.requestId < app.latestRequest) return;
  mark('data');
  const started = performance.now();
  app.latestRequest = m.requestId;
  app.data = m;
  app.stopCountdown();
  clear(banner);
  destroyCards();
  clear(content);
  content.classList.remove('refreshing');
  root.setAttribute('aria-busy', 'false');
  header?.showRange(m.range, m.preset, m.windows, m.fetchedAt);
  const model = m.model;
  content.append(kpiCards(model.kpis, m.comparison));
  if (model.notes.length > 0) content.append(el('ul', { className: 'notes dashboard-notes' }, model.notes.map((n) => el('li', { text: n }))));
  if (model.empty) {
    content.append(emptyState());
  } else {
    const grid = el('div', { className: 'charts', attrs: { 'aria-label': s('charts'), role: 'region' } });
    const sizes = model.buckets?.sizes ?? ['day'];
    if (!sizes.includes(app.bucket)) app.bucket = 'day';
    const draw = () => {
      destroyCards();
      clear(grid);
      for (const shown of chartsFor(model, app.bucket)) {
        const chart = app.overlay && app.bucket === 'day' ? withOverlay(shown, model) : shown;
        const card = chartCard(chart, model.locale);
        app.cards.push(card);
        grid.append(card.element);
      }
      drawQueue.schedule(app.cards, () => {
        mark('chartsInView');
        reportRendered(m.requestId, started);
      });
    };
    if (sizes.length > 1) {
      const toggle = bucketToggle(sizes, app.bucket, (size) => {
        app.bucket = size;
        for (const b of toggle.querySelectorAll<HTMLElement>('[data-bucket]')) b.setAttribute('aria-pressed', String(b.dataset.bucket === size));
        draw();
      });
      content.append(toggle);
    }
    if (hasOverlay(model)) content.append(overlayToggle(draw));
    content.append(grid);
    draw();
  }
  mark('dom');
  persist();
  // The charts' first draw reports the render; a dashboard without charts has rendered now.
  if (model.empty) reportRendered(m.requestId, started);
}

/** "vs previous period": a pressed/unpressed button that redraws the daily line charts with or without it. */
function overlayToggle(draw: () => void): HTMLElement {
  const toggle = button(s('overlayPrevious'), () => {
    app.overlay = !app.overlay;
    toggle.setAttribute('aria-pressed', String(app.overlay));
    draw();
  }, { secondary: true, id: 'overlay-toggle' });
  toggle.setAttribute('aria-pressed', String(app.overlay));
  toggle.title = s('overlayPreviousHint');
  return toggle;
}

/** After the browser painted the KPI figures and the charts in view: the benchmark's "first complete render". */
function reportRendered(requestId: number, started: number): void {
  if (app.renderedFor === requestId) return;
  app.renderedFor = requestId;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (app.latestRequest !== requestId) return;
      mark('rendered');
      post({ type: 'rendered', requestId, ms: Math.round((performance.now() - started) * 10) / 10, phases: phases() });
    }),
  );
}

function onError(m: ErrorMessage): void {
  if (m.requestId < app.latestRequest) return;
  app.latestRequest = m.requestId;
  app.stopCountdown();
  root.setAttribute('aria-busy', 'false');
  content.classList.remove('refreshing');
  if (m.stale && app.data) {
    clear(banner);
    banner.append(staleBanner(m, app.data.model.locale, m.action === 'setToken' ? () => onAction('setToken') : () => onAction('retry'), m.action === 'setToken' ? s('setToken') : s('retry')));
    // The picker goes back to the range whose data is still shown.
    header?.showRange(app.data.range, app.data.preset, app.data.windows, app.data.fetchedAt);
    return;
  }
  app.data = undefined;
  destroyCards();
  clear(banner);
  clear(content);
  const card = errorCard(m, onAction);
  app.stopCountdown = card.stop;
  content.append(card.element);
}

function onMessage(m: HostMessage): void {
  switch (m.type) {
    case 'init':
      onInit(m);
      break;
    case 'loading':
      onLoading(m);
      break;
    case 'data':
      onData(m);
      break;
    case 'error':
      onError(m);
      break;
    case 'requestPng':
      exportChart(m.chartId, 'png', m.exportId);
      break;
    case 'exportResult':
      status.textContent = m.message;
      break;
  }
}

function onEvent(event: MessageEvent<unknown>): void {
  const data = event.data;
  // The host is trusted, but a message of another origin or shape is simply not for us.
  if (data && typeof data === 'object' && typeof (data as { type?: unknown }).type === 'string') onMessage(data as HostMessage);
}
window.addEventListener('message', onEvent);

watchTheme((theme) => {
  app.theme = theme;
  for (const c of app.cards) c.applyTheme(theme);
});

/** Hooks for the browser tests (read-only views of what is on screen). */
(window as unknown as { __nlpearlDashboard: unknown }).__nlpearlDashboard = {
  chartColors: () => Object.fromEntries(app.cards.map((c) => [c.model.id, c.colors()])),
  theme: () => app.theme,
  xTickLabels: () => Object.fromEntries(app.cards.map((c) => [c.model.id, c.xTickLabels()])),
  barPosition: (id: string, index: number, series: number) => app.cards.find((c) => c.model.id === id)?.barPosition(index, series),
  barBox: (id: string, index: number, series: number) => app.cards.find((c) => c.model.id === id)?.barBox(index, series),
  pendingCharts: () => drawQueue.pending(),
  animations: () => Object.fromEntries(app.cards.flatMap((c) => { const a = c.animated(); return a === undefined ? [] : [[c.model.id, a]]; })),
};

listening(onEvent);
