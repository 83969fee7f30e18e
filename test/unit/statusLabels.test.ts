/** The names and colours of the status, sentiment and event counters, as the charts draw them. */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import type { ModelChart } from '../../src/shared/protocol';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';

function chartOf(charts: readonly ModelChart[], id: ModelChart['id']): ModelChart {
  const found = charts.find((c) => c.id === id);
  assert.ok(found, id);
  return found;
}

/** name → colour of the bars of a one-series chart. */
function barColours(chart: ModelChart): Record<string, string> {
  const s = chart.series[0];
  assert.ok(s?.pointRoles);
  const roles = s.pointRoles;
  return Object.fromEntries(chart.categories.map((c, i) => [c, roles[i] ?? '']));
}

describe('status, sentiment and event names and colours', () => {
  const counts = emptyStatus({ totalCalls: 20, successful: 5, unsuccessful: 4, completed: 3, needFollowUp: 2, wrongNumber: 1, error: 1, voiceMailLeft: 1, needRetry: 1, unreachable: 1, wrongCountryCode: 1, totalLeads: 9 });
  const current = analytics({
    callsStatusOverview: counts,
    callsStatusTimeLine: [bucket(D1, counts)],
    callsSentimentOverview: { negative: 1, slightlyNegative: 2, neutral: 3, slightlyPositive: 4, positive: 5 },
    callEventsCounts: { takeMessageCount: 1, smsSentCount: 2, callTransferredCount: 3, calendarBookedCount: 4, emailSentCount: 5 },
  });
  const outbound = (): readonly ModelChart[] => buildDashboardModel({ current, previous: null }, { campaignKind: 'outbound' }).charts;

  it('draws each status bar in its own colour: success green, failure red', () => {
    assert.deepEqual(barColours(chartOf(outbound(), 'callsStatusOverview')), {
      Successful: 'green', 'Not successful': 'red', Completed: 'blue', 'Voicemail left': 'grey', 'Needs retry': 'grey', Unreachable: 'grey',
      'Wrong country code': 'grey', 'Needs follow-up': 'yellow', 'Wrong number': 'orange', Error: 'purple', Leads: 'grey',
    });
  });

  it('stacks the days by status in the same colours', () => {
    const timeline = chartOf(outbound(), 'callsStatusTimeLine');
    assert.deepEqual(Object.fromEntries(timeline.series.map((s) => [s.label, s.color])), {
      Successful: 'green', 'Not successful': 'red', Completed: 'blue', 'Voicemail left': 'grey', 'Needs retry': 'grey', Unreachable: 'grey',
      'Wrong country code': 'grey', 'Needs follow-up': 'yellow', 'Wrong number': 'orange', Error: 'purple',
    });
  });

  it('runs sentiment from red to green', () => {
    const sentiment = chartOf(outbound(), 'callsSentimentOverview');
    assert.deepEqual(sentiment.series.map((s) => [s.label, s.color]), [
      ['Negative', 'red'], ['Slightly negative', 'orange'], ['Neutral', 'grey'], ['Slightly positive', 'blue'], ['Positive', 'green'],
    ]);
  });

  it('names and colours the events', () => {
    assert.deepEqual(barColours(chartOf(outbound(), 'callEventsCounts')), {
      'Messages taken': 'blue', 'SMS sent': 'purple', 'Calls transferred': 'orange', 'Calendar bookings': 'green', 'Emails sent': 'yellow',
    });
  });
});
