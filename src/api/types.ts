/** The client's contract, shared by the real HTTP client, demo mode and tests. */
import type { Account, CampaignDetail, CampaignKind, CampaignSummary, InboundAnalytics } from './schemas';
import type { OngoingCalls } from './liveSchemas';
import type { DateRange } from './range';
import type { CallDetailResult, CallPage, CallPageRequest, CallQuery } from './callTypes';
import type { RetryNotice } from './retry';
import type { ComparisonLabel } from './comparison';

/** The subset of the WHATWG fetch that the client uses; demo mode and tests pass their own. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export type ApiVersion = 'v1' | 'v2';

export interface RequestOptions {
  readonly signal?: AbortSignal;
  /**
   * A background poll: one try, no "retrying in N s" notice. The poller backs off itself (honouring
   * Retry-After), so nobody sees a notice for a request they did not ask for.
   */
  readonly background?: boolean;
  /**
   * Which v1 resource a campaign's request goes to (`/v1/Inbound` or `/v1/Outbound`); v2 has one for both.
   * Default: the client's `kindOf`, else inbound.
   */
  readonly kind?: CampaignKind;
}

export interface AnalyticsOptions extends RequestOptions {
  /** Called as windows of a split range complete: (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface AnalyticsResult {
  readonly analytics: InboundAnalytics;
  /**
   * What to show as "the JSON": the body exactly as the API returned it for a single request, or
   * the merged, normalised result when the range was split.
   */
  readonly json: unknown;
  /** How many ≤ 90-day requests the range took. */
  readonly windows: number;
  readonly range: DateRange;
  readonly fetchedAt: number;
}

export interface NLPearlApi {
  getAccount(options?: RequestOptions): Promise<Account>;
  listInboundCampaigns(options?: RequestOptions): Promise<CampaignSummary[]>;
  listOutboundCampaigns(options?: RequestOptions): Promise<CampaignSummary[]>;
  /** Both kinds, each with its `kind`: one request on v2, the two lists at once on v1. */
  listCampaigns(options?: RequestOptions): Promise<CampaignSummary[]>;
  getCampaign(id: string, options?: RequestOptions): Promise<CampaignDetail>;
  /** Either kind's analytics despite the name (kept: callers and tests use it); `options.kind` or `kindOf` picks the v1 path. */
  getInboundAnalytics(id: string, range: DateRange, options?: AnalyticsOptions): Promise<AnalyticsResult>;
  /** Live and queued calls of one campaign now. */
  getOngoingCalls(id: string, options?: RequestOptions): Promise<OngoingCalls>;
  /** One page of `POST …/{id}/Calls`: one request. Walk pages with `walkCallPages`. */
  searchCalls(campaignId: string, query: CallQuery, page: CallPageRequest, options?: RequestOptions): Promise<CallPage>;
  /** `GET /v{n}/Call/{id}`: the call with its transcript. */
  getCall(callId: string, options?: RequestOptions): Promise<CallDetailResult>;
}

export interface ClientConfig {
  readonly fetch: FetchLike;
  /** e.g. https://api.nlpearl.ai — http only for loopback hosts. */
  readonly baseUrl: string;
  readonly apiVersion: ApiVersion;
  /** `<accountId>:<secret>`, read once per request so a changed token takes effect at once. */
  readonly token: () => Promise<string | undefined> | string | undefined;
  readonly timeoutMs?: number;
  /** Tries for 429/502/503/504/network errors, the first included. Default 3. */
  readonly maxTries?: number;
  /** One line per request, e.g. `POST /v1/Inbound/abc/Analytics → 200 in 123 ms`. */
  readonly log?: (line: string) => void;
  /** Bodies over this many bytes are refused unread. Default 25 MB. */
  readonly maxResponseBytes?: number;
  /**
   * Called when a request waits for a Retry-After of a second or more, so the UI can say
   * "Rate limited — retrying in N s" and offer to stop; returns what closes that notice.
   */
  readonly onRetryWait?: RetryNotice;
  /** Clock for Retry-After dates and "try again after …" times; injected in tests. */
  readonly now?: () => number;
  /** Injected in tests to skip real waiting. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random?: () => number;
  /**
   * The kind of a campaign, for the v1 path of its requests when the caller does not say (the campaign
   * directory knows it from the lists). Asked only on v1; absent = inbound.
   */
  readonly kindOf?: (campaignId: string) => CampaignKind | Promise<CampaignKind>;
}

/** A period and the one before it, for deltas. `previous` is null when it failed or is not wanted. */
export interface AnalyticsPair {
  readonly current: AnalyticsResult;
  readonly previous: AnalyticsResult | null;
  /** What `previous` covers, for "vs yesterday until 11:00"; undefined when there is none. */
  readonly comparison?: ComparisonLabel;
}
