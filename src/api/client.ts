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
import type { CampaignKind, InboundAnalytics } from './schemas';
import { campaignResource, listAllCampaigns, listCampaignsOfKind } from './campaigns';
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

/** API paths per version and kind (v1 only: v2 has one Pearl resource). The account lives under v1 for both. */
export const apiPaths = {
  account: () => '/v1/Account',
  campaigns: (version: ApiVersion, kind: CampaignKind = 'inbound') => campaignResource(version, kind),
  campaign: (version: ApiVersion, id: string, kind: CampaignKind = 'inbound') => `${apiPaths.campaigns(version, kind)}/${encodeURIComponent(id)}`,
  analytics: (version: ApiVersion, id: string, kind: CampaignKind = 'inbound') => `${apiPaths.campaign(version, id, kind)}/Analytics`,
  ongoingCalls: (version: ApiVersion, id: string, kind: CampaignKind = 'inbound') => `${apiPaths.campaign(version, id, kind)}/OngoingCalls`,
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
  // v2's paths do not depend on the kind: the directory is asked (and may list) only on v1.
  const kindFor = async (campaignId: string, options: RequestOptions | undefined): Promise<CampaignKind> =>
    options?.kind ?? (version === 'v1' && config.kindOf ? await config.kindOf(campaignId) : 'inbound');

  return {
    async getAccount(options?: RequestOptions) {
      const request: ApiRequest = { method: 'GET', path: apiPaths.account(), purpose: { kind: 'other' }, signal: options?.signal, background: options?.background };
      return (await send(request, validator((p) => p.accountSchema, 'account details'))).value;
    },

    async getOngoingCalls(id: string, options?: RequestOptions) {
      const campaignId = requireId(id);
      const request: ApiRequest = {
        method: 'GET',
        path: apiPaths.ongoingCalls(version, campaignId, await kindFor(campaignId, options)),
        purpose: { kind: 'campaign', campaignId },
        signal: options?.signal,
        background: options?.background,
      };
      return (await send(request, validator((p) => p.ongoingCallsSchema, 'the ongoing calls'))).value;
    },

    async listInboundCampaigns(options?: RequestOptions) {
      return listCampaignsOfKind(send, version, 'inbound', options, config.log);
    },

    async listOutboundCampaigns(options?: RequestOptions) {
      return listCampaignsOfKind(send, version, 'outbound', options, config.log);
    },

    async listCampaigns(options?: RequestOptions) {
      return listAllCampaigns(send, version, options, config.log);
    },

    async getCampaign(id: string, options?: RequestOptions) {
      const campaignId = requireId(id);
      const request: ApiRequest = {
        method: 'GET',
        path: apiPaths.campaign(version, campaignId, await kindFor(campaignId, options)),
        purpose: { kind: 'campaign', campaignId },
        signal: options?.signal,
      };
      return (await send(request, validator((p) => p.campaignDetailSchema, 'campaign details'))).value;
    },

    // async: a refused id rejects like every other failure, never throws at the caller.
    async getInboundAnalytics(id: string, range: DateRange, options?: AnalyticsOptions) {
      const campaignId = requireId(id);
      // Before the kind is looked up (which may list campaigns): a bad range sends nothing at all.
      const problem = rangeProblem(range);
      if (problem) throw new BadRangeError(problem);
      return fetchAnalytics(send, apiPaths.analytics(version, campaignId, await kindFor(campaignId, options)), campaignId, range, options);
    },

    async searchCalls(campaignId, query, page, options) {
      const id = parseCampaignId(campaignId);
      return searchCallPage(send, version, campaignId, query, page, { ...options, kind: id ? await kindFor(id, options) : 'inbound' });
    },

    async getCall(callId, options) {
      return getCallDetail(send, version, callId, options);
    },
  };
}

async function fetchAnalytics(
  send: Requester,
  path: string,
  campaignId: string,
  range: DateRange,
  options: AnalyticsOptions | undefined,
): Promise<AnalyticsResult> {
  const problem = rangeProblem(range);
  if (problem) throw new BadRangeError(problem);
  const request = (window: DateRange, signal: AbortSignal | undefined): ApiRequest => ({
    method: 'POST',
    path,
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

// The hand-written fast path gives zod's result (see fastAnalytics.ts), several times sooner.
const parseAnalytics = validator((p) => p.analyticsParser, 'analytics');
