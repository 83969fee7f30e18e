/**
 * The overview table's filter and sort, pure and shared: the webview orders and hides its rows with these, and
 * the host totals exactly the rows the filters leave (so the total row always adds up what is on screen).
 */
import type { OverviewRow, OverviewSortKey } from './overviewProtocol';

export interface OverviewFilters {
  /** A status word as the rows carry it; '' = every status. */
  readonly status: string;
  readonly kind: '' | 'inbound' | 'outbound';
}

export interface OverviewSort {
  readonly key: OverviewSortKey;
  readonly ascending: boolean;
}

export const NO_FILTERS: OverviewFilters = { status: '', kind: '' };

/** A campaign without a kind is inbound: lists from before outbound support carry none. */
export function kindOf(row: { readonly kind?: 'inbound' | 'outbound' }): 'inbound' | 'outbound' {
  return row.kind ?? 'inbound';
}

export function matches(row: { readonly status: string; readonly kind?: 'inbound' | 'outbound' }, filters: OverviewFilters): boolean {
  return (filters.status === '' || row.status === filters.status) && (filters.kind === '' || kindOf(row) === filters.kind);
}

/** The statuses present, in first-seen order: the status filter's choices. */
export function statusesOf(rows: readonly { readonly status: string }[]): string[] {
  return [...new Set(rows.map((r) => r.status).filter((s) => s !== ''))];
}

function sortValue(row: OverviewRow, key: OverviewSortKey): number | null {
  if (key === 'name' || row.state !== 'loaded') return null;
  return row.cells[key].value;
}

/**
 * Rows in the order asked for. Rows without a number (loading, failed, unknown) go last in either direction, so
 * flipping the order never buries the figures under placeholders; ties keep the name order.
 */
export function sortRows(rows: readonly OverviewRow[], sort: OverviewSort, locale = 'en'): OverviewRow[] {
  const byName = (a: OverviewRow, b: OverviewRow) => a.name.localeCompare(b.name, locale, { sensitivity: 'base' }) || a.id.localeCompare(b.id);
  const sign = sort.ascending ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b);
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return x === y ? byName(a, b) : sign * (x - y);
  });
}

export function filterRows(rows: readonly OverviewRow[], filters: OverviewFilters): OverviewRow[] {
  return rows.filter((r) => matches(r, filters));
}
