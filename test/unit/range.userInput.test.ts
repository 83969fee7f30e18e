/**
 * What a person types into the custom range boxes, the presets' names and spans, and the edges of the accepted
 * dates — gaps that mutation testing (npm run test:mutation -- --mutate src/api/range.ts) showed no test covered.
 */
import assert from 'node:assert/strict';
import {
  EARLIEST_DATE_MS,
  LATEST_AHEAD_MS,
  PRESET_LABELS,
  describeRange,
  parseUserDate,
  rangeForPreset,
  rangeIssue,
  rangeProblem,
} from '../../src/api/range';

const localDate = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0) => new Date(y, m - 1, d, h, min, s, ms);

describe('custom range boxes: what a person types', () => {
  it('reads YYYY-MM-DD as local midnight, and as the last millisecond of that day for an end date', () => {
    assert.equal(parseUserDate('2026-03-05')?.getTime(), localDate(2026, 3, 5).getTime());
    assert.equal(parseUserDate('  2026-03-05 ')?.getTime(), localDate(2026, 3, 5).getTime(), 'surrounding spaces are ignored');
    assert.equal(parseUserDate('2026-03-05', true)?.getTime(), localDate(2026, 3, 5, 23, 59, 59, 999).getTime());
    assert.equal(parseUserDate('2026-12-31', true)?.getTime(), localDate(2026, 12, 31, 23, 59, 59, 999).getTime(), 'the end of a year');
  });

  it('refuses a calendar day that does not exist instead of rolling it into the next month', () => {
    assert.equal(parseUserDate('2026-02-30'), undefined);
    assert.equal(parseUserDate('2026-13-01'), undefined);
    assert.equal(parseUserDate('2026-04-31'), undefined);
    assert.equal(parseUserDate('0099-01-01'), undefined, 'a two-digit year, which Date would read as 1999');
    assert.equal(parseUserDate('2026-02-29'), undefined, '2026 is no leap year');
    assert.equal(parseUserDate('2028-02-29')?.getDate(), 29, '2028 is');
  });

  it('accepts an ISO date-time as written (with its offset), and nothing else', () => {
    assert.equal(parseUserDate('2026-03-05T10:30:00Z')?.toISOString(), '2026-03-05T10:30:00.000Z');
    assert.equal(parseUserDate('2026-03-05T10:30:00+02:00')?.toISOString(), '2026-03-05T08:30:00.000Z');
    for (const text of ['', 'yesterday', '05/03/2026', '2026-3-5', '26-03-05', '2026-03-05 10:30', 'x2026-03-05', '2026-03-05x', '2026-03-05Tnonsense']) {
      assert.equal(parseUserDate(text), undefined, JSON.stringify(text));
    }
  });

  it('labels a custom range with both ends, day, month and year', () => {
    const label = describeRange({ from: localDate(2026, 3, 12).toISOString(), to: localDate(2026, 4, 10, 23).toISOString() }, 'en-GB');
    assert.equal(label, '12 Mar 2026 – 10 Apr 2026');
  });
});

describe('range presets: their names and spans', () => {
  it('names each preset as the picker shows it', () => {
    assert.deepEqual(PRESET_LABELS, {
      today: 'Today',
      yesterday: 'Yesterday',
      last7: 'Last 7 days',
      last30: 'Last 30 days',
      last90: 'Last 90 days',
      thisMonth: 'This month',
      lastMonth: 'Last month',
    });
  });

  it('"Last 90 days" is today and the 89 local days before it, up to now', () => {
    const now = localDate(2026, 6, 15, 14, 20);
    const range = rangeForPreset('last90', now);
    assert.equal(range.from, localDate(2026, 3, 18).toISOString());
    assert.equal(range.to, now.toISOString());
  });
});

describe('accepted dates: the edges', () => {
  const now = Date.UTC(2026, 5, 15);

  it('accepts a start exactly at the earliest date and refuses one millisecond before it', () => {
    const to = new Date(EARLIEST_DATE_MS + 86_400_000).toISOString();
    assert.equal(rangeIssue({ from: new Date(EARLIEST_DATE_MS).toISOString(), to }, now), undefined);
    assert.equal(rangeIssue({ from: new Date(EARLIEST_DATE_MS - 1).toISOString(), to }, now), 'tooEarly');
  });

  it('accepts an end exactly a year and a day ahead and refuses one millisecond later', () => {
    const from = new Date(now).toISOString();
    assert.equal(rangeIssue({ from, to: new Date(now + LATEST_AHEAD_MS).toISOString() }, now), undefined);
    assert.equal(rangeIssue({ from, to: new Date(now + LATEST_AHEAD_MS + 1).toISOString() }, now), 'tooLate');
  });

  it('says which end is not a date', () => {
    assert.equal(rangeProblem({ from: '2026-01-01T00:00:00Z', to: 'soon' }, now), 'The end date "soon" is not a valid date.');
    assert.equal(rangeProblem({ from: 'then', to: '2026-01-01T00:00:00Z' }, now), 'The start date "then" is not a valid date.');
  });
});
