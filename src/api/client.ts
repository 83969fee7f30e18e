/**
 * The NLPearl client: v1 and v2 behind one interface, over any fetch-compatible function (the
 * extension host's fetch, demo mode's router, a test's fake server).
 */
import { validateBaseUrl } from './baseUrl';
import { validator } from './validator';
import { BadRangeError, NLPearlError, NotFoundError } from './errors';
import { createRequester, type ApiRequest, type Requester } from './http';
import { getCallDetail, searchCallPage } from './calls';
import { mergeAnalytics } from './merge';
import { mapLimit } from './pool';
import { fitsOneRequest, rangeProblem, splitRange, type DateRange } from './range';
import type { CampaignSummary, InboundAnalytics } from './schemas';
import { CAMPAIGN_ID_RULE, parseCampaignId } from '../shared/campaignId';
import type { AnalyticsOptions, AnalyticsResult, ApiVersion, ClientConfig, NLPearlApi, RequestOptions } from './types';

export { validateBaseUrl } from './baseUrl';
export { DEFAULT_TIMEOUT_MS, NO_TOKEN_MESSAGE } from './http';

/**
 * Windows of a split range fetched at once. Five covers a year (4×90 days + a remainder) in one
 * round, so a 365-day dashboard costs about one request's latency (the performance budget: ≤ 1.3×
 * one 90-day request); longer ranges still queue. 429/503 are retried with backoff.
 */
export const WINDOW_CONCURRENCY = 5;

/** API paths per version. The account lives under v1 for both. */
export const apiPaths = {
  account: () => '/v1/Account',
  campaigns: (version: ApiVersion) => (version === 'v1' ? '/v1/Inbound' : '/v2/Pearl'),
  campaign: (version: ApiVersion, id: string) => `${apiPaths.campaigns(version)}/${encodeURIComponent(id)}`,
  analytics: (version: ApiVersion, id: string) => `${apiPaths.campaign(version, id)}/Analytics`,
  ongoingCalls: (version: ApiVersion, id: string) => `${apiPaths.campaign(version, id)}/OngoingCalls`,
};

export function createClient(config: ClientConfig): NLPearlApi {
  let base: URL | NLPearlError;
  try {
    base = validateBaseUrl(config.baseUrl);
  } catch (error) {
    // Kept and thrown by every call, so a bad setting becomes an error state, not a crash.
    if (!(error instanceof NLPearlError)) throw error;
    base = error;
  }
  const send = createRequester(config, base);
  const version = config.apiVersion;

  return {
    async getAccount(options?: RequestOptions) {
      const request: ApiRequest = { method: 'GET', path: apiPaths.account(), purpose: { kind: 'other' }, signal: options?.signal, background: options?.background };
      return (await send(request, validator((p) => p.accountSchema, 'account details'))).value;
    },

    async getOngoingCalls(id: string, options?: RequestOptions) {
      const campaignId = requireId(id);
      const request: ApiRequest = {
        method: 'GET',
        path: apiPaths.ongoingCalls(version, campaignId),
        purpose: { kind: 'campaign', campaignId },
        signal: options?.signal,
        background: options?.background,
      };
      return (await send(request, validator((p) => p.ongoingCallsSchema, 'the ongoing calls'))).value;
    },

    async listInboundCampaigns(options?: RequestOptions) {
      const request: ApiRequest = { method: 'GET', path: apiPaths.campaigns(version), purpose: { kind: 'other' }, signal: options?.signal };
      const campaigns = (await send(request, validator((p) => p.campaignListSchema, 'the campaign list'))).value;
      // v2 lists every Pearl; type 1 is inbound, 2 outbound.
      return usableCampaigns(version === 'v2' ? campaigns.filter((c) => c.type === 1) : campaigns, config.log);
    },

    async getCampaign(id: string, options?: RequestOptions) {
      const campaignId = requireId(id);
      const request: ApiRequest = {
        method: 'GET',
        path: apiPaths.campaign(version, campaignId),
        purpose: { kind: 'campaign', campaignId },
        signal: options?.signal,
      };
      return (await send(request, validator((p) => p.campaignDetailSchema, 'campaign details'))).value;
    },

    // async: a refused id rejects like every other failure, never throws at the caller.
    async getInboundAnalytics(id: string, range: DateRange, options?: AnalyticsOptions) {
      return fetchAnalytics(send, version, requireId(id), range, options);
    },

    async searchCalls(campaignId, query, page, options) {
      return searchCallPage(send, version, campaignId, query, page, options);
    },

    async getCall(callId, options) {
      return getCallDetail(send, version, callId, options);
    },
  };
}

async function fetchAnalytics(
  send: Requester,
  version: ApiVersion,
  campaignId: string,
  range: DateRange,
  options: AnalyticsOptions | undefined,
): Promise<AnalyticsResult> {
  const problem = rangeProblem(range);
  if (problem) throw new BadRangeError(problem);
  const request = (window: DateRange, signal: AbortSignal | undefined): ApiRequest => ({
    method: 'POST',
    path: apiPaths.analytics(version, campaignId),
    body: { from: window.from, to: window.to },
    purpose: { kind: 'analytics', campaignId },
    signal,
  });

  if (fitsOneRequest(range)) {
    options?.onProgress?.(0, 1);
    const { json, value: analytics } = await send(request(range, options?.signal), parseAnalytics);
    options?.onProgress?.(1, 1);
    return { analytics, json, windows: 1, range, fetchedAt: Date.now() };
  }

  const windows = splitRange(range);
  // Aborting this stops the windows still in flight when one fails or the caller gives up.
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort();
  options?.signal?.addEventListener('abort', onCallerAbort, { once: true });
  if (options?.signal?.aborted) controller.abort();
  let done = 0;
  try {
    options?.onProgress?.(0, windows.length);
    const parts = await mapLimit<DateRange, InboundAnalytics>(
      windows,
      WINDOW_CONCURRENCY,
      async (window) => {
        const { value: analytics } = await send(request(window, controller.signal), parseAnalytics);
        options?.onProgress?.(++done, windows.length);
        return analytics;
      },
      () => controller.abort(),
    );
    const analytics = mergeAnalytics(parts);
    return { analytics, json: analytics, windows: windows.length, range, fetchedAt: Date.now() };
  } catch (error) {
    // Whatever failed (a window, a progress callback, the merge): nothing started stays running.
    controller.abort();
    throw error;
  } finally {
    options?.signal?.removeEventListener('abort', onCallerAbort);
  }
}

function requireId(id: string): string {
  if (!id.trim()) throw new NotFoundError('No campaign id was given. Pick a campaign from the list or add one by its id.');
  const campaignId = parseCampaignId(id);
  // Never echoed: what was given may be a pasted token.
  if (!campaignId) throw new NotFoundError(`The campaign id given is not an NLPearl campaign id, so nothing was requested. ${CAMPAIGN_ID_RULE}`);
  return campaignId;
}

/**
 * The list as the tree can show it: ids in their one spelling, each once (a repeated id would break the
 * whole tree), and none that could not be requested. What is left out is logged, never silently lost.
 */
function usableCampaigns(campaigns: CampaignSummary[], log: ((line: string) => void) | undefined): CampaignSummary[] {
  const seen = new Set<string>();
  const usable: CampaignSummary[] = [];
  let invalid = 0;
  let repeated = 0;
  for (const campaign of campaigns) {
    const id = parseCampaignId(campaign.id);
    if (!id) invalid++;
    else if (seen.has(id)) repeated++;
    else {
      seen.add(id);
      usable.push(id === campaign.id ? campaign : { ...campaign, id });
    }
  }
  if (invalid > 0) log?.(`campaign list: left out ${invalid} campaign(s) whose id is not a 24-hex NLPearl id`);
  if (repeated > 0) log?.(`campaign list: left out ${repeated} repeated campaign id(s)`);
  return usable;
}


// The hand-written fast path gives zod's result (see fastAnalytics.ts), several times sooner.
const parseAnalytics = validator((p) => p.analyticsParser, 'analytics');
