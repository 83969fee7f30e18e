/**
 * Drill-down from the dashboard to the calls (issue 14): the keys the chart model carries, the drillDown
 * message gate, the arguments Show Calls gets, the heatmap cell's filter and its size limit, the count
 * line — and, in demo data, that what a click opens counts exactly what the chart showed.
 */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import { createClient } from '../../src/api/client';
import type { CallPage } from '../../src/api/calls';
import type { NLPearlApi } from '../../src/api/types';
import { CELL_SCAN_LIMIT, CELL_SCAN_PAGE, inCell, scanCell } from '../../src/calls/cellScan';
import { countText, periodNote } from '../../src/calls/countText';
import { parseShowCallsExtras } from '../../src/calls/showArgs';
import { drillArgs } from '../../src/dashboard/drillArgs';
import { DEMO_BASE_URL, DEMO_TOKEN, createDemoFetch } from '../../src/demo/fetch';
import { DEMO_CAMPAIGNS, type DemoCampaign } from '../../src/demo/data';
import { mergeDrillKeys, type DrillDownRequest } from '../../src/shared/drill';
import { parseWebviewMessage, type ModelChart } from '../../src/shared/protocol';
import { englishTranslate } from '../../src/analytics/translate';

const DENTAL = DEMO_CAMPAIGNS[0] as DemoCampaign;
const WEEK = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };
const l10n = { t: englishTranslate };

function demoApi(): NLPearlApi {
  return createClient({ fetch: createDemoFetch(), baseUrl: DEMO_BASE_URL, apiVersion: 'v1', token: () => DEMO_TOKEN, sleep: async () => undefined });
}

async function model(displayTimeZone = 'utc') {
  const api = demoApi();
  const current = await api.getInboundAnalytics(DENTAL.id, WEEK);
  return { api, model: buildDashboardModel({ current: current.analytics, previous: null, range: WEEK }, { displayTimeZone }) };
}

function chartOf(charts: readonly ModelChart[], id: ModelChart['id']): ModelChart {
  const found = charts.find((c) => c.id === id);
  assert.ok(found, id);
  return found;
}

/** What the Show Calls command does with drill arguments, as one search query. */
function queryOf(args: ReturnType<typeof drillArgs>) {
  assert.ok(!('problem' in args));
  const extras = parseShowCallsExtras(args);
  assert.ok(extras.ok);
  return {
    query: { fromDate: args.from, toDate: args.to, statuses: extras.filters.outcome ? [Number(extras.filters.outcome)] : undefined, tags: extras.filters.tag ? [extras.filters.tag] : undefined },
    extras,
  };
}

describe('drill-down: keys in the chart model', () => {
  it('a timeline bar is one UTC day × one outcome; counters without an outcome code open nothing, and the hint says so', async () => {
    const { model: m } = await model();
    const timeline = chartOf(m.charts, 'callsStatusTimeLine');
    const drill = timeline.drill;
    assert.ok(drill?.categories && drill.series && drill.rows);
    assert.deepEqual(drill.categories[1], { from: '2026-03-10T00:00:00.000Z', to: '2026-03-10T23:59:59.999Z' });
    const ids = timeline.series.map((s) => s.id);
    assert.deepEqual(drill.series[ids.indexOf('successful')], { status: 'successful' });
    assert.deepEqual(drill.series[ids.indexOf('error')], { status: 'error' });
    assert.equal(drill.series[ids.indexOf('needFollowUp')], null);
    assert.equal(mergeDrillKeys(drill, 1, ids.indexOf('needFollowUp')), null);
    assert.deepEqual(mergeDrillKeys(drill, 1, ids.indexOf('completed')), { from: '2026-03-10T00:00:00.000Z', to: '2026-03-10T23:59:59.999Z', status: 'completed' });
    assert.match(drill.hint, /^Click a bar to see that day's calls with that outcome/);
    assert.match(drill.hint, /Needs follow-up, Wrong number: the call search has no filter/);
    // A row of the Table view opens the whole day; its figure is the day's total.
    assert.equal(drill.rows[1]?.expected, timeline.table.rows[1]?.[1] === undefined ? null : Number(timeline.table.rows[1][1].replace(/,/g, '')));
  });

  it('status overview bars carry their key, labels their id ("Other" none), sentiment says it cannot filter', async () => {
    const { model: m } = await model();
    const overview = chartOf(m.charts, 'callsStatusOverview');
    assert.deepEqual(overview.drill?.categories?.[0], { status: 'successful' });
    assert.match(overview.drill?.hint ?? '', /range's calls with that outcome/);
    const labels = chartOf(m.charts, 'callLabelCount');
    const first = labels.drill?.categories?.[0];
    assert.ok(first?.label && DENTAL.profile.labels.some((l) => l.id === first.label));
    const sentiment = chartOf(m.charts, 'callsSentimentOverview');
    assert.equal(sentiment.drill?.hint, 'The NLPearl call search cannot filter calls by sentiment, so this chart opens no calls.');
    assert.equal(mergeDrillKeys(sentiment.drill ?? { hint: '' }, 0, 0), null, 'sentiment is not clickable');
    assert.equal(chartOf(m.charts, 'callsByHourDayOfWeeks').drill?.cells, true);
  });

  it('weekly buckets open their whole week', async () => {
    const api = demoApi();
    const long = { from: '2025-11-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' };
    const current = await api.getInboundAnalytics(DENTAL.id, long);
    const m = buildDashboardModel({ current: current.analytics, previous: null, range: long });
    const week = m.buckets?.week.find((c) => c.id === 'callsStatusTimeLine');
    const key = week?.drill?.categories?.[1];
    assert.ok(key?.from && key.to);
    assert.equal(Date.parse(key.to) - Date.parse(key.from), 7 * 86_400_000 - 1);
    assert.match(week?.drill?.hint ?? '', /that week's calls/);
  });
});

describe('drill-down: the message gate and the Show Calls arguments', () => {
  const ok: DrillDownRequest = { type: 'drillDown', chartId: 'callsStatusTimeLine', status: 'successful', from: '2026-03-10T00:00:00.000Z', to: '2026-03-10T23:59:59.999Z', expected: 40 };

  it('accepts a well-formed drillDown and refuses everything else', () => {
    assert.deepEqual(parseWebviewMessage(ok), ok);
    assert.ok(parseWebviewMessage({ type: 'drillDown', chartId: 'callsByHourDayOfWeeks', weekday: 2, hour: 14, expected: 3 }));
    assert.ok(parseWebviewMessage({ type: 'drillDown', chartId: 'callLabelCount', label: 'a1', expected: null }));
    for (const bad of [
      { ...ok, status: 'needFollowUp' },
      { ...ok, status: 'toString' },
      { ...ok, chartId: 'callsSentimentOverview' },
      { ...ok, to: undefined },
      { ...ok, from: ok.to, to: ok.from },
      { ...ok, expected: -1 },
      { ...ok, expected: 1.5 },
      { ...ok, extra: 1 },
      { ...ok, label: 'a\nforged log line' },
      { ...ok, label: 'x'.repeat(101) },
      { type: 'drillDown', chartId: 'callsByHourDayOfWeeks', weekday: 7, hour: 1, expected: 0 },
      { type: 'drillDown', chartId: 'callsByHourDayOfWeeks', weekday: 1, expected: 0 },
      { type: 'drillDown', chartId: 'callsStatusOverview', status: 'error', weekday: 1, hour: 1, expected: 0 },
      JSON.parse('{"type":"drillDown","chartId":"callsStatusOverview","status":"error","expected":0,"__proto__":{"x":1}}'),
    ]) {
      assert.equal(parseWebviewMessage(bad), null, JSON.stringify(bad));
    }
  });

  it('clips a bucket to the dashboard range and passes the clicked figure', () => {
    const range = { from: '2026-03-10T09:30:00.000Z', to: '2026-03-17T09:30:00.000Z' };
    assert.deepEqual(drillArgs(DENTAL.id, range, ok), { campaignId: DENTAL.id, from: range.from, to: '2026-03-10T23:59:59.999Z', status: 'successful', expected: 40 });
    assert.deepEqual(drillArgs(DENTAL.id, range, { type: 'drillDown', chartId: 'callsByHourDayOfWeeks', weekday: 0, hour: 23, expected: null }), { campaignId: DENTAL.id, ...range, weekday: 0, hour: 23 });
    assert.ok('problem' in drillArgs(DENTAL.id, range, { ...ok, from: '2026-04-01T00:00:00.000Z', to: '2026-04-01T23:59:59.999Z' }));
  });

  it('Show Calls maps the drill keys: status → outcome code, label → tag, weekday + hour → the cell', () => {
    assert.deepEqual(parseShowCallsExtras({ status: 'unsuccessful', label: 'L1', expected: 4 }), { ok: true, filters: { outcome: '110', tag: 'L1' }, expected: 4 });
    assert.deepEqual(parseShowCallsExtras({ weekday: 6, hour: 0 }), { ok: true, filters: {}, cell: { weekday: 6, hour: 0 } });
    for (const bad of [{ weekday: 7, hour: 0 }, { hour: 3 }, { weekday: 1, hour: 24 }, { weekday: 1.5, hour: 2 }, { expected: -2 }, { expected: '40' }]) {
      assert.equal(parseShowCallsExtras(bad).ok, false, JSON.stringify(bad));
    }
  });
});

describe('drill-down: the heatmap cell filter and its size limit', () => {
  it('reads a start time in the zone the heatmap shows (a whole-hour offset), a missing one in no cell', () => {
    // Tuesday 2026-03-10 23:30 UTC is Wednesday 08:30 in UTC+9.
    assert.equal(inCell('2026-03-10T23:30:00Z', { weekday: 2, hour: 23 }, 0), true);
    assert.equal(inCell('2026-03-10T23:30:00Z', { weekday: 3, hour: 8 }, 9), true);
    assert.equal(inCell('2026-03-10T23:30:00Z', { weekday: 2, hour: 23 }, 9), false);
    assert.equal(inCell('2026-03-10T00:10:00Z', { weekday: 1, hour: 19 }, -5), true);
    assert.equal(inCell('2026-03-10T23:30:00', { weekday: 2, hour: 23 }, 0), true, 'no offset: read as UTC');
    assert.equal(inCell(null, { weekday: 0, hour: 0 }, 0), false);
  });

  it('refuses a range over the limit after its first page, and pages a count-less server only up to it', async () => {
    let requests = 0;
    const big = await scanCell(async (p): Promise<CallPage> => {
      requests++;
      return { count: CELL_SCAN_LIMIT + 1, results: [], skip: p.skip };
    }, { weekday: 0, hour: 0 }, 0, () => undefined);
    assert.deepEqual(big, { ok: false, total: CELL_SCAN_LIMIT + 1 });
    assert.equal(requests, 1);
    requests = 0;
    const endless = await scanCell(async (p): Promise<CallPage> => {
      requests++;
      return { count: null, results: Array.from({ length: p.limit }, (_, i) => ({ id: String(i), startTime: '2026-03-10T01:00:00Z', conversationStatus: 100, status: 4, from: null, to: null, duration: 1, tags: null })), skip: p.skip };
    }, { weekday: 2, hour: 1 }, 0, () => undefined);
    assert.deepEqual(endless, { ok: false, total: null });
    assert.equal(requests, Math.floor(CELL_SCAN_LIMIT / CELL_SCAN_PAGE) + 1);
  });

  it("in demo data a cell's calls are exactly the heatmap's count, in UTC and in a shifted zone", async () => {
    for (const zone of ['utc', 'Asia/Tokyo']) {
      const { api, model: m } = await model(zone);
      const heat = chartOf(m.charts, 'callsByHourDayOfWeeks').heatmap;
      assert.ok(heat);
      const d = 2;
      const h = heat.counts[d]?.indexOf(Math.max(...(heat.counts[d] ?? []))) ?? 0;
      const progress: number[] = [];
      const scan = await scanCell((p) => api.searchCalls(DENTAL.id, { fromDate: WEEK.from, toDate: WEEK.to }, p), { weekday: d, hour: h }, zone === 'utc' ? 0 : 9, (read) => progress.push(read));
      assert.ok(scan.ok);
      assert.ok((heat.counts[d]?.[h] ?? 0) > 0);
      assert.equal(scan.calls.length, heat.counts[d]?.[h], `${zone}: ${d} × ${h}`);
      assert.ok(progress.length >= 2 && progress.every((v, i) => i === 0 || v > (progress[i - 1] ?? 0)), 'progress after each page');
    }
  });
});

describe('drill-down: what a click opens counts what the chart showed', () => {
  it("a day × outcome bar, an overview bar and a label bar find exactly the chart's figure in demo data", async () => {
    const { api, model: m } = await model();
    const timeline = chartOf(m.charts, 'callsStatusTimeLine');
    const ds = timeline.series.findIndex((s) => s.id === 'successful');
    const request = { type: 'drillDown' as const, chartId: 'callsStatusTimeLine' as const, ...mergeDrillKeys(timeline.drill ?? { hint: '' }, 2, ds), expected: timeline.series[ds]?.values[2] ?? null };
    const { query, extras } = queryOf(drillArgs(DENTAL.id, WEEK, request));
    assert.ok(extras.ok && extras.expected !== undefined && extras.expected > 0);
    assert.equal((await api.searchCalls(DENTAL.id, query, { skip: 0, limit: 50 })).count, extras.expected);
    const overview = chartOf(m.charts, 'callsStatusOverview');
    const o = queryOf(drillArgs(DENTAL.id, WEEK, { type: 'drillDown', chartId: 'callsStatusOverview', ...overview.drill?.categories?.[1], expected: overview.series[0]?.values[1] ?? null }));
    assert.ok(o.extras.ok);
    assert.equal((await api.searchCalls(DENTAL.id, o.query, { skip: 0, limit: 50 })).count, o.extras.expected);
    const labels = chartOf(m.charts, 'callLabelCount');
    const l = queryOf(drillArgs(DENTAL.id, WEEK, { type: 'drillDown', chartId: 'callLabelCount', ...labels.drill?.categories?.[0], expected: labels.series[0]?.values[0] ?? null }));
    assert.ok(l.extras.ok);
    assert.equal((await api.searchCalls(DENTAL.id, l.query, { skip: 0, limit: 50 })).count, l.extras.expected);
  });

  it('the count line: just the count when they agree, both and which is which when they do not', () => {
    assert.equal(countText({ count: 40, loaded: 40, expected: 40 }, l10n, 'en'), '40 calls');
    assert.equal(countText({ count: 41, loaded: 41, expected: 40 }, l10n, 'en'), '41 calls found · the chart counted 40');
    assert.equal(countText({ count: 1234, loaded: 50 }, l10n, 'en'), '1,234 calls');
    assert.equal(countText({ count: null, loaded: 50, expected: 40 }, l10n, 'en'), '50 calls loaded (NLPearl sent no total) · the chart counted 40');
    assert.equal(
      periodNote({ from: '2026-03-11T00:00:00.000Z', to: '2026-03-11T23:59:59.999Z' }, l10n, 'en').replace(/\u202f/g, ' '),
      'From the dashboard: calls from Mar 11, 2026, 12:00 AM to Mar 11, 2026, 11:59 PM (UTC).',
    );
  });
});
