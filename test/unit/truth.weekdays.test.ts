/** Issue 11, point 14: the weekday base is told by the data, by the setting, or said to be unknown. */
import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import type { ModelOptions } from '../../src/analytics/options';
import type { HourDayCount } from '../../src/api/schemas';
import type { ModelChart } from '../../src/shared/protocol';
import { englishTranslate } from '../../src/analytics/translate';
import { dataMessage } from '../../src/dashboard/panelMessages';
import { analytics } from './analytics.fixtures';

/** 1-based data (1 = Sunday … 7 = Saturday) from a campaign closed on Saturdays: no 7, and no 0. */
const MON_TO_FRI_ONE_BASED: HourDayCount[] = [2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, hourOfDay: 9, count: dayOfWeek === 2 ? 10 : 1 }));

function heatmap(entries: HourDayCount[], options?: ModelOptions): ModelChart {
  const chart = buildDashboardModel({ current: analytics({ callsByHourDayOfWeeks: entries }), previous: null }, options).charts.find((c) => c.id === 'callsByHourDayOfWeeks');
  assert.ok(chart);
  return chart;
}

describe('truth: weekday base (issue 11, point 14)', () => {
  it('says on the heatmap and in its table that the weekday base cannot be told when no day is 0 or 7', () => {
    const chart = heatmap(MON_TO_FRI_ONE_BASED);
    assert.ok(chart.notes.some((n) => /cannot be told from this data/.test(n) && /nlpearl\.weekdayBase/.test(n)), chart.notes.join(' | '));
    assert.match(chart.table.caption, /cannot be told from this data/);
    assert.match(chart.summary, /cannot be told/);
  });

  it('reads the data as 1 = Sunday when nlpearl.weekdayBase is sunday1, so Monday stays Monday', () => {
    const chart = heatmap(MON_TO_FRI_ONE_BASED, { weekdayBase: 'sunday1' });
    const monday = chart.table.rows.find((r) => r[0] === 'Mon');
    assert.equal(monday?.[10], '10');
    assert.ok(chart.notes.some((n) => /1 = Sunday … 7 = Saturday, as the setting nlpearl\.weekdayBase says/.test(n)), chart.notes.join(' | '));
    assert.doesNotMatch(chart.table.caption, /cannot be told/);
  });

  it('tells 0-based data by a day 0, and says why', () => {
    const chart = heatmap([{ dayOfWeek: 0, hourOfDay: 9, count: 1 }, { dayOfWeek: 1, hourOfDay: 9, count: 4 }]);
    assert.equal(chart.table.rows.find((r) => r[0] === 'Mon')?.[10], '4');
    assert.ok(chart.notes.some((n) => /because a value of 0 was present/.test(n)), chart.notes.join(' | '));
  });

  it('names UTC in the "Busiest …" line', () => {
    assert.match(heatmap(MON_TO_FRI_ONE_BASED, { weekdayBase: 'sunday1' }).summary, /Busiest: Mon 9:00 UTC with 10 calls\./);
  });

  it('passes nlpearl.weekdayBase from the host settings into the dashboard\'s heatmap', () => {
    const range = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
    const current = { analytics: analytics({ callsByHourDayOfWeeks: MON_TO_FRI_ONE_BASED }), json: {}, windows: 1, range, fetchedAt: 1 };
    const message = dataMessage({ pair: { current, previous: null }, requestId: 1, range }, { currencyLabel: '', weekdayBase: 'sunday1', locale: 'en', t: englishTranslate });
    const chart = message.model.charts.find((c) => c.id === 'callsByHourDayOfWeeks');
    assert.equal(chart?.table.rows.find((r) => r[0] === 'Mon')?.[10], '10');
  });
});
