/** The shape of a demo campaign and its "personality", shared by the inbound and outbound demo campaigns. */
import { objectIdFrom } from './random';

export interface DemoLabel {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  /** Probability that an answered call carries this label. */
  readonly rate: number;
}

export interface DemoProfile {
  /** Expected calls in the busiest hour of an average day. */
  readonly peakCallsPerHour: number;
  /** 24 factors, UTC hour of day. */
  readonly hourShape: readonly number[];
  /** 7 factors, 0 = Sunday. */
  readonly weekdayShape: readonly number[];
  /** Share of calls the agent picks up. */
  readonly pickupRate: number;
  /** Share of ordinary answered calls that succeed; null = no Success Definition (all Completed). */
  readonly successShare: number | null;
  readonly needFollowUpRate: number;
  readonly wrongNumberRate: number;
  readonly errorRate: number;
  readonly meanDurationSeconds: number;
  /** Price per started minute in 1/128 credit, so every sum of prices is exact in binary floating point. */
  readonly priceUnitsPerMinute: number;
  /** Per answered call: takeMessage, smsSent, callTransferred, calendarBooked, emailSent. */
  readonly eventRates: readonly number[];
  /** negative, slightlyNegative, neutral, slightlyPositive, positive. */
  readonly sentimentWeights: readonly number[];
  readonly labels: readonly DemoLabel[];
  /** Outbound campaigns only: what happens to the calls nobody picks up. */
  readonly outbound?: DemoOutboundProfile;
}

/** How an outbound campaign's dialling goes; the shares are of the calls a person does not pick up. */
export interface DemoOutboundProfile {
  /** A voicemail box answered and the Pearl left a message. */
  readonly voicemailShare: number;
  /** No answer or busy: the lead is called again later. The rest of the unanswered calls are unreachable. */
  readonly retryShare: number;
  /** Of all calls: the lead's number does not fit its country, nothing is dialled. */
  readonly wrongCountryCodeRate: number;
  /** Of all calls: the lead's first call in the campaign (counted in totalLeads). */
  readonly firstAttemptShare: number;
}

export interface DemoCampaign {
  readonly id: string;
  readonly name: string;
  /** 1 Inbound, 2 Outbound (v2 Pearl type). */
  readonly type: 1 | 2;
  /** 1 Running, 2 Paused, 3 Suspended, 10 Maintenance. */
  readonly status: number;
  readonly phoneNumber: string | null;
  readonly totalAgents: number;
  readonly createdAt: string;
  /** No calls before this instant (UTC), so "no calls yet" ranges exist. */
  readonly dataStart: string;
  readonly budgetConsumed: number;
  readonly profile: DemoProfile;
}

export function labels(owner: string, list: readonly (readonly [string, string, number])[]): DemoLabel[] {
  return list.map(([name, color, rate]) => ({ id: objectIdFrom(`${owner}/label/${name}`), name, color, rate }));
}
