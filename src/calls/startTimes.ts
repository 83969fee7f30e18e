/**
 * `Intl.DateTimeFormat.format` for many call start times, without one Intl call per row: it was ~3× the
 * JSON.parse of the whole page. Within one local hour at one UTC offset, the text of two instants differs
 * only in the minute and second digits, so Intl's text for one instant of that hour is kept and the other
 * instants get their own minute and second written in at the same places.
 *
 * Why that is exact:
 * - A formatter in a fixed zone renders the wall time, and wall time = UTC + offset. The offset is read once
 *   per UTC day, at its first and last millisecond; when they differ (a DST day) every instant of that day is
 *   formatted by Intl itself. Equal ends mean one offset all day because no zone in the tz database changes
 *   its offset twice within 24 hours (changes are months apart).
 * - The hour, day period and date come from real Intl texts of that local hour at that offset (its :00:00,
 *   :59:00 and :59:59); only minute and second are written in, at the places where those texts differ, and
 *   only when they differ there as two latin digits 00→59 at the same length (otherwise — other digits,
 *   one-digit minutes, an hour that reaches into a day whose offset changes — Intl formats the instant).
 *   Formatters showing a flexible day period ("noon" only at 12:00:00), a zone name or fractions of a second
 *   are always left to Intl. Offsets are read to the second, so a zone whose offset is not a whole number of
 *   minutes (local mean times before 1971, outside the cached years anyway) would still be exact.
 * - Cost: 3 Intl calls per local hour against one per row, so it pays when an hour holds more than ~3 calls.
 * test/unit/startTimes.test.ts compares with Intl across DST changes of Paris, New York and Lord Howe.
 */

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
// Outside these years, Intl is asked every time (eras, pre-1970 local mean times: not worth a proof).
const FROM = Date.UTC(1971, 0, 1);
const UNTIL = Date.UTC(2100, 0, 1);

/** `format()`'s own text of one instant of the hour, and where its minute and second digits stand (-1: not shown). */
interface HourTemplate {
  readonly offset: number;
  readonly text: string;
  readonly minuteAt: number;
  readonly secondAt: number;
}

/**
 * A zone's offset per UTC day, shared by every formatter of that zone (a page's formatter is new, the zone's
 * offsets are not), so a page pays for its days once per session, not once per page.
 */
class ZoneOffsets {
  private readonly offsets = new Map<number, number | null>();
  private readonly wall: Intl.DateTimeFormat;

  constructor(zone: string) {
    this.wall = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  }

  /** The offset (ms) of the whole UTC day, or null when it changes that day. */
  dayOffset(day: number): number | null {
    let offset = this.offsets.get(day);
    if (offset === undefined) {
      const first = this.offsetAt(day * DAY_MS);
      offset = first === this.offsetAt(day * DAY_MS + DAY_MS - 1) ? first : null;
      this.offsets.set(day, offset);
    }
    return offset;
  }

  private offsetAt(ms: number): number {
    const parts = this.wall.formatToParts(ms);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return wall - Math.floor(ms / 1000) * 1000;
  }
}

const zones = new Map<string, ZoneOffsets>();

/** One per formatter: the page's formatter is built once per page, never per row. */
class StartTimes {
  private readonly hours = new Map<number, HourTemplate>();
  private readonly zone: ZoneOffsets;
  private usable: boolean;

  constructor(private readonly format: Intl.DateTimeFormat) {
    const options = format.resolvedOptions();
    const name = options.timeZone;
    // Fields that may change inside an hour at one offset: a flexible day period ("noon" only at 12:00:00),
    // a zone's name (its metazone may change without the offset changing), fractions of a second.
    this.usable = options.dayPeriod === undefined && options.timeZoneName === undefined && options.fractionalSecondDigits === undefined;
    let zone = zones.get(name);
    if (!zone) zones.set(name, (zone = new ZoneOffsets(name)));
    this.zone = zone;
  }

  text(ms: number): string {
    if (!this.usable || !(ms >= FROM && ms < UNTIL)) return this.format.format(ms);
    const offset = this.zone.dayOffset(Math.floor(ms / DAY_MS));
    if (offset === null) return this.format.format(ms);
    const local = ms + offset;
    const hour = Math.floor(local / HOUR_MS);
    const inHour = Math.floor((local - hour * HOUR_MS) / 1000);
    const minute = two(Math.floor(inHour / 60));
    const second = two(inHour % 60);
    const known = this.hours.get(hour);
    if (known && known.offset === offset) return fill(known, minute, second);
    const template = this.templateOf(hour, offset);
    if (!template) return this.format.format(ms);
    this.hours.set(hour, template);
    return fill(template, minute, second);
  }

  /**
   * Intl's texts for hh:00:00, hh:59:00 and hh:59:59 of one local hour. Only the minute and second change
   * inside it, so where the texts differ is where those digits stand: 00→59 twice, at the same length.
   * Anything else (other digits, a one-digit minute, an hour that straddles an offset change) keeps Intl.
   */
  private templateOf(hour: number, offset: number): HourTemplate | undefined {
    const start = hour * HOUR_MS - offset;
    if (this.zone.dayOffset(Math.floor(start / DAY_MS)) !== offset || this.zone.dayOffset(Math.floor((start + HOUR_MS - 1) / DAY_MS)) !== offset) return undefined;
    const text = this.format.format(start);
    const minuteAt = digitsAt(text, this.format.format(start + 3_540_000));
    const secondAt = digitsAt(this.format.format(start + 3_540_000), this.format.format(start + 3_599_000));
    if (minuteAt === undefined || secondAt === undefined) return undefined;
    return { offset, text, minuteAt, secondAt };
  }
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Where `from` has "00" and `to` has "59" — the one place they differ — or -1 if they are equal. */
function digitsAt(from: string, to: string): number | undefined {
  if (from.length !== to.length) return undefined;
  if (from === to) return -1;
  let at = 0;
  while (from.charCodeAt(at) === to.charCodeAt(at)) at++;
  if (from.slice(at, at + 2) !== '00' || to.slice(at, at + 2) !== '59' || from.slice(at + 2) !== to.slice(at + 2)) return undefined;
  return at;
}

function fill(t: HourTemplate, minute: string, second: string): string {
  let out = t.text;
  if (t.minuteAt >= 0) out = out.slice(0, t.minuteAt) + minute + out.slice(t.minuteAt + 2);
  if (t.secondAt >= 0) out = out.slice(0, t.secondAt) + second + out.slice(t.secondAt + 2);
  return out;
}

const byFormat = new WeakMap<Intl.DateTimeFormat, StartTimes>();

/** `format.format(ms)`, the same text, with the Intl calls shared by the instants of one local hour. */
export function formatStart(format: Intl.DateTimeFormat, ms: number): string {
  let cache = byFormat.get(format);
  if (!cache) byFormat.set(format, (cache = new StartTimes(format)));
  return cache.text(ms);
}
