/**
 * The analytics JSON the NLPearl API would send for a demo campaign and range, built from hourly
 * records. A range includes exactly the UTC hours whose start h satisfies from <= h <= to, and
 * every number below is a sum over those hours (rates derived from the sums, never rounded), so
 * a split range merged by the client equals the whole range.
 */
import type { ApiVersion } from '../api/types';
import { DEMO_CAMPAIGNS, PRICE_UNITS_PER_CREDIT, demoCampaignFor, type DemoCampaign } from './campaigns';
import { DAY_HOURS, F, HOUR_MS, dayBlock, recordLength } from './hours';

export {
  DEMO_ACCOUNT,
  DEMO_CAMPAIGNS,
  DEMO_DATA_START,
  DEMO_OUTBOUND_CAMPAIGNS,
  DEMO_OUTBOUND_PEARL,
  demoCampaignFor,
  makeDemoCampaign,
} from './campaigns';
export type { DemoAccount, DemoCampaign, DemoLabel, DemoProfile } from './campaigns';

export interface DemoStatusCounts {
  totalCalls: number;
  totalLeads: number;
  needRetry: number;
  wrongCountryCode: number;
  needFollowUp: number;
  voiceMailLeft: number;
  successful: number;
  unsuccessful: number;
  wrongNumber: number;
  completed: number;
  unreachable: number;
  error: number;
}

/** The raw response body, field names as the API sends them. */
export interface DemoAnalyticsJson {
  callsStatusOverview: DemoStatusCounts;
  callsSentimentOverview: {
    negative: number;
    slightlyNegative: number;
    neutral: number;
    slightlyPositive: number;
    positive: number;
  };
  callsStatusTimeLine: ({ date: string } & DemoStatusCounts)[];
  callsAverageTimeLine: { date: string; averageCallDuration: number }[];
  callsCostTimeLine: { date: string; totalPrice: number; averageCostPerCall: number }[];
  callsSuccessRateTimeLine: { date: string; successRatePercentage: number }[];
  /** v2 and v1 Outbound only. */
  callsPickupRateTimeLine?: { date: string; pickupRatePercentage: number }[];
  callLabelCount: { id: string; name: string; color: string; count: number }[];
  callEventsCounts: {
    takeMessageCount: number;
    smsSentCount: number;
    callTransferredCount: number;
    calendarBookedCount: number;
    emailSentCount: number;
  };
  callsByHourDayOfWeeks: { hourOfDay: number; dayOfWeek: number; count: number }[];
  callType: number;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** 100·part/whole in that order of operations, which the client's merge reproduces bit for bit. */
function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (100 * part) / whole;
}

function statusCounts(sum: Float64Array): DemoStatusCounts {
  return {
    totalCalls: sum[F.calls] ?? 0,
    totalLeads: sum[F.leads] ?? 0,
    needRetry: sum[F.needRetry] ?? 0,
    wrongCountryCode: sum[F.wrongCountryCode] ?? 0,
    needFollowUp: sum[F.needFollowUp] ?? 0,
    voiceMailLeft: sum[F.voiceMailLeft] ?? 0,
    successful: sum[F.successful] ?? 0,
    unsuccessful: sum[F.unsuccessful] ?? 0,
    wrongNumber: sum[F.wrongNumber] ?? 0,
    completed: sum[F.completed] ?? 0,
    unreachable: sum[F.unreachable] ?? 0,
    error: sum[F.error] ?? 0,
  };
}

function dayDate(dayIndex: number): string {
  return `${new Date(dayIndex * DAY_HOURS * HOUR_MS).toISOString().slice(0, 10)}T00:00:00Z`;
}

/** Indices of the first and last included hours, or undefined when none has data. */
function includedHours(campaign: DemoCampaign, fromMs: number, toMs: number): [number, number] | undefined {
  const dataStart = Math.ceil(Date.parse(campaign.dataStart) / HOUR_MS);
  const first = Math.max(Math.ceil(fromMs / HOUR_MS), dataStart);
  const last = Math.floor(toMs / HOUR_MS);
  return first <= last ? [first, last] : undefined;
}

/** One timeline bucket per section for a day's sums; rates derived from the sums, unrounded. */
function addBuckets(json: DemoAnalyticsJson, date: string, day: Float64Array): void {
  const calls = day[F.calls] ?? 0;
  const price = (day[F.priceUnits] ?? 0) / PRICE_UNITS_PER_CREDIT;
  const successful = day[F.successful] ?? 0;
  json.callsStatusTimeLine.push({ date, ...statusCounts(day) });
  json.callsAverageTimeLine.push({ date, averageCallDuration: ratio(day[F.durationSeconds] ?? 0, calls) });
  json.callsCostTimeLine.push({ date, totalPrice: price, averageCostPerCall: ratio(price, calls) });
  json.callsSuccessRateTimeLine.push({
    date,
    successRatePercentage: percent(successful, successful + (day[F.unsuccessful] ?? 0)),
  });
  json.callsPickupRateTimeLine?.push({ date, pickupRatePercentage: percent(day[F.answered] ?? 0, calls) });
}

function parseInstant(value: string, name: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${name} is not a date: ${value}`);
  return ms;
}

/**
 * The analytics body for a campaign and range. Unknown ids get stable stand-in data (the router
 * decides what is 404); pass `campaign` to use a custom campaign's personality.
 */
export function demoAnalyticsJson(
  campaignId: string,
  range: { from: string; to: string },
  apiVersion: ApiVersion,
  campaign: DemoCampaign = demoCampaignFor(campaignId),
): DemoAnalyticsJson {
  const fromMs = parseInstant(range.from, 'from');
  const toMs = parseInstant(range.to, 'to');
  const width = recordLength(campaign);
  const total = new Float64Array(width);
  const grid = new Float64Array(7 * DAY_HOURS);
  const json: DemoAnalyticsJson = {
    callsStatusOverview: statusCounts(total),
    callsSentimentOverview: { negative: 0, slightlyNegative: 0, neutral: 0, slightlyPositive: 0, positive: 0 },
    callsStatusTimeLine: [],
    callsAverageTimeLine: [],
    callsCostTimeLine: [],
    callsSuccessRateTimeLine: [],
    callsPickupRateTimeLine: [],
    callLabelCount: [],
    callEventsCounts: { takeMessageCount: 0, smsSentCount: 0, callTransferredCount: 0, calendarBookedCount: 0, emailSentCount: 0 },
    callsByHourDayOfWeeks: [],
    callType: campaign.type,
  };
  // As documented: v1's Inbound analytics have no pickup rate; v1's Outbound and v2's Pearl analytics do.
  if (apiVersion !== 'v2' && campaign.type !== 2) delete json.callsPickupRateTimeLine;

  const hours = includedHours(campaign, fromMs, toMs);
  if (hours) {
    const day = new Float64Array(width);
    const [firstHour, lastHour] = hours;
    for (let dayIndex = Math.floor(firstHour / DAY_HOURS); dayIndex * DAY_HOURS <= lastHour; dayIndex++) {
      const block = dayBlock(campaign, dayIndex);
      const dayOfWeek = (dayIndex + 4) % 7; // 1970-01-01 was a Thursday
      const from = Math.max(firstHour - dayIndex * DAY_HOURS, 0);
      const to = Math.min(lastHour - dayIndex * DAY_HOURS, DAY_HOURS - 1);
      if (from === 0 && to === DAY_HOURS - 1) {
        for (let i = 0; i < width; i++) day[i] = block.total[i] as number;
      } else {
        day.fill(0);
        for (let h = from; h <= to; h++) for (let i = 0; i < width; i++) day[i] += block.hours[h * width + i] as number;
      }
      for (let h = from; h <= to; h++) grid[dayOfWeek * DAY_HOURS + h] += block.hours[h * width + F.calls] as number;
      for (let i = 0; i < width; i++) total[i] += day[i] as number;
      addBuckets(json, dayDate(dayIndex), day);
    }
  }

  json.callsStatusOverview = statusCounts(total);
  const s = F.sentiment;
  json.callsSentimentOverview = {
    negative: total[s] ?? 0,
    slightlyNegative: total[s + 1] ?? 0,
    neutral: total[s + 2] ?? 0,
    slightlyPositive: total[s + 3] ?? 0,
    positive: total[s + 4] ?? 0,
  };
  const e = F.events;
  json.callEventsCounts = {
    takeMessageCount: total[e] ?? 0,
    smsSentCount: total[e + 1] ?? 0,
    callTransferredCount: total[e + 2] ?? 0,
    calendarBookedCount: total[e + 3] ?? 0,
    emailSentCount: total[e + 4] ?? 0,
  };
  campaign.profile.labels.forEach((label, i) => {
    const count = total[F.labels + i] ?? 0;
    if (count > 0) json.callLabelCount.push({ id: label.id, name: label.name, color: label.color, count });
  });
  for (let dayOfWeek = 0; dayOfWeek < 7; dayOfWeek++) {
    for (let hourOfDay = 0; hourOfDay < DAY_HOURS; hourOfDay++) {
      const count = grid[dayOfWeek * DAY_HOURS + hourOfDay] ?? 0;
      if (count > 0) json.callsByHourDayOfWeeks.push({ hourOfDay, dayOfWeek, count });
    }
  }
  return json;
}

/** Calls of a campaign whose hour starts in [fromMs, toMs]: the "today" counter of campaign details. */
export function demoCallsBetween(campaign: DemoCampaign, fromMs: number, toMs: number): number {
  const hours = includedHours(campaign, fromMs, toMs);
  if (!hours) return 0;
  let calls = 0;
  for (let hour = hours[0]; hour <= hours[1]; hour++) {
    const dayIndex = Math.floor(hour / DAY_HOURS);
    const block = dayBlock(campaign, dayIndex);
    calls += block.hours[(hour - dayIndex * DAY_HOURS) * block.width + F.calls] as number;
  }
  return calls;
}

/** The default demo campaigns' ids, for pickers and tests. */
export const DEMO_CAMPAIGN_IDS: readonly string[] = DEMO_CAMPAIGNS.map((c) => c.id);
