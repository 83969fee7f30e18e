/**
 * The hand-written fast path (src/api/fastAnalytics.ts) must give exactly what the zod schema
 * gives: the same values, the same keys in the same order, and — since it hands every doubtful
 * body to zod — the same message when the body is refused.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readAnalyticsFast, safeParseAnalytics } from '../../src/api/fastAnalytics';
import { EVENT_KEYS, SENTIMENT_KEYS, STATUS_COUNTER_KEYS, analyticsSchema, firstIssue } from '../../src/api/schemas';
import { ANALYTICS_SECTIONS } from '../../src/shared/vocabulary';
import { demoAnalyticsJson, makeDemoCampaign } from '../../src/demo/data';

const validNumber = fc.oneof(
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: 0, max: 1e6 }).map(String),
  fc.constantFrom(' 7 ', '1e-1', '.5', '+3.', '-0', '12.50'),
);
const validDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().replace('.000Z', 'Z'), d.toUTCString(), d.toISOString().slice(0, 10)));
/** Anything at all: wrong types, non-finite numbers, strings that are neither numbers nor dates. */
const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, true, false, NaN, Infinity, -Infinity, '', 'abc', '1,5', 'yesterday-ish', '0x10', '2026-13-45T00:00:00Z'),
  fc.string({ maxLength: 6 }),
  fc.double(),
  // Fresh objects each time: a shared constant would be changed by the one-defect test below.
  fc.constantFrom('[]', '{}', '[1,2]', '{"nested":1}').map((json): unknown => JSON.parse(json)),
);
/**
 * A body shaped like the API's. `dirty` ones have a wrong value here and there (so most are refused,
 * at varying paths); clean ones only leave values out or send null (so they are accepted).
 */
const REQUIRED_KEYS = new Set(['date', 'id', 'hourOfDay', 'dayOfWeek']);

function bodyOf(dirty: boolean): fc.Arbitrary<Record<string, unknown>> {
  const rare = dirty ? 1 : 0;
  const field = (valid: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: valid, weight: 40 }, { arbitrary: fc.constantFrom(undefined, null), weight: 4 }, { arbitrary: anything, weight: rare });
  // Dates, ids and heatmap coordinates are required: a clean body always has them.
  const required = (valid: fc.Arbitrary<unknown>) => (dirty ? field(valid) : valid);
  const recordOf = (shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> => {
    const all: Record<string, fc.Arbitrary<unknown>> = { ...shape, unknownField: fc.oneof(fc.integer(), fc.string(), anything) };
    const requiredKeys = dirty ? [] : Object.keys(shape).filter((k) => REQUIRED_KEYS.has(k));
    return fc.record(all, { requiredKeys });
  };
  const counters = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, field(validNumber)]));
  const container = (valid: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: valid, weight: 20 }, { arbitrary: fc.constantFrom(undefined, null), weight: 3 }, { arbitrary: anything, weight: rare });
  const list = (item: fc.Arbitrary<unknown>) =>
    container(fc.array(fc.oneof({ arbitrary: item, weight: 30 }, { arbitrary: anything, weight: rare }), { maxLength: 5 }));
  const bucket = (keys: readonly string[]) => recordOf({ date: required(validDate), ...counters(keys) });
  const text = fc.oneof(fc.string({ maxLength: 8 }), fc.integer());
  return recordOf({
    callsStatusOverview: container(recordOf(counters(STATUS_COUNTER_KEYS))),
    callsSentimentOverview: container(recordOf(counters(SENTIMENT_KEYS))),
    callsStatusTimeLine: list(bucket(STATUS_COUNTER_KEYS)),
    callsAverageTimeLine: list(bucket(['averageCallDuration'])),
    callsCostTimeLine: list(bucket(['totalPrice', 'averageCostPerCall'])),
    callsSuccessRateTimeLine: list(bucket(['successRatePercentage'])),
    callsPickupRateTimeLine: list(bucket(['pickupRatePercentage'])),
    callLabelCount: list(recordOf({ id: required(text), name: field(text), color: field(fc.oneof(fc.string({ maxLength: 7 }), fc.integer())), count: field(validNumber) })),
    callEventsCounts: container(recordOf(counters(EVENT_KEYS))),
    callsByHourDayOfWeeks: list(recordOf({ hourOfDay: required(fc.integer({ min: 0, max: 23 })), dayOfWeek: required(fc.integer({ min: 0, max: 6 })), count: field(validNumber) })),
    callType: field(fc.constantFrom(1, 2, '1')),
  });
}

const bodyArb: fc.Arbitrary<unknown> = fc.oneof({ weight: 10, arbitrary: bodyOf(false) }, { weight: 10, arbitrary: bodyOf(true) }, { weight: 1, arbitrary: anything });

type Path = Array<string | number>;

/** Every place in a body that holds a value (not an object or a list of its own). */
function leafPaths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...at, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...at, k]));
  return at.length > 0 ? [at] : [];
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

/** Asserts both paths agree on `body`; returns whether it was accepted. */
function assertSame(body: unknown): boolean {
  const expected = analyticsSchema.safeParse(body);
  const actual = safeParseAnalytics(body);
  assert.equal(actual.success, expected.success);
  if (actual.success && expected.success) {
    assert.deepStrictEqual(actual.data, expected.data);
    // Same key order too: the merged result is what "Open JSON" shows.
    assert.equal(JSON.stringify(actual.data), JSON.stringify(expected.data));
  } else if (!actual.success && !expected.success) {
    assert.equal(firstIssue(actual.error), firstIssue(expected.error));
  }
  return expected.success;
}

describe('analytics fast path', () => {
  it('gives the same result and the same message as the zod schema on random bodies', function () {
    this.timeout(60_000);
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(bodyArb, (body) => {
        if (assertSame(body)) accepted++;
        else refused++;
        // What JSON.parse hands the client: plain objects, no undefined, no NaN.
        const wire: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body) ?? 'null');
        assertSame(wire);
      }),
      { numRuns: 1500, seed: 20261128 },
    );
    // Both outcomes were really exercised, so the comparison above means something.
    assert.ok(accepted > 200 && refused > 200, `accepted ${accepted}, refused ${refused}`);
  });

  it('agrees when a good body has exactly one bad value, wherever it is', function () {
    this.timeout(60_000);
    const oneDefect = fc.tuple(bodyOf(false), fc.nat(), anything).map(([generated, pick, bad]) => {
      const body = structuredClone(generated);
      const paths = leafPaths(body);
      if (paths.length > 0) setAt(body, paths[pick % paths.length], bad);
      return body;
    });
    let refused = 0;
    fc.assert(
      fc.property(oneDefect, (body) => {
        if (!assertSame(body)) refused++;
      }),
      { numRuns: 1500, seed: 11 },
    );
    assert.ok(refused > 200, `refused ${refused}`);
  });

  it('decides every body zod accepts once it has come through JSON.parse (zod is only needed for messages)', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(bodyArb, (body) => {
        const wire: unknown = JSON.parse(JSON.stringify(body) ?? 'null');
        if (analyticsSchema.safeParse(wire).success) assert.notEqual(readAnalyticsFast(wire), undefined);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('agrees on a year of demo data for several campaigns, with a thousand labels', function () {
    this.timeout(60_000);
    const range = { from: '2025-01-01T00:00:00.000Z', to: '2025-12-31T23:59:59.999Z' };
    for (let i = 0; i < 4; i++) {
      const campaign = makeDemoCampaign(i);
      const json = demoAnalyticsJson(campaign.id, range, i % 2 ? 'v2' : 'v1', campaign);
      const labels = Array.from({ length: 1000 }, (_, n) => ({ id: `l${n}`, name: n % 3 ? `Label ${n}` : null, color: n % 2 ? '#ff8800' : n, count: String(n) }));
      const body: unknown = JSON.parse(JSON.stringify({ ...json, callLabelCount: labels }));
      assert.equal(assertSame(body), true);
      assert.notEqual(readAnalyticsFast(body), undefined);
    }
  });

  it('keeps every section key, null when not provided', () => {
    const data = readAnalyticsFast({});
    assert.deepEqual(Object.keys(data ?? {}), [...ANALYTICS_SECTIONS, 'callType']);
  });
});
