/**
 * Demo data: deterministic, internally consistent, additive over time, shaped like the real API
 * (it passes the client's own schema), and served by routes that behave like NLPearl's.
 */
import assert from 'node:assert/strict';
import { listNotProvided } from '../../src/api/notProvided';
import { analyticsSchema } from '../../src/api/schemas';
import {
  DEMO_CAMPAIGNS,
  DEMO_CAMPAIGN_IDS,
  DEMO_DATA_START,
  DEMO_OUTBOUND_CAMPAIGNS,
  DEMO_OUTBOUND_PEARL,
  demoAnalyticsJson,
  makeDemoCampaign,
  type DemoAnalyticsJson,
  type DemoCampaign,
} from '../../src/demo/data';
import { createDemoFetch, DEMO_TOKEN } from '../../src/demo/fetch';
import { createApiRouter, handleApiRequest } from '../../src/demo/routes';

const DENTAL = DEMO_CAMPAIGNS[0] as DemoCampaign;
const GARAGE = DEMO_CAMPAIGNS.find((c) => c.profile.successShare === null) as DemoCampaign;
const DAY_MS = 24 * 60 * 60 * 1000;
const STATUS_KEYS = ['successful', 'unsuccessful', 'completed', 'needFollowUp', 'wrongNumber', 'error'] as const;

function range(from: string, to: string) {
  return { from, to };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** What the client's merge does with counters: add them up per key. */
function addCounters<T extends Record<string, number>>(a: T, b: T): T {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out as T;
}

function sumTimeline(json: DemoAnalyticsJson): Record<string, number> {
  const total: Record<string, number> = {};
  for (const bucket of json.callsStatusTimeLine) {
    for (const [k, v] of Object.entries(bucket)) if (k !== 'date') total[k] = (total[k] ?? 0) + (v as number);
  }
  return total;
}

/** The parts of a response that are plain counts, keyed so two responses can be added. */
function countsOf(json: DemoAnalyticsJson) {
  const labels: Record<string, number> = {};
  for (const l of json.callLabelCount) labels[l.id] = l.count;
  const grid: Record<string, number> = {};
  for (const c of json.callsByHourDayOfWeeks) grid[`${c.dayOfWeek}/${c.hourOfDay}`] = c.count;
  const perDay: Record<string, number> = {};
  for (const b of json.callsStatusTimeLine) perDay[`${b.date} calls`] = b.totalCalls;
  for (const b of json.callsCostTimeLine) perDay[`${b.date} price`] = b.totalPrice;
  return {
    status: json.callsStatusOverview as unknown as Record<string, number>,
    sentiment: json.callsSentimentOverview as unknown as Record<string, number>,
    events: json.callEventsCounts as unknown as Record<string, number>,
    labels,
    grid,
    perDay,
  };
}

function addCounts(a: ReturnType<typeof countsOf>, b: ReturnType<typeof countsOf>): ReturnType<typeof countsOf> {
  return {
    status: addCounters(a.status, b.status),
    sentiment: addCounters(a.sentiment, b.sentiment),
    events: addCounters(a.events, b.events),
    labels: addCounters(a.labels, b.labels),
    grid: addCounters(a.grid, b.grid),
    perDay: addCounters(a.perDay, b.perDay),
  };
}

describe('demo data', () => {
  const LAST_30 = range('2026-03-01T00:00:00.000Z', '2026-03-30T23:59:59.999Z');

  it('offers four inbound campaigns with 24-hex ids, distinct names and mixed statuses', () => {
    assert.equal(DEMO_CAMPAIGNS.length, 4);
    for (const c of DEMO_CAMPAIGNS) {
      assert.match(c.id, /^[0-9a-f]{24}$/);
      assert.equal(c.type, 1);
      assert.ok(c.profile.labels.length >= 5 && c.profile.labels.length <= 7, c.name);
      for (const l of c.profile.labels) assert.match(l.color, /^#[0-9a-f]{6}$/);
    }
    assert.equal(new Set(DEMO_CAMPAIGNS.map((c) => c.name)).size, 4);
    assert.deepEqual(new Set(DEMO_CAMPAIGNS.map((c) => c.status)), new Set([1, 2, 10]));
    assert.deepEqual(DEMO_CAMPAIGN_IDS, DEMO_CAMPAIGNS.map((c) => c.id));
  });

  it('gives the same answer every time, also for a fresh copy of the campaign', () => {
    const first = demoAnalyticsJson(DENTAL.id, LAST_30, 'v2');
    assert.deepEqual(demoAnalyticsJson(DENTAL.id, LAST_30, 'v2'), first);
    // A structurally equal campaign object bypasses the memo, so this checks the seeding itself.
    const copy: DemoCampaign = JSON.parse(JSON.stringify(DENTAL));
    assert.deepEqual(demoAnalyticsJson(copy.id, LAST_30, 'v2', copy), first);
  });

  it('gives different campaigns different numbers', () => {
    const totals = DEMO_CAMPAIGNS.map((c) => demoAnalyticsJson(c.id, LAST_30, 'v1').callsStatusOverview.totalCalls);
    assert.equal(new Set(totals).size, totals.length);
    for (const t of totals) assert.ok(t > 100, `a month should have plenty of calls, got ${t}`);
  });

  for (const campaign of DEMO_CAMPAIGNS) {
    it(`is internally consistent: ${campaign.name}`, () => {
      const json = demoAnalyticsJson(campaign.id, range('2026-01-10T05:30:00Z', '2026-02-20T17:45:00Z'), 'v2');
      const overview = json.callsStatusOverview;
      assert.deepEqual(sumTimeline(json), overview, 'the timeline adds up to the overview');
      assert.equal(
        overview.totalCalls,
        STATUS_KEYS.reduce((sum, k) => sum + overview[k], 0),
        'every call has exactly one status',
      );
      for (const k of ['voiceMailLeft', 'needRetry', 'unreachable', 'totalLeads', 'wrongCountryCode'] as const) {
        assert.equal(overview[k], 0, `${k} never happens on inbound calls`);
      }
      const sentiment = Object.values(json.callsSentimentOverview).reduce((a, b) => a + b, 0);
      assert.ok(sentiment > 0 && sentiment <= overview.totalCalls);
      const grid = json.callsByHourDayOfWeeks.reduce((sum, c) => sum + c.count, 0);
      assert.equal(grid, overview.totalCalls, 'the hour × weekday grid counts every call once');
      for (const c of json.callsByHourDayOfWeeks) {
        assert.ok(c.count > 0 && c.hourOfDay >= 0 && c.hourOfDay <= 23 && c.dayOfWeek >= 0 && c.dayOfWeek <= 6);
      }
      assert.ok(json.callLabelCount.length >= 1);
      for (const l of json.callLabelCount) assert.ok(l.count > 0 && l.count <= overview.totalCalls);

      const dates = json.callsStatusTimeLine.map((b) => b.date);
      assert.equal(dates[0], '2026-01-10T00:00:00Z');
      assert.equal(dates.at(-1), '2026-02-20T00:00:00Z');
      assert.equal(dates.length, 42, 'one bucket per UTC day touched by the range');
      assert.deepEqual([...dates].sort(), dates);
      for (const section of [json.callsAverageTimeLine, json.callsCostTimeLine, json.callsSuccessRateTimeLine, json.callsPickupRateTimeLine ?? []]) {
        assert.deepEqual(section.map((b) => b.date), dates);
      }
      json.callsStatusTimeLine.forEach((b, i) => {
        const cost = json.callsCostTimeLine[i];
        const success = json.callsSuccessRateTimeLine[i];
        const pickup = json.callsPickupRateTimeLine?.[i];
        const duration = json.callsAverageTimeLine[i];
        assert.ok(cost && success && pickup && duration);
        assert.equal(cost.averageCostPerCall, b.totalCalls === 0 ? 0 : cost.totalPrice / b.totalCalls);
        const decided = b.successful + b.unsuccessful;
        assert.equal(success.successRatePercentage, decided === 0 ? 0 : (100 * b.successful) / decided);
        assert.ok(pickup.pickupRatePercentage >= 0 && pickup.pickupRatePercentage <= 100);
        assert.ok(success.successRatePercentage >= 0 && success.successRatePercentage <= 100);
        if (b.totalCalls > 0) {
          assert.ok(duration.averageCallDuration > 10 && duration.averageCallDuration < 900, `${duration.averageCallDuration} s`);
          assert.ok(cost.averageCostPerCall > 0 && cost.averageCostPerCall < 5);
        }
      });
    });
  }

  it('matches the client schema with nothing missing (v2) and only the pickup timeline missing (v1)', () => {
    const v2 = analyticsSchema.parse(demoAnalyticsJson(DENTAL.id, LAST_30, 'v2'));
    assert.deepEqual(listNotProvided(v2), []);
    assert.equal(v2.callType, 1);
    const v1Json = demoAnalyticsJson(DENTAL.id, LAST_30, 'v1');
    assert.ok(!('callsPickupRateTimeLine' in v1Json));
    assert.deepEqual(listNotProvided(analyticsSchema.parse(v1Json)), ['callsPickupRateTimeLine']);
  });

  it('shows a campaign without a Success Definition as completed calls only', () => {
    const overview = demoAnalyticsJson(GARAGE.id, LAST_30, 'v1').callsStatusOverview;
    assert.equal(overview.successful + overview.unsuccessful, 0);
    assert.ok(overview.completed > 0);
  });

  it('is busiest on weekday mornings (UTC) and quiet at weekends', () => {
    const json = demoAnalyticsJson(DENTAL.id, range('2026-01-05T00:00:00Z', '2026-03-29T23:59:59Z'), 'v1');
    const busiest = [...json.callsByHourDayOfWeeks].sort((a, b) => b.count - a.count)[0];
    assert.ok(busiest);
    assert.ok(busiest.dayOfWeek >= 1 && busiest.dayOfWeek <= 5, `busiest day ${busiest.dayOfWeek}`);
    assert.ok(busiest.hourOfDay >= 7 && busiest.hourOfDay <= 12, `busiest hour ${busiest.hourOfDay}`);
    const byDay = [0, 0, 0, 0, 0, 0, 0];
    for (const c of json.callsByHourDayOfWeeks) byDay[c.dayOfWeek] = (byDay[c.dayOfWeek] ?? 0) + c.count;
    const [sunday = 0, monday = 0] = byDay;
    assert.ok(sunday * 3 < monday, `Sunday ${sunday} vs Monday ${monday}`);
  });

  it('has no calls before the data starts, and a campaign launched later starts empty', () => {
    const before = demoAnalyticsJson(DENTAL.id, range('2024-10-01T00:00:00Z', '2024-12-31T23:59:59Z'), 'v2');
    assert.equal(before.callsStatusOverview.totalCalls, 0);
    assert.deepEqual(before.callsStatusTimeLine, []);
    assert.deepEqual(before.callLabelCount, []);
    assert.deepEqual(before.callsByHourDayOfWeeks, []);
    assert.deepEqual(before.callsPickupRateTimeLine, []);
    const straddling = demoAnalyticsJson(DENTAL.id, range('2024-12-30T00:00:00Z', '2025-01-03T00:00:00Z'), 'v1');
    assert.equal(straddling.callsStatusTimeLine[0]?.date, DEMO_DATA_START);
    const late = DEMO_CAMPAIGNS.find((c) => c.dataStart > '2025-05-01') as DemoCampaign;
    assert.equal(demoAnalyticsJson(late.id, range('2025-03-01T00:00:00Z', '2025-04-01T00:00:00Z'), 'v1').callsStatusOverview.totalCalls, 0);
  });

  it('includes exactly the hours that start within [from, to]', () => {
    const at = (from: string, to: string) => demoAnalyticsJson(DENTAL.id, range(from, to), 'v1').callsStatusOverview.totalCalls;
    // 09:00 on a Monday is busy: an instant range on the hour's start includes it, one just after does not.
    const nine = at('2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z');
    assert.ok(nine > 0);
    assert.equal(at('2026-03-02T09:00:00.001Z', '2026-03-02T09:59:59.999Z'), 0);
    assert.equal(at('2026-03-02T08:00:00.001Z', '2026-03-02T09:00:00.000Z'), nine);
  });

  const SPLITS: [string, string, number][] = [
    ['mid-day, off the hour', '2026-02-01T00:00:00.000Z', Date.parse('2026-02-14T13:27:41.503Z')],
    ['exactly on an hour start', '2026-02-01T06:00:00.000Z', Date.parse('2026-02-20T09:00:00.000Z')],
    ['at midnight', '2025-12-20T00:00:00.000Z', Date.parse('2026-01-01T00:00:00.000Z')],
    ['one millisecond before an hour', '2026-01-03T10:00:00.000Z', Date.parse('2026-01-05T08:59:59.999Z')],
  ];
  for (const [name, from, splitAt] of SPLITS) {
    it(`adds up when a range is split ${name}`, () => {
      for (const campaign of [DENTAL, GARAGE]) {
        const to = iso(Date.parse(from) + 60 * DAY_MS);
        const whole = demoAnalyticsJson(campaign.id, range(from, to), 'v2');
        // The client's windows do not overlap: the second starts 1 ms after the first ends.
        const left = demoAnalyticsJson(campaign.id, range(from, iso(splitAt)), 'v2');
        const right = demoAnalyticsJson(campaign.id, range(iso(splitAt + 1), to), 'v2');
        assert.ok(whole.callsStatusOverview.totalCalls > 0);
        assert.deepEqual(addCounts(countsOf(left), countsOf(right)), countsOf(whole));
      }
    });
  }

  it('makes any number of stable extra campaigns for tests', () => {
    const many = Array.from({ length: 500 }, (_, i) => makeDemoCampaign(i));
    assert.equal(new Set(many.map((c) => c.id)).size, 500);
    for (const c of many) assert.match(c.id, /^[0-9a-f]{24}$/);
    assert.deepEqual(makeDemoCampaign(42), makeDemoCampaign(42));
  });
});

describe('demo routes', () => {
  const ANALYTICS = `/v1/Inbound/${DENTAL.id}/Analytics`;
  const body = (from: string, to: string) => JSON.stringify({ from, to });

  it('lists inbound and outbound campaigns apart on v1 and all Pearls (two outbound) on v2', () => {
    const v1 = handleApiRequest({ method: 'GET', path: '/v1/Inbound', body: undefined });
    assert.equal(v1.status, 200);
    assert.deepEqual((v1.body as { id: string }[]).map((c) => c.id), DEMO_CAMPAIGN_IDS);
    const v1Outbound = handleApiRequest({ method: 'GET', path: '/v1/Outbound', body: undefined });
    assert.equal(v1Outbound.status, 200);
    assert.deepEqual((v1Outbound.body as { id: string }[]).map((c) => c.id), DEMO_OUTBOUND_CAMPAIGNS.map((c) => c.id));
    const v2 = handleApiRequest({ method: 'GET', path: '/v2/Pearl', body: undefined });
    const pearls = v2.body as { id: string; type: number; createdAt: string }[];
    assert.equal(pearls.length, 6);
    assert.deepEqual(pearls.filter((p) => p.type === 2).map((p) => p.id), DEMO_OUTBOUND_CAMPAIGNS.map((c) => c.id));
    assert.ok(DEMO_OUTBOUND_CAMPAIGNS.some((c) => c.id === DEMO_OUTBOUND_PEARL.id));
    assert.deepEqual(pearls.filter((p) => p.type === 1).map((p) => p.id), DEMO_CAMPAIGN_IDS);
  });

  it('answers account, campaign details and live counters', () => {
    const now = () => Date.parse('2026-03-02T10:30:00Z');
    const route = createApiRouter({ now });
    const account = route({ method: 'GET', path: '/v1/Account', body: undefined });
    assert.equal(account.status, 200);
    assert.deepEqual(Object.keys(account.body as object), ['name', 'totalAgents', 'creditBalance', 'status']);
    const v1 = route({ method: 'GET', path: `/v1/Inbound/${DENTAL.id}`, body: undefined }).body as Record<string, unknown>;
    assert.equal(v1.name, DENTAL.name);
    assert.equal(v1.phoneNumber, DENTAL.phoneNumber);
    const today = demoAnalyticsJson(DENTAL.id, range('2026-03-02T00:00:00Z', '2026-03-02T10:30:00Z'), 'v1');
    assert.equal(v1.totalTodayCalls, today.callsStatusOverview.totalCalls);
    const v2 = route({ method: 'GET', path: `/v2/Pearl/${DENTAL.id}`, body: undefined }).body as Record<string, unknown>;
    assert.equal(v2.type, 1);
    assert.equal(typeof v2.budgetConsumed, 'number');
    const live = route({ method: 'GET', path: `/v2/Pearl/${DENTAL.id}/OngoingCalls`, body: undefined });
    assert.deepEqual(Object.keys(live.body as object), ['totalOngoingCalls', 'totalOnQueue']);
    const paused = DEMO_CAMPAIGNS.find((c) => c.status === 2) as DemoCampaign;
    assert.deepEqual(route({ method: 'GET', path: `/v1/Inbound/${paused.id}/OngoingCalls`, body: undefined }).body, {
      totalOngoingCalls: 0,
      totalOnQueue: 0,
    });
  });

  it('serves analytics for v1 and v2, routes case-insensitively', () => {
    const r = range('2026-03-01T00:00:00.000Z', '2026-03-08T00:00:00.000Z');
    const v1 = handleApiRequest({ method: 'POST', path: ANALYTICS, body: JSON.stringify(r) });
    assert.equal(v1.status, 200);
    assert.deepEqual(v1.body, demoAnalyticsJson(DENTAL.id, r, 'v1'));
    const v2 = handleApiRequest({ method: 'post', path: `/V2/pearl/${DENTAL.id}/analytics?x=1`, body: JSON.stringify(r) });
    assert.deepEqual(v2.body, demoAnalyticsJson(DENTAL.id, r, 'v2'));
  });

  it('accepts exactly 90 days and refuses one millisecond more with problem details', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    assert.equal(handleApiRequest({ method: 'POST', path: ANALYTICS, body: body(iso(from), iso(from + 90 * DAY_MS)) }).status, 200);
    const refused = handleApiRequest({ method: 'POST', path: ANALYTICS, body: body(iso(from), iso(from + 90 * DAY_MS + 1)) });
    assert.equal(refused.status, 400);
    const problem = refused.body as Record<string, unknown>;
    assert.equal(problem.title, 'One or more validation errors occurred.');
    assert.equal(problem.status, 400);
    assert.match(String(problem.type), /^https:\/\//);
    assert.match(String(problem.detail), /90 days/);
    assert.deepEqual(Object.keys(problem.errors as object), ['To']);
  });

  const BAD_BODIES: [string, string | undefined, string][] = [
    ['no body', undefined, ''],
    ['not JSON', '{from:', '$'],
    ['an array', '[]', '$'],
    ['a missing "to"', JSON.stringify({ from: '2026-01-01T00:00:00Z' }), 'To'],
    ['an invalid date', body('2026-02-30T00:00:00Z', '2026-03-05T00:00:00Z'), 'From'],
    ['a number for a date', JSON.stringify({ from: 1, to: '2026-03-05T00:00:00Z' }), 'From'],
    ['from equal to to', body('2026-03-05T00:00:00Z', '2026-03-05T00:00:00Z'), 'To'],
    ['from after to', body('2026-03-06T00:00:00Z', '2026-03-05T00:00:00Z'), 'To'],
  ];
  for (const [name, text, key] of BAD_BODIES) {
    it(`refuses ${name} with 400 problem details naming "${key}"`, () => {
      const answer = handleApiRequest({ method: 'POST', path: ANALYTICS, body: text });
      assert.equal(answer.status, 400);
      const problem = answer.body as { title: string; detail: string; errors: Record<string, string[]> };
      assert.equal(problem.title, 'One or more validation errors occurred.');
      assert.ok(problem.detail.length > 0);
      assert.ok(Array.isArray(problem.errors[key]) && (problem.errors[key]?.length ?? 0) > 0, JSON.stringify(problem.errors));
    });
  }

  it('reads the body case-insensitively, like ASP.NET', () => {
    const answer = handleApiRequest({ method: 'POST', path: ANALYTICS, body: '{"From":"2026-03-01T00:00:00Z","TO":"2026-03-02T00:00:00Z"}' });
    assert.equal(answer.status, 200);
  });

  it('answers 404 with an empty body for unknown ids and routes, 405 for a wrong method', () => {
    const ok = body('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z');
    for (const [method, path, text] of [
      ['GET', '/v1/Inbound/000000000000000000000000', undefined],
      ['POST', '/v1/Inbound/000000000000000000000000/Analytics', ok],
      ['GET', `/v1/Inbound/${DEMO_OUTBOUND_PEARL.id}`, undefined],
      ['GET', '/v2/Pearl/nope/OngoingCalls', undefined],
      ['GET', `/v1/Outbound/${DENTAL.id}`, undefined],
      ['GET', '/v3/Pearl', undefined],
      ['GET', '/', undefined],
      ['GET', '/v1/Inbound/%E0%A4%A', undefined],
    ] as const) {
      assert.deepEqual(handleApiRequest({ method, path, body: text }), { status: 404, body: undefined }, `${method} ${path}`);
    }
    assert.equal(handleApiRequest({ method: 'GET', path: ANALYTICS, body: undefined }).status, 405);
    assert.equal(handleApiRequest({ method: 'DELETE', path: '/v1/Inbound', body: undefined }).status, 405);
  });

  it('serves custom campaign lists and analytics overrides', () => {
    const many = Array.from({ length: 500 }, (_, i) => makeDemoCampaign(i));
    const seen: string[] = [];
    const route = createApiRouter({
      campaigns: many,
      analyticsOverride: (id, r, version) => {
        seen.push(`${id} ${r.from} ${version}`);
        return id === many[7]?.id ? { callsStatusOverview: { totalCalls: 'abc' } } : undefined;
      },
    });
    assert.equal((route({ method: 'GET', path: '/v1/Inbound', body: undefined }).body as unknown[]).length, 500);
    const ok = body('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z');
    const custom = route({ method: 'POST', path: `/v2/Pearl/${many[7]?.id}/Analytics`, body: ok });
    assert.deepEqual(custom, { status: 200, body: { callsStatusOverview: { totalCalls: 'abc' } } });
    const generated = route({ method: 'POST', path: `/v1/Inbound/${many[8]?.id}/Analytics`, body: ok });
    assert.equal(generated.status, 200);
    assert.ok((generated.body as DemoAnalyticsJson).callsStatusOverview.totalCalls >= 0);
    assert.deepEqual(seen, [`${many[7]?.id} 2026-03-01T00:00:00.000Z v2`, `${many[8]?.id} 2026-03-01T00:00:00.000Z v1`]);
    assert.equal(route({ method: 'GET', path: `/v1/Inbound/${DENTAL.id}`, body: undefined }).status, 404);
  });
});

describe('demo fetch', () => {
  it('answers like the API, as text/plain JSON, with no network', async () => {
    const fetch = createDemoFetch();
    const response = await fetch('https://api.nlpearl.ai/v1/Account', { method: 'GET', headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(JSON.parse(await response.text()).creditBalance, 4821.5);
    const r = range('2026-03-01T00:00:00Z', '2026-03-05T00:00:00Z');
    const analytics = await fetch(`https://api.nlpearl.ai/v2/Pearl/${DENTAL.id}/Analytics`, { method: 'POST', body: JSON.stringify(r) });
    assert.deepEqual(JSON.parse(await analytics.text()), demoAnalyticsJson(DENTAL.id, r, 'v2'));
    const missing = await fetch('https://api.nlpearl.ai/v1/Inbound/unknown', { method: 'GET' });
    assert.equal(missing.status, 404);
    assert.equal(await missing.text(), '');
  });

  it('rejects with an AbortError when the signal is aborted before or while waiting', async () => {
    const before = new AbortController();
    before.abort();
    await assert.rejects(createDemoFetch()('https://x/v1/Account', { method: 'GET', signal: before.signal }), { name: 'AbortError' });
    const during = new AbortController();
    const pending = createDemoFetch({ latencyMs: 60_000 })('https://x/v1/Account', { method: 'GET', signal: during.signal });
    during.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('checks the token only when asked to', async () => {
    const fetch = createDemoFetch({ token: DEMO_TOKEN });
    const refused = await fetch('https://x/v1/Account', { method: 'GET', headers: { Authorization: 'Bearer wrong' } });
    assert.equal(refused.status, 401);
    assert.equal(await refused.text(), '');
    const accepted = await fetch('https://x/v1/Account', { method: 'GET', headers: { Authorization: `Bearer ${DEMO_TOKEN}` } });
    assert.equal(accepted.status, 200);
  });
});
