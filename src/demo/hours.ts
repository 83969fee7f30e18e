/**
 * Calls of one campaign in one UTC hour, simulated call by call from a seed of (campaign id,
 * hour index). Hours are the atoms of the demo: any range is the sum of the hours it includes,
 * so splitting a range and adding the parts gives exactly the whole.
 */
import type { DemoCampaign } from './campaigns';
import { createRng, hashString, mixSeed, pickWeighted, poisson, type Rng } from './random';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_HOURS = 24;

/** Offsets into an hour record (a flat Int32Array, cheap to cache and to add up). */
export const F = {
  calls: 0,
  successful: 1,
  unsuccessful: 2,
  completed: 3,
  needFollowUp: 4,
  wrongNumber: 5,
  error: 6,
  answered: 7,
  /** 5 sentiment counters from here, negative … positive. */
  sentiment: 8,
  durationSeconds: 13,
  priceUnits: 14,
  /** 5 event counters from here, in EVENT_KEYS order. */
  events: 15,
  /** Outbound statuses; always 0 for inbound campaigns. */
  voiceMailLeft: 20,
  needRetry: 21,
  unreachable: 22,
  wrongCountryCode: 23,
  /** Calls that were a lead's first in the campaign (totalLeads). */
  leads: 24,
  /** One counter per label of the campaign from here. */
  labels: 25,
} as const;

export function recordLength(campaign: DemoCampaign): number {
  return F.labels + campaign.profile.labels.length;
}

/** Slow growth since launch and a per-day mood, so days differ but weeks look alike. */
function dayFactor(campaignSeed: number, dayIndex: number, startDay: number): number {
  const age = Math.min(1, Math.max(0, dayIndex - startDay) / 365);
  const mood = mixSeed(campaignSeed ^ 0x5bd1e995, dayIndex) / 4294967296;
  return (0.8 + 0.4 * age) * (0.8 + 0.4 * mood);
}

function drawDuration(rng: Rng, mean: number): number {
  const spread = (rng() + rng() + rng()) / 3;
  return Math.max(15, Math.round(mean * (0.35 + 1.3 * spread)));
}

interface Constants {
  readonly seed: number;
  readonly startHour: number;
  readonly sentimentTotal: number;
}

function constantsOf(campaign: DemoCampaign): Constants {
  return {
    seed: hashString(campaign.id),
    startHour: Math.ceil(Date.parse(campaign.dataStart) / HOUR_MS),
    sentimentTotal: campaign.profile.sentimentWeights.reduce((a, b) => a + b, 0),
  };
}

/** Adds the hour's calls into `record` from index `at` on (zeroed by the caller). */
function simulateHour(campaign: DemoCampaign, k: Constants, hourIndex: number, record: Int32Array, at: number): void {
  const p = campaign.profile;
  const { seed, startHour, sentimentTotal } = k;
  if (hourIndex < startHour) return;
  const dayIndex = Math.floor(hourIndex / DAY_HOURS);
  const hourOfDay = hourIndex - dayIndex * DAY_HOURS;
  // 1970-01-01 was a Thursday (4).
  const dayOfWeek = (dayIndex + 4) % 7;
  const mean =
    p.peakCallsPerHour *
    (p.hourShape[hourOfDay] ?? 0) *
    (p.weekdayShape[dayOfWeek] ?? 0) *
    dayFactor(seed, dayIndex, Math.floor(startHour / DAY_HOURS));
  const rng = createRng(mixSeed(seed, hourIndex));
  const calls = poisson(rng, mean);
  record[at + F.calls] = calls;
  const o = p.outbound;
  for (let i = 0; i < calls; i++) {
    if (o) {
      if (rng() < o.firstAttemptShare) record[at + F.leads]++;
      // A number that does not fit its country is never dialled: no duration, no cost.
      if (rng() < o.wrongCountryCodeRate) {
        record[at + F.wrongCountryCode]++;
        continue;
      }
      if (rng() >= p.pickupRate) {
        simulateMissedOutbound(o, p.priceUnitsPerMinute, rng, record, at);
        continue;
      }
    } else if (rng() >= p.pickupRate) {
      // The caller hung up before the agent picked up: a short, unbilled error.
      record[at + F.error]++;
      record[at + F.durationSeconds] += 2 + Math.floor(rng() * 24);
      continue;
    }
    record[at + F.answered]++;
    const outcome = rng();
    if (outcome < p.wrongNumberRate) record[at + F.wrongNumber]++;
    else if (outcome < p.wrongNumberRate + p.errorRate) record[at + F.error]++;
    else if (outcome < p.wrongNumberRate + p.errorRate + p.needFollowUpRate) record[at + F.needFollowUp]++;
    else if (p.successShare === null) record[at + F.completed]++;
    else if (rng() < p.successShare) record[at + F.successful]++;
    else record[at + F.unsuccessful]++;
    record[at + F.sentiment + pickWeighted(rng, p.sentimentWeights, sentimentTotal)]++;
    const duration = drawDuration(rng, p.meanDurationSeconds);
    record[at + F.durationSeconds] += duration;
    record[at + F.priceUnits] += Math.ceil(duration / 60) * p.priceUnitsPerMinute;
    for (let e = 0; e < p.eventRates.length; e++) if (rng() < (p.eventRates[e] ?? 0)) record[at + F.events + e]++;
    for (let l = 0; l < p.labels.length; l++) if (rng() < (p.labels[l]?.rate ?? 0)) record[at + F.labels + l]++;
  }
}

/** An outbound call nobody picked up: a voicemail (billed, ~30 s), a retry later (rang out) or unreachable. */
function simulateMissedOutbound(o: NonNullable<DemoCampaign['profile']['outbound']>, unitsPerMinute: number, rng: Rng, record: Int32Array, at: number): void {
  const roll = rng();
  if (roll < o.voicemailShare) {
    record[at + F.voiceMailLeft]++;
    record[at + F.durationSeconds] += 20 + Math.floor(rng() * 25);
    record[at + F.priceUnits] += unitsPerMinute;
  } else if (roll < o.voicemailShare + o.retryShare) {
    record[at + F.needRetry]++;
    record[at + F.durationSeconds] += 15 + Math.floor(rng() * 20);
  } else {
    record[at + F.unreachable]++;
    record[at + F.durationSeconds] += 1 + Math.floor(rng() * 4);
  }
}

/** One UTC day of a campaign: 24 hour records back to back, and their sum. */
export interface DayBlock {
  /** Hour h of the day occupies [h * width, (h + 1) * width). */
  readonly hours: Int32Array;
  readonly total: Int32Array;
  readonly width: number;
}

interface CampaignCache {
  readonly constants: Constants;
  readonly days: Map<number, DayBlock>;
}

/**
 * Bounded memo keyed by the campaign object (not its id), so a test that serves a different
 * campaign under a known id never sees stale data. Long ranges are asked for repeatedly
 * (previous period, refresh, split windows), which is what makes this worth it.
 */
const MAX_CACHED_DAYS = 20_000;
let cache = new WeakMap<DemoCampaign, CampaignCache>();
let cachedDays = 0;

/** The calls of `campaign` on the UTC day `dayIndex` (days since 1970-01-01). Do not mutate. */
export function dayBlock(campaign: DemoCampaign, dayIndex: number): DayBlock {
  if (cachedDays >= MAX_CACHED_DAYS) {
    cache = new WeakMap();
    cachedDays = 0;
  }
  let perCampaign = cache.get(campaign);
  if (!perCampaign) {
    perCampaign = { constants: constantsOf(campaign), days: new Map() };
    cache.set(campaign, perCampaign);
  }
  const hit = perCampaign.days.get(dayIndex);
  if (hit) return hit;
  const width = recordLength(campaign);
  const hours = new Int32Array(DAY_HOURS * width);
  const total = new Int32Array(width);
  for (let h = 0; h < DAY_HOURS; h++) {
    simulateHour(campaign, perCampaign.constants, dayIndex * DAY_HOURS + h, hours, h * width);
    for (let i = 0; i < width; i++) total[i] += hours[h * width + i] as number;
  }
  const block = { hours, total, width };
  perCampaign.days.set(dayIndex, block);
  cachedDays++;
  return block;
}
