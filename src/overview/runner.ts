/**
 * Loads every campaign of the overview through the shared AnalyticsSource (the tree's 60 s cache: a campaign the
 * tree already shows costs nothing), a few at a time, each campaign isolated: one that fails is reported as its
 * own error while the others go on. No 'vscode' here, so the benchmark and the unit tests run it in plain Node.
 */
import { mapLimit } from '../api/pool';
import type { AnalyticsSource, RangeSelection } from '../model/types';
import type { CampaignState } from '../analytics/overviewRows';

/**
 * Campaigns loaded at once. Each load is two requests in flight together (the range and the previous period,
 * see analyticsCache.ts), so 2 campaigns keep at most 4 requests in flight.
 */
export const OVERVIEW_CAMPAIGNS_IN_FLIGHT = 2;

export interface RunnerDeps {
  readonly analytics: AnalyticsSource;
  /** A person's sentence for an error (token masked). */
  readonly describe: (error: unknown) => { readonly kind: string; readonly message: string };
}

export interface RunOptions {
  readonly signal: AbortSignal;
  readonly force?: boolean;
  /** Each campaign's outcome as it settles (never after the signal aborted). */
  readonly onSettled: (campaignId: string, state: CampaignState) => void;
  readonly limit?: number;
}

/** One campaign: loaded, or its error; undefined when cancelled (the caller has moved on). */
export async function loadOne(deps: RunnerDeps, campaignId: string, range: RangeSelection, signal: AbortSignal, force = false): Promise<CampaignState | undefined> {
  try {
    const pair = await deps.analytics.load(campaignId, range, { signal, force });
    return signal.aborted ? undefined : { state: 'loaded', current: pair.current.analytics, previous: pair.previous?.analytics ?? null };
  } catch (error) {
    if (signal.aborted) return undefined;
    const view = deps.describe(error);
    return view.kind === 'cancelled' ? undefined : { state: 'error', message: view.message };
  }
}

/** Loads each campaign, at most `limit` at a time, in the order given; resolves when all settled or the signal aborted. */
export async function loadAll(deps: RunnerDeps, campaignIds: readonly string[], range: RangeSelection, options: RunOptions): Promise<void> {
  await mapLimit(campaignIds, options.limit ?? OVERVIEW_CAMPAIGNS_IN_FLIGHT, async (id) => {
    if (options.signal.aborted) return;
    const state = await loadOne(deps, id, range, options.signal, options.force);
    if (state && !options.signal.aborted) options.onSettled(id, state);
  });
}
