/** The KPI cards as a user reads them: label, figure, second line, change, what it compares with, tooltip. */
import assert from 'node:assert/strict';
import { buildKpis } from '../../src/analytics/kpis';
import type { KpiId, ModelKpi } from '../../src/shared/protocol';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';
const card = (list: readonly ModelKpi[], id: KpiId): ModelKpi => {
  const found = list.find((k) => k.id === id);
  assert.ok(found, id);
  return found;
};

describe('KPI cards', () => {
  it('are six, in order, each with its label', () => {
    const list = buildKpis({ current: analytics(), previous: null });
    assert.deepEqual(list.map((k) => [k.id, k.label]), [
      ['totalCalls', 'Total calls'], ['successRate', 'Success rate'], ['averageDuration', 'Average duration'],
      ['totalCost', 'Total cost'], ['sentiment', 'Positive sentiment'], ['topLabel', 'Top label'],
    ]);
    assert.deepEqual(list.map((k) => k.text), ['—', '—', '—', '—', '—', '—']);
    assert.deepEqual(list.map((k) => k.detail), [null, 'Not provided by the API: the successful, not successful count, so the rate cannot be computed.', null, null, null, null]);
  });

  it('explain each figure in its tooltip', () => {
    const list = buildKpis({ current: analytics(), previous: null }, { currencyLabel: 'EUR' });
    assert.equal(card(list, 'totalCalls').tooltip, 'All inbound calls in the range (callsStatusOverview.totalCalls).');
    assert.equal(card(list, 'successRate').tooltip, 'Successful ÷ (successful + not successful). Calls only end as successful or not when the agent has a Success Definition. Change in percentage points.');
    assert.equal(card(list, 'averageDuration').tooltip, 'Average call duration weighted by calls: Σ(daily average × daily calls) ÷ Σ daily calls. The API sends seconds.');
    assert.equal(card(list, 'totalCost').tooltip, 'Sum of callsCostTimeLine.totalPrice; per call = total cost ÷ total calls. The API does not name a currency: shown in EUR (setting nlpearl.currencyLabel).');
    assert.equal(card(list, 'sentiment').tooltip, 'Share of rated calls whose sentiment was positive or slightly positive (of negative, slightly negative, neutral, slightly positive, positive). Change in percentage points.');
    assert.equal(card(list, 'topLabel').tooltip, "The call label with the most calls in the range; the change compares that label's count.");
  });

  it('the success card says what its rate is made of, which count is missing, or that the agent has no definition', () => {
    const rate = (counts: Parameters<typeof emptyStatus>[0]) => card(buildKpis({ current: analytics({ callsStatusOverview: emptyStatus(counts) }), previous: null }), 'successRate');
    assert.equal(rate({ successful: 1200, unsuccessful: 300 }).detail, '1,200 successful of 1,500 rated');
    assert.equal(rate({ successful: 1200, unsuccessful: 300 }).text, '80%');
    assert.equal(rate({ successful: null, unsuccessful: 3 }).detail, 'Not provided by the API: the successful count, so the rate cannot be computed.');
    assert.equal(rate({ successful: 3, unsuccessful: null }).detail, 'Not provided by the API: the not successful count, so the rate cannot be computed.');
    assert.equal(rate({ completed: 1500 }).detail, '1,500 calls completed; this agent has no Success Definition, so calls are not rated successful or not.');
    assert.equal(rate({}).detail, null, 'nothing rated, nothing completed');
  });

  it('the sentiment card gives the rated calls, the cost card the price per call, the duration card its method', () => {
    const current = analytics({
      callsStatusOverview: emptyStatus({ totalCalls: 4 }),
      callsSentimentOverview: { negative: 1000, slightlyNegative: 0, neutral: 0, slightlyPositive: 500, positive: 500 },
      callsCostTimeLine: [{ date: D1, totalPrice: 1, averageCostPerCall: null }],
      callsAverageTimeLine: [{ date: D1, averageCallDuration: 90 }],
    });
    const list = buildKpis({ current, previous: null }, { currencyLabel: 'EUR' });
    assert.equal(card(list, 'sentiment').text, '50%');
    assert.equal(card(list, 'sentiment').detail, 'of 2,000 rated calls');
    assert.equal(card(list, 'totalCost').detail, '0.25 EUR per call');
    assert.equal(card(list, 'averageDuration').detail, 'mean of daily averages (call counts missing)');
    assert.equal(card(list, 'averageDuration').text, '1:30');
    const weighted = buildKpis({ current: analytics({ callsStatusTimeLine: [bucket(D1, { totalCalls: 2 })], callsAverageTimeLine: [{ date: D1, averageCallDuration: 90 }] }), previous: null });
    assert.equal(card(weighted, 'averageDuration').detail, null);
  });

  it('the sentiment share is shown without decimals, its change in points', () => {
    const s = (positive: number) => analytics({ callsStatusOverview: emptyStatus({ totalCalls: 100 }), callsSentimentOverview: { negative: 3 - positive, slightlyNegative: 0, neutral: 0, slightlyPositive: 0, positive } });
    const k = card(buildKpis({ current: s(2), previous: s(1) }), 'sentiment');
    assert.equal(k.text, '67%');
    assert.equal(k.delta.text, '▲ 33.3 pp');
  });

  it('the duration and cost cards compare with the previous period', () => {
    const p = (seconds: number, cost: number) => analytics({
      callsStatusOverview: emptyStatus({ totalCalls: 100 }),
      callsStatusTimeLine: [bucket(D1, { totalCalls: 100 })],
      callsAverageTimeLine: [{ date: D1, averageCallDuration: seconds }],
      callsCostTimeLine: [{ date: D1, totalPrice: cost, averageCostPerCall: null }],
    });
    const list = buildKpis({ current: p(120, 30), previous: p(100, 40) });
    assert.equal(card(list, 'averageDuration').delta.text, '▲ 20 %');
    assert.equal(card(list, 'averageDuration').reference, 'previous period: 1:40');
    assert.equal(card(list, 'totalCost').delta.text, '▼ 25 %');
    assert.equal(card(list, 'totalCost').reference, 'previous period: 40.00 credits');
  });

  it("the top label card compares that label's calls, unknown when the previous period sent no labels", () => {
    const labels = (list: { id: string; count: number }[] | null) => analytics({ callsStatusOverview: emptyStatus({ totalCalls: 100 }), callLabelCount: list && list.map((l) => ({ ...l, name: l.id.toUpperCase(), color: null })) });
    const current = labels([{ id: 'a', count: 1500 }, { id: 'b', count: 2 }]);
    const k = card(buildKpis({ current, previous: labels([{ id: 'b', count: 9 }, { id: 'a', count: 1000 }]) }), 'topLabel');
    assert.equal(k.text, 'A');
    assert.equal(k.value, 1500);
    assert.equal(k.detail, '1,500 calls');
    assert.equal(k.delta.text, '▲ 50 %');
    assert.equal(k.reference, 'previous period: 1,000');
    const unsent = card(buildKpis({ current, previous: labels(null) }), 'topLabel');
    assert.equal(unsent.delta.text, '—');
    assert.equal(unsent.reference, null);
    const absent = card(buildKpis({ current, previous: labels([{ id: 'b', count: 9 }]) }), 'topLabel');
    assert.equal(absent.delta.direction, 'new');
    assert.equal(absent.reference, 'previous period: 0');
    const noTop = card(buildKpis({ current: labels([]), previous: labels([{ id: 'b', count: 9 }]) }), 'topLabel');
    assert.equal(noTop.text, '—');
    assert.equal(noTop.value, null);
    assert.equal(noTop.detail, null);
    assert.equal(noTop.delta.text, '—');
    assert.equal(noTop.reference, null);
  });
});
