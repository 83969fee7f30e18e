/** A range's ends as the user's own calendar days, the way the report's header names them. */
import assert from 'node:assert/strict';
import { localDay } from '../../src/analytics/localDay';

function inZone<T>(zone: string, run: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('localDay (the user\'s calendar day of an instant)', () => {
  it('names the day in the user\'s zone, not UTC\'s', () => {
    // 15:30 UTC on 1 March is already 2 March in Tokyo, still 1 March in New York.
    assert.equal(inZone('Asia/Tokyo', () => localDay('2026-03-01T15:30:00Z')), '2026-03-02');
    assert.equal(inZone('America/New_York', () => localDay('2026-03-01T15:30:00Z')), '2026-03-01');
    assert.equal(inZone('America/New_York', () => localDay('2026-03-01T02:00:00Z')), '2026-02-28');
  });

  it('writes months and days with two digits', () => {
    assert.equal(inZone('UTC', () => localDay('2026-03-05T12:00:00Z')), '2026-03-05');
    assert.equal(inZone('UTC', () => localDay('2026-11-21T12:00:00Z')), '2026-11-21');
    assert.equal(inZone('UTC', () => localDay('2026-12-31T23:59:59.999Z')), '2026-12-31');
  });

  it('says the date is invalid instead of writing NaN', () => {
    assert.equal(localDay('not a date'), 'invalid-date');
    assert.equal(localDay(''), 'invalid-date');
  });
});
