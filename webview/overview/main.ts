/**
 * The Account overview's webview: range picker, status and kind filters, the campaigns table sorted here (pure
 * rules in src/shared/overviewTable.ts) and a progress bar while campaigns load. It never fetches; it asks the
 * host by message, and the host sends every row and the total.
 */
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import type { OverviewHostMessage, OverviewRow, OverviewSortKey, OverviewWebviewMessage } from '../../src/shared/overviewProtocol';
import { filterRows, sortRows, statusesOf, type OverviewFilters, type OverviewSort } from '../../src/shared/overviewTable';
import { el } from '../dom';
import { RangePicker } from './picker';
import { bodyRow, headerRow, totalRows, type TableCallbacks } from './table';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };
const vscode = acquireVsCodeApi();
const post = (message: OverviewWebviewMessage) => vscode.postMessage(message);

let strings: Record<string, string> = {};
const s = (key: string, ...args: Array<string | number>) => (strings[key] ?? key).replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));

let locale = 'en';
/** Only the sort is kept while the panel is hidden (UI state); the rows come from the host again. */
function savedSort(): OverviewSort {
  const saved = (vscode.getState() as { sort?: { key?: unknown; ascending?: unknown } } | undefined)?.sort;
  const keys: readonly string[] = ['name', 'calls', 'successRate', 'averageDuration', 'cost', 'costPerCall', 'positiveShare'];
  return saved && typeof saved.key === 'string' && keys.includes(saved.key) && typeof saved.ascending === 'boolean' ? { key: saved.key as OverviewSortKey, ascending: saved.ascending } : { key: 'calls', ascending: false };
}
let sort: OverviewSort = savedSort();
let filters: OverviewFilters = { status: '', kind: '' };
let last: Extract<OverviewHostMessage, { type: 'rows' }> | undefined;
let picker: RangePicker | undefined;

const root = document.getElementById('app') as HTMLElement;
const heading = el('h1');
const badges = el('span', { className: 'badges' });
const statusSelect = el('select', { attrs: { id: 'status-filter' } });
const kindSelect = el('select', { attrs: { id: 'kind-filter' } });
const refresh = el('button', { className: 'refresh', attrs: { type: 'button', id: 'refresh-button' } });
const controls = el('div', { className: 'controls' });
const meta = el('p', { className: 'meta', attrs: { 'aria-live': 'polite' } });
const progress = el('progress', { attrs: { id: 'overview-progress' } });
const message = el('p', { className: 'message', attrs: { role: 'status' } });
const table = el('table', { className: 'overview' });
const thead = el('thead');
const tbody = el('tbody');
const tfoot = el('tfoot');
table.append(thead, tbody, tfoot);

const callbacks: TableCallbacks = {
  sort: (key: OverviewSortKey) => {
    sort = { key, ascending: sort.key === key ? !sort.ascending : key === 'name' };
    vscode.setState({ sort });
    render();
    (thead.querySelector(`button[data-sort="${key}"]`) as HTMLElement | null)?.focus();
  },
  open: (campaignId) => post({ type: 'openCampaign', campaignId }),
  retry: (campaignId) => post({ type: 'retry', campaignId }),
};

function fillSelect(select: HTMLSelectElement, options: Array<[string, string]>, value: string): void {
  select.replaceChildren(...options.map(([v, label]) => Object.assign(el('option', { text: label }), { value: v })));
  select.value = options.some(([v]) => v === value) ? value : '';
}

function render(): void {
  thead.replaceChildren(headerRow(s, sort, callbacks));
  if (!last) return;
  const rows: readonly OverviewRow[] = last.rows;
  fillSelect(statusSelect, [['', s('allStatuses')], ...statusesOf(rows).map((v): [string, string] => [v, v])], filters.status);
  const shown = sortRows(filterRows(rows, filters), sort, locale);
  tbody.replaceChildren(...shown.map((row) => bodyRow(row, s, callbacks)));
  tfoot.replaceChildren(...totalRows(last.total, s));
  const loading = last.of === 0 || last.done < last.of;
  progress.hidden = !loading;
  progress.max = Math.max(1, last.of);
  progress.value = last.done;
  progress.setAttribute('aria-label', s('progress', last.done, last.of));
  root.setAttribute('aria-busy', String(loading));
  const parts = [last.rangeText];
  if (last.of > 0) parts.push(loading ? s('progress', last.done, last.of) : s('shown', shown.length, rows.length));
  meta.textContent = parts.join(' · ');
  message.textContent = last.of > 0 && rows.length === 0 ? s('none') : rows.length > 0 && shown.length === 0 ? s('noneFiltered') : '';
}

function changeFilters(): void {
  filters = { status: statusSelect.value, kind: kindSelect.value === 'inbound' || kindSelect.value === 'outbound' ? kindSelect.value : '' };
  post({ type: 'filter', status: filters.status, kind: filters.kind });
  render();
}
statusSelect.addEventListener('change', changeFilters);
kindSelect.addEventListener('change', changeFilters);
refresh.addEventListener('click', () => post({ type: 'refresh' }));

function receive(m: OverviewHostMessage): void {
  if (m.type === 'init') {
    strings = m.strings;
    locale = m.locale || 'en';
    document.title = m.title;
    heading.textContent = s('heading');
    badges.replaceChildren(...(m.isDemo ? [el('span', { className: 'badge demo', text: s('demo') })] : []));
    table.setAttribute('aria-label', s('table'));
    refresh.textContent = s('refresh');
    statusSelect.setAttribute('aria-label', s('status'));
    kindSelect.setAttribute('aria-label', s('kind'));
    fillSelect(kindSelect, [['', s('allKinds')], ['inbound', s('inbound')], ['outbound', s('outbound')]], filters.kind);
    if (!picker) {
      picker = new RangePicker(s, {
        onPreset: (preset) => post({ type: 'setRange', preset }),
        onCustom: (range) => post({ type: 'setRange', from: range.from, to: range.to }),
      });
      controls.prepend(picker.element);
    }
    picker.show(m.preset, m.range);
    render();
    return;
  }
  if (m.type === 'listError') {
    last = undefined;
    tbody.replaceChildren();
    tfoot.replaceChildren();
    progress.hidden = true;
    message.textContent = m.message;
    return;
  }
  last = m;
  picker?.show(m.preset, m.range);
  render();
}

controls.append(statusSelect, kindSelect, refresh);
root.append(el('header', {}, [el('div', { className: 'title-row' }, [heading, badges]), controls, meta, progress]), message, el('p', { className: 'note', text: '' }), table);
window.addEventListener('message', (event: MessageEvent<OverviewHostMessage>) => receive(event.data));
post({ type: 'ready' });
