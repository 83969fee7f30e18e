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
 * - The hour, day period and date come from a real Intl call for that local hour and offset; only minute and
 *   second are computed, and only after the first instant of the hour showed that Intl writes them as the
 *   two latin digits computed here (otherwise — other digits, one-digit minutes, fractional seconds — this
 *   formatter is left to Intl on every call). A minute never changes offset halfway (zone offsets are read
 *   to the second here, and the offset is constant all day), so computing the minute is as safe as the hour.
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

/** One per formatter: the page's formatter is built once per page, never per row. */
class StartTimes {
  private readonly offsets = new Map<number, number | null>();
  private readonly hours = new Map<number, HourTemplate>();
  private readonly wall: Intl.DateTimeFormat;
  private usable = true;

  constructor(private readonly format: Intl.DateTimeFormat) {
    const zone = format.resolvedOptions().timeZone;
    this.wall = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  }

  text(ms: number): string {
    if (!this.usable || !(ms >= FROM && ms < UNTIL)) return this.format.format(ms);
    const offset = this.dayOffset(Math.floor(ms / DAY_MS));
    if (offset === null) return this.format.format(ms);
    const local = ms + offset;
    const hour = Math.floor(local / HOUR_MS);
    const inHour = Math.floor((local - hour * HOUR_MS) / 1000);
    const minute = two(Math.floor(inHour / 60));
    const second = two(inHour % 60);
    const known = this.hours.get(hour);
    if (known && known.offset === offset) return fill(known, minute, second);
    const text = this.format.format(ms);
    const template = templateOf(text, this.format.formatToParts(ms), minute, second, offset);
    if (template) this.hours.set(hour, template);
    else this.usable = false;
    return text;
  }

  /** The offset (ms) of the whole UTC day, or null when it changes that day. */
  private dayOffset(day: number): number | null {
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

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Positions come from formatToParts, the text from format(): V8's format() writes U+0020 where
 * formatToParts gives U+202F (before "AM"), so the parts are only a map of the text — same length, same
 * digits where they say — never the text itself.
 */
function templateOf(text: string, parts: readonly Intl.DateTimeFormatPart[], minute: string, second: string, offset: number): HourTemplate | undefined {
  let at = 0;
  let minuteAt = -1;
  let secondAt = -1;
  for (const p of parts) {
    if (p.type === 'fractionalSecond') return undefined;
    if (p.type === 'minute' || p.type === 'second') {
      const expected = p.type === 'minute' ? minute : second;
      if (p.value !== expected || text.slice(at, at + 2) !== expected || (p.type === 'minute' ? minuteAt : secondAt) !== -1) return undefined;
      if (p.type === 'minute') minuteAt = at;
      else secondAt = at;
    }
    at += p.value.length;
  }
  return at === text.length ? { offset, text, minuteAt, secondAt } : undefined;
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
