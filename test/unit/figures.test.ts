/** The raw key figures behind the KPI cards and the tree: what is counted, what stands in, and when a figure is unknown. */
import assert from 'node:assert/strict';
import { durationFigure, figures, labelName, successFigure } from '../../src/analytics/figures';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';
const D2 = '2026-03-02T00:00:00Z';

describe('key figures', () => {
  it('takes the overview counters, and the sum of the days only when the overview lacks one and every day sent it', () => {
    const days = [bucket(D1, { totalCalls: 2, successful: 1 }), bucket(D2, { totalCalls: 3, successful: 2 })];
    assert.equal(figures(analytics({ callsStatusOverview: emptyStatus({ totalCalls: 9 }), callsStatusTimeLine: days })).totalCalls, 9);
    assert.equal(figures(analytics({ callsStatusOverview: emptyStatus({ totalCalls: null }), callsStatusTimeLine: days })).totalCalls, 5);
    assert.equal(figures(analytics({ callsStatusTimeLine: days })).totalCalls, 5);
    assert.equal(figures(analytics({ callsStatusTimeLine: [...days, bucket(D2, { totalCalls: null })] })).totalCalls, null, 'a day without the count');
    assert.equal(figures(analytics({ callsStatusTimeLine: [] })).totalCalls, null, 'no days');
    assert.equal(figures(analytics()).totalCalls, null);
  });

  it('rates success from successful and not successful calls, and says which counter is missing', () => {
    assert.deepEqual(successFigure(analytics({ callsStatusOverview: emptyStatus({ successful: 3, unsuccessful: 1, completed: 2 }) })), {
      successful: 3, unsuccessful: 1, completed: 2, rate: 75, noDefinition: false, missing: [],
    });
    const noUnsuccessful = successFigure(analytics({ callsStatusOverview: emptyStatus({ successful: 3, unsuccessful: null }) }));
    assert.equal(noUnsuccessful.rate, null);
    assert.deepEqual(noUnsuccessful.missing, ['unsuccessful']);
    assert.deepEqual(successFigure(analytics()).missing, ['successful', 'unsuccessful']);
    const noSuccessful = successFigure(analytics({ callsStatusOverview: emptyStatus({ successful: null, unsuccessful: 2 }) }));
    assert.deepEqual(noSuccessful.missing, ['successful']);
    assert.equal(noSuccessful.rate, null, 'not 0 %: the successful count is unknown');
  });

  it('has no rate and no definition when only completed calls exist; neither when nothing happened', () => {
    const completed = successFigure(analytics({ callsStatusOverview: emptyStatus({ completed: 5 }) }));
    assert.equal(completed.rate, null);
    assert.equal(completed.noDefinition, true);
    const nothing = successFigure(analytics({ callsStatusOverview: emptyStatus() }));
    assert.equal(nothing.rate, null);
    assert.equal(nothing.noDefinition, false);
    assert.equal(successFigure(analytics({ callsStatusOverview: emptyStatus({ completed: null }) })).noDefinition, false);
    assert.equal(successFigure(analytics({ callsStatusOverview: emptyStatus({ successful: 1 }) })).rate, 100);
  });

  it('weights the average duration by each day\'s calls, leaves out negative or missing averages, and has none without calls', () => {
    const calls = [bucket(D1, { totalCalls: 1 }), bucket(D2, { totalCalls: 3 })];
    const avg = (a: number | null, b: number | null) => [{ date: D1, averageCallDuration: a }, { date: D2, averageCallDuration: b }];
    assert.deepEqual(durationFigure(analytics({ callsStatusTimeLine: calls, callsAverageTimeLine: avg(100, 200) })), { seconds: 175, method: 'weighted' });
    assert.deepEqual(durationFigure(analytics({ callsStatusTimeLine: calls, callsAverageTimeLine: avg(-5, 200) })), { seconds: 200, method: 'weighted' });
    assert.deepEqual(durationFigure(analytics({ callsStatusTimeLine: calls, callsAverageTimeLine: avg(0, null) })), { seconds: 0, method: 'weighted' }, 'a 0 average counts');
    const none = [bucket(D1, { totalCalls: 0 }), bucket(D2, { totalCalls: 0 })];
    assert.deepEqual(durationFigure(analytics({ callsStatusTimeLine: none, callsAverageTimeLine: avg(100, 200) })), { seconds: null, method: 'weighted' });
    assert.deepEqual(durationFigure(analytics({ callsAverageTimeLine: avg(null, -1) })), { seconds: null, method: null });
    assert.deepEqual(durationFigure(analytics()), { seconds: null, method: null });
  });

  it('adds the calls of a date listed twice, and falls back to the plain mean when a day has no count', () => {
    const twice = [bucket(D1, { totalCalls: 1 }), bucket(D1, { totalCalls: 1 }), bucket(D2, { totalCalls: 2 })];
    const avg = [{ date: D1, averageCallDuration: 100 }, { date: D2, averageCallDuration: 400 }];
    assert.deepEqual(durationFigure(analytics({ callsStatusTimeLine: twice, callsAverageTimeLine: avg })), { seconds: 250, method: 'weighted' });
    const gap = [bucket(D1, { totalCalls: 1 }), bucket(D2, { totalCalls: null })];
    assert.deepEqual(durationFigure(analytics({ callsStatusTimeLine: gap, callsAverageTimeLine: avg })), { seconds: 250, method: 'mean' });
    assert.deepEqual(durationFigure(analytics({ callsStatusTimeLine: [bucket(D1, { totalCalls: 3 })], callsAverageTimeLine: [{ date: D1, averageCallDuration: 90 }, { date: D2, averageCallDuration: 30 }] })), { seconds: 60, method: 'mean' });
  });

  it('sums the cost, divides by the calls for the cost per call, and has no per-call cost without calls', () => {
    const cost = [{ date: D1, totalPrice: 3, averageCostPerCall: null }, { date: D2, totalPrice: 1.5, averageCostPerCall: null }];
    const f = figures(analytics({ callsStatusOverview: emptyStatus({ totalCalls: 9 }), callsCostTimeLine: cost }));
    assert.equal(f.totalCost, 4.5);
    assert.equal(f.costPerCall, 0.5);
    assert.equal(figures(analytics({ callsStatusOverview: emptyStatus({ totalCalls: 0 }), callsCostTimeLine: cost })).costPerCall, null);
    assert.equal(figures(analytics({ callsCostTimeLine: cost })).costPerCall, null);
    assert.equal(figures(analytics({ callsStatusOverview: emptyStatus({ totalCalls: 9 }) })).costPerCall, null);
    assert.equal(figures(analytics()).totalCost, null);
  });

  it('shares positive and slightly positive of every rated call; unknown with a counter missing or none rated', () => {
    const f = figures(analytics({ callsSentimentOverview: { negative: 2, slightlyNegative: 1, neutral: 3, slightlyPositive: 1, positive: 3 } }));
    assert.equal(f.ratedCalls, 10);
    assert.equal(f.positiveShare, 40);
    const missing = figures(analytics({ callsSentimentOverview: { negative: 2, slightlyNegative: 1, neutral: null, slightlyPositive: 1, positive: 3 } }));
    assert.equal(missing.ratedCalls, null);
    assert.equal(missing.positiveShare, null);
    const zero = figures(analytics({ callsSentimentOverview: { negative: 0, slightlyNegative: 0, neutral: 0, slightlyPositive: 0, positive: 0 } }));
    assert.equal(zero.ratedCalls, 0);
    assert.equal(zero.positiveShare, null);
    assert.equal(figures(analytics()).ratedCalls, null);
  });

  it('names the top label (the first of equals, none without calls), counts any label, and knows whether labels came', () => {
    const f = figures(analytics({
      callLabelCount: [
        { id: 'neg', name: 'Neg', color: null, count: -4 },
        { id: 'a', name: '  ', color: null, count: 5 },
        { id: 'b', name: 'B', color: null, count: 5 },
        { id: 'n', name: 'N', color: null, count: null },
        { id: 'a', name: 'again', color: null, count: 1 },
      ],
    }));
    assert.deepEqual(f.topLabel, { id: 'a', name: 'a', count: 6 });
    assert.equal(f.labelCount('a'), 6);
    assert.equal(f.labelCount('b'), 5);
    assert.equal(f.labelCount('n'), 0, 'no count');
    assert.equal(f.labelCount('zz'), 0, 'not listed');
    assert.equal(f.labelsProvided, true);
    const zeros = figures(analytics({ callLabelCount: [{ id: 'z', name: 'Z', color: null, count: 0 }] }));
    assert.equal(zeros.topLabel, null);
    const tie = figures(analytics({ callLabelCount: [{ id: 'x', name: 'X', color: null, count: 3 }, { id: 'y', name: 'Y', color: null, count: 3 }] }));
    assert.equal(tie.topLabel?.name, 'X');
    const later = figures(analytics({ callLabelCount: [{ id: 'x', name: 'X', color: null, count: 3 }, { id: 'y', name: 'Y', color: null, count: 5 }, { id: 'z', name: 'Z', color: null, count: 4 }] }));
    assert.deepEqual(later.topLabel, { id: 'y', name: 'Y', count: 5 }, 'a later label with more calls');
    const none = figures(analytics());
    assert.equal(none.labelsProvided, false);
    assert.equal(none.topLabel, null);
    assert.equal(none.labelCount('a'), 0);
  });

  it('shows a label by its trimmed name, or its id when the name is blank or missing', () => {
    assert.equal(labelName({ id: 'x1', name: '  Booked ', color: null, count: 1 }), 'Booked');
    assert.equal(labelName({ id: 'x1', name: null, color: null, count: 1 }), 'x1');
    assert.equal(labelName({ id: 'x1', name: '', color: null, count: 1 }), 'x1');
  });
});
