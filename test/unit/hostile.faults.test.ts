/**
 * Faults of the fake API that client.test.ts does not reach yet, over real HTTP: 429 without
 * Retry-After, 503 with one, 504 on every try, error bodies in HTML or echoing the token, and
 * valid JSON under a wrong Content-Type.
 */
import assert from 'node:assert/strict';
import { createClient } from '../../src/api/client';
import { AuthError, BadRangeError, ConfigError, NLPearlError, RateLimitedError, ServerError } from '../../src/api/errors';
import type { NLPearlApi } from '../../src/api/types';
import { DEMO_CAMPAIGN_IDS } from '../../src/demo/data';
import { startFakeApi, type FakeApi, type Fault } from '../fake-api/server';

const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

type ErrorClass = abstract new (...args: never[]) => NLPearlError;

interface FaultCase {
  readonly name: string;
  readonly fault: Fault;
  readonly call: (api: NLPearlApi) => Promise<unknown>;
  /** The error class, or 'ok' when the client must still succeed. */
  readonly expect: ErrorClass | 'ok';
  readonly requests: number;
  readonly sleeps: readonly number[];
  readonly message?: RegExp;
  readonly notInMessage?: RegExp;
}

const analytics = (api: NLPearlApi) => api.getInboundAnalytics(CAMPAIGN, RANGE);
const account = (api: NLPearlApi) => api.getAccount();

const CASES: readonly FaultCase[] = [
  {
    name: '429 without Retry-After: backoff, then RateLimitedError without a countdown',
    fault: { status: 429, times: 3 },
    call: account,
    expect: RateLimitedError,
    requests: 3,
    // Equal jitter with random() = 0.5: 500 ms → 375 ms, then 1000 ms → 750 ms.
    sleeps: [375, 750],
    message: /too many requests \(429\) and still failed after 3 tries\. Wait a minute/,
  },
  {
    name: '503 with Retry-After: 2 — the waits follow the header, then ServerError says so',
    fault: { status: 503, headers: { 'Retry-After': '2' }, times: 3 },
    call: account,
    expect: ServerError,
    requests: 3,
    sleeps: [2000, 2000],
    message: /server error \(503\) and still failed after 3 tries.*asked to wait 2 s/,
  },
  { name: '504 on every try: ServerError after 3 tries', fault: { status: 504, times: 3 }, call: analytics, expect: ServerError, requests: 3, sleeps: [375, 750], message: /\(504\) and still failed after 3 tries/ },
  { name: '500 as an HTML page: ServerError that does not quote the page', fault: { htmlErrorPage: true, status: 500 }, call: analytics, expect: ServerError, requests: 1, sleeps: [], notInMessage: /<|nginx|DOCTYPE/ },
  { name: '403 as an HTML page: AuthError', fault: { htmlErrorPage: true, status: 403 }, call: account, expect: AuthError, requests: 1, sleeps: [], message: /rejected the API token \(403\)/ },
  {
    name: '400 problem details on the account: ConfigError pointing at the settings',
    fault: { status: 400, body: JSON.stringify({ title: 'Bad Request', status: 400, detail: 'Unsupported version' }) },
    call: account,
    expect: ConfigError,
    requests: 1,
    sleeps: [],
    message: /refused GET \/v1\/Account \(400\): Unsupported version\. Check the settings "nlpearl\.apiBaseUrl" and "nlpearl\.apiVersion"/,
  },
  {
    name: '400 with a non-JSON body on analytics: BadRangeError quoting the short text',
    fault: { status: 400, body: 'from must be before to', headers: { 'content-type': 'text/plain' } },
    call: analytics,
    expect: BadRangeError,
    requests: 1,
    sleeps: [],
    message: /refused the date range \(400\): from must be before to/,
  },
  { name: 'valid JSON served as text/html: still read', fault: { contentType: 'text/html; charset=utf-8', match: '/Analytics' }, call: analytics, expect: 'ok', requests: 1, sleeps: [] },
  { name: 'valid JSON served as application/octet-stream: still read', fault: { contentType: 'application/octet-stream', match: '/Account' }, call: account, expect: 'ok', requests: 1, sleeps: [] },
];

describe('fault injection: the cases client.test.ts does not cover', function () {
  this.timeout(20_000);
  let fake: FakeApi;
  let sleeps: number[];
  let handled = 0;

  before(async () => {
    fake = await startFakeApi();
  });
  after(async () => {
    await fake.close();
    console.log(`[faults/unit] ${CASES.length} extra fault cases, ${handled} ended in the expected class`);
  });
  beforeEach(() => {
    fake.clearFaults();
    fake.requests.length = 0;
    sleeps = [];
  });

  function client(): NLPearlApi {
    return createClient({
      fetch: (input, init) => fetch(input, init),
      baseUrl: fake.url,
      apiVersion: 'v1',
      token: () => fake.token,
      sleep: async (ms) => void sleeps.push(ms),
      random: () => 0.5,
    });
  }

  for (const c of CASES) {
    it(c.name, async () => {
      fake.inject(c.fault);
      let error: unknown;
      try {
        await c.call(client());
      } catch (e) {
        error = e;
      }
      if (c.expect === 'ok') {
        assert.equal(error, undefined, String(error));
      } else {
        assert.ok(error instanceof c.expect, `expected ${c.expect.name}, got ${String(error)}`);
        if (c.message) assert.match(error.message, c.message);
        if (c.notInMessage) assert.doesNotMatch(error.message, c.notInMessage);
      }
      assert.equal(fake.requests.length, c.requests, fake.requests.map((r) => `${r.method} ${r.path} ${r.status}`).join(', '));
      assert.deepEqual(sleeps, c.sleeps);
      handled++;
    });
  }
});
