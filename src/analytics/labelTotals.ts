/**
 * A response's labels with an id listed twice summed, as the split-range merge sums them. The
 * KPIs, the tree, the chart and the CSV all read it, for both periods: it is worked out once per
 * list (a list may hold a million labels).
 */
import { mergeLabels } from '../api/merge';
import type { LabelCount } from '../api/schemas';

const totals = new WeakMap<readonly LabelCount[], readonly LabelCount[]>();

export function labelTotals(list: readonly LabelCount[] | null): readonly LabelCount[] | null {
  if (list === null) return null;
  let found = totals.get(list);
  if (!found) {
    found = mergeLabels([list]) ?? [];
    totals.set(list, found);
  }
  return found;
}
