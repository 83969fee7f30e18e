/**
 * The demo answers to call search (`POST …/{id}/Calls`) and call detail (`GET /v{n}/Call/{id}`):
 * filters by outcome, tag and search text, sorting, and paging by skip/limit with a largest page
 * (`maxPage`) below what a client may ask, so clients must page by `count`.
 */
import type { DemoCampaign } from './campaigns';
import { demoCallsInRange, findDemoCall, type DemoCall } from './calls';
import { demoCallDetailJson, demoCallSummaryJson } from './callDetail';
import { problemDetails, type ProblemDetailsBody } from './validation';

/** The demo server's largest page: larger `limit`s get this many. */
export const DEMO_MAX_CALL_PAGE = 100;
/** A search range longer than this is refused, as the analytics are (an assumption for calls). */
const MAX_RANGE_MS = 90 * 24 * 60 * 60 * 1000 + 1000;

export interface CallSearchAnswer {
  readonly status: number;
  readonly body: { count: number; results: unknown[] } | ProblemDetailsBody;
}

interface SearchBody {
  readonly fromMs: number;
  readonly toMs: number;
  readonly skip: number;
  readonly limit: number;
  readonly sortProp: string;
  readonly isAscending: boolean;
  readonly tags: readonly string[];
  readonly statuses: readonly number[];
  readonly searchInput: string;
}

function bad(detail: string, field: string): CallSearchAnswer {
  return { status: 400, body: problemDetails(detail, { [field]: [detail] }) };
}

function parseSearch(body: string | undefined): SearchBody | CallSearchAnswer {
  let json: unknown;
  try {
    json = JSON.parse(body ?? '');
  } catch {
    return bad('The request body is not valid JSON.', '$');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return bad('The request body must be a JSON object.', '$');
  const b = json as Record<string, unknown>;
  const fromMs = typeof b.fromDate === 'string' ? Date.parse(b.fromDate) : NaN;
  const toMs = typeof b.toDate === 'string' ? Date.parse(b.toDate) : NaN;
  if (Number.isNaN(fromMs)) return bad('"fromDate" is required.', 'FromDate');
  if (Number.isNaN(toMs)) return bad('"toDate" is required.', 'ToDate');
  if (fromMs > toMs) return bad('"fromDate" must be earlier than "toDate".', 'ToDate');
  if (toMs - fromMs > MAX_RANGE_MS) return bad('The date range cannot exceed 90 days.', 'ToDate');
  const int = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback);
  return {
    fromMs,
    toMs,
    skip: int(b.skip, 0),
    limit: Math.min(Math.max(int(b.limit, 10), 1), DEMO_MAX_CALL_PAGE),
    sortProp: typeof b.sortProp === 'string' ? b.sortProp.toLowerCase() : 'starttime',
    isAscending: b.isAscending === true,
    tags: Array.isArray(b.tags) ? b.tags.filter((t): t is string => typeof t === 'string') : [],
    statuses: Array.isArray(b.statuses) ? b.statuses.filter((s): s is number => typeof s === 'number') : [],
    searchInput: typeof b.searchInput === 'string' ? b.searchInput.trim().toLowerCase() : '',
  };
}

function matches(call: DemoCall, search: SearchBody, tagIds: ReadonlySet<string>): boolean {
  if (search.statuses.length > 0 && !search.statuses.includes(call.conversationStatus)) return false;
  if (tagIds.size > 0 && !call.labelIds.some((id) => tagIds.has(id))) return false;
  if (search.searchInput) {
    const digits = search.searchInput.replace(/[^\d]/g, '');
    const byNumber = digits.length > 0 && call.from.includes(digits);
    if (!byNumber && !call.id.includes(search.searchInput)) return false;
  }
  return true;
}

export function answerCallSearch(campaign: DemoCampaign, body: string | undefined): CallSearchAnswer {
  const search = parseSearch(body);
  if ('status' in search) return search;
  // Tags by label id first; a label's name is accepted too, since which one the API takes is untested.
  const tagIds = new Set(
    campaign.profile.labels.filter((l) => search.tags.includes(l.id) || search.tags.includes(l.name)).map((l) => l.id),
  );
  if (search.tags.length > 0 && tagIds.size === 0) return { status: 200, body: { count: 0, results: [] } };
  const found = demoCallsInRange(campaign, search.fromMs, search.toMs).filter((call) => matches(call, search, tagIds));
  const key = search.sortProp === 'duration' ? (c: DemoCall) => c.duration : (c: DemoCall) => c.startMs;
  const direction = search.isAscending ? 1 : -1;
  found.sort((a, b) => direction * (key(a) - key(b)) || direction * (a.index - b.index) || direction * (a.hourIndex - b.hourIndex));
  const page = found.slice(search.skip, search.skip + search.limit);
  return { status: 200, body: { count: found.length, results: page.map(demoCallSummaryJson) } };
}

/** The detail body, or undefined (404) when the id names no demo call. */
export function answerCallDetail(campaigns: readonly DemoCampaign[], id: string): unknown {
  const call = findDemoCall(campaigns, id.toLowerCase());
  return call ? demoCallDetailJson(call) : undefined;
}
