/** The dashboard as a whole: which charts in which order, the notes above them, the empty state, the bucket sizes. */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import type { InboundAnalytics } from '../../src/api/schemas';
import { DAY_MS } from '../../src/api/range';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';
const day = (n: number) => new Date(Date.parse(D1) + n * DAY_MS).toISOString();

/** Every section sent with every counter (the inbound pickup rate, optional, left out). */
function full(): InboundAnalytics {
  return analytics({
    callsStatusOverview: emptyStatus({ totalCalls: 10, successful: 6, unsuccessful: 4 }),
    callsSentimentOverview: { negative: 1, slightlyNegative: 1, neutral: 2, slightlyPositive: 2, positive: 4 },
    callsStatusTimeLine: [bucket(D1, { totalCalls: 10, successful: 6, unsuccessful: 4 })],
    callsAverageTimeLine: [{ date: D1, averageCallDuration: 90 }],
    callsCostTimeLine: [{ date: D1, totalPrice: 2, averageCostPerCall: 0.2 }],
    callsSuccessRateTimeLine: [{ date: D1, successRatePercentage: 60 }],
    callLabelCount: [{ id: 'l', name: 'Booked', color: null, count: 3 }],
    callEventsCounts: { takeMessageCount: 1, smsSentCount: 0, callTransferredCount: 2, calendarBookedCount: 0, emailSentCount: 0 },
    callsByHourDayOfWeeks: [{ dayOfWeek: 1, hourOfDay: 9, count: 10 }],
  });
}

const NOT_PROVIDED = 'Not provided by the API: ';
const PREVIOUS_MISSING = 'The previous period could not be loaded, so changes are shown as —.';

describe('dashboard model', () => {
  it('draws the sentiment strip first, then every section once in the vocabulary\'s order', () => {
    const model = buildDashboardModel({ current: full(), previous: full() });
    assert.deepEqual(model.charts.map((c) => c.id), [
      'callsSentimentOverview', 'callsStatusOverview', 'callsStatusTimeLine', 'callsAverageTimeLine', 'callsCostTimeLine',
      'callsSuccessRateTimeLine', 'callLabelCount', 'callEventsCounts', 'callsByHourDayOfWeeks',
    ]);
    const outbound = buildDashboardModel({ current: full(), previous: full() }, { campaignKind: 'outbound' });
    assert.deepEqual(outbound.charts.map((c) => c.id).slice(5, 7), ['callsSuccessRateTimeLine', 'callsPickupRateTimeLine']);
  });

  it('has no dashboard note for a complete response with its previous period', () => {
    assert.deepEqual(buildDashboardModel({ current: full(), previous: full() }).notes, []);
  });

  it('says when the previous period could not be loaded', () => {
    assert.deepEqual(buildDashboardModel({ current: full(), previous: null }).notes, [PREVIOUS_MISSING]);
  });

  it('lists up to 12 missing parts by name and counts the rest', () => {
    const missing = (fields: ReadonlyArray<keyof ReturnType<typeof emptyStatus>>) =>
      buildDashboardModel({ current: analytics({ callsStatusOverview: { ...emptyStatus({ totalCalls: 1 }), ...Object.fromEntries(fields.map((f) => [f, null])) } }), previous: full() }).notes;
    const rest = 'callsSentimentOverview, callsStatusTimeLine, callsAverageTimeLine, callsCostTimeLine, callsSuccessRateTimeLine, callLabelCount, callEventsCounts, callsByHourDayOfWeeks';
    const four = 'callsStatusOverview.totalLeads, callsStatusOverview.needRetry, callsStatusOverview.wrongCountryCode, callsStatusOverview.needFollowUp';
    assert.deepEqual(missing(['totalLeads', 'needRetry', 'wrongCountryCode', 'needFollowUp']), [`${NOT_PROVIDED}${four}, ${rest}`], 'exactly 12: all named');
    const thirteen = missing(['totalLeads', 'needRetry', 'wrongCountryCode', 'needFollowUp', 'voiceMailLeft']);
    assert.deepEqual(thirteen, [`${NOT_PROVIDED}${four}, callsStatusOverview.voiceMailLeft, ${rest.replace(', callsByHourDayOfWeeks', '')} and 1 more`]);
    const all = buildDashboardModel({ current: analytics(), previous: null }).notes;
    assert.deepEqual(all, [`${NOT_PROVIDED}callsStatusOverview, ${rest}`, PREVIOUS_MISSING], 'the optional inbound pickup rate is not listed');
    const outbound = buildDashboardModel({ current: analytics(), previous: null }, { campaignKind: 'outbound' }).notes;
    assert.match(outbound[0] ?? '', /callsSuccessRateTimeLine, callsPickupRateTimeLine, callLabelCount/);
  });

  it('is empty with zero calls, and with no total only when no chart has anything to draw', () => {
    assert.equal(buildDashboardModel({ current: full(), previous: null }).empty, false);
    const nothingSent = buildDashboardModel({ current: analytics(), previous: null });
    assert.equal(nothingSent.empty, true);
    const sentButEmpty = analytics({
      callsSentimentOverview: { negative: 0, slightlyNegative: 0, neutral: 0, slightlyPositive: 0, positive: 0 },
      callsStatusTimeLine: [], callsAverageTimeLine: [], callsCostTimeLine: [], callsSuccessRateTimeLine: [],
      callLabelCount: [], callEventsCounts: { takeMessageCount: 0, smsSentCount: 0, callTransferredCount: 0, calendarBookedCount: 0, emailSentCount: 0 },
      callsByHourDayOfWeeks: [],
    });
    assert.equal(buildDashboardModel({ current: sentButEmpty, previous: null }).kpis[0]?.value, null, 'no total of calls');
    assert.equal(buildDashboardModel({ current: sentButEmpty, previous: null }).empty, true);
    const durationsOnly = analytics({ callsAverageTimeLine: [{ date: D1, averageCallDuration: 60 }] });
    assert.equal(buildDashboardModel({ current: durationsOnly, previous: null }).empty, false, 'no total, but a line to draw');
  });

  it('offers week and month buckets only for a long timeline', () => {
    const days = (n: number) => analytics({ callsStatusTimeLine: Array.from({ length: n }, (_, i) => bucket(day(i), { totalCalls: 1 })) });
    const long = buildDashboardModel({ current: days(150), previous: null });
    assert.deepEqual(long.buckets?.sizes, ['day', 'week', 'month']);
    assert.ok((long.buckets?.week.length ?? 0) > 0);
    assert.equal(buildDashboardModel({ current: days(20), previous: null }).buckets, undefined);
  });
});
