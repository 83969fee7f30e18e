import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import type { ModelChart } from '../../src/shared/protocol';
import { chartConfig, DECIMATION_THRESHOLD } from '../../webview/charts/config';
import type { Theme } from '../../webview/charts/palette';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const theme: Theme = {
  roles: { blue: '#0000ff', green: '#00ff00', red: '#ff0000', yellow: '#ffff00', orange: '#ff8800', purple: '#880088', grey: '#888888', foreground: '#111111' },
  foreground: '#111111',
  background: '#ffffff',
  grid: '#cccccc',
  font: 'sans-serif',
  kind: 'light',
  reducedMotion: true,
};

function chartOf(id: ModelChart['id'], a = analytics()): ModelChart {
  const chart = buildDashboardModel({ current: a, previous: null }).charts.find((c) => c.id === id);
  assert.ok(chart, id);
  return chart;
}

const DAY = 86_400_000;
const dates = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2025, 0, 1) + i * DAY).toISOString());

describe('chart configurations', () => {
  it('stacks the status timeline per day in the theme colours', () => {
    const a = analytics({ callsStatusTimeLine: [bucket(dates(1)[0], { totalCalls: 3, successful: 2, unsuccessful: 1 })] });
    const config = chartConfig(chartOf('callsStatusTimeLine', a), theme, 'en');
    const scales = config.options?.scales as Record<string, { stacked?: boolean }>;
    assert.equal(scales.x.stacked, true);
    assert.equal(scales.y.stacked, true);
    const successful = config.data.datasets.find((d) => d.label === 'Successful');
    assert.equal(successful?.backgroundColor, '#00ff00');
  });

  it('turns animation off when reduced motion is asked for', () => {
    const chart = chartOf('callEventsCounts', analytics({ callEventsCounts: { takeMessageCount: 1, smsSentCount: 2, callTransferredCount: 3, calendarBookedCount: 4, emailSentCount: 5 } }));
    assert.equal(chartConfig(chart, theme, 'en').options?.animation, false);
    assert.notEqual(chartConfig(chart, { ...theme, reducedMotion: false }, 'en').options?.animation, false);
  });

  it('decimates long line series on a linear time axis', () => {
    const long = dates(DECIMATION_THRESHOLD + 50).map((date, i) => ({ date, averageCallDuration: 100 + (i % 7) }));
    const config = chartConfig(chartOf('callsAverageTimeLine', analytics({ callsAverageTimeLine: long })), theme, 'en');
    const plugins = config.options?.plugins as { decimation?: { enabled?: boolean } };
    assert.equal(plugins.decimation?.enabled, true);
    assert.equal(config.options?.parsing, false);
    const first = config.data.datasets[0].data[0] as { x: number; y: number };
    assert.equal(first.x, Date.parse(long[0].date));
    const short = chartConfig(chartOf('callsAverageTimeLine', analytics({ callsAverageTimeLine: long.slice(0, 30) })), theme, 'en');
    assert.equal((short.options?.plugins as { decimation?: { enabled?: boolean } }).decimation?.enabled, false);
  });

  it('gives the cost chart bars and an average-cost line on a second axis', () => {
    const a = analytics({ callsCostTimeLine: [{ date: dates(1)[0], totalPrice: 4, averageCostPerCall: 0.4 }] });
    const config = chartConfig(chartOf('callsCostTimeLine', a), theme, 'en');
    const types = config.data.datasets.map((d) => [d.type, (d as { yAxisID?: string }).yAxisID]);
    assert.deepEqual(types, [['bar', 'y'], ['line', 'y2']]);
    const scales = config.options?.scales as Record<string, { title?: { text?: string } }>;
    assert.equal(scales.y2.title?.text, 'Average cost per call (credits)');
  });

  it('caps percentage charts at 100 and names the unit on the axis', () => {
    const a = analytics({ callsSuccessRateTimeLine: [{ date: dates(1)[0], successRatePercentage: 40 }] });
    const scales = chartConfig(chartOf('callsSuccessRateTimeLine', a), theme, 'en').options?.scales as Record<string, { max?: number; title?: { text?: string } }>;
    assert.equal(scales.y.max, 100);
    assert.equal(scales.y.title?.text, 'Rate (%)');
    assert.match(scales.x.title?.text ?? '', /UTC/);
  });

  it('draws labels in their own checked colours and palette colours otherwise', () => {
    const a = analytics({
      callsStatusOverview: emptyStatus({ totalCalls: 2 }),
      callLabelCount: [
        { id: '1', name: 'A', color: '#123456', count: 2 },
        { id: '2', name: 'B', color: 'url(javascript:alert(1))', count: 1 },
      ],
    });
    const config = chartConfig(chartOf('callLabelCount', a), theme, 'en');
    assert.equal(config.options?.indexAxis, 'y');
    assert.deepEqual(config.data.datasets[0].backgroundColor, ['#123456', theme.roles.green]);
  });
});
