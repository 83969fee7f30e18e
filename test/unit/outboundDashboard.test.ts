/** What an outbound campaign's dashboard shows, and what an inbound one leaves out (view model, no browser). */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import { dashboardKind, initMessage } from '../../src/dashboard/panelMessages';
import { englishTranslate } from '../../src/analytics/translate';
import type { AnalyticsPair } from '../../src/api/types';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const DATES = ['2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'];
const OUTBOUND_STATUSES = ['Voicemail left', 'Needs retry', 'Unreachable', 'Wrong country code', 'Leads'];

function chartOf(model: ReturnType<typeof buildDashboardModel>, id: string) {
  return model.charts.find((c) => c.id === id);
}

describe('outbound dashboard model', () => {
  const counts = emptyStatus({ totalCalls: 10, successful: 3, unsuccessful: 1, voiceMailLeft: 4, needRetry: 2, totalLeads: 7 });

  it('shows every outbound status, a zero included, with no "left out" note', () => {
    const model = buildDashboardModel({ current: analytics({ callsStatusOverview: counts }), previous: null }, { campaignKind: 'outbound' });
    const overview = chartOf(model, 'callsStatusOverview');
    for (const status of OUTBOUND_STATUSES) assert.ok(overview?.categories.includes(status), status);
    const unreachable = overview?.categories.indexOf('Unreachable') ?? -1;
    assert.equal(overview?.series[0]?.values[unreachable], 0, 'a zero there is drawn as 0');
    assert.equal(overview?.notes.some((n) => n.startsWith('Left out')), false);
  });

  it('stacks the days by outcome without the leads (not a call outcome)', () => {
    const current = analytics({ callsStatusTimeLine: DATES.map((d) => bucket(d, { totalCalls: 5, voiceMailLeft: 2, successful: 3, totalLeads: 4 })) });
    const timeline = chartOf(buildDashboardModel({ current, previous: null }, { campaignKind: 'outbound' }), 'callsStatusTimeLine');
    const ids = timeline?.series.map((s) => s.id) ?? [];
    assert.ok(ids.includes('voiceMailLeft') && ids.includes('unreachable'));
    assert.equal(ids.includes('totalLeads'), false);
  });

  it('inbound leaves zero outbound statuses out, with a note, as before', () => {
    const model = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 4, successful: 4 }) }), previous: null });
    const overview = chartOf(model, 'callsStatusOverview');
    assert.equal(overview?.categories.includes('Voicemail left'), false);
    assert.ok(overview?.notes.some((n) => n.startsWith('Left out')));
  });

  it('draws the pickup rate for outbound, and says so when the API left it out', () => {
    const pickup = DATES.map((date, i) => ({ date, pickupRatePercentage: 40 + i }));
    const drawn = chartOf(buildDashboardModel({ current: analytics({ callsPickupRateTimeLine: pickup }), previous: null }, { campaignKind: 'outbound' }), 'callsPickupRateTimeLine');
    assert.deepEqual(drawn?.series[0]?.values, [40, 41]);
    const missing = buildDashboardModel({ current: analytics({ callsStatusOverview: counts }), previous: null }, { campaignKind: 'outbound' });
    assert.equal(chartOf(missing, 'callsPickupRateTimeLine')?.provided, false, 'the card says "not provided"');
    assert.ok(missing.notes.some((n) => n.includes('callsPickupRateTimeLine')));
  });

  it('inbound: no pickup chart without values (v1 sends none, or only nulls); drawn when the API sends some (v2)', () => {
    const none = buildDashboardModel({ current: analytics({ callsStatusOverview: counts }), previous: null });
    assert.equal(chartOf(none, 'callsPickupRateTimeLine'), undefined);
    assert.equal(none.notes.some((n) => n.includes('callsPickupRateTimeLine')), false);
    const nulls = buildDashboardModel({ current: analytics({ callsPickupRateTimeLine: DATES.map((date) => ({ date, pickupRatePercentage: null })) }), previous: null });
    assert.equal(chartOf(nulls, 'callsPickupRateTimeLine'), undefined);
    const some = buildDashboardModel({ current: analytics({ callsPickupRateTimeLine: [{ date: DATES[0] as string, pickupRatePercentage: 93 }] }), previous: null });
    assert.ok(chartOf(some, 'callsPickupRateTimeLine'));
  });

  it('takes the kind from the list, else from the response callType, else inbound; the title follows', () => {
    const pair = (callType: number | null) => ({ current: { analytics: analytics({ callType }) } }) as unknown as AnalyticsPair;
    assert.equal(dashboardKind('inbound', pair(2)), 'inbound', 'the list wins');
    assert.equal(dashboardKind(undefined, pair(2)), 'outbound');
    assert.equal(dashboardKind(undefined, pair(null)), 'inbound');
    const init = (kind: 'inbound' | 'outbound') =>
      initMessage({ campaign: { id: 'c', name: 'n', status: null }, range: { from: DATES[0] as string, to: DATES[1] as string }, isDemo: false, settings: { currencyLabel: '', autoRefreshMinutes: 0, defaultRange: 'last7' }, locale: 'en', t: englishTranslate, kind });
    assert.equal(init('outbound').strings.title, '{0} — Outbound Analytics');
    assert.equal(init('inbound').strings.title, '{0} — Inbound Analytics');
  });
});
