/** The "Table" view of a chart: the same numbers in an accessible <table>. */
import type { ModelTable } from '../../src/shared/protocol';
import { el } from '../dom';

export function dataTable(table: ModelTable, id: string): HTMLElement {
  const head = el('tr', {}, table.columns.map((c) => el('th', { text: c, attrs: { scope: 'col' } })));
  const rows = table.rows.map((r) => el('tr', {}, r.map((cell, i) => (i === 0 ? el('th', { text: cell, attrs: { scope: 'row' } }) : el('td', { text: cell })))));
  const t = el('table', { className: 'data-table' }, [el('caption', { text: table.caption }), el('thead', {}, [head]), el('tbody', {}, rows)]);
  // A wide table (the heatmap has 25 columns) scrolls inside its own focusable box.
  return el('div', { className: 'table-scroll', attrs: { id, tabindex: '0', role: 'region', 'aria-label': table.caption } }, [t]);
}
