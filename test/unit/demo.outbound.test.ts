/** The demo's outbound campaigns: deterministic, internally consistent, and telling the story of each campaign. */
import assert from 'node:assert/strict';
import { analyticsSchema } from '../../src/api/schemas';
import { DEMO_CAMPAIGNS, DEMO_OUTBOUND_CAMPAIGNS, demoAnalyticsJson, type DemoCampaign } from '../../src/demo/data';
import { handleApiRequest } from '../../src/demo/routes';

const [REMINDERS, LEADS] = DEMO_OUTBOUND_CAMPAIGNS as [DemoCampaign, DemoCampaign];
const MONTH = { from: '2026-02-01T00:00:00.000Z', to: '2026-02-28T23:59:59.999Z' };
const OUTCOMES = ['successful', 'unsuccessful', 'completed', 'needFollowUp', 'wrongNumber', 'error', 'voiceMailLeft', 'needRetry', 'unreachable', 'wrongCountryCode'] as const;

describe('demo outbound campaigns', () => {
  it('are the same every time, and pass the client schema on v1 and v2', () => {
    for (const campaign of DEMO_OUTBOUND_CAMPAIGNS) {
      assert.deepEqual(demoAnalyticsJson(campaign.id, MONTH, 'v1', campaign), demoAnalyticsJson(campaign.id, MONTH, 'v1', campaign));
      for (const version of ['v1', 'v2'] as const) assert.ok(analyticsSchema.safeParse(demoAnalyticsJson(campaign.id, MONTH, version, campaign)).success);
    }
  });

  it('count every call once under one outcome, each day and in total; leads are at most the calls', () => {
    for (const campaign of DEMO_OUTBOUND_CAMPAIGNS) {
      const json = demoAnalyticsJson(campaign.id, MONTH, 'v1', campaign);
      for (const day of [...json.callsStatusTimeLine, { date: 'total', ...json.callsStatusOverview }]) {
        const sum = OUTCOMES.reduce((s, k) => s + day[k], 0);
        assert.equal(sum, day.totalCalls, `${campaign.name} ${day.date}`);
        assert.ok(day.totalLeads <= day.totalCalls);
      }
      assert.equal(json.callsStatusTimeLine.reduce((s, d) => s + d.voiceMailLeft, 0), json.callsStatusOverview.voiceMailLeft);
    }
  });

  it('have a pickup rate per day that is the share of calls a person answered', () => {
    for (const campaign of DEMO_OUTBOUND_CAMPAIGNS) {
      const json = demoAnalyticsJson(campaign.id, MONTH, 'v1', campaign);
      const pickup = json.callsPickupRateTimeLine ?? [];
      assert.equal(pickup.length, json.callsStatusTimeLine.length);
      json.callsStatusTimeLine.forEach((day, i) => {
        const missed = day.voiceMailLeft + day.needRetry + day.unreachable + day.wrongCountryCode;
        const expected = day.totalCalls === 0 ? 0 : (100 * (day.totalCalls - missed)) / day.totalCalls;
        assert.ok(Math.abs((pickup[i]?.pickupRatePercentage ?? NaN) - expected) < 1e-9, `${campaign.name} ${day.date}`);
      });
    }
  });

  it('read like their campaigns: reminders are picked up and confirmed more often than cold leads qualify', () => {
    const rate = (c: DemoCampaign) => {
      const o = demoAnalyticsJson(c.id, MONTH, 'v1', c).callsStatusOverview;
      const missed = o.voiceMailLeft + o.needRetry + o.unreachable + o.wrongCountryCode;
      return { pickup: (o.totalCalls - missed) / o.totalCalls, success: o.successful / (o.successful + o.unsuccessful), o };
    };
    const reminders = rate(REMINDERS);
    const leads = rate(LEADS);
    assert.ok(reminders.pickup > 0.45 && reminders.pickup < 0.7, `reminder pickup ${reminders.pickup}`);
    assert.ok(leads.pickup > 0.25 && leads.pickup < 0.5, `lead pickup ${leads.pickup}`);
    assert.ok(reminders.success > 0.75 && leads.success < 0.4);
    for (const { o } of [reminders, leads]) for (const k of ['voiceMailLeft', 'needRetry', 'unreachable', 'wrongCountryCode', 'totalLeads'] as const) assert.ok(o[k] > 0, k);
    // No calls on Sundays: outbound dialling keeps office days.
    const sundays = demoAnalyticsJson(LEADS.id, MONTH, 'v1', LEADS).callsByHourDayOfWeeks.filter((c) => c.dayOfWeek === 0);
    assert.deepEqual(sundays, []);
  });

  it('leave the inbound demo campaigns without outbound statuses or pickup rate on v1', () => {
    for (const campaign of DEMO_CAMPAIGNS) {
      const json = demoAnalyticsJson(campaign.id, MONTH, 'v1', campaign);
      for (const k of ['voiceMailLeft', 'needRetry', 'unreachable', 'wrongCountryCode', 'totalLeads'] as const) assert.equal(json.callsStatusOverview[k], 0);
      assert.equal(json.callsPickupRateTimeLine, undefined);
    }
  });

  it('show the Pearl calling the lead in their calls: from the campaign number, to the lead', () => {
    const body = JSON.stringify({ fromDate: '2026-02-10T00:00:00Z', toDate: '2026-02-10T23:59:59Z', limit: 5 });
    const answer = handleApiRequest({ method: 'POST', path: `/v1/Outbound/${REMINDERS.id}/Calls`, body });
    const results = (answer.body as { results: { from: string; to: string }[] }).results;
    assert.ok(results.length > 0);
    for (const call of results) {
      assert.equal(call.from, REMINDERS.phoneNumber);
      assert.notEqual(call.to, REMINDERS.phoneNumber);
    }
  });
});
