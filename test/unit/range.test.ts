import assert from 'node:assert/strict';
import {
  DAY_MS,
  MAX_RANGE_MS,
  fitsOneRequest,
  previousPeriod,
  rangeForPreset,
  rangeProblem,
  splitRange,
  type DateRange,
} from '../../src/api/range';
import { inProcessTimeZone } from './processTimeZone';

const iso = (ms: number) => new Date(ms).toISOString();

describe('range presets in a fixed time zone', () => {
  // Berlin moved to summer time on 2026-03-29: presets must follow local midnights across it.
  inProcessTimeZone('Europe/Berlin');

  // 31 March 2026, 10:15 local time (UTC+2).
  const now = () => new Date(2026, 2, 31, 10, 15);

  it('computes today, yesterday and the last N days from local midnights, as UTC strings', () => {
    assert.equal(now().toISOString(), '2026-03-31T08:15:00.000Z');
    assert.deepEqual(rangeForPreset('today', now()), { from: '2026-03-30T22:00:00.000Z', to: '2026-03-31T08:15:00.000Z' });
    assert.deepEqual(rangeForPreset('yesterday', now()), { from: '2026-03-29T22:00:00.000Z', to: '2026-03-30T21:59:59.999Z' });
    // 25 March was still winter time (UTC+1).
    assert.equal(rangeForPreset('last7', now()).from, '2026-03-24T23:00:00.000Z');
    assert.equal(rangeForPreset('last30', now()).from, '2026-03-01T23:00:00.000Z');
  });

  it('computes this month and last month', () => {
    assert.deepEqual(rangeForPreset('thisMonth', now()), { from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T08:15:00.000Z' });
    assert.deepEqual(rangeForPreset('lastMonth', now()), { from: '2026-01-31T23:00:00.000Z', to: '2026-02-28T22:59:59.999Z' });
  });

  it('keeps "last 90 days" within one request', () => {
    assert.equal(fitsOneRequest(rangeForPreset('last90', now())), true);
  });
});

describe('the 90-day rule', () => {
  const from = Date.parse('2026-01-01T00:00:00.000Z');

  it('accepts exactly 90 × 24 h and refuses 1 ms more', () => {
    assert.equal(fitsOneRequest({ from: iso(from), to: iso(from + MAX_RANGE_MS) }), true);
    assert.equal(fitsOneRequest({ from: iso(from), to: iso(from + MAX_RANGE_MS + 1) }), false);
  });

  it('reports unusable ranges before any request', () => {
    assert.match(rangeProblem({ from: 'soon', to: iso(from) }) ?? '', /start date "soon" is not a valid date/);
    assert.match(rangeProblem({ from: iso(from), to: iso(from) }) ?? '', /before its end/);
    assert.match(rangeProblem({ from: iso(from + 1), to: iso(from) }) ?? '', /before its end/);
    assert.equal(rangeProblem({ from: iso(from), to: iso(from + 1) }), undefined);
  });
});

function assertCovers(range: DateRange, windows: DateRange[], maxMs: number): void {
  assert.equal(windows[0]?.from, range.from);
  assert.equal(windows[windows.length - 1]?.to, range.to);
  windows.forEach((w, i) => {
    const length = Date.parse(w.to) - Date.parse(w.from);
    assert.ok(length > 0, `window ${i} is empty: ${JSON.stringify(w)}`);
    assert.ok(length <= maxMs, `window ${i} is too long`);
    const next = windows[i + 1];
    if (next) assert.equal(Date.parse(next.from), Date.parse(w.to) + 1, `gap or overlap after window ${i}`);
  });
}

describe('splitRange', () => {
  const from = Date.parse('2025-03-10T13:45:00.000Z');

  it('splits 365 days into 4 windows of 90 days and one of 5, without gaps or overlaps', () => {
    const range = { from: iso(from), to: iso(from + 365 * DAY_MS) };
    const windows = splitRange(range);
    assert.equal(windows.length, 5);
    assertCovers(range, windows, MAX_RANGE_MS);
    for (const w of windows.slice(0, 4)) assert.equal(Date.parse(w.to) - Date.parse(w.from), MAX_RANGE_MS);
    const last = windows[4] as DateRange;
    assert.equal(Date.parse(last.to) - Date.parse(last.from), 5 * DAY_MS - 4);
  });

  it('leaves a range of at most 90 days whole', () => {
    const range = { from: iso(from), to: iso(from + MAX_RANGE_MS) };
    assert.deepEqual(splitRange(range), [range]);
  });

  it('never produces an empty last window when the range is 90 days and 1 ms', () => {
    const range = { from: iso(from), to: iso(from + MAX_RANGE_MS + 1) };
    const windows = splitRange(range);
    assert.equal(windows.length, 2);
    assertCovers(range, windows, MAX_RANGE_MS);
  });

  it('covers ranges of many lengths with small windows', () => {
    for (const length of [1, 2, 999, 1000, 1001, 1002, 2001, 2002, 54_321]) {
      const range = { from: iso(from), to: iso(from + length) };
      assertCovers(range, splitRange(range, 1000), 1000);
    }
  });
});

describe('previousPeriod', () => {
  it('is the period of the same length that ends just before the range', () => {
    const range = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00.000Z' };
    const previous = previousPeriod(range);
    assert.equal(Date.parse(previous.to), Date.parse(range.from) - 1);
    assert.equal(Date.parse(previous.to) - Date.parse(previous.from), Date.parse(range.to) - Date.parse(range.from));
  });
});
