/**
 * The demo's two outbound campaigns: a dental practice's appointment reminders (most calls picked up,
 * most patients confirm) and a letting agent's lead qualification (few pick up, fewer qualify).
 */
import { labels, type DemoCampaign, type DemoProfile } from './profile';

const REMINDERS_ID = '6812b4e9d07c3a5f19e6a2c8';
const LEADS_ID = '68d9e13a5b2f4c07a6e1d952';

/** Outbound dialling hours (UTC): office hours, never before 8:00 or after 19:00. */
const DIALLING_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 0.4, 1, 1, 0.9, 0.5, 0.8, 1, 0.95, 0.85, 0.6, 0.3, 0, 0, 0, 0, 0];

const REMINDERS_PROFILE: DemoProfile = {
  peakCallsPerHour: 11,
  hourShape: DIALLING_HOURS,
  weekdayShape: [0, 1.1, 1, 1, 1, 0.95, 0.2],
  pickupRate: 0.58,
  // Success Definition: the patient confirmed the appointment.
  successShare: 0.84,
  needFollowUpRate: 0.05,
  wrongNumberRate: 0.02,
  errorRate: 0.01,
  meanDurationSeconds: 70,
  priceUnitsPerMinute: 15,
  eventRates: [0.02, 0.55, 0.03, 0.12, 0.04],
  sentimentWeights: [0.03, 0.06, 0.4, 0.28, 0.23],
  labels: labels(REMINDERS_ID, [
    ['Confirmed', '#4caf50', 0.7],
    ['Rescheduled', '#2196f3', 0.12],
    ['Cancelled', '#f44336', 0.07],
    ['Asked for a call back', '#607d8b', 0.05],
  ]),
  outbound: { voicemailShare: 0.5, retryShare: 0.38, wrongCountryCodeRate: 0.008, firstAttemptShare: 0.68 },
};

const LEADS_PROFILE: DemoProfile = {
  peakCallsPerHour: 14,
  hourShape: DIALLING_HOURS,
  weekdayShape: [0, 1, 1.05, 1.05, 1, 0.85, 0],
  pickupRate: 0.37,
  // Success Definition: the lead is qualified (budget, timing, area).
  successShare: 0.29,
  needFollowUpRate: 0.11,
  wrongNumberRate: 0.05,
  errorRate: 0.015,
  meanDurationSeconds: 200,
  priceUnitsPerMinute: 18,
  eventRates: [0.01, 0.2, 0.06, 0.1, 0.18],
  sentimentWeights: [0.12, 0.16, 0.42, 0.18, 0.12],
  labels: labels(LEADS_ID, [
    ['Qualified', '#4caf50', 0.28],
    ['Not interested', '#9e9e9e', 0.35],
    ['Budget too low', '#ff9800', 0.12],
    ['Call back later', '#2196f3', 0.14],
    ['Viewing booked', '#9c27b0', 0.08],
  ]),
  outbound: { voicemailShare: 0.34, retryShare: 0.46, wrongCountryCodeRate: 0.025, firstAttemptShare: 0.52 },
};

/**
 * The outbound campaigns: listed by GET /v1/Outbound and, with `type` 2, among the Pearls of GET /v2/Pearl
 * (where an inbound-only listing must filter them out).
 */
export const DEMO_OUTBOUND_CAMPAIGNS: readonly DemoCampaign[] = [
  {
    id: REMINDERS_ID,
    name: 'Appointment Reminders — Bright Smile Dental',
    type: 2,
    status: 1,
    phoneNumber: '+442079460199',
    totalAgents: 2,
    createdAt: '2025-03-11T09:00:00Z',
    dataStart: '2025-03-17T00:00:00Z',
    budgetConsumed: 655.5,
    profile: REMINDERS_PROFILE,
  },
  {
    id: LEADS_ID,
    name: 'Lead Qualification — Harbour Property Management',
    type: 2,
    status: 1,
    phoneNumber: '+441632960555',
    totalAgents: 3,
    createdAt: '2025-08-20T14:30:00Z',
    dataStart: '2025-09-01T00:00:00Z',
    budgetConsumed: 2210.25,
    profile: LEADS_PROFILE,
  },
];

