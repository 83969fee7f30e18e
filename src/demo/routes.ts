/**
 * The NLPearl routes the extension uses, answered from demo data. Pure (request in, response
 * out), so demo mode wraps it in a fetch function and the fake API in a real HTTP server.
 */
import type { ApiVersion } from '../api/types';
import type { DateRange } from '../api/range';
import {
  DEMO_ACCOUNT,
  DEMO_CAMPAIGNS,
  DEMO_OUTBOUND_CAMPAIGNS,
  demoAnalyticsJson,
  demoCallsBetween,
  type DemoAccount,
  type DemoCampaign,
} from './data';
import { validateAnalyticsBody } from './validation';
import { answerCallDetail, answerCallSearch } from './callRoutes';
import { hashString, mixSeed } from './random';

export interface ApiRequest {
  readonly method: string;
  /** Path as sent, e.g. `/v1/Inbound/66f2…/Analytics`; a query string is ignored. */
  readonly path: string;
  readonly body: string | undefined;
}

export interface ApiResponse {
  readonly status: number;
  /** The JSON value to send; `undefined` means an empty body (401, 404, 405). */
  readonly body: unknown;
}

export type AnalyticsOverride = (id: string, range: DateRange, apiVersion: ApiVersion) => unknown;

export interface ApiRouterOptions {
  /** Inbound campaigns served on v1 and v2 (default DEMO_CAMPAIGNS). */
  readonly campaigns?: readonly DemoCampaign[];
  /** Outbound campaigns: GET /v1/Outbound, and Pearls of type 2 in GET /v2/Pearl (default DEMO_OUTBOUND_CAMPAIGNS). */
  readonly outbound?: readonly DemoCampaign[];
  readonly account?: DemoAccount;
  /** Answer analytics with this instead (after the 400 and 404 checks); `undefined` = demo data. */
  readonly analyticsOverride?: AnalyticsOverride;
  /** Clock for the live counters (today's calls, ongoing calls). Analytics never depend on it. */
  readonly now?: () => number;
}

export type ApiRouter = (request: ApiRequest) => ApiResponse;

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const EMPTY_404: ApiResponse = { status: 404, body: undefined };
const EMPTY_405: ApiResponse = { status: 405, body: undefined };

function liveCounters(campaign: DemoCampaign, now: number) {
  const dayStart = Math.floor(now / DAY_MS) * DAY_MS;
  const hourStart = Math.floor(now / HOUR_MS) * HOUR_MS;
  const totalTodayCalls = demoCallsBetween(campaign, dayStart, now);
  if (campaign.status !== 1) return { totalTodayCalls, totalOngoingCalls: 0, totalOnQueue: 0 };
  // Changes once a minute and scales with how busy the current hour is.
  const roll = mixSeed(hashString(campaign.id), Math.floor(now / 60_000));
  const busy = demoCallsBetween(campaign, hourStart, hourStart);
  const totalOngoingCalls = busy === 0 ? 0 : roll % (Math.min(campaign.totalAgents, 1 + Math.ceil(busy / 4)) + 1);
  const totalOnQueue = totalOngoingCalls >= campaign.totalAgents ? (roll >>> 8) % 3 : 0;
  return { totalTodayCalls, totalOngoingCalls, totalOnQueue };
}

function segmentsOf(path: string): string[] | undefined {
  const bare = path.split(/[?#]/, 1)[0] ?? '';
  try {
    return bare.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

export function createApiRouter(options: ApiRouterOptions = {}): ApiRouter {
  const all = options.campaigns ?? DEMO_CAMPAIGNS;
  // v1's Inbound resource never shows an outbound campaign, even if a test lists one here.
  const inbound = all.filter((c) => c.type === 1);
  const outbound = [...all.filter((c) => c.type !== 1), ...(options.outbound ?? DEMO_OUTBOUND_CAMPAIGNS)];
  const account = options.account ?? DEMO_ACCOUNT;
  const now = options.now ?? Date.now;
  const v1ById = { inbound: new Map(inbound.map((c) => [c.id, c])), outbound: new Map(outbound.map((c) => [c.id, c])) };
  const pearlById = new Map([...inbound, ...outbound].map((c) => [c.id, c]));
  // The outbound Pearl sits among the inbound ones, so a client that forgets to filter shows it.
  const pearls = [...inbound.slice(0, 1), ...outbound, ...inbound.slice(1)];

  function analytics(campaign: DemoCampaign | undefined, body: string | undefined, version: ApiVersion): ApiResponse {
    const checked = validateAnalyticsBody(body);
    if ('problem' in checked) return { status: 400, body: checked.problem };
    if (!campaign) return EMPTY_404;
    const override = options.analyticsOverride?.(campaign.id, checked.range, version);
    if (override !== undefined) return { status: 200, body: override };
    return { status: 200, body: demoAnalyticsJson(campaign.id, checked.range, version, campaign) };
  }

  function v1(method: string, rest: string[], body: string | undefined): ApiResponse {
    const [resource, id, action, extra] = rest;
    if (resource === 'account' && id === undefined) {
      return method === 'GET' ? { status: 200, body: { ...account } } : EMPTY_405;
    }
    if (resource === 'call' && action === undefined) return callDetail(method, id);
    if ((resource !== 'inbound' && resource !== 'outbound') || extra !== undefined) return EMPTY_404;
    if (id === undefined) {
      if (method !== 'GET') return EMPTY_405;
      return { status: 200, body: (resource === 'inbound' ? inbound : outbound).map((c) => ({ id: c.id, name: c.name, status: c.status })) };
    }
    // Each v1 resource knows only its own kind: an outbound id under /v1/Inbound is a 404.
    const campaign = v1ById[resource].get(id);
    if (action === undefined) {
      if (method !== 'GET') return EMPTY_405;
      if (!campaign) return EMPTY_404;
      const { totalTodayCalls, totalOngoingCalls, totalOnQueue } = liveCounters(campaign, now());
      return {
        status: 200,
        body: {
          id: campaign.id,
          name: campaign.name,
          status: campaign.status,
          phoneNumber: campaign.phoneNumber,
          totalAgents: campaign.totalAgents,
          totalTodayCalls,
          totalOngoingCalls,
          totalOnQueue,
        },
      };
    }
    return subResource(method, action, campaign, body, 'v1');
  }

  function subResource(
    method: string,
    action: string,
    campaign: DemoCampaign | undefined,
    body: string | undefined,
    version: ApiVersion,
  ): ApiResponse {
    if (action === 'ongoingcalls') {
      if (method !== 'GET') return EMPTY_405;
      if (!campaign) return EMPTY_404;
      const { totalOngoingCalls, totalOnQueue } = liveCounters(campaign, now());
      return { status: 200, body: { totalOngoingCalls, totalOnQueue } };
    }
    if (action === 'analytics') return method === 'POST' ? analytics(campaign, body, version) : EMPTY_405;
    if (action === 'calls') {
      if (method !== 'POST') return EMPTY_405;
      return campaign ? answerCallSearch(campaign, body) : EMPTY_404;
    }
    return EMPTY_404;
  }

  /** `GET /v{n}/Call/{id}`: any campaign's call, inbound or outbound. */
  function callDetail(method: string, id: string | undefined): ApiResponse {
    if (id === undefined) return EMPTY_404;
    if (method !== 'GET') return EMPTY_405;
    const body = answerCallDetail([...inbound, ...outbound], id);
    return body === undefined ? EMPTY_404 : { status: 200, body };
  }

  function v2(method: string, rest: string[], body: string | undefined): ApiResponse {
    const [resource, id, action, extra] = rest;
    if (resource === 'call' && action === undefined) return callDetail(method, id);
    if (resource !== 'pearl' || extra !== undefined) return EMPTY_404;
    if (id === undefined) {
      if (method !== 'GET') return EMPTY_405;
      return {
        status: 200,
        body: pearls.map((c) => ({ id: c.id, name: c.name, createdAt: c.createdAt, type: c.type, status: c.status })),
      };
    }
    const campaign = pearlById.get(id);
    if (action === undefined) {
      if (method !== 'GET') return EMPTY_405;
      if (!campaign) return EMPTY_404;
      const { totalTodayCalls, totalOngoingCalls, totalOnQueue } = liveCounters(campaign, now());
      return {
        status: 200,
        body: {
          id: campaign.id,
          name: campaign.name,
          type: campaign.type,
          status: campaign.status,
          phoneNumber: campaign.phoneNumber,
          totalAgents: campaign.totalAgents,
          created: campaign.createdAt,
          budgetConsumed: campaign.budgetConsumed,
          totalTodayCalls,
          totalOngoingCalls,
          totalOnQueue: campaign.status === 1 ? totalOnQueue : null,
        },
      };
    }
    return subResource(method, action, campaign, body, 'v2');
  }

  return (request) => {
    const segments = segmentsOf(request.path);
    if (!segments || segments.length < 2) return EMPTY_404;
    const method = request.method.toUpperCase();
    // ASP.NET routes are case-insensitive; ids are not.
    const [version, resource, id, action, ...extra] = segments;
    const rest = [resource?.toLowerCase(), id, action?.toLowerCase(), ...extra].filter(
      (s): s is string => s !== undefined,
    );
    switch (version?.toLowerCase()) {
      case 'v1':
        return v1(method, rest, request.body);
      case 'v2':
        return v2(method, rest, request.body);
      default:
        return EMPTY_404;
    }
  };
}

/** The router over the default demo data. */
export const handleApiRequest: ApiRouter = createApiRouter();
