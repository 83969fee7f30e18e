/**
 * Demo calls, one by one, drawn from the same hourly records as the demo analytics: an hour's calls
 * of each outcome are exactly that hour's counters, so a day's calls with outcome "Success" number
 * the timeline's `successful` for that day. Like the analytics, a range holds the UTC hours whose
 * start lies in [from, to]. needFollowUp and wrongNumber have no documented outcome code: the demo
 * gives them codes outside the enum (140, 160), which the screens show as "Status 140"; so does
 * wrongCountryCode (170) for outbound campaigns, whose unanswered calls are voicemails, retries and
 * unreachable numbers instead of hang-ups.
 */
import type { DemoCampaign } from './campaigns';
import { DAY_HOURS, F, HOUR_MS, dayBlock } from './hours';
import { createRng, hashString, mixSeed, objectIdFrom, type Rng } from './random';

export interface DemoCall {
  readonly id: string;
  readonly campaign: DemoCampaign;
  readonly hourIndex: number;
  readonly index: number;
  readonly startMs: number;
  readonly conversationStatus: number;
  readonly status: number;
  readonly from: string;
  readonly duration: number;
  readonly labelIds: readonly string[];
  /** 0 … 4, negative … positive, answered calls only. */
  readonly sentiment: number | null;
  readonly transferred: boolean;
}

export const DEMO_NEED_FOLLOW_UP_CODE = 140;
export const DEMO_WRONG_NUMBER_CODE = 160;
/** wrongCountryCode has no documented outcome code either: outside the enum too. */
export const DEMO_WRONG_COUNTRY_CODE_CODE = 170;

/** Telephony state of a call nobody picked up, by outcome: voicemail answered, rang out, failed; inbound: caller hung up. */
function missedStatus(outcome: number | undefined): number {
  if (outcome === 70) return 4;
  if (outcome === 10) return 7;
  if (outcome === 150 || outcome === DEMO_WRONG_COUNTRY_CODE_CODE) return 6;
  return 8;
}

/** 12 hex characters that tell a call's campaign (the rest of its id is hour and index). */
export function campaignTag(campaign: DemoCampaign): string {
  return objectIdFrom(`${campaign.id}/calls`).slice(0, 12);
}

function callId(campaign: DemoCampaign, hourIndex: number, index: number): string {
  return hourIndex.toString(16).padStart(8, '0') + index.toString(16).padStart(4, '0') + campaignTag(campaign);
}

/** Hour index and call index from a demo call id, or undefined when it is not one. */
export function decodeCallId(id: string): { hourIndex: number; index: number; tag: string } | undefined {
  if (!/^[0-9a-f]{24}$/.test(id)) return undefined;
  return { hourIndex: parseInt(id.slice(0, 8), 16), index: parseInt(id.slice(8, 12), 16), tag: id.slice(12) };
}

function shuffled(count: number, rng: Rng): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

const MAX_CACHED_HOURS = 5_000;
let hourCache = new WeakMap<DemoCampaign, Map<number, readonly DemoCall[]>>();
let cachedHours = 0;

/** The calls of one UTC hour, in time order. Deterministic in (campaign, hour). */
export function demoCallsOfHour(campaign: DemoCampaign, hourIndex: number): readonly DemoCall[] {
  if (cachedHours >= MAX_CACHED_HOURS) {
    hourCache = new WeakMap();
    cachedHours = 0;
  }
  let perCampaign = hourCache.get(campaign);
  if (!perCampaign) hourCache.set(campaign, (perCampaign = new Map()));
  const hit = perCampaign.get(hourIndex);
  if (hit) return hit;
  const calls = simulateCalls(campaign, hourIndex);
  perCampaign.set(hourIndex, calls);
  cachedHours++;
  return calls;
}

function simulateCalls(campaign: DemoCampaign, hourIndex: number): DemoCall[] {
  const dayIndex = Math.floor(hourIndex / DAY_HOURS);
  const block = dayBlock(campaign, dayIndex);
  const at = (hourIndex - dayIndex * DAY_HOURS) * block.width;
  const get = (field: number) => (block.hours[at + field] as number | undefined) ?? 0;
  const total = get(F.calls);
  if (total === 0) return [];
  const rng = createRng(mixSeed(hashString(`${campaign.id}/calls`), hourIndex));
  const unanswered = total - get(F.answered);
  // Outcomes in counter order, then dealt to calls in a seeded order: the counts stay exact.
  const outcomes: number[] = [];
  const push = (code: number, n: number) => {
    for (let i = 0; i < n; i++) outcomes.push(code);
  };
  // The unanswered calls take the first slots: outbound ones by their outcome, inbound ones are errors.
  push(70, get(F.voiceMailLeft));
  push(10, get(F.needRetry));
  push(150, get(F.unreachable));
  push(DEMO_WRONG_COUNTRY_CODE_CODE, get(F.wrongCountryCode));
  const hungUp = unanswered - outcomes.length;
  push(500, hungUp);
  push(500, get(F.error) - hungUp);
  push(100, get(F.successful));
  push(110, get(F.unsuccessful));
  push(130, get(F.completed));
  push(DEMO_NEED_FOLLOW_UP_CODE, get(F.needFollowUp));
  push(DEMO_WRONG_NUMBER_CODE, get(F.wrongNumber));
  const order = shuffled(total, rng);
  const answeredSlots = order.filter((slot) => slot >= unanswered);
  const labels = campaign.profile.labels.map((label, l) => {
    const chosen = new Set(shuffled(answeredSlots.length, rng).slice(0, get(F.labels + l)).map((i) => answeredSlots[i]));
    return { id: label.id, chosen };
  });
  const sentiments: number[] = [];
  for (let s = 0; s < 5; s++) for (let i = 0; i < get(F.sentiment + s); i++) sentiments.push(s);
  const sentimentOrder = shuffled(answeredSlots.length, rng);
  const transferRate = campaign.profile.eventRates[2] ?? 0;
  const offsets = Array.from({ length: total }, () => Math.floor(rng() * HOUR_MS / 1000)).sort((a, b) => a - b);

  return order.map((slot, index) => {
    const answered = slot >= unanswered;
    const answeredRank = answered ? answeredSlots.indexOf(slot) : -1;
    const digits = String(1_000_000 + Math.floor(rng() * 8_999_999)).slice(-7);
    return {
      id: callId(campaign, hourIndex, index),
      campaign,
      hourIndex,
      index,
      startMs: hourIndex * HOUR_MS + (offsets[index] ?? 0) * 1000,
      conversationStatus: outcomes[slot] ?? 500,
      status: !answered ? missedStatus(outcomes[slot]) : outcomes[slot] === 500 ? 6 : 4,
      from: `+4477009${digits}`,
      duration: answered
        ? Math.max(20, Math.round(campaign.profile.meanDurationSeconds * (0.4 + 1.2 * rng())))
        : (outcomes[slot] === 70 ? 20 : 0) + (outcomes[slot] === DEMO_WRONG_COUNTRY_CODE_CODE ? 0 : 2 + Math.floor(rng() * 24)),
      labelIds: labels.filter((l) => l.chosen.has(slot)).map((l) => l.id),
      sentiment: answered ? (sentiments[sentimentOrder[answeredRank] ?? 0] ?? 2) : null,
      transferred: answered && rng() < transferRate,
    };
  });
}

/** Calls whose hour starts in [fromMs, toMs], oldest first; `limitHours` bounds the work. */
export function demoCallsInRange(campaign: DemoCampaign, fromMs: number, toMs: number): DemoCall[] {
  const dataStart = Math.ceil(Date.parse(campaign.dataStart) / HOUR_MS);
  const first = Math.max(Math.ceil(fromMs / HOUR_MS), dataStart);
  const last = Math.floor(toMs / HOUR_MS);
  const calls: DemoCall[] = [];
  for (let hour = first; hour <= last; hour++) calls.push(...demoCallsOfHour(campaign, hour));
  return calls;
}

/** The call a demo id names, among `campaigns`, or undefined. */
export function findDemoCall(campaigns: readonly DemoCampaign[], id: string): DemoCall | undefined {
  const decoded = decodeCallId(id);
  if (!decoded) return undefined;
  const campaign = campaigns.find((c) => campaignTag(c) === decoded.tag);
  if (!campaign) return undefined;
  return demoCallsOfHour(campaign, decoded.hourIndex)[decoded.index];
}
