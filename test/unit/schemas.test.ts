import assert from 'node:assert/strict';
import {
  isValidDate,
  nullableNumber,
  accountSchema,
  analyticsSchema,
  campaignListSchema,
  firstIssue,
  type InboundAnalytics,
} from '../../src/api/schemas';
import { listNotProvided } from '../../src/api/notProvided';

function parse(json: unknown): InboundAnalytics {
  const result = analyticsSchema.safeParse(json);
  if (!result.success) assert.fail(firstIssue(result.error));
  return result.data;
}

function issueOf(json: unknown): string {
  const result = analyticsSchema.safeParse(json);
  assert.equal(result.success, false, 'expected the body to be refused');
  return result.success ? '' : firstIssue(result.error);
}

const costBuckets = (bad: unknown) => [
  { date: '2026-01-01T00:00:00Z', totalPrice: 1, averageCostPerCall: 0.5 },
  { date: '2026-01-02T00:00:00Z', totalPrice: 2, averageCostPerCall: 0.5 },
  { date: '2026-01-03T00:00:00Z', totalPrice: 3, averageCostPerCall: 0.5 },
  { date: '2026-01-04T00:00:00Z', totalPrice: bad, averageCostPerCall: 0.5 },
];

describe('analytics schema', () => {
  it('ignores fields it does not know, at the top and inside sections', () => {
    const data = parse({
      somethingNew: { a: 1 },
      callsStatusOverview: { totalCalls: 5, successful: 2, brandNewCounter: 9 },
      callLabelCount: [{ id: 'l1', name: 'Booked', color: '#00ff00', count: 3, extra: true }],
    });
    assert.equal('somethingNew' in data, false);
    assert.equal(data.callsStatusOverview?.totalCalls, 5);
    assert.equal('brandNewCounter' in (data.callsStatusOverview ?? {}), false);
    assert.deepEqual(data.callLabelCount, [{ id: 'l1', name: 'Booked', color: '#00ff00', count: 3 }]);
  });

  it('keeps a null or missing counter as null ("not provided"), never 0', () => {
    const data = parse({ callsStatusOverview: { totalCalls: 10, successful: null } });
    assert.equal(data.callsStatusOverview?.successful, null);
    assert.equal(data.callsStatusOverview?.unsuccessful, null);
    assert.equal(data.callsStatusOverview?.totalCalls, 10);
  });

  it('turns missing or null sections into null and lists them as not provided', () => {
    const data = parse({ callsStatusOverview: { totalCalls: 1 }, callsCostTimeLine: null });
    assert.equal(data.callsCostTimeLine, null);
    assert.equal(data.callsSentimentOverview, null);
    assert.equal(data.callsPickupRateTimeLine, null);
    assert.equal(data.callType, null);
    const missing = listNotProvided(data);
    assert.ok(missing.includes('callsCostTimeLine'));
    assert.ok(missing.includes('callsSentimentOverview'));
    assert.ok(missing.includes('callsStatusOverview.successful'));
    assert.ok(!missing.includes('callsStatusOverview.totalCalls'));
  });

  it('reads numbers sent as numeric strings', () => {
    const data = parse({
      callsStatusOverview: { totalCalls: '42', successful: ' 7 ' },
      callsCostTimeLine: [{ date: '2026-01-01T00:00:00Z', totalPrice: '12.5', averageCostPerCall: '1e-1' }],
      callType: '1',
    });
    assert.equal(data.callsStatusOverview?.totalCalls, 42);
    assert.equal(data.callsStatusOverview?.successful, 7);
    assert.deepEqual(data.callsCostTimeLine, [{ date: '2026-01-01T00:00:00Z', totalPrice: 12.5, averageCostPerCall: 0.1 }]);
    assert.equal(data.callType, 1);
  });

  it('names the JSON path and the bad value of a wrong type', () => {
    assert.equal(issueOf({ callsCostTimeLine: costBuckets('abc') }), 'callsCostTimeLine[3].totalPrice: expected a number, got "abc"');
    assert.equal(issueOf({ callsCostTimeLine: costBuckets(true) }), 'callsCostTimeLine[3].totalPrice: expected a number, got true');
    assert.equal(
      issueOf({ callsAverageTimeLine: [{ date: 'yesterday-ish', averageCallDuration: 3 }] }),
      'callsAverageTimeLine[0].date: expected a date, got "yesterday-ish"',
    );
  });

  it('refuses an array where an object belongs, and an object where a list belongs', () => {
    assert.equal(issueOf({ callsStatusOverview: [1, 2] }), 'callsStatusOverview: expected an object, got an array');
    assert.equal(issueOf({ callsStatusTimeLine: { date: '2026-01-01' } }), 'callsStatusTimeLine: expected a list, got an object');
    assert.equal(issueOf([]), '(response): expected an object, got an array');
  });

  it('keeps a label whose colour or name is missing, with null', () => {
    const data = parse({ callLabelCount: [{ id: 7, count: '2' }] });
    assert.deepEqual(data.callLabelCount, [{ id: '7', name: null, color: null, count: 2 }]);
  });

  it('names a bucket whose date is missing', () => {
    assert.equal(issueOf({ callsSuccessRateTimeLine: [{ successRatePercentage: 3 }] }), 'callsSuccessRateTimeLine[0].date: expected a date, got nothing');
  });

  it('requires hour and weekday of a heatmap cell', () => {
    assert.equal(issueOf({ callsByHourDayOfWeeks: [{ dayOfWeek: 1, count: 2 }] }), 'callsByHourDayOfWeeks[0].hourOfDay: expected a number, got nothing');
  });
});

describe('campaign and account schemas', () => {
  it('reads a v2 Pearl list with created dates and types', () => {
    const result = campaignListSchema.parse([
      { id: 'a', name: 'Front desk', type: 1, status: 1, createdAt: '2025-01-01T00:00:00Z', secretField: 'x' },
      { id: 'b', name: null, type: '2', status: 2 },
    ]);
    assert.deepEqual(result[1], { id: 'b', name: null, type: 2, status: 2, createdAt: null, created: null });
  });

  it('refuses an object where the campaign list belongs', () => {
    const result = campaignListSchema.safeParse({ items: [] });
    assert.equal(result.success, false);
    if (!result.success) assert.equal(firstIssue(result.error), '(response): expected a list of campaigns, got an object');
  });

  it('reads the account, credit balance as a number', () => {
    assert.deepEqual(accountSchema.parse({ name: 'Acme', totalAgents: 3, creditBalance: '120.5', status: 1 }), {
      name: 'Acme',
      totalAgents: 3,
      creditBalance: 120.5,
      status: 1,
    });
  });
});

describe('isValidDate', () => {
  it('accepts real dates and refuses calendar days that do not exist', () => {
    for (const good of ['2026-02-28T00:00:00Z', '2024-02-29T00:00:00Z', '2026-12-31T23:59:59.999Z', '2026-03-01', 'Tue, 03 Mar 2026 10:00:00 GMT']) {
      assert.equal(isValidDate(good), true, good);
    }
    for (const bad of ['2026-02-29T00:00:00Z', '2026-02-30T00:00:00Z', '2026-04-31', '2026-13-01', 'yesterday']) {
      assert.equal(isValidDate(bad), false, bad);
    }
  });

  it('knows the leap years of the Gregorian calendar, which V8 rolls over into March', () => {
    assert.equal(isValidDate('2000-02-29'), true, 'divisible by 400');
    assert.equal(isValidDate('2028-02-29T00:00:00Z'), true);
    for (const bad of ['1900-02-29', '2100-02-29T12:00:00Z', '2027-02-29']) assert.equal(isValidDate(bad), false, bad);
  });

  it('checks the calendar day whatever follows it: a space, an offset', () => {
    assert.equal(isValidDate('2026-02-30 10:00'), false);
    assert.equal(isValidDate('2026-04-31T10:00:00+02:00'), false);
    assert.equal(isValidDate('2026-04-30T10:00:00+02:00'), true);
  });
});

describe('numbers sent as text', () => {
  it('reads the forms a server writes, decimals and exponents of any length among them', () => {
    for (const [text, value] of [['42', 42], [' 7 ', 7], ['.55', 0.55], ['-1.25', -1.25], ['1e-10', 1e-10], ['2.5E+12', 2.5e12], ['3.', 3]] as const) {
      assert.equal(nullableNumber.parse(text), value, text);
    }
  });

  it('refuses text that is not a number, and one too large to be finite', () => {
    for (const text of ['', '1,5', '0x10', '1e', 'e5', '1e999', 'NaN', 'Infinity']) {
      assert.equal(nullableNumber.safeParse(text).success, false, text);
    }
  });
});
