/**
 * The Calls panel's webview: filters, a sortable header, and a virtual list (@tanstack/virtual-core)
 * that asks the host for the next page as the end comes into view. API text is set as textContent.
 * Styles are set through the CSSOM (allowed by the CSP, unlike style attributes).
 */
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import type { CallFilters, CallRowDto, CallsHostMessage, CallsStrings, CallsTargetDto, CallsWebviewMessage, CallsWebviewState, FilterOption } from '../../src/shared/callsProtocol';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; setState(state: CallsWebviewState): void };
const vscode = acquireVsCodeApi();
const post = (message: CallsWebviewMessage) => vscode.postMessage(message);

const ROW_HEIGHT = 28;
/** Ask for the next page when this many rows are left below the view. */
const PREFETCH_ROWS = 15;
const COLUMNS = ['start', 'caller', 'duration', 'outcome', 'status', 'tags'] as const;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

let strings: CallsStrings = {};
let filters: CallFilters = { outcome: '', tag: '', search: '', sort: 'startTime', ascending: false };
let target: CallsTargetDto | undefined;
let generation = 0;
let rows: CallRowDto[] = [];
let done = false;
let waiting = true;

const app = document.getElementById('app') as HTMLElement;
const toolbar = el('div', 'toolbar');
const outcomeSelect = el('select');
const tagSelect = el('select');
const searchBox = el('input');
searchBox.type = 'search';
const countLine = el('p', 'count');
countLine.setAttribute('aria-live', 'polite');
const noteLine = el('p', 'note');
const errorLine = el('p', 'error');
errorLine.setAttribute('role', 'alert');
const table = el('div', 'table');
table.setAttribute('role', 'table');
const head = el('div', 'row head');
head.setAttribute('role', 'row');
const scroller = el('div', 'scroller');
const spacer = el('div', 'spacer');
spacer.setAttribute('role', 'rowgroup');
scroller.append(spacer);
table.append(head, scroller);

const virtualizer = new Virtualizer<HTMLDivElement, HTMLDivElement>({
  count: 0,
  getScrollElement: () => scroller,
  estimateSize: () => ROW_HEIGHT,
  overscan: 8,
  observeElementRect,
  observeElementOffset,
  scrollToFn: elementScroll,
  onChange: () => render(),
});

function options(select: HTMLSelectElement, all: string, list: readonly FilterOption[], value: string): void {
  select.replaceChildren();
  for (const option of [{ value: '', label: all }, ...list]) {
    const node = el('option', undefined, option.label);
    node.value = option.value;
    select.append(node);
  }
  select.value = value;
}

function header(): void {
  head.replaceChildren();
  for (const column of COLUMNS) {
    const cell = el('div', `cell ${column}`);
    cell.setAttribute('role', 'columnheader');
    const sort = column === 'start' ? 'startTime' : column === 'duration' ? 'duration' : undefined;
    if (sort) {
      const button = el('button', 'sort', strings[column] ?? column);
      button.title = (strings.sortBy ?? '{0}').replace('{0}', strings[column] ?? column);
      const active = filters.sort === sort;
      cell.setAttribute('aria-sort', active ? (filters.ascending ? 'ascending' : 'descending') : 'none');
      if (active) button.textContent += filters.ascending ? ' ▲' : ' ▼';
      button.addEventListener('click', () => changeFilters({ sort, ascending: filters.sort === sort ? !filters.ascending : false }));
      cell.append(button);
    } else cell.textContent = strings[column] ?? column;
    head.append(cell);
  }
}

/** An empty row: its cells are filled by fill(); clicks and Enter are handled once, on the list (see below). */
function rowElement(): HTMLDivElement {
  const node = el('div', 'row');
  node.setAttribute('role', 'row');
  node.tabIndex = 0;
  node.title = strings.open ?? '';
  for (const column of COLUMNS) {
    const cell = el('div', `cell ${column}`);
    cell.setAttribute('role', 'cell');
    node.append(cell);
  }
  return node;
}

/** Writes a call into a row node, touching only what differs (a reused node already holds another call's text). */
function fill(node: HTMLDivElement, row: CallRowDto, index: number): void {
  const rowIndex = String(index + 2);
  if (node.getAttribute('aria-rowindex') !== rowIndex) node.setAttribute('aria-rowindex', rowIndex);
  if (node.dataset.callId === row.id) return;
  node.dataset.callId = row.id;
  COLUMNS.forEach((column, i) => {
    const cell = node.children[i] as HTMLElement;
    if (cell.textContent !== row[column]) cell.textContent = row[column];
  });
}

function rowOf(event: Event): HTMLElement | null {
  return event.target instanceof Element ? event.target.closest<HTMLElement>('.spacer .row') : null;
}
spacer.addEventListener('click', (event) => {
  const id = rowOf(event)?.dataset.callId;
  if (id) post({ type: 'openCall', callId: id });
});
spacer.addEventListener('keydown', (event) => {
  const id = event.key === 'Enter' ? rowOf(event)?.dataset.callId : undefined;
  if (id) post({ type: 'openCall', callId: id });
});

/**
 * The rows in the DOM by index. A scroll step reuses the nodes of the rows that left the view for the ones that
 * came in (new text only where it differs), so a frame creates no element once the view is full.
 */
let drawn = new Map<number, HTMLDivElement>();

function render(): void {
  const items = virtualizer.getVirtualItems();
  spacer.style.height = `${virtualizer.getTotalSize()}px`;
  const wanted = new Set(items.map((item) => item.index));
  const spare: HTMLDivElement[] = [];
  for (const [index, node] of drawn) {
    if (wanted.has(index) && node.dataset.callId === rows[index]?.id) continue;
    drawn.delete(index);
    // The focused row is never rewritten with another call under the user's focus: it goes.
    if (node.contains(document.activeElement)) node.remove();
    else spare.push(node);
  }
  const next = new Map<number, HTMLDivElement>();
  for (const item of items) {
    const data = rows[item.index] as CallRowDto;
    const node = drawn.get(item.index) ?? spare.pop() ?? rowElement();
    fill(node, data, item.index);
    const transform = `translateY(${item.start}px)`;
    if (node.style.transform !== transform) node.style.transform = transform;
    next.set(item.index, node);
  }
  for (const node of spare) node.remove();
  // In index order, so focus and screen readers move through the rows as they read.
  let previous: HTMLDivElement | undefined;
  for (const node of next.values()) {
    if (previous ? previous.nextSibling !== node : spacer.firstChild !== node) {
      if (previous) previous.after(node);
      else spacer.prepend(node);
    }
    previous = node;
  }
  drawn = next;
  const last = items.at(-1)?.index ?? -1;
  if (!done && !waiting && last >= rows.length - PREFETCH_ROWS) {
    waiting = true;
    post({ type: 'more', generation, skip: rows.length });
  }
}

function refresh(): void {
  virtualizer.setOptions({ ...virtualizer.options, count: rows.length });
  virtualizer._willUpdate();
  table.setAttribute('aria-rowcount', String(rows.length + 1));
  render();
}

/** Kept by VS Code across a window reload; the host's serializer reopens the panel from it and refetches. */
function saveState(): void {
  if (target) vscode.setState({ ...target, filters });
}

function changeFilters(change: Partial<CallFilters>): void {
  filters = { ...filters, ...change };
  saveState();
  generation++;
  rows = [];
  done = false;
  waiting = true;
  errorLine.textContent = '';
  countLine.textContent = strings.loading ?? '';
  header();
  refresh();
  post({ type: 'filters', generation, filters });
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
outcomeSelect.addEventListener('change', () => changeFilters({ outcome: outcomeSelect.value }));
tagSelect.addEventListener('change', () => changeFilters({ tag: tagSelect.value }));
searchBox.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => changeFilters({ search: searchBox.value.trim() }), 300);
});

function receive(message: CallsHostMessage): void {
  if (message.type === 'init') {
    strings = message.strings;
    filters = message.filters;
    target = message.target;
    saveState();
    document.title = message.title;
    table.setAttribute('aria-label', strings.table ?? '');
    options(outcomeSelect, strings.allOutcomes ?? '', message.outcomes, filters.outcome);
    options(tagSelect, strings.allTags ?? '', message.tags, filters.tag);
    outcomeSelect.setAttribute('aria-label', strings.outcome ?? '');
    tagSelect.setAttribute('aria-label', strings.tags ?? '');
    searchBox.placeholder = strings.search ?? '';
    searchBox.setAttribute('aria-label', strings.search ?? '');
    searchBox.value = filters.search;
    noteLine.textContent = message.note;
    countLine.textContent = strings.loading ?? '';
    header();
    app.removeAttribute('aria-busy');
    return;
  }
  if (message.generation !== generation) return; // an answer to filters no longer shown
  if (message.type === 'progress') {
    countLine.textContent = message.text;
    return;
  }
  waiting = false;
  if (message.type === 'error') {
    errorLine.textContent = message.message;
    return;
  }
  if (message.skip !== rows.length) return;
  rows = rows.concat(message.rows);
  done = message.done;
  countLine.textContent = rows.length === 0 && done ? (strings.none ?? '') : message.countText;
  refresh();
  if (message.skip === 0) {
    const shown = { generation: message.generation, rows: message.rows.length };
    // After the frame that draws them: the rows are on screen when the host hears of it.
    requestAnimationFrame(() => setTimeout(() => post({ type: 'painted', ...shown }), 0));
  }
}

toolbar.append(outcomeSelect, tagSelect, searchBox);
app.append(toolbar, countLine, noteLine, errorLine, table);
window.addEventListener('message', (event: MessageEvent<CallsHostMessage>) => receive(event.data));
virtualizer._didMount();
virtualizer._willUpdate();
post({ type: 'ready' });
