/** Issue 11, point 16: huge label lists draw 20 bars and "Other"; table and CSV keep every label. */
import assert from 'node:assert/strict';
import { sectionCsv } from '../../src/analytics/csv';
import { buildKpis } from '../../src/analytics/kpis';
import { buildDashboardModel } from '../../src/analytics/model';
import type { LabelCount } from '../../src/api/schemas';
import type { ModelChart } from '../../src/shared/protocol';
import { analytics } from './analytics.fixtures';

const many = (n: number): LabelCount[] => Array.from({ length: n }, (_, i) => ({ id: `id${i}`, name: `Label ${i}`, color: '#123456', count: n - i }));

function labelsOf(list: LabelCount[]): ModelChart {
  const chart = buildDashboardModel({ current: analytics({ callLabelCount: list }), previous: null }).charts.find((c) => c.id === 'callLabelCount');
  assert.ok(chart);
  return chart;
}

describe('truth: huge label lists (issue 11, point 16)', () => {
  it('draws the top 20 labels and one "Other (n labels)" bar with the rest\'s calls', () => {
    const chart = labelsOf(many(1000));
    assert.equal(chart.categories.length, 21);
    assert.equal(chart.categories[0], 'Label 0');
    assert.equal(chart.categories[20], 'Other (980 labels)');
    // Counts 980 … 1 are the rest: 980·981/2.
    assert.equal(chart.series[0].values[20], (980 * 981) / 2);
    assert.ok(chart.notes.some((n) => /top 20 labels/.test(n)));
  });

  it('keeps every label in the table and the CSV', () => {
    const list = many(1000);
    assert.equal(labelsOf(list).table.rows.length, 1000);
    assert.equal(sectionCsv(analytics({ callLabelCount: list }), 'callLabelCount').trim().split('\r\n').length, 1001);
  });

  it('sums an id listed twice in one response, in the chart, the top-label card and the CSV', () => {
    const list: LabelCount[] = [
      { id: 'a', name: 'Booked', color: '#00ff00', count: 5 },
      { id: 'b', name: 'Callback', color: null, count: 8 },
      { id: 'a', name: 'Booked (again)', color: '#ff0000', count: 6 },
    ];
    const chart = labelsOf(list);
    assert.deepEqual(chart.categories, ['Booked', 'Callback']);
    assert.deepEqual(chart.series[0].values, [11, 8]);
    const top = buildKpis({ current: analytics({ callLabelCount: list }), previous: null }).find((k) => k.id === 'topLabel');
    assert.equal(top?.text, 'Booked');
    assert.equal(top?.detail, '11 calls');
    assert.equal(sectionCsv(analytics({ callLabelCount: list }), 'callLabelCount'), 'id,name,color,count\r\na,Booked,#00ff00,11\r\nb,Callback,,8\r\n');
  });
});
