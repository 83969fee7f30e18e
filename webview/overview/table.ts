/**
 * The overview's table: a real <table> (screen readers read it as one), sortable headers as buttons with
 * aria-sort, a row per campaign (figures, loading or an error with Retry) and the total in <tfoot>.
 * API text (campaign names, error messages) goes in as textContent only.
 */
import { OVERVIEW_COLUMNS, type OverviewCell, type OverviewRow, type OverviewSortKey, type OverviewTotal } from '../../src/shared/overviewProtocol';
import type { OverviewSort } from '../../src/shared/overviewTable';
import { el } from '../dom';
import { sparkline } from './spark';

export interface TableCallbacks {
  sort(key: OverviewSortKey): void;
  open(campaignId: string): void;
  retry(campaignId: string): void;
}

type S = (key: string, ...args: Array<string | number>) => string;
const COLUMN_COUNT = OVERVIEW_COLUMNS.length + 2;

export function headerRow(s: S, sort: OverviewSort, callbacks: TableCallbacks): HTMLTableRowElement {
  const keys: OverviewSortKey[] = ['name', ...OVERVIEW_COLUMNS];
  const cells = keys.map((key) => {
    const active = sort.key === key;
    const th = el('th', { className: key === 'name' ? 'name' : 'num', attrs: { scope: 'col', 'aria-sort': active ? (sort.ascending ? 'ascending' : 'descending') : 'none' } });
    const b = el('button', { className: 'sort', text: s(key), attrs: { type: 'button', 'data-sort': key, title: s('sortBy', s(key)) } });
    if (active) b.append(el('span', { className: 'arrow', text: sort.ascending ? ' ▲' : ' ▼', attrs: { 'aria-hidden': 'true' } }));
    b.addEventListener('click', () => callbacks.sort(key));
    th.append(b);
    return th;
  });
  return el('tr', {}, [...cells, el('th', { className: 'trend', text: s('trend'), attrs: { scope: 'col' } })]);
}

function figure(cell: OverviewCell): HTMLTableCellElement {
  const delta = el('span', { className: `delta ${cell.delta.direction} tone-${cell.delta.tone}`, attrs: { title: cell.delta.description } }, [
    el('span', { text: cell.delta.text, attrs: { 'aria-hidden': 'true' } }),
    el('span', { className: 'sr-only', text: cell.delta.description }),
  ]);
  return el('td', { className: 'num' }, [el('span', { className: 'value', text: cell.text }), delta]);
}

function nameCell(row: OverviewRow, s: S, callbacks: TableCallbacks): HTMLTableCellElement {
  const open = el('button', { className: 'open', text: row.name, attrs: { type: 'button', title: s('open', row.name) } });
  open.addEventListener('click', (e) => {
    e.stopPropagation();
    callbacks.open(row.id);
  });
  const status = el('span', { className: 'status', text: row.status || s('statusUnknown') });
  const kind = row.kind === 'outbound' ? el('span', { className: 'kind', text: s('outbound') }) : null;
  return el('th', { className: 'name', attrs: { scope: 'row' } }, [open, status, kind]);
}

export function bodyRow(row: OverviewRow, s: S, callbacks: TableCallbacks): HTMLTableRowElement {
  const tr = el('tr', { className: `campaign ${row.state}`, attrs: { 'data-id': row.id } }, [nameCell(row, s, callbacks)]);
  if (row.state === 'loading') {
    tr.append(el('td', { className: 'placeholder', text: s('loadingRow'), attrs: { colspan: String(COLUMN_COUNT - 1) } }));
  } else if (row.state === 'error') {
    const retry = el('button', { className: 'retry', text: s('retry'), attrs: { type: 'button' } });
    retry.addEventListener('click', (e) => {
      e.stopPropagation();
      callbacks.retry(row.id);
    });
    tr.append(el('td', { className: 'error', attrs: { colspan: String(COLUMN_COUNT - 1) } }, [el('span', { text: s('errorRow', row.message) }), retry]));
  } else {
    for (const column of OVERVIEW_COLUMNS) tr.append(figure(row.cells[column]));
    tr.append(el('td', { className: 'trend' }, [sparkline(row.spark, row.sparkText)]));
  }
  // A click anywhere on the row opens it too; the name's button is the keyboard's way in (Enter).
  if (row.state !== 'error') tr.addEventListener('click', () => callbacks.open(row.id));
  return tr;
}

export function totalRows(total: OverviewTotal, s: S): HTMLTableRowElement[] {
  const head = el('th', { className: 'name', text: s('total'), attrs: { scope: 'row' } });
  const figures = el('tr', { className: 'total' }, [head]);
  if (total.cells) {
    const cells = total.cells;
    for (const column of OVERVIEW_COLUMNS) figures.append(figure(cells[column]));
    figures.append(el('td', { className: 'trend' }, [sparkline(total.spark, total.sparkText)]));
  } else figures.append(el('td', { className: 'placeholder', text: '—', attrs: { colspan: String(COLUMN_COUNT - 1) } }));
  const summary = el('tr', { className: 'total-summary' }, [el('td', { text: total.summary, attrs: { colspan: String(COLUMN_COUNT) } })]);
  if (total.failed.length > 0) summary.classList.add('has-failed');
  return [figures, summary];
}
