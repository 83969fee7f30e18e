/**
 * The webview boundary under fuzzing: random and malformed messages into the host's router with
 * recording handlers. A rejected message calls no handler and logs one short warning that never
 * echoes the payload; nothing throws; Object.prototype stays clean.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { routeWebviewMessage, type WebviewHandlers } from '../../src/dashboard/router';
import { MAX_PNG_DATA_URL_LENGTH, MAX_STRING_LENGTH, RANGE_PRESETS, ANALYTICS_SECTIONS } from '../../src/shared/protocol';

/** Planted in payloads: a warning that contains it has echoed what the webview sent. */
const MARKER = 'SECRET-MARKER-65f1c0ffee';
const TYPES = ['ready', 'setRange', 'refresh', 'openJson', 'copyJson', 'exportPng', 'exportCsv', 'action', 'rendered', 'log'] as const;
const RUNS = 400;

interface Recorder {
  readonly calls: string[];
  readonly warnings: string[];
  readonly handlers: WebviewHandlers;
}

function recorder(): Recorder {
  const calls: string[] = [];
  const rec = (name: string) => () => void calls.push(name);
  return {
    calls,
    warnings: [],
    handlers: {
      ready: rec('ready'), setRange: rec('setRange'), refresh: rec('refresh'),
      openJson: rec('openJson'), copyJson: rec('copyJson'), exportPng: rec('exportPng'), exportCsv: rec('exportCsv'), exportAllCsv: rec('exportAllCsv'),
      action: rec('action'), rendered: rec('rendered'), log: rec('log'), drillDown: rec('drillDown'),
    },
  };
}

const tally = { tried: 0, rejected: 0, accepted: 0, threw: 0 };

/** Routes one message and checks the contract; returns whether it was accepted. */
function route(raw: unknown): boolean {
  const r = recorder();
  tally.tried++;
  let accepted: boolean;
  try {
    accepted = routeWebviewMessage(raw, r.handlers, (w) => r.warnings.push(w));
  } catch (error) {
    tally.threw++;
    throw error;
  }
  if (accepted) {
    tally.accepted++;
    assert.equal(r.calls.length, 1, 'an accepted message calls exactly one handler');
    assert.deepEqual(r.warnings, []);
  } else {
    tally.rejected++;
    assert.deepEqual(r.calls, [], `a rejected message called ${r.calls.join(', ')}`);
    assert.equal(r.warnings.length, 1, 'a rejected message is logged once');
    const warning = r.warnings[0] as string;
    // By design only the kind is named: a word for non-objects, or the type cut to 40 safe characters.
    assert.match(warning, WARNING, 'the warning says more than the kind');
    const type = ownStringType(raw);
    if (type === undefined || !type.includes(MARKER)) assert.equal(warning.includes(MARKER), false, 'the warning echoes the payload');
  }
  assertPrototypesClean();
  return accepted;
}

const WARNING = /^ignored an invalid message from the dashboard webview \((\w+|object without a type|type "[\w.?-]{0,40}")\)$/;

function ownStringType(raw: unknown): string | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const d = Object.getOwnPropertyDescriptor(raw, 'type');
  return d && 'value' in d && typeof d.value === 'string' ? d.value : undefined;
}

function assertPrototypesClean(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'type', 'then', MARKER]) assert.equal(probe[key], undefined, `Object.prototype.${key} was set`);
  assert.equal(Object.getPrototypeOf(probe), Object.prototype);
  assert.equal(typeof Object.prototype.toString, 'function');
}

const marked = fc.string({ maxLength: 20 }).map((s) => `${s}${MARKER}`);
const junkValue = fc.oneof(fc.anything({ maxDepth: 3 }), marked, fc.constant(undefined), fc.constant(NaN), fc.bigInt());

/** A valid message of each type, from which mutations start. */
const VALID: Record<(typeof TYPES)[number], Record<string, unknown>> = {
  ready: { type: 'ready' },
  setRange: { type: 'setRange', preset: 'last7' },
  refresh: { type: 'refresh' },
  openJson: { type: 'openJson' },
  copyJson: { type: 'copyJson' },
  exportPng: { type: 'exportPng', chartId: 'callLabelCount', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' },
  exportCsv: { type: 'exportCsv', sectionId: 'callsCostTimeLine' },
  action: { type: 'action', action: 'retry' },
  rendered: { type: 'rendered', requestId: 3, ms: 12 },
  log: { type: 'log', level: 'info', message: 'hello' },
};

function nested(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { type: 'log', level: 'info', message: value } : [value];
  return value;
}

describe('webview boundary: fuzzing the host router', function () {
  this.timeout(60_000);

  after(() => {
    console.log(`[fuzz/router] ${tally.tried} messages: ${tally.rejected} rejected and logged, ${tally.accepted} valid ones dispatched, ${tally.threw} threw`);
  });

  it('every message is checked against the contract (accepted ⇒ one handler; rejected ⇒ none, one short warning)', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withNullPrototype: true }), (raw) => void route(raw)), { numRuns: RUNS, seed: 6 });
  });

  it('rejects unknown kinds and non-string types', () => {
    const unknownType = fc.oneof(
      fc.string({ maxLength: 60 }).filter((t) => !(TYPES as readonly string[]).includes(t)),
      marked,
      fc.constantFrom('READY', 'ready ', 'Ready', '__proto__', 'constructor', 'toString', 'setrange', 'exportpng'),
    );
    fc.assert(fc.property(unknownType, junkValue, (type, extra) => {
      assert.equal(route({ type }), false);
      assert.equal(route({ type, payload: extra }), false);
    }), { numRuns: RUNS, seed: 7 });
    fc.assert(fc.property(junkValue.filter((v) => typeof v !== 'string'), (type) => void assert.equal(route({ type }), false)), { numRuns: RUNS, seed: 8 });
  });

  it('rejects each known kind with a wrong field type, a missing field or an extra field', () => {
    const entries = Object.entries(VALID);
    for (const [, message] of entries) assert.equal(route(message), true, `${JSON.stringify(message)} should be valid`);
    fc.assert(
      fc.property(fc.constantFrom(...entries), fc.nat(), junkValue, marked, (entry, pick, bad, extraKey) => {
        const [, message] = entry;
        // An extra key: every message schema is strict.
        assert.equal(route({ ...message, [extraKey]: bad }), false);
        const fields = Object.keys(message).filter((k) => k !== 'type');
        if (fields.length === 0) return;
        const field = fields[pick % fields.length] as string;
        const { [field]: kept, ...missing } = message;
        assert.equal(route(missing), false, `without ${field}`);
        // A wrong value of the field: only what the schema allows may pass.
        const replaced = { ...message, [field]: bad };
        const accepted = route(replaced);
        if (accepted) assert.ok(isAllowed(message.type as string, field, bad), `${field} = ${String(bad)} was accepted`);
        void kept;
      }),
      { numRuns: RUNS, seed: 9 },
    );
  });

  it('rejects huge strings without echoing them', () => {
    const big = `${MARKER}${'x'.repeat(MAX_STRING_LENGTH)}`;
    assert.equal(route({ type: 'log', level: 'warn', message: big }), false);
    assert.equal(route({ type: big }), false);
    assert.equal(route({ type: 'exportCsv', sectionId: big }), false);
    assert.equal(route({ type: 'exportPng', chartId: 'callLabelCount', dataUrl: `data:image/png;base64,${'A'.repeat(MAX_PNG_DATA_URL_LENGTH)}` }), false);
    assert.equal(route({ type: 'setRange', from: `2026-01-01T00:00:00Z${'0'.repeat(5000)}`, to: '2026-02-01T00:00:00Z' }), false);
    fc.assert(fc.property(fc.string({ minLength: MAX_STRING_LENGTH + 1, maxLength: MAX_STRING_LENGTH + 200 }), (s) => void assert.equal(route({ type: 'log', level: 'info', message: s }), false)), { numRuns: 50, seed: 10 });
  });

  it('rejects prototype-pollution keys at every depth and pollutes nothing', () => {
    const payloads = [
      '{"type":"ready","__proto__":{"polluted":true}}',
      '{"type":"log","level":"info","message":"x","__proto__":{"isAdmin":true}}',
      '{"type":"setRange","preset":"last7","constructor":{"prototype":{"polluted":true}}}',
      '{"type":"refresh","prototype":{"polluted":true}}',
      '{"__proto__":{"type":"ready"}}',
      '{"type":"action","action":"retry","__proto__":{"then":"x"}}',
      '{"type":"rendered","requestId":1,"ms":1,"constructor":{"name":"x"}}',
    ];
    for (const text of payloads) assert.equal(route(JSON.parse(text)), false, text);
    const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, { type: 'ready' });
    // A null-prototype object is a plain record: accepted only because its content is valid.
    route(nullProto);
    class Sneaky {
      readonly type = 'ready';
    }
    assert.equal(route(new Sneaky()), false, 'a class instance is not a plain message');
    fc.assert(
      fc.property(fc.constantFrom(...TYPES), fc.constantFrom('__proto__', 'constructor', 'prototype'), junkValue, (type, key, value) => {
        const message = JSON.parse(JSON.stringify({ ...VALID[type] })) as Record<string, unknown>;
        Object.defineProperty(message, key, { value: { polluted: true, value }, enumerable: true, configurable: true, writable: true });
        assert.equal(route(message), false);
      }),
      { numRuns: RUNS, seed: 11 },
    );
  });

  // Messages that arrive through postMessage are plain cloned data, so a live webview cannot send
  // these; the router is still called directly (tests, a future transport) and must not throw.
  it('does not throw on a message whose properties throw when read', () => {
    const withGetter = Object.defineProperty({}, 'type', { get: () => { throw new Error('boom'); }, enumerable: true });
    assert.equal(route(withGetter), false);
    const proxy = new Proxy({ type: 'ready' }, { get: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    assert.equal(route(proxy), false);
  });

  it('rejects deeply nested and cyclic values', () => {
    for (const depth of [5, 50, 1000, 20_000]) assert.equal(route(nested(depth, MARKER)), false, `depth ${depth}`);
    const cyclic: Record<string, unknown> = { type: 'log', level: 'info' };
    cyclic.message = cyclic;
    assert.equal(route(cyclic), false);
    const array: unknown[] = [];
    array.push(array);
    assert.equal(route(array), false);
  });
});

/** Field values the schemas legitimately accept, so a random value that happens to fit is fine. */
function isAllowed(type: string, field: string, value: unknown): boolean {
  if (field === 'preset') return (RANGE_PRESETS as readonly unknown[]).includes(value);
  if (field === 'chartId' || field === 'sectionId') return (ANALYTICS_SECTIONS as readonly unknown[]).includes(value);
  if (field === 'action') return ['setToken', 'retry', 'shortenRange', 'openSettings'].includes(value as string);
  if (field === 'level') return ['info', 'warn', 'error'].includes(value as string);
  if (field === 'message') return typeof value === 'string' && value.length <= MAX_STRING_LENGTH;
  if (field === 'requestId') return Number.isInteger(value) && (value as number) >= 0;
  if (field === 'ms') return typeof value === 'number' && value >= 0 && value <= 3_600_000;
  void type;
  return false;
}
