/**
 * The Show Calls arguments beyond campaign and range: `status` (a status-overview key such as
 * "successful", mapped to its outcome code), `label` (a label id → the tag filter) and `search`.
 * Pure (no vscode): unit-tested.
 */
import { OVERVIEW_KEY_OUTCOME, outcomeForOverviewKey } from '../shared/callStatus';
import type { CallFilters } from '../shared/callsProtocol';

export type ShowCallsExtras = { ok: true; filters: Partial<CallFilters> } | { ok: false; problem: string };

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
  return { ok: true, filters };
}
