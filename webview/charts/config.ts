/**
 * Chart.js configurations from a chart section of the view model and the theme. Pure: no DOM,
 * so the same function serves first render and theme re-colouring (and unit tests).
 */
import type { ChartConfiguration, ChartDataset, ScaleOptions, TooltipItem } from 'chart.js';
import type { ModelChart, ModelSeries, ValueFormat } from '../../src/shared/protocol';
import { dayText, tickText } from '../tickText';
import { pointColor, type Theme } from './palette';
import { bucketTicks, dailyTicks } from './ticks';

/** Line series longer than this are decimated (LTTB) to about DECIMATION_SAMPLES points. */
export const DECIMATION_THRESHOLD = 200;
export const DECIMATION_SAMPLES = 150;
const HALF_DAY_MS = 43_200_000;
const MAX_TIME_TICKS = 8;

type AnyDataset = ChartDataset<'bar' | 'line', Array<number | null | { x: number; y: number | null }>>;

function withAlpha(color: string, alpha: number): string {
  // Only #rrggbb gets a translucent fill; other forms are used as they are.
  return /^#[0-9a-f]{6}$/i.test(color) ? `${color}${Math.round(alpha * 255).toString(16).padStart(2, '0')}` : color;
}

function seriesColor(s: ModelSeries, theme: Theme): string | string[] {
  if (s.pointColors || s.pointRoles) {
    return s.values.map((_, i) => {
      const role = s.pointRoles?.[i] ?? s.color;
      return pointColor(s.pointColors?.[i], theme.roles[role]);
    });
  }
  return theme.roles[s.color];
}

/** Line charts use a linear time axis (ms) so the decimation plugin can thin long series. */
function usesTimeAxis(chart: ModelChart): boolean {
  return chart.kind === 'line' && chart.times !== null && chart.times.length === chart.categories.length;
}

/** Whether each category holds one bar: a single bar series, or all of them in one stack. */
function oneBarPerCategory(chart: ModelChart): boolean {
  return chart.kind === 'stacked' || chart.series.filter((s) => s.type !== 'line').length <= 1;
}

function dataset(chart: ModelChart, s: ModelSeries, theme: Theme): AnyDataset {
  const color = seriesColor(s, theme);
  const main = Array.isArray(color) ? color[0] ?? theme.roles.blue : color;
  if (s.type === 'line') {
    const data = usesTimeAxis(chart) ? s.values.map((y, i) => ({ x: chart.times?.[i] ?? i, y })) : [...s.values];
    return {
      type: 'line',
      label: s.label,
      data,
      borderColor: main,
      backgroundColor: withAlpha(main, 0.25),
      pointBackgroundColor: main,
      pointRadius: s.values.length > 60 ? 0 : 2,
      pointHitRadius: 6,
      borderWidth: theme.kind.startsWith('highContrast') ? 3 : 2,
      spanGaps: false,
      // The x axis ends exactly at the last day: let its point draw past the chart area.
      clip: false,
      tension: 0,
      ...(s.dashed ? { borderDash: [6, 4], pointRadius: 0 } : {}),
      yAxisID: s.axis,
      order: 0,
    } as AnyDataset;
  }
  return {
    type: 'bar',
    label: s.label,
    data: [...s.values],
    backgroundColor: color,
    borderColor: theme.kind.startsWith('highContrast') ? theme.foreground : color,
    borderWidth: theme.kind.startsWith('highContrast') ? 1 : 0,
    yAxisID: chart.horizontal ? undefined : s.axis,
    xAxisID: chart.horizontal ? 'x' : undefined,
    stack: chart.kind === 'stacked' ? 'all' : undefined,
    // One bar per category: Chart.js's grouped layout gives the same pixels but searches every bar series for
    // each bar (a third of a year's stacked chart's draw time).
    grouped: !oneBarPerCategory(chart),
    order: 1,
    maxBarThickness: 48,
  } as AnyDataset;
}

function valueScale(title: string, format: ValueFormat, theme: Theme, locale: string, extra: ScaleOptions<'linear'> | object = {}): ScaleOptions<'linear'> {
  return {
    type: 'linear',
    beginAtZero: true,
    title: { display: title !== '', text: title, color: theme.foreground },
    ticks: { color: theme.foreground, callback: (v: number | string) => tickText(Number(v), format, locale) },
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ...extra,
  } as ScaleOptions<'linear'>;
}

/** Up to this many categories every label is shown (tilted if needed); dates beyond it skip. */
const ALL_LABELS_UP_TO = 16;

function categoryScale(title: string, theme: Theme, count: number): ScaleOptions<'category'> {
  const all = count <= ALL_LABELS_UP_TO;
  return {
    type: 'category',
    title: { display: title !== '', text: title, color: theme.foreground },
    ticks: { color: theme.foreground, autoSkip: !all, maxRotation: all ? 45 : 0 },
    grid: { color: theme.grid, display: false },
    border: { color: theme.grid },
  } as ScaleOptions<'category'>;
}

/** A bucket time as the host labelled it ("Jun 2025" for a month), or as a day. */
function bucketText(chart: ModelChart, ms: number, locale: string): string {
  const i = chart.bucket ? (chart.times ?? []).indexOf(ms) : -1;
  return i >= 0 ? (chart.categories[i] ?? '') : dayText(ms, locale);
}

function timeScale(chart: ModelChart, theme: Theme, locale: string): ScaleOptions<'linear'> {
  const title = chart.axes.x;
  const times = chart.times ?? [];
  // Weeks and months: ticks on bucket starts, every n-th, so they are evenly spaced at boundaries.
  const daily = chart.bucket ? bucketTicks(times, MAX_TIME_TICKS) : dailyTicks(times, MAX_TIME_TICKS);
  return {
    type: 'linear',
    // Exactly the data's days: a "nice" linear range would start before the first bucket. A single
    // day gets half a day either side, or the axis would have no width.
    min: times.length > 1 ? times[0] : (times[0] ?? 0) - HALF_DAY_MS,
    max: times.length > 1 ? times[times.length - 1] : (times[0] ?? 0) + HALF_DAY_MS,
    title: { display: true, text: title, color: theme.foreground },
    ticks: { color: theme.foreground, maxRotation: 0, autoSkip: daily === null, maxTicksLimit: MAX_TIME_TICKS, callback: (v: number | string) => bucketText(chart, Number(v), locale) },
    // Daily buckets: one tick per bucket boundary picked, never one at an odd hour.
    ...(daily ? { afterBuildTicks: (scale: { ticks: { value: number }[] }) => { scale.ticks = daily.map((value) => ({ value })); } } : {}),
    grid: { color: theme.grid, display: false },
    border: { color: theme.grid },
  } as ScaleOptions<'linear'>;
}

function scales(chart: ModelChart, theme: Theme, locale: string): Record<string, ScaleOptions> {
  const stacked = chart.kind === 'stacked';
  if (chart.horizontal) {
    return {
      x: valueScale(chart.axes.x, chart.yFormat, theme, locale, { stacked }),
      y: { ...categoryScale(chart.axes.y, theme, chart.categories.length), stacked } as ScaleOptions,
    };
  }
  const out: Record<string, ScaleOptions> = {
    x: (usesTimeAxis(chart) ? timeScale(chart, theme, locale) : { ...categoryScale(chart.axes.x, theme, chart.categories.length), stacked }) as ScaleOptions,
    y: valueScale(chart.axes.y, chart.yFormat, theme, locale, { stacked, ...(chart.yMax !== null ? { max: chart.yMax } : {}) }) as ScaleOptions,
  };
  if (chart.axes.y2 !== null) {
    out.y2 = valueScale(chart.axes.y2, chart.y2Format ?? chart.yFormat, theme, locale, { position: 'right', grid: { drawOnChartArea: false, color: theme.grid } }) as ScaleOptions;
  }
  return out;
}

/** Tooltip texts are the host's formatted values, looked up by series and index. */
function tooltipLabel(chart: ModelChart) {
  return (item: TooltipItem<'bar' | 'line'>): string => {
    const s = chart.series[item.datasetIndex];
    if (!s) return '';
    // Decimated line data keeps x (the bucket time): find the original index from it.
    let index = item.dataIndex;
    if (usesTimeAxis(chart) && chart.times) {
      const raw = item.raw as { x?: number } | undefined;
      const found = raw && typeof raw.x === 'number' ? chart.times.indexOf(raw.x) : -1;
      if (found >= 0) index = found;
    }
    const text = s.texts[index] ?? '';
    return chart.series.length > 1 || chart.kind === 'line' ? `${s.label}: ${text}` : text;
  };
}

function tooltipTitle(chart: ModelChart, locale: string) {
  return (items: TooltipItem<'bar' | 'line'>[]): string => {
    const first = items[0];
    if (!first) return '';
    if (usesTimeAxis(chart)) {
      const raw = first.raw as { x?: number } | undefined;
      return raw && typeof raw.x === 'number' ? bucketText(chart, raw.x, locale) : '';
    }
    return chart.categories[first.dataIndex] ?? '';
  };
}

export function chartConfig(chart: ModelChart, theme: Theme, locale: string): ChartConfiguration<'bar' | 'line'> {
  const hasLine = chart.series.some((s) => s.type === 'line');
  const onlyLine = chart.kind === 'line';
  const longest = Math.max(0, ...chart.series.map((s) => s.values.length));
  const showLegend = chart.series.length > 1;
  return {
    type: onlyLine ? 'line' : 'bar',
    data: {
      labels: usesTimeAxis(chart) ? undefined : [...chart.categories],
      datasets: chart.series.map((s) => dataset(chart, s, theme)),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: theme.reducedMotion ? false : { duration: 300 },
      indexAxis: chart.horizontal ? 'y' : 'x',
      parsing: usesTimeAxis(chart) ? false : undefined,
      normalized: true,
      interaction: { mode: hasLine || chart.kind === 'stacked' ? 'index' : 'nearest', intersect: false },
      color: theme.foreground,
      font: { family: theme.font },
      scales: scales(chart, theme, locale),
      plugins: {
        legend: { display: showLegend, position: 'bottom', labels: { color: theme.foreground, boxWidth: 12 } },
        tooltip: { callbacks: { label: tooltipLabel(chart), title: tooltipTitle(chart, locale) } },
        decimation: {
          enabled: onlyLine && longest > DECIMATION_THRESHOLD,
          algorithm: 'lttb',
          samples: DECIMATION_SAMPLES,
          threshold: DECIMATION_THRESHOLD,
        },
      },
    },
  } as ChartConfiguration<'bar' | 'line'>;
}
