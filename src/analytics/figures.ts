/**
 * The raw key numbers of one period, before any formatting. KPIs, key figures (tree) and deltas
 * all read these, so the tree and the dashboard can never disagree.
 */
import type { InboundAnalytics, LabelCount } from '../api/schemas';
import { isShowableNumber } from './format';
import { labelTotals } from './labelTotals';
import { sortByDate, sumOrNull } from './series';

export interface SuccessFigure {
  readonly successful: number | null;
  readonly unsuccessful: number | null;
  readonly completed: number | null;
  /** 0–100, or null when unknown or without a success definition. */
  readonly rate: number | null;
  /** successful + unsuccessful == 0 while completed > 0: the Pearl has no Success Definition. */
  readonly noDefinition: boolean;
  /** The counters the rate needs that the API did not send: the rate is then unknown, not computed from a 0. */
  readonly missing: readonly ('successful' | 'unsuccessful')[];
}

export interface DurationFigure {
  /** Seconds. */
  readonly seconds: number | null;
  /** 'weighted' = Σ avg×calls / Σ calls; 'mean' = plain mean of daily averages (call counts missing). */
  readonly method: 'weighted' | 'mean' | null;
}

export interface Figures {
  readonly totalCalls: number | null;
  readonly success: SuccessFigure;
  readonly duration: DurationFigure;
  readonly totalCost: number | null;
  readonly costPerCall: number | null;
  /** Positive + slightly positive, % of all rated calls. */
  readonly positiveShare: number | null;
  readonly ratedCalls: number | null;
  readonly topLabel: { readonly id: string; readonly name: string; readonly count: number } | null;
  /** The calls of one label in this period (0 when it is not listed); duplicates already summed. */
  readonly labelCount: (id: string) => number;
  /** false when the API did not send callLabelCount (a label's change is then unknown, not "new"). */
  readonly labelsProvided: boolean;
}

/** The overview counter, or the sum over the status timeline when the overview lacks it. */
function statusCount(a: InboundAnalytics, key: 'totalCalls' | 'successful' | 'unsuccessful' | 'completed'): number | null {
  const overview = a.callsStatusOverview?.[key];
  if (isShowableNumber(overview)) return overview;
  // The sum of the days stands in for the overview only when every day sent the counter.
  const days = (a.callsStatusTimeLine ?? []).map((b) => b[key]);
  return days.length > 0 && days.every(isShowableNumber) ? days.reduce((sum, v) => sum + v, 0) : null;
}

export function successFigure(a: InboundAnalytics): SuccessFigure {
  const successful = statusCount(a, 'successful');
  const unsuccessful = statusCount(a, 'unsuccessful');
  const completed = statusCount(a, 'completed');
  const missing = (['successful', 'unsuccessful'] as const).filter((k) => (k === 'successful' ? successful : unsuccessful) === null);
  if (successful === null || unsuccessful === null) return { successful, unsuccessful, completed, rate: null, noDefinition: false, missing };
  const decided = successful + unsuccessful;
  if (decided > 0) return { successful, unsuccessful, completed, rate: (successful / decided) * 100, noDefinition: false, missing };
  return { successful, unsuccessful, completed, rate: null, noDefinition: (completed ?? 0) > 0, missing };
}

/** Call-weighted over the range, using the status timeline's totalCalls of the same date. */
export function durationFigure(a: InboundAnalytics): DurationFigure {
  const averages = sortByDate(a.callsAverageTimeLine).filter((d) => isShowableNumber(d.item.averageCallDuration) && d.item.averageCallDuration >= 0);
  if (averages.length === 0) return { seconds: null, method: null };
  const callsByTime = new Map<number, number>();
  for (const { time, item } of sortByDate(a.callsStatusTimeLine)) {
    if (isShowableNumber(item.totalCalls)) callsByTime.set(time, (callsByTime.get(time) ?? 0) + item.totalCalls);
  }
  if (averages.every((d) => callsByTime.has(d.time))) {
    let weighted = 0;
    let calls = 0;
    for (const d of averages) {
      const n = callsByTime.get(d.time) ?? 0;
      weighted += (d.item.averageCallDuration ?? 0) * n;
      calls += n;
    }
    return calls > 0 ? { seconds: weighted / calls, method: 'weighted' } : { seconds: null, method: 'weighted' };
  }
  const values = averages.map((d) => d.item.averageCallDuration ?? 0);
  return { seconds: values.reduce((s, v) => s + v, 0) / values.length, method: 'mean' };
}

function topLabelOf(labels: readonly LabelCount[] | null): Figures['topLabel'] {
  let best: Figures['topLabel'] = null;
  for (const l of labels ?? []) {
    if (!isShowableNumber(l.count) || l.count <= 0) continue;
    if (!best || l.count > best.count) best = { id: l.id, name: labelName(l), count: l.count };
  }
  return best;
}

/** Label names are untrusted text; an empty one is shown by its id. */
export function labelName(l: LabelCount): string {
  const name = (l.name ?? '').trim();
  return name === '' ? l.id : name;
}

export function figures(a: InboundAnalytics): Figures {
  const totalCalls = statusCount(a, 'totalCalls');
  const totalCost = sumOrNull((a.callsCostTimeLine ?? []).map((b) => b.totalPrice));
  let costPerCall: number | null = null;
  if (totalCost !== null && isShowableNumber(totalCalls) && totalCalls > 0) costPerCall = totalCost / totalCalls;
  const s = a.callsSentimentOverview;
  // Every one of the five counters is an input of the share: with one missing it is unknown.
  const sentiments = s ? [s.negative, s.slightlyNegative, s.neutral, s.slightlyPositive, s.positive] : [];
  const rated = sentiments.length > 0 && sentiments.every(isShowableNumber) ? sentiments.reduce((sum, v) => sum + v, 0) : null;
  const positive = s && rated !== null ? (s.positive ?? 0) + (s.slightlyPositive ?? 0) : 0;
  // An id listed twice counts once, with both counts, as the split-range merge sums it.
  const labels = labelTotals(a.callLabelCount);
  // Only the top label's count is ever looked up: a scan, not a map of a million entries.
  const labelCount = (id: string) => {
    const found = labels?.find((l) => l.id === id);
    return found && isShowableNumber(found.count) ? found.count : 0;
  };
  return {
    totalCalls,
    success: successFigure(a),
    duration: durationFigure(a),
    totalCost,
    costPerCall,
    positiveShare: rated !== null && rated > 0 ? (positive / rated) * 100 : null,
    ratedCalls: rated,
    topLabel: topLabelOf(labels),
    labelCount,
    labelsProvided: a.callLabelCount !== null,
  };
}
