/** The dashboard's chart sections as a user reads them: titles, bars, axes, notes, tables and text alternatives. */
import assert from 'node:assert/strict';
import { averageDurationChart, chart, costChart, eventsChart, sentimentChart, statusOverviewChart, statusTimelineChart } from '../../src/analytics/charts';
import { resolveOptions } from '../../src/analytics/options';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const en = resolveOptions({ locale: 'en' });
const D1 = '2026-03-01T00:00:00Z';
const D2 = '2026-03-02T00:00:00Z';

describe('chart sections', () => {
  it('status overview: the inbound statuses in order, each in its colour, the total in a note, a table and a summary', () => {
    const c = statusOverviewChart(analytics({ callsStatusOverview: emptyStatus({ totalCalls: 1234, successful: 3, unsuccessful: 2, completed: 1, error: 1 }) }), en);
    assert.equal(c.title, 'Status overview');
    assert.equal(c.kind, 'bar');
    assert.equal(c.horizontal, false);
    assert.deepEqual(c.categories, ['Successful', 'Not successful', 'Completed', 'Needs follow-up', 'Wrong number', 'Error']);
    assert.deepEqual(c.series[0]?.values, [3, 2, 1, 0, 0, 1]);
    assert.deepEqual(c.series[0]?.pointRoles, ['green', 'red', 'blue', 'yellow', 'orange', 'purple']);
    assert.deepEqual(c.axes, { x: 'Status', y: 'Calls', y2: null });
    assert.deepEqual(c.notes, [
      'Left out because they are zero or missing (statuses of outbound calls): Voicemail left, Needs retry, Unreachable, Wrong country code, Leads.',
      'Total calls: 1,234.',
    ]);
    assert.deepEqual(c.table.columns, ['Status', 'Calls']);
    assert.deepEqual(c.table.rows[0], ['Successful', '3']);
    assert.equal(c.summary, 'Status overview. Successful: 3; Not successful: 2; Completed: 1; Needs follow-up: 0; Wrong number: 0; Error: 1.');
    assert.equal(c.empty, false);
    assert.equal(c.yFormat, 'count');
    assert.equal(c.times, null);
    assert.equal(c.yMax, null);
  });

  it('status overview: an outbound-only status with calls is drawn; without a total no total note; nothing sent is "not provided"', () => {
    const c = statusOverviewChart(analytics({ callsStatusOverview: emptyStatus({ totalCalls: null, unreachable: 4 }) }), en);
    assert.ok(c.categories.includes('Unreachable'));
    assert.equal(c.notes.some((n) => n.startsWith('Total calls')), false);
    assert.equal(c.notes.some((n) => n.includes('Unreachable')), false);
    const none = statusOverviewChart(analytics(), en);
    assert.equal(none.provided, false);
    assert.equal(none.empty, false);
    const zero = statusOverviewChart(analytics({ callsStatusOverview: emptyStatus() }), en);
    assert.equal(zero.empty, true);
    const all = statusOverviewChart(analytics({ callsStatusOverview: emptyStatus({ voiceMailLeft: 1, needRetry: 1, unreachable: 1, wrongCountryCode: 1, totalLeads: 1 }) }), en);
    assert.equal(all.notes.some((n) => n.startsWith('Left out')), false);
    assert.equal(all.categories.length, 11);
  });

  it('sentiment: one horizontal stacked bar of rated calls, the five sentiments in their colours and a table', () => {
    const c = sentimentChart(analytics({ callsSentimentOverview: { negative: 1, slightlyNegative: 2, neutral: 3, slightlyPositive: 4, positive: 1500 } }), en);
    assert.equal(c.title, 'Sentiment');
    assert.equal(c.kind, 'stacked');
    assert.equal(c.horizontal, true);
    assert.deepEqual(c.categories, ['Rated calls']);
    assert.deepEqual(c.series.map((s) => [s.label, s.color, s.values[0]]), [
      ['Negative', 'red', 1], ['Slightly negative', 'orange', 2], ['Neutral', 'grey', 3], ['Slightly positive', 'blue', 4], ['Positive', 'green', 1500],
    ]);
    assert.deepEqual(c.axes, { x: 'Calls', y: '', y2: null });
    assert.equal(c.summary, 'Sentiment. Negative: 1; Slightly negative: 2; Neutral: 3; Slightly positive: 4; Positive: 1,500.');
    assert.deepEqual(c.table, {
      caption: 'Sentiment',
      columns: ['Sentiment', 'Calls'],
      rows: [['Negative', '1'], ['Slightly negative', '2'], ['Neutral', '3'], ['Slightly positive', '4'], ['Positive', '1,500']],
    });
    assert.equal(c.provided, true);
    assert.equal(c.yFormat, 'count');
    assert.equal(sentimentChart(analytics(), en).provided, false);
  });

  it('calls per day: stacked bars per status, the day total first in the table and the summary', () => {
    const a = analytics({
      callsStatusTimeLine: [bucket(D2, { totalCalls: 5, successful: 4, unsuccessful: 1 }), bucket(D1, { totalCalls: 3, successful: 1, unsuccessful: 2 })],
    });
    const c = statusTimelineChart(a, en);
    assert.equal(c.title, 'Calls per day by status');
    assert.equal(c.kind, 'stacked');
    assert.deepEqual(c.categories, ['Mar 1', 'Mar 2']);
    assert.deepEqual(c.times, [Date.parse(D1), Date.parse(D2)]);
    assert.deepEqual(c.axes, { x: 'Day (buckets as sent by the API, read as UTC)', y: 'Calls', y2: null });
    assert.deepEqual(c.series.map((s) => s.id), ['successful', 'unsuccessful', 'completed', 'needFollowUp', 'wrongNumber', 'error']);
    assert.deepEqual(c.series[0]?.values, [1, 4]);
    assert.deepEqual(c.table.columns.slice(0, 3), ['Day (UTC)', 'Total calls', 'Successful']);
    assert.deepEqual(c.table.rows[1]?.slice(0, 3), ['Mar 2', '5', '4']);
    assert.ok(c.summary.startsWith('Calls per day by status: 2 days from Mar 1 to Mar 2. Total calls from 3 to 5; Successful from 1 to 4;'), c.summary);
    assert.ok(c.notes[0]?.startsWith('Left out because they are zero or missing'));
    assert.deepEqual(c.drill?.rows?.map((r) => r?.expected), [3, 5]);
    assert.equal(c.provided, true);
    assert.equal(c.yFormat, 'count');
    assert.equal(statusTimelineChart(analytics(), en).provided, false);
  });

  it('calls per day for an inbound campaign: an outbound-only status or leads drawn when any day has some', () => {
    const c = statusTimelineChart(analytics({ callsStatusTimeLine: [bucket(D1, { totalCalls: 2 }), bucket(D2, { totalCalls: 3, voiceMailLeft: 2, totalLeads: 4 })] }), en);
    const ids = c.series.map((s) => s.id);
    assert.ok(ids.includes('voiceMailLeft'), ids.join());
    assert.ok(ids.includes('totalLeads'), ids.join());
    assert.equal(ids.includes('needRetry'), false);
    assert.deepEqual(c.series[ids.indexOf('voiceMailLeft')]?.values, [0, 2]);
    assert.equal(c.notes[0], 'Left out because they are zero or missing (statuses of outbound calls): Needs retry, Unreachable, Wrong country code.');
  });

  it('calls per day for an outbound campaign: every outcome, no leads, no "left out" note', () => {
    const c = statusTimelineChart(analytics({ callsStatusTimeLine: [bucket(D1, { totalCalls: 2, totalLeads: 9 })] }), resolveOptions({ campaignKind: 'outbound' }));
    assert.deepEqual(c.series.map((s) => s.id), ['successful', 'unsuccessful', 'completed', 'voiceMailLeft', 'needRetry', 'unreachable', 'wrongCountryCode', 'needFollowUp', 'wrongNumber', 'error']);
    assert.deepEqual(c.notes, []);
  });

  it('average duration: a line in m:ss, its note, its axis and its table', () => {
    const c = averageDurationChart(analytics({ callsAverageTimeLine: [{ date: D1, averageCallDuration: 61 }, { date: D2, averageCallDuration: 3725 }] }), en);
    assert.equal(c.title, 'Average call duration');
    assert.equal(c.kind, 'line');
    assert.equal(c.series[0]?.type, 'line');
    assert.equal(c.series[0]?.label, 'Average duration');
    assert.deepEqual(c.series[0]?.texts, ['1:01', '1:02:05']);
    assert.equal(c.axes.y, 'Average duration (m:ss)');
    assert.equal(c.axes.x, 'Day (buckets as sent by the API, read as UTC)');
    assert.equal(c.yFormat, 'duration');
    assert.equal(c.series[0]?.color, 'blue');
    assert.equal(c.provided, true);
    assert.equal(averageDurationChart(analytics(), en).provided, false);
    assert.equal(c.yMax, null);
    assert.deepEqual(c.notes, ["The API sends durations in seconds; shown as m:ss. Each point is the average of that day's calls."]);
    assert.deepEqual(c.table, { caption: 'Average call duration', columns: ['Day (UTC)', 'Average duration'], rows: [['Mar 1', '1:01'], ['Mar 2', '1:02:05']] });
    assert.equal(c.summary, 'Average call duration: 2 days from Mar 1 to Mar 2. Average duration from 1:01 to 1:02:05.');
  });

  it('cost: total bars and an average line on a second axis, both in the currency, which a note names', () => {
    const eur = resolveOptions({ locale: 'en', currencyLabel: 'EUR' });
    const c = costChart(analytics({ callsCostTimeLine: [{ date: D1, totalPrice: 12.5, averageCostPerCall: 0.05 }] }), eur);
    assert.equal(c.title, 'Cost');
    assert.equal(c.kind, 'barLine');
    assert.deepEqual(c.series.map((s) => [s.label, s.type, s.axis, s.color, s.texts[0]]), [
      ['Total cost', 'bar', 'y', 'orange', '12.50 EUR'],
      ['Average cost per call', 'line', 'y2', 'blue', '0.05 EUR'],
    ]);
    assert.deepEqual(c.axes, { x: 'Day (buckets as sent by the API, read as UTC)', y: 'Total cost (EUR)', y2: 'Average cost per call (EUR)' });
    assert.equal(c.yFormat, 'cost');
    assert.equal(c.y2Format, 'cost');
    assert.equal(c.provided, true);
    assert.equal(costChart(analytics(), eur).provided, false);
    assert.deepEqual(c.notes, ['The API does not name a currency; amounts are shown in EUR.']);
    assert.deepEqual(c.table.columns, ['Day (UTC)', 'Total cost', 'Average cost per call']);
    assert.equal(c.summary, 'Cost: 1 days from Mar 1 to Mar 1. Total cost from 12.50 EUR to 12.50 EUR; Average cost per call from 0.05 EUR to 0.05 EUR.');
  });

  it('events: one bar per event in its colour, a table and a summary', () => {
    const c = eventsChart(analytics({ callEventsCounts: { takeMessageCount: 1, smsSentCount: 2, callTransferredCount: 3, calendarBookedCount: 4, emailSentCount: 5000 } }), en);
    assert.equal(c.title, 'Events');
    assert.equal(c.kind, 'bar');
    assert.equal(c.yFormat, 'count');
    assert.equal(c.provided, true);
    assert.deepEqual(c.categories, ['Messages taken', 'SMS sent', 'Calls transferred', 'Calendar bookings', 'Emails sent']);
    assert.deepEqual(c.series[0]?.pointRoles, ['blue', 'purple', 'orange', 'green', 'yellow']);
    assert.equal(c.series[0]?.label, 'Count');
    assert.deepEqual(c.axes, { x: 'Event', y: 'Count', y2: null });
    assert.deepEqual(c.table.columns, ['Event', 'Count']);
    assert.deepEqual(c.table.rows[4], ['Emails sent', '5,000']);
    assert.equal(c.summary, 'Events. Messages taken: 1; SMS sent: 2; Calls transferred: 3; Calendar bookings: 4; Emails sent: 5,000.');
    assert.equal(eventsChart(analytics(), en).provided, false);
  });

  it('a chart with a heatmap of calls is not empty, one whose heatmap is all zeros is', () => {
    const base = { id: 'callsByHourDayOfWeeks' as const, title: 'T', provided: true };
    const rest = { kind: 'heatmap' as const, categories: [], series: [], axes: { x: '', y: '', y2: null }, yFormat: 'count' as const, summary: '', table: { caption: '', columns: [], rows: [] } };
    const heat = (max: number) => ({ rows: [], columns: [], counts: [], max, zone: 'UTC' });
    assert.equal(chart(base, { ...rest, heatmap: heat(3) }).empty, false);
    assert.equal(chart(base, { ...rest, heatmap: heat(0) }).empty, true);
    assert.equal(chart(base, rest).empty, true);
    assert.equal(chart({ ...base, provided: false }, rest).empty, false);
  });
});
