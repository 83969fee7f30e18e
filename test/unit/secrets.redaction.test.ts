/**
 * Wherever a server echoes the token — problem-details fields, plain and HTML bodies of every
 * status, a 200 body that is JSON, malformed or of the wrong type, a campaign id in the path — the
 * error message, the JSON handed to the user and every log line come out without it.
 */
import assert from 'node:assert/strict';
import { createClient } from '../../src/api/client';
import { NLPearlError } from '../../src/api/errors';
import type { NLPearlApi } from '../../src/api/types';
import { DEMO_CAMPAIGN_IDS } from '../../src/demo/data';
import { startFakeApi, type FakeApi, type Fault } from '../fake-api/server';

const SECRET = 'Echoed-Secret-7f3a9c1b2d4e';
const TOKEN = `65f1c0ffee0000000000beef:${SECRET}`;
const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

type Call = (api: NLPearlApi) => Promise<unknown>;
const analytics: Call = (api) => api.getInboundAnalytics(CAMPAIGN, RANGE);
const account: Call = (api) => api.getAccount();

/** [name, fault, call, what the error message shows instead of the token (proves the echo reached it)] */
const ECHOES: ReadonlyArray<readonly [string, Fault, Call, RegExp?]> = [
  ['400 detail', { status: 400, body: JSON.stringify({ detail: `bad token ${TOKEN}` }) }, analytics, /bad token \*\*\*/],
  ['400 title', { status: 400, body: JSON.stringify({ title: `Bearer ${TOKEN}` }) }, account, /Bearer \*\*\*/],
  ['400 errors field name', { status: 400, body: JSON.stringify({ errors: { [TOKEN]: ['is invalid'] } }) }, analytics],
  ['400 errors messages', { status: 400, body: JSON.stringify({ errors: { auth: [`secret ${SECRET}`, `token ${TOKEN}`], other: `x ${SECRET}` } }) }, analytics],
  ['400 plain text', { status: 400, body: `rejected ${TOKEN}`, headers: { 'content-type': 'text/plain' } }, analytics, /rejected \*\*\*/],
  ['401 body', { status: 401, body: `invalid ${TOKEN}` }, account],
  ['403 body', { status: 403, body: JSON.stringify({ detail: SECRET }) }, account],
  ['404 body', { status: 404, body: `no such key ${SECRET}` }, analytics],
  ['405 body', { status: 405, body: JSON.stringify({ detail: `method not allowed for ${TOKEN}` }) }, account],
  ['429 body', { status: 429, body: TOKEN, headers: { 'Retry-After': '120' } }, account],
  ['500 plain text', { status: 500, body: `stack: Authorization=Bearer ${TOKEN}`, headers: { 'content-type': 'text/plain' } }, analytics, /Bearer \*\*\*/],
  ['502 HTML page', { status: 502, body: `<html><body>upstream said ${TOKEN}</body></html>`, headers: { 'content-type': 'text/html' }, times: 3 }, analytics],
  ['503 detail, URL-encoded', { status: 503, body: JSON.stringify({ detail: encodeURIComponent(TOKEN) }), times: 3 }, analytics],
  ['200 JSON echo in a label', { rawBody: JSON.stringify({ callLabelCount: [{ id: TOKEN, name: SECRET, color: 'red', count: 1 }] }) }, analytics],
  ['200 wrong type quoting the token', { rawBody: JSON.stringify({ callsStatusOverview: { totalCalls: SECRET } }) }, analytics, /totalCalls: expected a number, got "\*\*\*"/],
  ['200 wrong type quoting the whole token', { rawBody: JSON.stringify({ callsStatusTimeLine: TOKEN }) }, analytics],
  ['200 malformed JSON', { rawBody: `{"oops": "${TOKEN}"` }, analytics],
  ['200 JSON-escaped echo', { rawBody: JSON.stringify({ callLabelCount: [{ id: 'a', name: JSON.stringify(TOKEN), count: 1 }] }) }, analytics],
];

describe('secrets: every echo of the token is masked', function () {
  this.timeout(20_000);
  let fake: FakeApi;
  let checked = 0;

  before(async () => {
    fake = await startFakeApi({ token: TOKEN });
  });
  after(async () => {
    await fake.close();
    console.log(`[secrets/unit] ${checked} echo positions: token found in 0 error messages, JSON results or log lines`);
  });
  beforeEach(() => fake.clearFaults());

  function assertClean(where: string, text: string): void {
    assert.equal(text.includes(SECRET), false, `${where} contains the secret: ${text}`);
  }

  for (const [name, fault, call, shows] of ECHOES) {
    it(name, async () => {
      const logs: string[] = [];
      const api = createClient({ fetch: (i, init) => fetch(i, init), baseUrl: fake.url, apiVersion: 'v1', token: () => TOKEN, log: (l) => logs.push(l), sleep: async () => undefined });
      fake.inject(fault);
      let result: unknown;
      try {
        result = await call(api);
      } catch (error) {
        assert.ok(error instanceof NLPearlError, String(error));
        assertClean('the error message', error.message);
        assertClean('the error stack', error.stack ?? '');
        if (shows) assert.match(error.message, shows);
        result = undefined;
      }
      if (result !== undefined) {
        assertClean('the result', JSON.stringify(result));
        const json = (result as { json?: unknown }).json;
        if (json !== undefined) assertClean('the JSON for Open/Copy', JSON.stringify(json));
      }
      for (const l of logs) assertClean('a log line', l);
      checked++;
    });
  }

  // A pasted token is no campaign id (24 hex): it is refused before any request, so no URL, message or
  // log line can carry it — stronger than masking it after the server echoed it.
  it('a campaign id that is the token is refused before any request and appears in no message or log line (details)', async () => {
    const logs: string[] = [];
    const api = createClient({ fetch: (i, init) => fetch(i, init), baseUrl: fake.url, apiVersion: 'v1', token: () => TOKEN, log: (l) => logs.push(l) });
    const before = fake.requests.length;
    await assert.rejects(api.getCampaign(TOKEN), (error: Error) => {
      assertClean('the message', error.message);
      assert.match(error.message, /24 hexadecimal characters/);
      return true;
    });
    assert.equal(fake.requests.length, before, 'nothing was sent');
    for (const l of logs) assertClean('a log line', l);
    checked++;
  });

  it('a campaign id that is the token is refused before any request and appears in no message or log line (analytics)', async () => {
    const logs: string[] = [];
    const api = createClient({ fetch: (i, init) => fetch(i, init), baseUrl: fake.url, apiVersion: 'v1', token: () => TOKEN, log: (l) => logs.push(l), timeoutMs: 100 });
    const before = fake.requests.length;
    await assert.rejects(api.getInboundAnalytics(TOKEN, RANGE), (error: Error) => {
      assertClean('the message', error.message);
      assert.match(error.message, /24 hexadecimal characters/);
      return true;
    });
    assert.equal(fake.requests.length, before, 'nothing was sent');
    for (const l of logs) assertClean('a log line', l);
    checked++;
  });
});
