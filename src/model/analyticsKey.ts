import type { RangeSelection } from './types';

/**
 * The analytics cache's key for a campaign and range: a preset is its own key (it moves with the day), a custom
 * range its dates. Apart from the cache so the lazily loaded tree can key its figures without a copy of the cache.
 */
export function analyticsKey(campaignId: string, range: RangeSelection): string {
  return `${campaignId}\u0000${range.preset ?? `${range.from}/${range.to}`}`;
}
