/** The pieces every chart is built from, as they show: value texts, date labels, the table, the text alternatives. */
import assert from 'node:assert/strict';
import { categorySummary, dateLabels, formatValue, hasData, series, seriesTable, timelineSummary } from '../../src/analytics/chartParts';
import { resolveOptions } from '../../src/analytics/options';

const en = resolveOptions({ locale: 'en', currencyLabel: 'EUR' });

describe('chart parts', () => {
  it('writes a value in the format of its chart: count, m:ss, percent, cost in the currency', () => {
    assert.equal(formatValue(1234.5, 'count', en), '1,234.5');
    assert.equal(formatValue(1234.5, 'count', resolveOptions({ locale: 'de' })), '1.234,5');
    assert.equal(formatValue(125, 'duration', en), '2:05');
    assert.equal(formatValue(42.26, 'percent', en), '42.3%');
    assert.equal(formatValue(12.5, 'cost', en), '12.50 EUR');
    assert.equal(formatValue(null, 'cost', en), '—');
  });

  it('keeps only showable numbers in a series, as bars on the first axis unless asked otherwise', () => {
    const s = series('calls', 'Calls', [1, Number.NaN, null, undefined, 2 ** 60, 3], 'count', 'blue', en);
    assert.deepEqual(s.values, [1, null, null, null, null, 3]);
    assert.deepEqual(s.texts, ['1', '—', '—', '—', '—', '3']);
    assert.equal(s.type, 'bar');
    assert.equal(s.axis, 'y');
    assert.equal(s.pointColors, null);
    assert.equal(s.pointRoles, null);
    assert.equal(s.format, 'count');
    assert.equal(s.color, 'blue');
    const line = series('avg', 'Average', [1], 'cost', 'orange', en, { type: 'line', axis: 'y2', pointColors: ['#fff'], pointRoles: ['red'] });
    assert.deepEqual([line.type, line.axis, line.pointColors, line.pointRoles], ['line', 'y2', ['#fff'], ['red']]);
  });

  it('labels days without the year, and with it once the days span two years', () => {
    const oneYear = [Date.UTC(2026, 2, 1), Date.UTC(2026, 11, 31)];
    assert.deepEqual(dateLabels(oneYear, en), ['Mar 1', 'Dec 31']);
    const twoYears = [Date.UTC(2025, 11, 31), Date.UTC(2026, 0, 1)];
    assert.deepEqual(dateLabels(twoYears, en), ['Dec 31, 2025', 'Jan 1, 2026']);
    assert.deepEqual(dateLabels([], en), []);
  });

  it('tabulates one row per category and one column per series, — where a series has no value', () => {
    const a = series('a', 'A', [1, 2], 'count', 'blue', en);
    const b = series('b', 'B', [3], 'count', 'red', en);
    assert.deepEqual(seriesTable('Caption', 'Day', ['x', 'y'], [a, b]), {
      caption: 'Caption',
      columns: ['Day', 'A', 'B'],
      rows: [['x', '1', '3'], ['y', '2', '—']],
    });
  });

  it('has data only when some value is neither missing nor zero', () => {
    assert.equal(hasData([]), false);
    assert.equal(hasData([series('a', 'A', [0, null, 0], 'count', 'blue', en)]), false);
    assert.equal(hasData([series('a', 'A', [0], 'count', 'blue', en), series('b', 'B', [null, -1], 'count', 'blue', en)]), true);
  });

  it('sums up a category chart in words, the first twelve categories and how many more', () => {
    const cats = Array.from({ length: 14 }, (_, i) => `C${i}`);
    const s = series('n', 'N', cats.map((_, i) => i), 'count', 'blue', en);
    assert.equal(categorySummary('Events', cats.slice(0, 2), s, en), 'Events. C0: 0; C1: 1.');
    const long = categorySummary('Events', cats, s, en);
    assert.ok(long.startsWith('Events. C0: 0; C1: 1;'), long);
    assert.ok(long.endsWith('C11: 11 and 2 more.'), long);
    assert.equal(long.includes('C12'), false);
    assert.equal(categorySummary('Events', cats.slice(0, 12), s, en).endsWith('C11: 11.'), true);
    assert.equal(categorySummary('Events', [], s, en), 'Events: no data.');
    assert.equal(categorySummary('Events', cats, undefined, en), 'Events: no data.');
    assert.equal(categorySummary('Events', ['A', 'B'], series('n', 'N', [5], 'count', 'blue', en), en), 'Events. A: 5; B: —.');
  });

  it('sums up a timeline in words: the days it covers and each series from its lowest to its highest value', () => {
    const days = ['Mar 1', 'Mar 2', 'Mar 3', 'Mar 4'];
    const calls = series('c', 'Calls', [5, 2, null, 9], 'count', 'blue', en);
    const cost = series('p', 'Cost', [null, null, null, null], 'cost', 'orange', en);
    assert.equal(timelineSummary('Calls per day', days, [calls, cost], en), 'Calls per day: 4 days from Mar 1 to Mar 4. Calls from 2 to 9; Cost: no values.');
    assert.equal(timelineSummary('Calls per day', [], [calls], en), 'Calls per day: no data.');
    const equal = series('e', 'Flat', [3, 3], 'count', 'blue', en);
    assert.equal(timelineSummary('T', ['a', 'b'], [equal], en), 'T: 2 days from a to b. Flat from 3 to 3.');
    assert.equal(timelineSummary('T', ['a', 'b'], [series('z', 'Zero', [0, 0], 'count', 'blue', en)], en), 'T: 2 days from a to b. Zero from 0 to 0.');
    assert.equal(timelineSummary('T', ['a', 'b'], [series('n', 'Net', [-2, -5], 'count', 'blue', en)], en), 'T: 2 days from a to b. Net from -5 to -2.');
    const falling = series('f', 'Falling', [9, 4, 1], 'count', 'blue', en);
    assert.equal(timelineSummary('T', ['a', 'b', 'c'], [falling], en), 'T: 3 days from a to c. Falling from 1 to 9.');
  });

  it('names at most six series in a timeline summary', () => {
    const list = Array.from({ length: 8 }, (_, i) => series(`s${i}`, `S${i}`, [i], 'count', 'blue', en));
    const text = timelineSummary('T', ['a'], list, en);
    assert.ok(text.includes('S5 from 5 to 5'), text);
    assert.equal(text.includes('S6'), false, text);
  });
});
