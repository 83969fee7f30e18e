/**
 * Call search and call detail over the client's requester: one request per page, paged by
 * skip/limit until `count` is reached, lazily, because the API's largest page is not documented and a
 * server may return fewer results than asked.
 */
import { validator } from './validator';
import { BadRangeError, NotFoundError } from './errors';
import type { Requester } from './http';
import { parseCampaignId } from '../shared/campaignId';
import { campaignResource, type CampaignKind } from './campaigns';
import type { ApiVersion, RequestOptions } from './types';

export type { CallDetailResult, CallPage, CallPageRequest, CallQuery } from './callTypes';
import type { CallDetailResult, CallPage, CallPageRequest, CallQuery } from './callTypes';

/** Page size asked for by default; the server may send fewer. */
export const DEFAULT_CALL_PAGE = 50;
/** The most pages one walk requests, so a server that never reaches `count` cannot loop forever. */
export const MAX_CALL_PAGES = 2_000;

export const callPaths = {
  /** `POST /v1/Inbound/{id}/Calls`, `/v1/Outbound/{id}/Calls` or `/v2/Pearl/{id}/Calls`. */
  search: (version: ApiVersion, campaignId: string, kind: CampaignKind = 'inbound') => `${campaignResource(version, kind)}/${encodeURIComponent(campaignId)}/Calls`,
  detail: (version: ApiVersion, callId: string) => `/${version}/Call/${encodeURIComponent(callId)}`,
};

export async function searchCallPage(
  send: Requester,
  version: ApiVersion,
  campaignId: string,
  query: CallQuery,
  page: CallPageRequest,
  options?: RequestOptions,
): Promise<CallPage> {
  const id = requireId(campaignId, 'campaign');
  const body = searchBody(query, page);
  const { value } = await send(
    { method: 'POST', path: callPaths.search(version, id, options?.kind), body, purpose: { kind: 'campaign', campaignId: id }, signal: options?.signal },
    validator((p) => p.callSearchParser, 'the call list'),
  );
  return { count: value.count, results: value.results ?? [], skip: page.skip };
}

export async function getCallDetail(send: Requester, version: ApiVersion, callId: string, options?: RequestOptions): Promise<CallDetailResult> {
  const id = requireId(callId, 'call');
  const { json, value } = await send(
    { method: 'GET', path: callPaths.detail(version, id), purpose: { kind: 'call', callId: id }, signal: options?.signal },
    validator((p) => p.callDetailSchema, 'the call'),
  );
  return { detail: value, json };
}

/**
 * Every page of a search, one request each, requested only when the consumer asks for the next.
 * Stops at `count`, at an empty page (a server whose count was wrong or missing) or at MAX_CALL_PAGES.
 */
export async function* walkCallPages(
  fetchPage: (page: CallPageRequest) => Promise<CallPage>,
  limit: number = DEFAULT_CALL_PAGE,
): AsyncGenerator<CallPage, void, undefined> {
  let skip = 0;
  for (let pageNo = 0; pageNo < MAX_CALL_PAGES; pageNo++) {
    const page = await fetchPage({ skip, limit });
    if (page.results.length > 0) yield page;
    skip += page.results.length;
    if (page.results.length === 0 || (page.count !== null && skip >= page.count)) return;
  }
}

function searchBody(query: CallQuery, page: CallPageRequest): Record<string, unknown> {
  for (const [name, value] of [['fromDate', query.fromDate], ['toDate', query.toDate]] as const) {
    if (Number.isNaN(Date.parse(value))) throw new BadRangeError(`The call search needs a valid ${name}; nothing was requested.`);
  }
  if (Date.parse(query.fromDate) > Date.parse(query.toDate)) {
    throw new BadRangeError('The call search range starts after it ends; nothing was requested.');
  }
  if (!Number.isInteger(page.skip) || page.skip < 0 || !Number.isInteger(page.limit) || page.limit < 1) {
    throw new RangeError(`bad page ${page.skip}/${page.limit}`);
  }
  const body: Record<string, unknown> = { fromDate: query.fromDate, toDate: query.toDate, skip: page.skip, limit: page.limit };
  if (query.sortProp !== undefined) body.sortProp = query.sortProp;
  if (query.isAscending !== undefined) body.isAscending = query.isAscending;
  if (query.tags && query.tags.length > 0) body.tags = [...query.tags];
  if (query.statuses && query.statuses.length > 0) body.statuses = [...query.statuses];
  if (query.searchInput && query.searchInput.trim()) body.searchInput = query.searchInput.trim();
  return body;
}

/** Call ids are taken to be 24-hex ObjectIds like campaign ids (an assumption): nothing else reaches a URL. */
function requireId(id: string, what: 'campaign' | 'call'): string {
  const parsed = parseCampaignId(id);
  // Never echoed: what was given may be a pasted token.
  if (!parsed) throw new NotFoundError(`The ${what} id given is not a 24-hex NLPearl id, so nothing was requested.`);
  return parsed;
}

