/** The labels chart as a user reads it: the bars, their colours, the "Other" bar, the table, the notes and what a bar opens. */
import assert from 'node:assert/strict';
import { CHART_LABELS, labelsChart, rankedLabels } from '../../src/analytics/labelsChart';
import { resolveOptions } from '../../src/analytics/options';
import type { LabelCount } from '../../src/api/schemas';
import { analytics } from './analytics.fixtures';

const en = resolveOptions({ locale: 'en' });
const chartOf = (list: LabelCount[] | null, l10n = en) => labelsChart(analytics({ callLabelCount: list }), l10n);
const label = (id: string, count: number | null, color: LabelCount['color'] = null, name: string | null = `Name ${id}`): LabelCount => ({ id, name, color, count });
const many = (n: number) => Array.from({ length: n }, (_, i) => label(`id${i}`, 1000 + n - i, '#123456'));

describe('labels chart', () => {
  it('ranks labels by calls, most first, ties in the API order, labels without a number left out', () => {
    const ranked = rankedLabels(analytics({ callLabelCount: [label('a', 2), label('b', 5), label('c', null), label('d', 2), label('e', Number.NaN)] }));
    assert.deepEqual(ranked.map((l) => l.id), ['b', 'a', 'd']);
    assert.deepEqual(rankedLabels(analytics()), []);
  });

  it('is titled "Labels", drawn as horizontal bars of calls per label, the count formatted like the cards', () => {
    const chart = chartOf([label('a', 1234, '#00ff00', 'Booked'), label('b', 7, null, '  ')]);
    assert.equal(chart.title, 'Labels');
    assert.equal(chart.kind, 'horizontalBar');
    assert.equal(chart.horizontal, true);
    assert.equal(chart.yFormat, 'count');
    assert.deepEqual(chart.axes, { x: 'Calls', y: 'Label', y2: null });
    assert.deepEqual(chart.categories, ['Booked', 'b'], 'a blank name shows the id');
    assert.deepEqual(chart.series[0]?.texts, ['1,234', '7']);
    assert.equal(chart.series[0]?.label, 'Calls');
    assert.equal(chart.summary, 'Labels. Booked: 1,234; b: 7.');
    assert.deepEqual(chart.table, { caption: 'Labels', columns: ['Label', 'Calls'], rows: [['Booked', '1,234'], ['b', '7']] });
    assert.deepEqual(chart.notes, [], 'no "Other" note and no refused colour note');
    assert.equal(chart.empty, false);
  });

  it('formats the table and the "Other" bar in the locale', () => {
    const chart = chartOf(many(CHART_LABELS + 1234), resolveOptions({ locale: 'de' }));
    assert.equal(chart.categories[CHART_LABELS], 'Other (1.234 labels)');
    assert.equal(chart.table.rows[0]?.[1], '2.254');
    assert.ok(chart.notes.some((n) => n.includes('sums the other 1.234 into "Other"')), chart.notes.join(' | '));
  });

  it('says "not provided" (not "empty") when the API sent no labels, and "empty" when every label has 0 calls', () => {
    const missing = chartOf(null);
    assert.equal(missing.provided, false);
    assert.equal(missing.empty, false);
    assert.deepEqual(missing.categories, []);
    const zeros = chartOf([label('a', 0), label('b', 0)]);
    assert.equal(zeros.provided, true);
    assert.equal(zeros.empty, true);
  });

  it(`draws ${CHART_LABELS} labels as they are, and from ${CHART_LABELS + 1} on one grey "Other" bar with the rest's calls`, () => {
    const exact = chartOf(many(CHART_LABELS));
    assert.equal(exact.categories.length, CHART_LABELS);
    assert.equal(exact.categories.some((c) => c.startsWith('Other')), false);
    assert.equal(exact.notes.some((n) => n.includes('"Other"')), false);
    const one = chartOf(many(CHART_LABELS + 2));
    assert.equal(one.categories.length, CHART_LABELS + 1);
    assert.equal(one.categories[CHART_LABELS], 'Other (2 labels)');
    assert.equal(one.series[0]?.values[CHART_LABELS], 1001 + 1002, 'the two smallest labels summed');
    assert.equal(one.series[0]?.pointColors?.[CHART_LABELS], null);
    assert.equal(one.series[0]?.pointRoles?.[CHART_LABELS], 'grey');
    assert.deepEqual(one.notes, ['The chart shows the top 20 labels and sums the other 2 into "Other"; the table and the CSV list every label.']);
    assert.equal(one.table.rows.length, CHART_LABELS + 2, 'the table keeps every label');
  });

  it('falls back to palette colours in turn for labels whose colour is refused, and counts only real colours refused', () => {
    const list = [
      label('a', 9, 'url(x)'), label('b', 8, null), label('c', 7, ''), label('d', 6, 'expression(1)'), label('e', 5, '#abcdef'),
      label('f', 4, 'nope'), label('g', 3, null),
    ];
    const s = chartOf(list).series[0];
    assert.deepEqual(s?.pointColors, [null, null, null, null, '#abcdef', null, null]);
    assert.deepEqual(s?.pointRoles, ['blue', 'green', 'orange', 'purple', 'yellow', 'red', 'blue']);
    assert.deepEqual(chartOf(list).notes, ['3 label colours were not plain CSS colours and were replaced by theme colours.']);
  });

  it("a bar opens that label's calls (its id), with the bar's count; \"Other\" opens nothing", () => {
    const chart = chartOf([...many(CHART_LABELS), label('', 1), label('z', 1)]);
    const drill = chart.drill;
    assert.ok(drill?.categories && drill.rows);
    assert.equal(drill.hint, 'Click a bar, or press Enter on a row of the table, to see the calls with that label.');
    assert.deepEqual(drill.categories[0], { label: 'id0' });
    assert.equal(drill.categories.length, CHART_LABELS + 1);
    assert.equal(drill.categories[CHART_LABELS], null);
    assert.deepEqual(drill.rows[0], { key: { label: 'id0' }, expected: 1020 });
    assert.equal(drill.rows[CHART_LABELS], null, 'a label without an id opens nothing');
    assert.deepEqual(drill.rows[CHART_LABELS + 1], { key: { label: 'z' }, expected: 1 });
    const few = chartOf([label('a', 2)]).drill;
    assert.deepEqual(few?.categories, [{ label: 'a' }]);
  });
});
