/**
 * One round of the watch's requests: the account, and the ongoing calls of each Running campaign; every
 * 15 minutes also the campaign list (fresh statuses) and the analytics behind the runway and the rate rules,
 * through the shared cache. Everything background: one try, no notices.
 */
import type { Account, CampaignSummary, InboundAnalytics } from '../api/schemas';
import type { OngoingCalls } from '../api/liveSchemas';
import { mapLimit } from '../api/pool';
import type { WatchDeps } from './deps';
import { CAMPAIGN_RUNNING } from './rules';

export const SLOW_ROUND_MS = 15 * 60 * 1000;
/**
 * Campaigns asked at once. All at once, an account of 20 Running campaigns got 20 requests in the same instant, and
 * each put an abort listener on the round's one signal: Node warned of a listener leak past 10.
 */
export const WATCH_PARALLEL = 4;

export interface CampaignLive {
  readonly id: string;
  readonly name: string;
  readonly status: number | null;
  readonly ongoing: OngoingCalls | undefined;
  readonly analytics: InboundAnalytics | undefined;
}

export interface WatchData {
  readonly account: Account | undefined;
  readonly campaigns: readonly CampaignLive[];
  readonly error: string | undefined;
  readonly fetchedAt: number;
}

export type RoundResult = { readonly ok: true; readonly data: WatchData } | { readonly ok: false; readonly error: unknown; readonly data: WatchData | undefined };

export class WatchPoller {
  private campaigns: CampaignSummary[] | undefined;
  private analytics = new Map<string, InboundAnalytics>();
  private slowAt: number | undefined;
  private last: WatchData | undefined;

  constructor(
    private readonly deps: WatchDeps,
    private readonly now: () => number,
  ) {}

  reset(): void {
    this.campaigns = undefined;
    this.analytics.clear();
    this.slowAt = undefined;
    this.last = undefined;
  }

  async round(signal: AbortSignal): Promise<RoundResult> {
    const api = this.deps.api();
    const options = { signal, background: true } as const;
    try {
      const slow = this.slowAt === undefined || this.now() - this.slowAt >= SLOW_ROUND_MS;
      if (slow || !this.campaigns) this.campaigns = await api.listInboundCampaigns(options);
      const running = this.campaigns.filter((c) => c.status === CAMPAIGN_RUNNING);
      const [account, ongoing] = await Promise.all([
        api.getAccount(options),
        mapLimit(running, WATCH_PARALLEL, (c) => api.getOngoingCalls(c.id, options)),
      ]);
      if (slow) {
        // The analytics are for the runway and the rate rules: a failure there keeps the live figures.
        const fresh = new Map<string, InboundAnalytics>();
        await mapLimit(running, WATCH_PARALLEL, async (c) => {
          try {
            fresh.set(c.id, await this.deps.recentAnalytics(c.id, signal));
          } catch (error) {
            if (!this.deps.isCancelled(error)) this.deps.log.warn('watch', `analytics of ${c.id}: ${this.deps.errorText(error)}`);
            const old = this.analytics.get(c.id);
            if (old) fresh.set(c.id, old);
          }
        });
        this.analytics = fresh;
        this.slowAt = this.now();
      }
      const live = new Map(running.map((c, i) => [c.id, ongoing[i]]));
      this.last = {
        account,
        campaigns: this.campaigns.map((c) => ({ id: c.id, name: c.name ?? c.id, status: c.status, ongoing: live.get(c.id), analytics: this.analytics.get(c.id) })),
        error: undefined,
        fetchedAt: this.now(),
      };
      return { ok: true, data: this.last };
    } catch (error) {
      return { ok: false, error, data: this.last && { ...this.last, error: this.deps.errorText(error) } };
    }
  }
}
