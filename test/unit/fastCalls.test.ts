/**
 * The call-search fast path (src/api/fastCalls.ts) must give exactly what `callSearchSchema` gives: the
 * same values, keys in the same order, and — since it hands every doubtful body to zod — the same message
 * when the body is refused.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { callSearchSchema } from '../../src/api/callSchemas';
import { readCallSearchFast, safeParseCallSearch } from '../../src/api/fastCalls';
import { isPlainIsoInstant, plainIsoInstantMs } from '../../src/api/isoInstant';
import { inProcessTimeZone } from './processTimeZone';
import { firstIssue, isValidDate } from '../../src/api/schemas';

const validNumber = fc.oneof(fc.integer({ min: -1e6, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 1e6 }).map(String), fc.constantFrom(' 7 ', '1e-1', '.5', '-0'));
const validDate = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().replace('.000Z', 'Z'), d.toISOString().replace('Z', '123Z'), d.toUTCString(), d.toISOString().slice(0, 19), d.toISOString().slice(0, 10)));
/** Near misses of the fast ISO form: each must be decided by Date.parse, exactly as zod does. */
const nearDate = fc.constantFrom('2026-02-29T00:00:00Z', '2024-02-29T00:00:00Z', '2026-04-31T10:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T23:60:00Z', '2026-01-01T23:59:60Z', '2026-01-01T00:00:00.Z', '2026-01-01T00:00:00.1234567890Z', '2026-1-01T00:00:00Z', '2026-01-01 00:00:00Z', '+002026-01-01T00:00:00Z', '2026-00-10T00:00:00Z', '2026-01-00T00:00:00Z', '2026-01-01T00:00:00z', 'x026-01-01T00:00:00Z');
const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, true, false, NaN, Infinity, '', 'abc', '1,5', '0x10', '2026-13-45T00:00:00Z'),
  nearDate,
  fc.string({ maxLength: 6 }),
  fc.double(),
  fc.constantFrom('[]', '{}', '[1,2]', '{"nested":1}', '{"id":null,"name":{}}').map((json): unknown => JSON.parse(json)),
);

function bodyOf(dirty: boolean): fc.Arbitrary<Record<string, unknown>> {
  const rare = dirty ? 1 : 0;
  const field = (valid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: valid, weight: 40 }, { arbitrary: fc.constantFrom(undefined, null), weight: 4 }, { arbitrary: anything, weight: rare });
  const text = fc.oneof(fc.string({ maxLength: 8 }), fc.integer());
  const tag = fc.oneof(
    text,
    fc.record({ id: field(text), _id: field(text), name: field(text), label: field(text) }, { requiredKeys: [] }),
    { arbitrary: anything, weight: rare },
  );
  const list = (item: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: fc.array(item, { maxLength: 5 }), weight: 20 }, { arbitrary: fc.constantFrom(undefined, null), weight: 3 }, { arbitrary: anything, weight: rare });
  const call = fc.record(
    {
      id: dirty ? field(text) : text,
      startTime: field(fc.oneof({ arbitrary: validDate, weight: 10 }, { arbitrary: nearDate, weight: rare })),
      conversationStatus: field(validNumber),
      status: field(validNumber),
      from: field(text),
      to: field(text),
      duration: field(validNumber),
      tags: list(tag),
      unknownField: anything,
    },
    { requiredKeys: dirty ? [] : ['id'] },
  );
  return fc.record({ count: field(validNumber), results: list(fc.oneof({ arbitrary: call, weight: 30 }, { arbitrary: anything, weight: rare })) }, { requiredKeys: [] });
}

const bodyArb: fc.Arbitrary<unknown> = fc.oneof({ weight: 10, arbitrary: bodyOf(false) }, { weight: 10, arbitrary: bodyOf(true) }, { weight: 1, arbitrary: anything });

type Path = Array<string | number>;

function leafPaths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...at, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...at, k]));
  return at.length > 0 ? [at] : [];
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

function assertSame(body: unknown): boolean {
  const expected = callSearchSchema.safeParse(body);
  const actual = safeParseCallSearch(body);
  assert.equal(actual.success, expected.success);
  if (actual.success && expected.success) {
    assert.deepStrictEqual(actual.data, expected.data);
    // Same key order too: it is what a JSON copy of the page shows.
    assert.equal(JSON.stringify(actual.data), JSON.stringify(expected.data));
  } else if (!actual.success && !expected.success) {
    assert.equal(firstIssue(actual.error), firstIssue(expected.error));
  }
  return expected.success;
}

describe('call search fast path', () => {
  it('gives the same result and the same message as the zod schema on random bodies', function () {
    this.timeout(60_000);
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(bodyArb, (body) => {
        if (assertSame(body)) accepted++;
        else refused++;
        const wire: unknown = body === undefined ? undefined : JSON.parse(JSON.stringify(body) ?? 'null');
        assertSame(wire);
      }),
      { numRuns: 1500, seed: 20261202 },
    );
    assert.ok(accepted > 200 && refused > 200, `accepted ${accepted}, refused ${refused}`);
  });

  it('agrees when a good body has exactly one bad value, wherever it is', function () {
    this.timeout(60_000);
    const oneDefect = fc.tuple(bodyOf(false), fc.nat(), anything).map(([generated, pick, bad]) => {
      const body = structuredClone(generated);
      const paths = leafPaths(body);
      if (paths.length > 0) setAt(body, paths[pick % paths.length], bad);
      return body;
    });
    let refused = 0;
    fc.assert(
      fc.property(oneDefect, (body) => {
        if (!assertSame(body)) refused++;
      }),
      { numRuns: 1500, seed: 12 },
    );
    assert.ok(refused > 100, `refused ${refused}`);
  });

  it('decides every body zod accepts once it has come through JSON.parse (zod is only needed for messages)', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(bodyArb, (body) => {
        const wire: unknown = JSON.parse(JSON.stringify(body) ?? 'null');
        if (callSearchSchema.safeParse(wire).success) assert.notEqual(readCallSearchFast(wire), undefined);
      }),
      { numRuns: 1000, seed: 8 },
    );
  });

  it('takes without Date.parse only dates that Date.parse and the calendar check accept', () => {
    fc.assert(
      fc.property(fc.oneof(validDate, nearDate, fc.string({ maxLength: 30 })), (value) => {
        if (isPlainIsoInstant(value)) assert.ok(isValidDate(value), value);
        // The calls table reads the instant by character: it must be Date.parse's, to the millisecond.
        const ms = plainIsoInstantMs(value);
        if (ms !== undefined) assert.equal(ms, Date.parse(value), value);
      }),
      { numRuns: 3000, seed: 3 },
    );
    assert.equal(isPlainIsoInstant('2024-02-29T23:59:59.999Z'), true);
    assert.equal(isPlainIsoInstant('2026-02-29T00:00:00Z'), false);
    for (const value of ['2026-01-01T00:29:36.000Z', '2026-01-01T00:29:36.1Z', '2026-01-01T00:29:36.98765Z', '2024-02-29T23:59:59.999999999Z', '0100-03-01T00:00:00Z']) {
      assert.equal(plainIsoInstantMs(value), Date.parse(value), value);
    }
    assert.equal(plainIsoInstantMs('0099-01-01T00:00:00Z'), undefined);
  });

  describe('dates read by character (in Tokyo, where a zone-less near miss reads 9 h off)', () => {
    inProcessTimeZone('Asia/Tokyo');

    it('reads every instant JavaScript writes (years 100–9999, with or without milliseconds) by character, to the millisecond', () => {
      const instant = fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true });
      fc.assert(
        fc.property(instant, fc.boolean(), (date, short) => {
          const text = short ? date.toISOString().replace(/\.\d+Z$/, 'Z') : date.toISOString();
          assert.equal(isPlainIsoInstant(text), true, text);
          assert.equal(plainIsoInstantMs(text), Date.parse(text), text);
        }),
        { numRuns: 2000, seed: 5 },
      );
      for (const text of ['1999-12-31T23:59:59Z', '2099-09-09T19:09:59.9Z', '2000-02-29T12:00:00Z']) assert.equal(isPlainIsoInstant(text), true, text);
    });

    it('takes no string one character away from an instant unless Date.parse reads it the same', () => {
      // One character replaced, dropped or added anywhere in an instant: the near misses a server could send.
      const chars = fc.constantFrom(...'0123456789-:TZtz.+ '.split(''));
      const nearMiss = fc.tuple(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), fc.nat(30), chars, fc.constantFrom('replace', 'drop', 'add'))
        .map(([date, at, c, how]) => {
          const text = date.toISOString();
          const i = at % text.length;
          return how === 'replace' ? text.slice(0, i) + c + text.slice(i + 1) : how === 'drop' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + c + text.slice(i);
        });
      fc.assert(
        fc.property(nearMiss, (value) => {
          if (isPlainIsoInstant(value)) assert.ok(isValidDate(value), value);
          const ms = plainIsoInstantMs(value);
          if (ms !== undefined) assert.equal(ms, Date.parse(value), value);
        }),
        { numRuns: 5000, seed: 11 },
      );
    });
  });
});
