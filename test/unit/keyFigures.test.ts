/** The campaign tree's figures: each the KPI card's figure and change, its tooltip the card's second line and definition. */
import assert from 'node:assert/strict';
import { keyFigures } from '../../src/analytics/keyFigures';
import { analytics, emptyStatus } from './analytics.fixtures';

describe('key figures in the tree', () => {
  it("labels each figure like its card and puts the card's second line above the definition in the tooltip", () => {
    const current = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 1500, successful: 3, unsuccessful: 1 }) });
    const list = keyFigures({ current, previous: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 1000, successful: 1, unsuccessful: 1 }) }) }, { locale: 'en' });
    assert.deepEqual(list.map((f) => f.label), ['Total calls', 'Success rate', 'Average duration', 'Total cost', 'Positive sentiment', 'Top label']);
    const total = list[0];
    assert.equal(total?.value, '1,500');
    assert.equal(total?.delta, '▲ 50 %');
    assert.equal(total?.direction, 'up');
    assert.equal(total?.tooltip, 'All inbound calls in the range (callsStatusOverview.totalCalls).', 'no second line: the definition alone');
    const rate = list[1];
    assert.equal(rate?.value, '75%');
    assert.equal(rate?.direction, 'up');
    assert.equal(rate?.tooltip.split('\n')[0], '3 successful of 4 rated');
    assert.match(rate?.tooltip.split('\n')[1] ?? '', /^Successful ÷ \(successful \+ not successful\)/);
    assert.equal(rate?.tooltip.split('\n').length, 2);
  });
});
