/**
 * The "Table" view of a chart: the same numbers in an accessible <table>. A long table (a campaign
 * may have a million labels) is shown a page at a time, so the DOM holds one page, not the list.
 */
import type { ModelTable } from '../../src/shared/protocol';
import { button, clear, el } from '../dom';
import { s } from '../strings';

export const TABLE_PAGE_ROWS = 50;

/** A row that opens the calls behind it (drill-down): `opens(r)` says whether row r does, `open(r)` does it. */
export interface RowAction {
  readonly opens: (row: number) => boolean;
  readonly open: (row: number) => void;
  /** The row's tooltip ("Press Enter to see these calls"). */
  readonly title: string;
}

function bodyRows(rows: ModelTable['rows'], from: number, to: number, action?: RowAction): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (let r = from; r < to; r++) {
    const row = rows[r] ?? [];
    const tr = el('tr', {}, row.map((cell, i) => (i === 0 ? el('th', { text: cell, attrs: { scope: 'row' } }) : el('td', { text: cell }))));
    if (action?.opens(r)) {
      // A focusable row, Enter opens its calls: one tab stop per row, like a list.
      tr.tabIndex = 0;
      tr.className = 'drillable';
      tr.title = action.title;
      tr.dataset.row = String(r);
      tr.addEventListener('click', () => action.open(r));
      tr.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        action.open(r);
      });
    }
    out.push(tr);
  }
  return out;
}

export function dataTable(table: ModelTable, id: string, action?: RowAction): HTMLElement {
  const head = el('tr', {}, table.columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })));
  const tbody = el('tbody');
  const t = el('table', { className: 'data-table' }, [el('caption', { text: table.caption }), el('thead', {}, [head]), tbody]);
  // A wide table (the heatmap has 25 columns) scrolls inside its own focusable box.
  const scroll = el('div', { className: 'table-scroll', attrs: { id, tabindex: '0', role: 'region', 'aria-label': table.caption } }, [t]);
  const total = table.rows.length;
  if (total <= TABLE_PAGE_ROWS) {
    tbody.append(...bodyRows(table.rows, 0, total, action));
    return scroll;
  }
  const pages = Math.ceil(total / TABLE_PAGE_ROWS);
  let page = 0;
  const status = el('span', { className: 'table-page', attrs: { 'aria-live': 'polite', 'data-role': 'table-page' } });
  const previous = button(s('tablePrevious'), () => show(page - 1), { secondary: true });
  const next = button(s('tableNext'), () => show(page + 1), { secondary: true });
  previous.dataset.role = 'table-previous';
  next.dataset.role = 'table-next';
  const show = (p: number) => {
    page = Math.min(pages - 1, Math.max(0, p));
    const from = page * TABLE_PAGE_ROWS;
    const to = Math.min(total, from + TABLE_PAGE_ROWS);
    clear(tbody);
    tbody.append(...bodyRows(table.rows, from, to, action));
    status.textContent = s('tableRows', from + 1, to, total);
    previous.toggleAttribute('disabled', page === 0);
    next.toggleAttribute('disabled', page === pages - 1);
  };
  show(0);
  return el('div', { className: 'table-paged' }, [scroll, el('div', { className: 'table-pager' }, [previous, status, next])]);
}
