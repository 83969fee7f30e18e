/**
 * The demo account and its campaigns: believable names, statuses and per-campaign "personalities"
 * (when people call, how long, what it costs, which labels) that the hourly generator follows.
 */
import { hashString, objectIdFrom } from './random';
import { labels, type DemoCampaign, type DemoProfile } from './profile';
import { DEMO_OUTBOUND_CAMPAIGNS } from './outboundCampaigns';

export type { DemoCampaign, DemoLabel, DemoOutboundProfile, DemoProfile } from './profile';
export { DEMO_OUTBOUND_CAMPAIGNS } from './outboundCampaigns';

/** The first outbound campaign (the name older tests and the v2 filter check use). */
export const DEMO_OUTBOUND_PEARL: DemoCampaign = DEMO_OUTBOUND_CAMPAIGNS[0] as DemoCampaign;

/** The earliest demo data; any range before it has no calls. */
export const DEMO_DATA_START = '2025-01-01T00:00:00Z';

/** Price units per credit (see DemoProfile.priceUnitsPerMinute). */
export const PRICE_UNITS_PER_CREDIT = 128;

const OFFICE_HOURS = [
  0.02, 0.01, 0.01, 0.01, 0.01, 0.02, 0.08, 0.35, 0.8, 1, 0.95, 0.85, 0.55, 0.7, 0.72, 0.65, 0.55, 0.35, 0.15, 0.08, 0.05,
  0.04, 0.03, 0.02,
];
const RESTAURANT_HOURS = [
  0.01, 0, 0, 0, 0, 0, 0.01, 0.05, 0.2, 0.5, 0.85, 1, 0.7, 0.45, 0.5, 0.7, 0.9, 0.8, 0.55, 0.3, 0.15, 0.06, 0.03, 0.02,
];
const PROPERTY_HOURS = [
  0.15, 0.1, 0.08, 0.06, 0.06, 0.1, 0.3, 0.7, 1, 0.9, 0.7, 0.6, 0.5, 0.5, 0.5, 0.55, 0.6, 0.7, 0.75, 0.6, 0.45, 0.35, 0.25,
  0.2,
];
const GARAGE_HOURS = [
  0, 0, 0, 0, 0, 0.02, 0.3, 0.9, 1, 0.85, 0.7, 0.6, 0.45, 0.5, 0.5, 0.45, 0.35, 0.15, 0.05, 0.02, 0.01, 0, 0, 0,
];

const DENTAL_ID = '66f2a9c41e8b7d3a05c19e21';
const TRATTORIA_ID = '67a1d03be5f4c2918a6b0d47';
const PROPERTY_ID = '6750e8b2c9d14fa3b7e20c15';
const GARAGE_ID = '683c5f17a2b9e04d6c81f3a9';

const DENTAL_PROFILE: DemoProfile = {
  peakCallsPerHour: 9,
  hourShape: OFFICE_HOURS,
  weekdayShape: [0.15, 1.15, 1.05, 1, 1, 0.9, 0.35],
  pickupRate: 0.96,
  successShare: 0.78,
  needFollowUpRate: 0.07,
  wrongNumberRate: 0.02,
  errorRate: 0.01,
  meanDurationSeconds: 165,
  priceUnitsPerMinute: 15,
  eventRates: [0.08, 0.3, 0.06, 0.35, 0.1],
  sentimentWeights: [0.04, 0.08, 0.3, 0.3, 0.28],
  labels: labels(DENTAL_ID, [
    ['Appointment booked', '#4caf50', 0.38],
    ['Rescheduled', '#2196f3', 0.12],
    ['New patient', '#9c27b0', 0.1],
    ['Insurance question', '#ff9800', 0.09],
    ['Dental emergency', '#f44336', 0.04],
    ['Billing', '#607d8b', 0.06],
    ['Cancellation', '#795548', 0.05],
  ]),
};

const TRATTORIA_PROFILE: DemoProfile = {
  peakCallsPerHour: 7,
  hourShape: RESTAURANT_HOURS,
  weekdayShape: [0.8, 0.6, 0.75, 0.85, 1, 1.2, 1.25],
  pickupRate: 0.93,
  successShare: 0.82,
  needFollowUpRate: 0.04,
  wrongNumberRate: 0.03,
  errorRate: 0.01,
  meanDurationSeconds: 110,
  priceUnitsPerMinute: 15,
  eventRates: [0.05, 0.4, 0.04, 0.42, 0.05],
  sentimentWeights: [0.03, 0.05, 0.27, 0.3, 0.35],
  labels: labels(TRATTORIA_ID, [
    ['Reservation made', '#4caf50', 0.45],
    ['Large party', '#3f51b5', 0.06],
    ['Opening hours', '#00bcd4', 0.15],
    ['Takeaway order', '#ff9800', 0.1],
    ['Complaint', '#f44336', 0.03],
    ['Allergy question', '#8bc34a', 0.05],
  ]),
};

const PROPERTY_PROFILE: DemoProfile = {
  peakCallsPerHour: 5,
  hourShape: PROPERTY_HOURS,
  weekdayShape: [0.55, 1.1, 1, 1, 0.95, 0.95, 0.6],
  pickupRate: 0.97,
  successShare: 0.64,
  needFollowUpRate: 0.14,
  wrongNumberRate: 0.02,
  errorRate: 0.015,
  meanDurationSeconds: 240,
  priceUnitsPerMinute: 18,
  eventRates: [0.3, 0.15, 0.12, 0.05, 0.25],
  sentimentWeights: [0.1, 0.15, 0.35, 0.22, 0.18],
  labels: labels(PROPERTY_ID, [
    ['Maintenance request', '#ff9800', 0.4],
    ['Emergency repair', '#f44336', 0.08],
    ['Rent question', '#2196f3', 0.15],
    ['Viewing request', '#4caf50', 0.1],
    ['Noise complaint', '#9c27b0', 0.06],
  ]),
};

const GARAGE_PROFILE: DemoProfile = {
  peakCallsPerHour: 4,
  hourShape: GARAGE_HOURS,
  weekdayShape: [0.05, 1.2, 1.05, 1, 0.95, 0.9, 0.45],
  pickupRate: 0.9,
  // No Success Definition: answered calls end as Completed, so the success rate is "not defined".
  successShare: null,
  needFollowUpRate: 0.09,
  wrongNumberRate: 0.025,
  errorRate: 0.012,
  meanDurationSeconds: 190,
  priceUnitsPerMinute: 13,
  eventRates: [0.12, 0.25, 0.08, 0.38, 0.1],
  sentimentWeights: [0.05, 0.08, 0.32, 0.3, 0.25],
  labels: labels(GARAGE_ID, [
    ['Service booked', '#4caf50', 0.42],
    ['Quote requested', '#2196f3', 0.2],
    ['MOT reminder', '#00bcd4', 0.1],
    ['Collection time', '#ffc107', 0.12],
    ['Warranty claim', '#795548', 0.04],
    ['Callback requested', '#607d8b', 0.08],
  ]),
};

export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  {
    id: DENTAL_ID,
    name: 'Front Desk — Bright Smile Dental',
    type: 1,
    status: 1,
    phoneNumber: '+442079460123',
    totalAgents: 3,
    createdAt: '2024-12-18T10:42:07Z',
    dataStart: DEMO_DATA_START,
    budgetConsumed: 1846.25,
    profile: DENTAL_PROFILE,
  },
  {
    id: TRATTORIA_ID,
    name: 'Table Reservations — Trattoria Lucca',
    type: 1,
    status: 1,
    phoneNumber: '+442079460456',
    totalAgents: 2,
    createdAt: '2025-02-03T16:05:51Z',
    dataStart: '2025-02-10T00:00:00Z',
    budgetConsumed: 1012.5,
    profile: TRATTORIA_PROFILE,
  },
  {
    id: PROPERTY_ID,
    name: 'After-Hours Line — Harbour Property Management',
    type: 1,
    status: 2,
    phoneNumber: '+441632960789',
    totalAgents: 2,
    createdAt: '2024-12-02T08:15:30Z',
    dataStart: DEMO_DATA_START,
    budgetConsumed: 1377.75,
    profile: PROPERTY_PROFILE,
  },
  {
    id: GARAGE_ID,
    name: 'Service Booking — Northside Auto Repair',
    type: 1,
    status: 10,
    phoneNumber: '+441632960214',
    totalAgents: 1,
    createdAt: '2025-05-27T13:20:00Z',
    dataStart: '2025-06-02T00:00:00Z',
    budgetConsumed: 402,
    profile: GARAGE_PROFILE,
  },
];

export interface DemoAccount {
  readonly name: string;
  readonly totalAgents: number;
  readonly creditBalance: number;
  /** 1 FullAccess … 5 DebtReached. */
  readonly status: number;
}

export const DEMO_ACCOUNT: DemoAccount = {
  name: 'Bright Horizons Group (demo)',
  totalAgents: 10,
  creditBalance: 4821.5,
  status: 1,
};

/**
 * A synthetic inbound campaign for tests that need many (e.g. 500): a stable id and name, and the
 * personality of one of the four demo campaigns.
 */
export function makeDemoCampaign(index: number, overrides: Partial<DemoCampaign> = {}): DemoCampaign {
  const base = DEMO_CAMPAIGNS[index % DEMO_CAMPAIGNS.length] ?? DEMO_CAMPAIGNS[0];
  if (!base) throw new Error('no demo campaigns');
  return {
    ...base,
    id: objectIdFrom(`campaign-${index}`),
    name: `Inbound Campaign ${index + 1}`,
    status: 1,
    ...overrides,
  };
}

const standIns = new Map<string, DemoCampaign>();

/** The campaign with this id among the given ones, else a stable stand-in so any id has data. */
export function demoCampaignFor(id: string, campaigns: readonly DemoCampaign[] = DEMO_CAMPAIGNS): DemoCampaign {
  const known = campaigns.find((c) => c.id === id) ?? DEMO_CAMPAIGNS.find((c) => c.id === id) ?? DEMO_OUTBOUND_CAMPAIGNS.find((c) => c.id === id);
  if (known) return known;
  let standIn = standIns.get(id);
  if (!standIn) {
    // Kept so the hour cache (keyed by campaign object) is reused; bounded like that cache.
    if (standIns.size >= 1000) standIns.clear();
    standIn = makeDemoCampaign(hashString(id) % DEMO_CAMPAIGNS.length, { id, name: id, dataStart: DEMO_DATA_START });
    standIns.set(id, standIn);
  }
  return standIn;
}
