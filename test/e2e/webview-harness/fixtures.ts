/**
 * Deterministic analytics for the webview harness (realistic shapes, no randomness at import).
 * Normalised InboundAnalytics, as the client hands them to the view model.
 */
import type { InboundAnalytics } from '../../../src/api/schemas';

const DAY = 86_400_000;

/** A tiny deterministic generator so screenshots are stable. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

export interface FixtureOptions {
  readonly days?: number;
  /** First bucket, UTC midnight. */
  readonly start?: string;
  readonly seed?: number;
  /** Scale factor for call volume (the previous period is a little quieter). */
  readonly volume?: number;
}

export function sampleAnalytics(options: FixtureOptions = {}): InboundAnalytics {
  const days = options.days ?? 30;
  const start = Date.parse(options.start ?? '2026-03-01T00:00:00Z');
  const rand = lcg(options.seed ?? 7);
  const volume = options.volume ?? 1;
  const status = [];
  const average = [];
  const cost = [];
  const success = [];
  let totals = { totalCalls: 0, successful: 0, unsuccessful: 0, completed: 0, needFollowUp: 0, wrongNumber: 0, error: 0 };
  for (let i = 0; i < days; i++) {
    const date = new Date(start + i * DAY).toISOString();
    const weekday = new Date(start + i * DAY).getUTCDay();
    const base = (weekday === 0 || weekday === 6 ? 18 : 46) * volume;
    const calls = Math.round(base + rand() * 20 * volume);
    const successful = Math.round(calls * (0.55 + rand() * 0.2));
    const unsuccessful = Math.round((calls - successful) * 0.6);
    const needFollowUp = Math.round((calls - successful - unsuccessful) * 0.5);
    const wrongNumber = Math.round(rand() * 2);
    const error = Math.max(0, calls - successful - unsuccessful - needFollowUp - wrongNumber);
    const row = { totalCalls: calls, successful, unsuccessful, completed: 0, needFollowUp, wrongNumber, error };
    totals = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v + row[k as keyof typeof row]])) as typeof totals;
    status.push({ date, ...row, totalLeads: 0, needRetry: 0, wrongCountryCode: 0, voiceMailLeft: 0, unreachable: 0 });
    const avg = calls > 0 ? 120 + rand() * 90 : 0;
    average.push({ date, averageCallDuration: Math.round(avg * 10) / 10 });
    const perCall = calls > 0 ? 0.35 + rand() * 0.1 : 0;
    cost.push({ date, totalPrice: Math.round(calls * perCall * 100) / 100, averageCostPerCall: Math.round(perCall * 1000) / 1000 });
    const decided = successful + unsuccessful;
    success.push({ date, successRatePercentage: decided > 0 ? Math.round((successful / decided) * 1000) / 10 : null });
  }
  const hours = [];
  for (let d = 0; d < 7; d++) {
    for (let h = 7; h < 21; h++) {
      const peak = Math.exp(-((h - 11) ** 2) / 8) + 0.7 * Math.exp(-((h - 16) ** 2) / 6);
      const weekend = d === 0 || d === 6 ? 0.35 : 1;
      hours.push({ dayOfWeek: d, hourOfDay: h, count: Math.round(peak * weekend * 40 * volume * (0.8 + rand() * 0.4)) });
    }
  }
  const total = totals.totalCalls;
  return {
    callsStatusOverview: { ...totals, totalLeads: 0, needRetry: 0, wrongCountryCode: 0, voiceMailLeft: 0, unreachable: 0 },
    callsSentimentOverview: {
      negative: Math.round(total * 0.06),
      slightlyNegative: Math.round(total * 0.1),
      neutral: Math.round(total * 0.28),
      slightlyPositive: Math.round(total * 0.3),
      positive: Math.round(total * 0.26),
    },
    callsStatusTimeLine: status,
    callsAverageTimeLine: average,
    callsCostTimeLine: cost,
    callsSuccessRateTimeLine: success,
    callsPickupRateTimeLine: null,
    callLabelCount: [
      { id: 'l1', name: 'Appointment booked', color: '#2e7d32', count: Math.round(total * 0.31) },
      { id: 'l2', name: 'Pricing question', color: 'rgb(21, 101, 192)', count: Math.round(total * 0.22) },
      { id: 'l3', name: 'Complaint', color: 0xc62828, count: Math.round(total * 0.07) },
      { id: 'l4', name: 'Opening hours', color: 'orange', count: Math.round(total * 0.15) },
      { id: 'l5', name: 'Transfer to human', color: null, count: Math.round(total * 0.09) },
    ],
    callEventsCounts: {
      takeMessageCount: Math.round(total * 0.12),
      smsSentCount: Math.round(total * 0.2),
      callTransferredCount: Math.round(total * 0.09),
      calendarBookedCount: Math.round(total * 0.18),
      emailSentCount: Math.round(total * 0.05),
    },
    callsByHourDayOfWeeks: hours,
    callType: 1,
  };
}

/** Data an attacker or a broken proxy might send: hostile label names and colours. */
export function hostileAnalytics(): InboundAnalytics {
  const a = sampleAnalytics({ days: 7 });
  return {
    ...a,
    callLabelCount: [
      { id: 'x1', name: '<img src=x onerror=alert(1)>', color: 'red;background:url(x)', count: 40 },
      { id: 'x2', name: '<script>alert(2)</script>', color: 'expression(alert(1))', count: 30 },
      { id: 'x3', name: '"><svg onload=alert(3)>', color: 'url(javascript:alert(1))', count: 20 },
      { id: 'x4', name: '=HYPERLINK("http://evil")', color: '#12345', count: 10 },
    ],
  };
}

export function emptyAnalytics(): InboundAnalytics {
  const a = sampleAnalytics({ days: 7, volume: 0 });
  return { ...a, callLabelCount: [], callsByHourDayOfWeeks: [] };
}
