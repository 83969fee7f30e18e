/**
 * The Show Calls arguments beyond campaign and range: `status` (a status-overview key such as
 * "successful", mapped to its outcome code), `label` (a label id → the tag filter), `search`, and from a
 * dashboard drill-down `weekday` + `hour` (a heatmap cell, in the zone the heatmap shows) and `expected`
 * (the figure clicked). Pure (no vscode): unit-tested.
 */
import { OVERVIEW_KEY_OUTCOME, outcomeForOverviewKey } from '../shared/callStatus';
import type { CallFilters } from '../shared/callsProtocol';

/** A heatmap cell: 0 = Sunday … 6 = Saturday, hour 0–23. */
export interface HourCell {
  readonly weekday: number;
  readonly hour: number;
}

export type ShowCallsExtras =
  | { ok: true; filters: Partial<CallFilters>; cell?: HourCell; expected?: number }
  | { ok: false; problem: string };

const isIntIn = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

export function parseShowCallsExtras(arg: unknown): ShowCallsExtras {
  if (arg === null || typeof arg !== 'object' || Array.isArray(arg)) return { ok: true, filters: {} };
  const a = arg as Record<string, unknown>;
  const filters: { -readonly [K in keyof CallFilters]?: CallFilters[K] } = {};
  if (a.status !== undefined) {
    const code = typeof a.status === 'string' ? outcomeForOverviewKey(a.status) : undefined;
    if (code === undefined) return { ok: false, problem: `"status" must be one of: ${Object.keys(OVERVIEW_KEY_OUTCOME).join(', ')}.` };
    filters.outcome = String(code);
  }
  if (a.label !== undefined) {
    if (typeof a.label !== 'string' || a.label.length === 0 || a.label.length > 100) return { ok: false, problem: '"label" must be a label id.' };
    filters.tag = a.label;
  }
  if (a.search !== undefined) {
    if (typeof a.search !== 'string' || a.search.length > 200) return { ok: false, problem: '"search" must be text of at most 200 characters.' };
    filters.search = a.search;
  }
  let cell: HourCell | undefined;
  if (a.weekday !== undefined || a.hour !== undefined) {
    if (!isIntIn(a.weekday, 0, 6) || !isIntIn(a.hour, 0, 23)) return { ok: false, problem: '"weekday" (0 = Sunday … 6) and "hour" (0–23) come together, as whole numbers.' };
    cell = { weekday: a.weekday, hour: a.hour };
  }
  if (a.expected !== undefined && !isIntIn(a.expected, 0, Number.MAX_SAFE_INTEGER)) return { ok: false, problem: '"expected" must be a whole number of calls.' };
  return { ok: true, filters, ...(cell ? { cell } : {}), ...(a.expected !== undefined ? { expected: a.expected as number } : {}) };
}
