/** Hand-built analytics for the view-model tests: every section null unless a test fills it. */
import type { InboundAnalytics, StatusBucket, StatusCounts } from '../../src/api/schemas';

export function emptyStatus(overrides: Partial<StatusCounts> = {}): StatusCounts {
  return {
    totalCalls: 0, totalLeads: 0, needRetry: 0, wrongCountryCode: 0, needFollowUp: 0, voiceMailLeft: 0,
    successful: 0, unsuccessful: 0, wrongNumber: 0, completed: 0, unreachable: 0, error: 0, ...overrides,
  };
}

export function bucket(date: string, overrides: Partial<StatusCounts> = {}): StatusBucket {
  return { date, ...emptyStatus(overrides) };
}

export function analytics(overrides: Partial<InboundAnalytics> = {}): InboundAnalytics {
  return {
    callsStatusOverview: null,
    callsSentimentOverview: null,
    callsStatusTimeLine: null,
    callsAverageTimeLine: null,
    callsCostTimeLine: null,
    callsSuccessRateTimeLine: null,
    callsPickupRateTimeLine: null,
    callLabelCount: null,
    callEventsCounts: null,
    callsByHourDayOfWeeks: null,
    callType: null,
    ...overrides,
  };
}
