/**
 * The call table's start times (src/calls/startTimes.ts) share Intl calls between instants of one local
 * hour; what a user reads must be exactly what Intl would write, also on the days the clocks change.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatStart } from '../../src/calls/startTimes';

// Lord Howe moves its clocks by 30 minutes: the cached hour must not be taken for a whole-hour shift.
const ZONES = ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe'];
const LOCALES = ['en', 'de', 'ja'];
const STYLES: Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'short', timeStyle: 'medium' }, // what the Calls panel uses
  { dateStyle: 'medium', timeStyle: 'short' },
  { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit', hour12: true },
];
const DAY = 86_400_000;

function offset(zone: string, ms: number): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** The UTC days of 2026 on which `zone` changes its offset. */
function changeDays(zone: string): number[] {
  const days: number[] = [];
  for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += DAY) if (offset(zone, t) !== offset(zone, t + DAY)) days.push(t);
  return days;
}

describe('call start times', () => {
  for (const zone of ZONES) {
    it(`${zone}: the same text as Intl for en, de and ja, across both clock changes of 2026`, function () {
      this.timeout(60_000);
      const days = changeDays(zone);
      assert.equal(days.length, 2, `${zone} changes its clocks twice a year`);
      const instants: number[] = [];
      // Every 61.7 s for two days around each change, then a coarse walk over the whole year.
      for (const day of days) for (let t = day - DAY; t < day + 2 * DAY; t += 61_700) instants.push(t);
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 4_387_123) instants.push(t);
      for (const locale of LOCALES) {
        for (const style of STYLES) {
          const cached = new Intl.DateTimeFormat(locale, { ...style, timeZone: zone });
          const fresh = new Intl.DateTimeFormat(locale, { ...style, timeZone: zone });
          for (const t of instants) assert.equal(formatStart(cached, t), fresh.format(t), `${locale} ${zone} ${new Date(t).toISOString()}`);
        }
      }
    });
  }

  it('the same text as Intl in any order, for any instant, millisecond or zone', function () {
    this.timeout(60_000);
    const zone = fc.constantFrom(...ZONES, 'Asia/Kolkata', 'Asia/Kathmandu', 'UTC', 'Africa/Monrovia');
    const when = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2120, 0, 1) });
    fc.assert(
      fc.property(zone, fc.constantFrom(...LOCALES, 'ar-EG', 'hi-u-nu-deva'), fc.array(fc.oneof(when, when.map((t) => Date.UTC(2026, 2, 29) + (t % (3 * DAY)))), { minLength: 1, maxLength: 60 }), (timeZone, locale, instants) => {
        const cached = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone });
        const fresh = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium', timeZone });
        for (const t of instants) assert.equal(formatStart(cached, t), fresh.format(t));
      }),
      { numRuns: 300, seed: 1202 },
    );
  });

  it('"noon" is said only at noon, and zone names are left to Intl', () => {
    for (const extra of [{ dayPeriod: 'short' }, { timeZoneName: 'long' }] as const) {
      const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Paris', ...extra };
      const cached = new Intl.DateTimeFormat('en', options);
      const fresh = new Intl.DateTimeFormat('en', options);
      for (let t = Date.UTC(2026, 9, 24, 10); t < Date.UTC(2026, 9, 25, 14); t += 29_000) assert.equal(formatStart(cached, t), fresh.format(t));
    }
  });

  it('fractional seconds are left to Intl', () => {
    const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3, timeZone: 'Europe/Paris' };
    const cached = new Intl.DateTimeFormat('en', options);
    const fresh = new Intl.DateTimeFormat('en', options);
    for (let t = Date.UTC(2026, 4, 1); t < Date.UTC(2026, 4, 1, 2); t += 7_777) assert.equal(formatStart(cached, t), fresh.format(t));
  });
});
