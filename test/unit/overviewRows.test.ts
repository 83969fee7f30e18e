/** The Account overview's rows and total row as the table shows them: texts, changes and their colours, the sparkline's words. */
import assert from 'node:assert/strict';
import { resolveOptions } from '../../src/analytics/options';
import { overviewRow, overviewTotal, type CampaignState, type OverviewCampaign } from '../../src/analytics/overviewRows';
import type { InboundAnalytics } from '../../src/api/schemas';
import { DAY_MS } from '../../src/api/range';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const l10n = resolveOptions({ locale: 'en' });
const day = (n: number) => new Date(Date.UTC(2026, 2, 1) + n * DAY_MS).toISOString();

/** One period: its calls over the given days, success counts, call-weighted average, cost and sentiment. */
function period(o: { days: number[]; ok: number; bad: number; avg: number; cost: number; positive: number; negative: number }): InboundAnalytics {
  const calls = o.days.reduce((a, b) => a + b, 0);
  return analytics({
    callsStatusOverview: emptyStatus({ totalCalls: calls, successful: o.ok, unsuccessful: o.bad }),
    callsStatusTimeLine: o.days.map((n, i) => bucket(day(i), { totalCalls: n })),
    callsAverageTimeLine: o.days.map((_, i) => ({ date: day(i), averageCallDuration: o.avg })),
    callsCostTimeLine: [{ date: day(0), totalPrice: o.cost, averageCostPerCall: null }],
    callsSentimentOverview: { negative: o.negative, slightlyNegative: 0, neutral: 0, slightlyPositive: 0, positive: o.positive },
  });
}

const NOW = period({ days: [50, 100, 50], ok: 60, bad: 20, avg: 175, cost: 5, positive: 60, negative: 40 });
const BEFORE = period({ days: [40, 60], ok: 30, bad: 30, avg: 100, cost: 2, positive: 40, negative: 60 });
const campaign = (id: string, name: string, extra: Partial<OverviewCampaign> = {}): OverviewCampaign => ({ id, name, status: 'Running', ...extra });
const loaded = (current: InboundAnalytics, previous: InboundAnalytics | null = null): CampaignState => ({ state: 'loaded', current, previous });

describe('overview row of a campaign', () => {
  it('shows each figure as its dashboard would, with its change', () => {
    const r = overviewRow(campaign('a', 'Front desk'), loaded(NOW, BEFORE), l10n);
    assert.equal(r.state, 'loaded');
    if (r.state !== 'loaded') return;
    const c = r.cells;
    assert.deepEqual(
      [c.calls, c.successRate, c.averageDuration, c.cost, c.costPerCall, c.positiveShare].map((x) => [x.value, x.text, x.delta.text]),
      [
        [200, '200', '▲ 100 %'],
        [75, '75%', '▲ 25 pp'],
        [175, '2:55', '▲ 75 %'],
        [5, '5.00 credits', '▲ 150 %'],
        [0.025, '0.025 credits', '▲ 25 %'],
        [60, '60%', '▲ 20 pp'],
      ],
    );
  });

  it('colours a rise as the dashboard does: good for rates, bad for cost, neutral for volume and duration', () => {
    const r = overviewRow(campaign('a', 'A'), loaded(NOW, BEFORE), l10n);
    assert.ok(r.state === 'loaded');
    const tones = Object.fromEntries(Object.entries(r.cells).map(([k, cell]) => [k, cell.delta.tone]));
    assert.deepEqual(tones, { calls: 'neutral', successRate: 'good', averageDuration: 'neutral', cost: 'bad', costPerCall: 'bad', positiveShare: 'good' });
    const down = overviewRow(campaign('a', 'A'), loaded(BEFORE, NOW), l10n);
    assert.ok(down.state === 'loaded');
    assert.equal(down.cells.successRate.delta.tone, 'bad');
    assert.equal(down.cells.cost.delta.tone, 'good');
    assert.equal(down.cells.calls.delta.text, '▼ 50 %');
  });

  it('does not compare against a previous period with too few calls, nor without one', () => {
    const few = period({ days: [10], ok: 5, bad: 5, avg: 60, cost: 1, positive: 1, negative: 1 });
    const thin = overviewRow(campaign('a', 'A'), loaded(NOW, few), l10n);
    assert.ok(thin.state === 'loaded');
    assert.equal(thin.cells.calls.delta.text, 'too few calls before');
    assert.equal(thin.cells.successRate.delta.direction, 'thin');
    assert.equal(thin.cells.cost.delta.tone, 'neutral');
    const alone = overviewRow(campaign('a', 'A'), loaded(NOW), l10n);
    assert.ok(alone.state === 'loaded');
    for (const cell of Object.values(alone.cells)) assert.equal(cell.delta.text, '—');
    assert.equal(alone.cells.calls.text, '200');
  });

  it('says "No success definition" when only completed calls exist', () => {
    const completed = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 8, completed: 8 }) });
    const r = overviewRow(campaign('a', 'A'), loaded(completed), l10n);
    assert.ok(r.state === 'loaded');
    assert.equal(r.cells.successRate.text, 'No success definition');
    assert.equal(r.cells.successRate.value, null);
  });

  it('draws the calls per day and says what the sparkline shows', () => {
    const r = overviewRow(campaign('a', 'A'), loaded(NOW), l10n);
    assert.ok(r.state === 'loaded');
    assert.deepEqual(r.spark, [50, 100, 50]);
    assert.equal(r.sparkText, 'Calls per day over 3 days, at most 100 a day');
    const none = overviewRow(campaign('a', 'A'), loaded(analytics({ callsStatusOverview: emptyStatus({ totalCalls: 3 }) })), l10n);
    assert.ok(none.state === 'loaded');
    assert.deepEqual(none.spark, []);
    assert.equal(none.sparkText, 'No daily calls');
  });

  it('is a loading or an error row with the campaign\'s name, status and kind', () => {
    assert.deepEqual(overviewRow(campaign('a', 'A'), { state: 'loading' }, l10n), { id: 'a', name: 'A', status: 'Running', state: 'loading' });
    assert.deepEqual(overviewRow(campaign('b', 'B', { kind: 'outbound', status: 'Paused' }), { state: 'error', message: 'HTTP 503' }, l10n), {
      id: 'b', name: 'B', status: 'Paused', kind: 'outbound', state: 'error', message: 'HTTP 503',
    });
  });
});

describe('overview total row', () => {
  it('counts the campaigns it includes, the ones still loading and names the failed ones', () => {
    const t = overviewTotal([
      { campaign: campaign('a', 'A'), state: loaded(NOW) },
      { campaign: campaign('b', 'B'), state: { state: 'error', message: 'HTTP 500' } },
      { campaign: campaign('c', 'C'), state: { state: 'loading' } },
      { campaign: campaign('d', 'D'), state: { state: 'error', message: 'HTTP 500' } },
      { campaign: campaign('e', 'E'), state: loaded(BEFORE) },
    ], l10n);
    assert.equal(t.summary, '2 of 5 campaigns · 1 loading · not included, failed to load: B, D');
    assert.deepEqual(t.failed, ['B', 'D']);
    assert.equal(t.cells?.calls.text, '300');
  });

  it('says only how many campaigns when all have loaded', () => {
    const t = overviewTotal([{ campaign: campaign('a', 'A'), state: loaded(NOW, BEFORE) }, { campaign: campaign('b', 'B'), state: loaded(BEFORE, BEFORE) }], l10n);
    assert.equal(t.summary, '2 of 2 campaigns');
    assert.deepEqual(t.failed, []);
    assert.equal(t.cells?.calls.text, '300');
    assert.equal(t.cells?.calls.delta.text, '▲ 50 %');
    assert.equal(t.cells?.successRate.text, `${Math.round((90 / 140) * 1000) / 10}%`);
  });

  it('sums the campaigns\' days for its sparkline', () => {
    const t = overviewTotal([{ campaign: campaign('a', 'A'), state: loaded(NOW) }, { campaign: campaign('b', 'B'), state: loaded(BEFORE) }], l10n);
    assert.deepEqual(t.spark, [90, 160, 50]);
    assert.equal(t.sparkText, 'Calls per day over 3 days, at most 160 a day');
  });

  it('has no figures while nothing has loaded', () => {
    const t = overviewTotal([{ campaign: campaign('a', 'A'), state: { state: 'loading' } }, { campaign: campaign('b', 'B'), state: { state: 'error', message: 'x' } }], l10n);
    assert.equal(t.cells, null);
    assert.deepEqual(t.spark, []);
    assert.equal(t.sparkText, 'No daily calls');
    assert.equal(t.summary, '0 of 2 campaigns · 1 loading · not included, failed to load: B');
    assert.equal(overviewTotal([], l10n).cells, null);
  });
});
