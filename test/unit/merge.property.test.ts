/**
 * For random campaigns and ranges, asking for the windows of a split range and merging the
 * answers gives the answer for the whole range — including day buckets cut by a window edge.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeAnalytics } from '../../src/api/merge';
import { DAY_MS, MAX_RANGE_MS, splitRange, type DateRange } from '../../src/api/range';
import { analyticsSchema, type InboundAnalytics } from '../../src/api/schemas';
import type { ApiVersion } from '../../src/api/types';
import { demoAnalyticsJson, makeDemoCampaign, type DemoCampaign } from '../../src/demo/data';
import { assertAnalyticsClose } from './analyticsEquality';

const HOUR_MS = 60 * 60 * 1000;
const START = Date.parse('2025-01-01T00:00:00.000Z');
const END = Date.parse('2026-12-31T00:00:00.000Z');

function answer(campaign: DemoCampaign, range: DateRange, version: ApiVersion): InboundAnalytics {
  return analyticsSchema.parse(demoAnalyticsJson(campaign.id, range, version, campaign));
}

interface Case {
  readonly campaign: DemoCampaign;
  readonly version: ApiVersion;
  readonly range: DateRange;
  readonly maxMs: number;
}

/** Long ranges split the way the client splits them; short ones cut into many small windows. */
const caseArb: fc.Arbitrary<Case> = fc
  .record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    profile: fc.nat(3),
    version: fc.constantFrom<ApiVersion>('v1', 'v2'),
    from: fc.integer({ min: START, max: END - 2 * DAY_MS }),
    long: fc.boolean(),
    lengthFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    pieces: fc.integer({ min: 2, max: 25 }),
    jitter: fc.integer({ min: 0, max: HOUR_MS }),
  })
  .map(({ seed, profile, version, from, long, lengthFraction, pieces, jitter }) => {
    const room = END - from;
    const length = long
      ? Math.min(room, MAX_RANGE_MS + 1 + Math.floor(lengthFraction * (640 * DAY_MS)))
      : Math.max(2, Math.floor(lengthFraction * Math.min(room, MAX_RANGE_MS)));
    const maxMs = long ? MAX_RANGE_MS : Math.max(2, Math.floor(length / pieces) + jitter);
    const campaign = makeDemoCampaign(profile, { id: `property-${seed}` });
    return { campaign, version, range: { from: new Date(from).toISOString(), to: new Date(from + length).toISOString() }, maxMs };
  });

describe('split and merge equals the whole range (property)', function () {
  // Simulating up to two years of calls per run takes a moment.
  this.timeout(60_000);

  it('holds for random campaigns, ranges and window sizes', () => {
    fc.assert(
      fc.property(caseArb, ({ campaign, version, range, maxMs }) => {
        const windows = splitRange(range, maxMs);
        assert.ok(windows.length >= 1);
        const merged = mergeAnalytics(windows.map((w) => answer(campaign, w, version)));
        assertAnalyticsClose(merged, answer(campaign, range, version));
      }),
      // A failure prints its seed and path, so it can be replayed with { seed, path }.
      { numRuns: 50 },
    );
  });

  it('merging a single window changes nothing but the order of its buckets', () => {
    const campaign = makeDemoCampaign(1, { id: 'property-single' });
    const range = { from: '2025-05-03T07:30:00.000Z', to: '2025-06-20T18:00:00.000Z' };
    assertAnalyticsClose(mergeAnalytics([answer(campaign, range, 'v2')]), answer(campaign, range, 'v2'));
  });
});
