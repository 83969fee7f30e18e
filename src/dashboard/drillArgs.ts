/**
 * A dashboard's `drillDown` message → the arguments of `nlpearl.showCalls`. A bucket is clipped to the
 * dashboard's range: the first and last days of "Last 7 days" are partial, and the timeline counted only
 * their part. Pure (no vscode), so unit-tested.
 */
import type { DateRange } from '../api/range';
import type { DrillDownRequest } from '../shared/drill';

export interface ShowCallsArgs {
  readonly campaignId: string;
  readonly from: string;
  readonly to: string;
  readonly status?: string;
  readonly label?: string;
  readonly weekday?: number;
  readonly hour?: number;
  /** The figure the user clicked, so the Calls panel can say when the search counts otherwise. */
  readonly expected?: number;
}

export function drillArgs(campaignId: string, range: DateRange, m: DrillDownRequest): ShowCallsArgs | { readonly problem: string } {
  const from = Math.max(Date.parse(range.from), m.from ? Date.parse(m.from) : -Infinity);
  const to = Math.min(Date.parse(range.to), m.to ? Date.parse(m.to) : Infinity);
  if (!(from <= to)) return { problem: 'the clicked bucket lies outside the dashboard range' };
  return {
    campaignId,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    ...(m.status !== undefined ? { status: m.status } : {}),
    ...(m.label !== undefined ? { label: m.label } : {}),
    ...(m.weekday !== undefined && m.hour !== undefined ? { weekday: m.weekday, hour: m.hour } : {}),
    ...(m.expected !== null ? { expected: m.expected } : {}),
  };
}
