// The alert rules, each with its edges.
import assert from 'node:assert/strict';
import { DEFAULT_ALERT_SETTINGS, evaluateAlerts, readAlertSettings, type WatchedCampaign, type WatchFacts } from '../../src/watch/rules';
import { fullDaysBefore } from '../../src/watch/days';
import { analytics, bucket } from './analytics.fixtures';

const NOW = Date.parse('2026-03-10T15:00:00Z');
const ID = '65f1c0ffee0000000000a001';

function facts(overrides: Partial<WatchFacts> = {}): WatchFacts {
  return { accountStatus: 1, runway: undefined, campaigns: [], now: NOW, ...overrides };
}

function campaign(overrides: Partial<WatchedCampaign> = {}): WatchedCampaign {
  return { id: ID, name: 'Front desk', status: 1, previousStatus: 1, analytics: undefined, ...overrides };
}

/** 7 full days of `weekSuccess`/`weekRated` each, and today's counts. */
function rates(weekSuccess: number, weekRated: number, todaySuccess: number, todayRated: number) {
  return analytics({
    callsStatusTimeLine: [
      ...fullDaysBefore(NOW, 7).map((d) => bucket(`${d}T00:00:00Z`, { successful: weekSuccess, unsuccessful: weekRated - weekSuccess })),
      bucket('2026-03-10T00:00:00Z', { successful: todaySuccess, unsuccessful: todayRated - todaySuccess }),
    ],
  });
}

const kinds = (f: WatchFacts, settings = DEFAULT_ALERT_SETTINGS) => evaluateAlerts(f, settings).map((a) => a.key);

describe('watch: alert rules', () => {
  it('nothing to say about a healthy account', () => {
    assert.deepEqual(kinds(facts({ runway: { kind: 'days', days: 30, averageDailyCost: 1 }, campaigns: [campaign()] })), []);
  });

  describe('runway', () => {
    it('under N days fires; exactly N does not; unknown never does', () => {
      assert.deepEqual(kinds(facts({ runway: { kind: 'days', days: 6.9, averageDailyCost: 1 } })), ['runway']);
      assert.deepEqual(kinds(facts({ runway: { kind: 'days', days: 7, averageDailyCost: 1 } })), []);
      assert.deepEqual(kinds(facts({ runway: { kind: 'unknown', reason: 'noHistory' } })), []);
    });
    it('0 turns it off', () => {
      assert.deepEqual(kinds(facts({ runway: { kind: 'days', days: 0, averageDailyCost: 1 } }), { ...DEFAULT_ALERT_SETTINGS, runwayDays: 0 }), []);
    });
  });

  describe('account status', () => {
    it('every status but FullAccess fires, keyed by the status', () => {
      for (const status of [2, 3, 4, 5]) assert.deepEqual(kinds(facts({ accountStatus: status })), [`account:${status}`]);
      assert.deepEqual(kinds(facts({ accountStatus: 1 })), []);
    });
    it('an unknown (null) status does not fire; the switch turns it off', () => {
      assert.deepEqual(kinds(facts({ accountStatus: null })), []);
      assert.deepEqual(kinds(facts({ accountStatus: 3 }), { ...DEFAULT_ALERT_SETTINGS, accountStatus: false }), []);
    });
  });

  describe('campaign stopped', () => {
    it('Running → Paused, Suspended or Maintenance fires', () => {
      for (const status of [2, 3, 10]) assert.deepEqual(kinds(facts({ campaigns: [campaign({ status })] })), [`stopped:${ID}:${status}`]);
    });
    it('not when it was never seen Running, is still Running, or its status is unknown', () => {
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ status: 2, previousStatus: 2 })] })), []);
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ status: 2, previousStatus: undefined })] })), []);
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ status: 1 })] })), []);
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ status: null })] })), []);
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ status: 7 })] })), []);
    });
  });

  describe('success rate drop', () => {
    it('today more than X points under the 7-day average fires', () => {
      // Week 80 %, today 60 %: 20 points > 15.
      const alerts = evaluateAlerts(facts({ campaigns: [campaign({ analytics: rates(8, 10, 12, 20) })] }), DEFAULT_ALERT_SETTINGS);
      assert.equal(alerts.length, 1);
      const alert = alerts[0]!;
      assert.equal(alert.kind, 'successDrop');
      assert.ok(alert.kind === 'successDrop' && Math.abs(alert.today - 60) < 1e-9 && Math.abs(alert.average - 80) < 1e-9);
    });
    it('exactly X points under does not fire', () => {
      // Week 80 %, today 65 %.
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ analytics: rates(8, 10, 13, 20) })] })), []);
    });
    it('needs ≥ 20 rated calls today and over the week', () => {
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ analytics: rates(8, 10, 5, 19) })] })), [], '19 today');
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ analytics: rates(8, 10, 0, 20) })] })), [`success:${ID}`], '20 today');
      // 2 rated a day = 14 in the week.
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ analytics: rates(2, 2, 0, 20) })] })), [], '14 in the week');
    });
    it('a campaign without a success definition (only Completed) never fires', () => {
      const completedOnly = analytics({ callsStatusTimeLine: [bucket('2026-03-10T00:00:00Z', { completed: 50 }), bucket('2026-03-09T00:00:00Z', { completed: 50 })] });
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ analytics: completedOnly })] })), []);
    });
  });

  describe('negative sentiment', () => {
    const sentiment = (negative: number, slightlyNegative: number, rest: number) =>
      analytics({ callsSentimentOverview: { negative, slightlyNegative, neutral: rest, slightlyPositive: 0, positive: 0 } });
    it('over Y % (negative + slightly negative) fires; exactly Y % does not', () => {
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ analytics: sentiment(20, 11, 69) })] })), [`sentiment:${ID}`]);
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ analytics: sentiment(20, 10, 70) })] })), []);
    });
    it('needs ≥ 20 rated calls; missing sentiment never fires', () => {
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ analytics: sentiment(19, 0, 0) })] })), []);
      assert.deepEqual(kinds(facts({ campaigns: [campaign({ analytics: analytics() })] })), []);
    });
  });

  describe('nlpearl.alerts as set', () => {
    it('defaults for anything missing or of the wrong type; numbers clamped', () => {
      assert.deepEqual(readAlertSettings(undefined), DEFAULT_ALERT_SETTINGS);
      assert.deepEqual(readAlertSettings('x'), DEFAULT_ALERT_SETTINGS);
      const read = readAlertSettings({ runwayDays: -3, successRateDropPoints: 500, accountStatus: 'no', minRatedCalls: 0 });
      assert.equal(read.runwayDays, 0);
      assert.equal(read.successRateDropPoints, 100);
      assert.equal(read.accountStatus, true);
      assert.equal(read.minRatedCalls, 1);
    });
  });
});
