/**
 * The client over real HTTP against the fake NLPearl API: every error class is reached by a real
 * response (or a real connection failure), and retries are counted by what the server saw.
 */
import assert from 'node:assert/strict';
import { validateBaseUrl } from '../../src/api/baseUrl';
import { createClient } from '../../src/api/client';
import {
  AuthError,
  BadRangeError,
  CancelledError,
  ConfigError,
  InvalidResponseError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  ServerError,
  TimeoutError,
} from '../../src/api/errors';
import { DAY_MS, MAX_RANGE_MS, type DateRange } from '../../src/api/range';
import { analyticsSchema } from '../../src/api/schemas';
import type { ClientConfig, FetchLike, NLPearlApi } from '../../src/api/types';
import { DEMO_ACCOUNT, DEMO_CAMPAIGN_IDS, DEMO_OUTBOUND_PEARL, demoAnalyticsJson } from '../../src/demo/data';
import { createDemoFetch, DEMO_BASE_URL, DEMO_TOKEN } from '../../src/demo/fetch';
import { problemDetails } from '../../src/demo/validation';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { assertAnalyticsClose } from './analyticsEquality';
import { fakeApiClient } from './fakeApiClient';
import { nlpearlFailure } from './rejection';

const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const RANGE_30D: DateRange = { from: '2025-09-01T00:00:00.000Z', to: '2025-09-30T23:59:59.999Z' };


describe('NLPearl client over HTTP (fake API)', function () {
  this.timeout(20_000);
  let fake: FakeApi;
  let logs: string[];
  let sleeps: number[];

  before(async () => {
    fake = await startFakeApi();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.clearFaults();
    fake.setLatency(0);
    fake.requests.length = 0;
    logs = [];
    sleeps = [];
  });

  function client(overrides: Partial<ClientConfig> = {}): NLPearlApi {
    return fakeApiClient(fake, { logs, sleeps }, overrides);
  }

  /** Bounded wait until the server has seen `count` requests. */
  async function seen(count: number): Promise<void> {
    for (let i = 0; i < 500 && fake.requests.length < count; i++) await new Promise((r) => setTimeout(r, 10));
    assert.ok(fake.requests.length >= count, `the server saw ${fake.requests.length} requests, expected ${count}`);
  }

  describe('happy paths', () => {
    it('v1: account, campaign list, campaign details, with the bearer token', async () => {
      const api = client();
      const account = await api.getAccount();
      assert.equal(account.name, DEMO_ACCOUNT.name);
      assert.equal(account.creditBalance, DEMO_ACCOUNT.creditBalance);
      const campaigns = await api.listInboundCampaigns();
      assert.deepEqual(campaigns.map((c) => c.id), DEMO_CAMPAIGN_IDS);
      const detail = await api.getCampaign(CAMPAIGN);
      assert.equal(detail.id, CAMPAIGN);
      assert.deepEqual(
        fake.requests.map((r) => `${r.method} ${r.path}`),
        ['GET /v1/Account', 'GET /v1/Inbound', `GET /v1/Inbound/${CAMPAIGN}`],
      );
      for (const r of fake.requests) assert.equal(r.authorization, `Bearer ${fake.token}`);
      assert.match(logs[0] ?? '', /^GET \/v1\/Account → 200 in \d+ ms$/);
    });

    it('v2: lists Pearls of type 1 only, and reads the account from /v1/Account', async () => {
      const api = client({ apiVersion: 'v2' });
      const campaigns = await api.listInboundCampaigns();
      assert.deepEqual(campaigns.map((c) => c.id), DEMO_CAMPAIGN_IDS);
      assert.ok(!campaigns.some((c) => c.id === DEMO_OUTBOUND_PEARL.id));
      const detail = await api.getCampaign(CAMPAIGN);
      assert.equal(typeof detail.budgetConsumed, 'number');
      await api.getAccount();
      assert.deepEqual(
        fake.requests.map((r) => r.path),
        ['/v2/Pearl', `/v2/Pearl/${CAMPAIGN}`, '/v1/Account'],
      );
    });

    it('v1 analytics: one POST with {from, to}; the JSON is the body as sent', async () => {
      const progress: string[] = [];
      const result = await client().getInboundAnalytics(CAMPAIGN, RANGE_30D, { onProgress: (d, t) => progress.push(`${d}/${t}`) });
      assert.equal(result.windows, 1);
      assert.deepEqual(result.json, demoAnalyticsJson(CAMPAIGN, RANGE_30D, 'v1'));
      assert.equal(result.analytics.callsStatusOverview?.totalCalls, demoAnalyticsJson(CAMPAIGN, RANGE_30D, 'v1').callsStatusOverview.totalCalls);
      assert.equal(result.analytics.callsPickupRateTimeLine, null);
      assert.equal(fake.requests.length, 1);
      assert.equal(fake.requests[0]?.method, 'POST');
      assert.equal(fake.requests[0]?.path, `/v1/Inbound/${CAMPAIGN}/Analytics`);
      assert.deepEqual(JSON.parse(fake.requests[0]?.body ?? ''), RANGE_30D);
      assert.deepEqual(progress, ['0/1', '1/1']);
      assert.match(logs[0] ?? '', new RegExp(`^POST /v1/Inbound/${CAMPAIGN}/Analytics → 200 in \\d+ ms$`));
    });

    it('v2 analytics include the pickup-rate timeline', async () => {
      const result = await client({ apiVersion: 'v2' }).getInboundAnalytics(CAMPAIGN, RANGE_30D);
      assert.equal(fake.requests[0]?.path, `/v2/Pearl/${CAMPAIGN}/Analytics`);
      assert.ok((result.analytics.callsPickupRateTimeLine?.length ?? 0) > 0);
    });

    it('parses JSON served as text/plain, and a body that starts with a BOM', async () => {
      fake.inject({ contentType: 'text/plain; charset=utf-8' });
      assert.equal((await client().getAccount()).name, DEMO_ACCOUNT.name);
      fake.inject({ rawBody: '\uFEFF{"name":"Acme","creditBalance":"12.5"}' });
      assert.deepEqual(await client().getAccount(), { name: 'Acme', totalAgents: null, creditBalance: 12.5, status: null });
    });

    it('refuses a campaign id that is no 24-hex NLPearl id before any request, saying what an id looks like', async () => {
      for (const id of ['a/b c?d', '.', '..', '../Analytics', '65f1c0ffee0000000000beef:secret', '0123456789abcdef0123456', '0123456789abcdef012345678', '0123456789abcdef0123456g']) {
        const error = await nlpearlFailure(client().getCampaign(id));
        assert.ok(error instanceof NotFoundError, id);
        assert.match(error.message, /24 hexadecimal characters \(0-9, a-f\), e\.g\. 65f1c0ffee0000000000beef/);
        if (id.length > 2) assert.equal(error.message.includes(id), false, `the refused id "${id}" is not echoed`);
      }
      await nlpearlFailure(client().getInboundAnalytics('..', RANGE_30D));
      assert.equal(fake.requests.length, 0, 'nothing was sent');
    });

    it('the campaign list has each id once, in one spelling, and none that is no NLPearl id (each left-out one logged)', async () => {
      const A = '65f1c0ffee0000000000000a';
      const row = (id: string, name: string) => ({ id, name, status: 1, type: 1 });
      const body = [row(A, 'first'), row(A.toUpperCase(), 'again'), row('..', 'dot-dot'), row('65f1c0ffee0000000000beef:secret', 'token'), row('65f1c0ffee0000000000000b', 'second')];
      fake.inject({ rawBody: JSON.stringify(body), match: '/v1/Inbound' });
      const list = await client().listInboundCampaigns();
      assert.deepEqual(list.map((c) => [c.id, c.name]), [[A, 'first'], ['65f1c0ffee0000000000000b', 'second']]);
      assert.ok(logs.some((l) => /left out 2 campaign\(s\) whose id is not a 24-hex NLPearl id/.test(l)), logs.join('\n'));
      assert.ok(logs.some((l) => /left out 1 repeated campaign id/.test(l)), logs.join('\n'));
    });

    it('sends an upper-case or padded id in its one spelling', async () => {
      await nlpearlFailure(client().getCampaign(' 65F1C0FFEE0000000000BEEF '));
      assert.equal(fake.requests[0]?.path, '/v1/Inbound/65f1c0ffee0000000000beef');
    });

    it('works the same over the demo fetch (no network)', async () => {
      const api = createClient({ fetch: createDemoFetch(), baseUrl: DEMO_BASE_URL, apiVersion: 'v2', token: () => DEMO_TOKEN });
      assert.deepEqual((await api.listInboundCampaigns()).map((c) => c.id), DEMO_CAMPAIGN_IDS);
      const result = await api.getInboundAnalytics(CAMPAIGN, RANGE_30D);
      assert.deepEqual(result.json, demoAnalyticsJson(CAMPAIGN, RANGE_30D, 'v2'));
    });
  });

  describe('errors, each reached by a real response', () => {
    it('no token: AuthError before any request', async () => {
      const error = await nlpearlFailure(client({ token: () => undefined }).getAccount());
      assert.ok(error instanceof AuthError);
      assert.equal(error.message, 'No NLPearl API token is set. Run "NLPearl: Set API Token".');
      assert.equal(error.action, 'setToken');
      assert.equal(fake.requests.length, 0);
    });

    it('401 with an empty body: AuthError saying where the keys are, not retried', async () => {
      const error = await nlpearlFailure(client({ token: async () => '65f1c0ffee0000000000beef:wrong-secret' }).getAccount());
      assert.ok(error instanceof AuthError);
      assert.equal(error.status, 401);
      assert.match(error.message, /rejected the API token \(401\)/);
      assert.match(error.message, /platform\.nlpearl\.ai → Settings → API/);
      assert.equal(fake.requests.length, 1);
      assert.equal(fake.requests[0]?.status, 401);
    });

    it('403: AuthError, not retried', async () => {
      fake.inject({ status: 403 });
      const error = await nlpearlFailure(client().listInboundCampaigns());
      assert.ok(error instanceof AuthError);
      assert.match(error.message, /\(403\)/);
      assert.equal(fake.requests.length, 1);
    });

    it('404: NotFoundError naming the id and the API version setting, not retried', async () => {
      const error = await nlpearlFailure(client().getInboundAnalytics('65f1c0ffee00000000000404', RANGE_30D));
      assert.ok(error instanceof NotFoundError);
      assert.match(error.message, /"65f1c0ffee00000000000404"/);
      assert.match(error.message, /nlpearl\.apiVersion/);
      assert.equal(error.action, 'checkCampaign');
      assert.equal(fake.requests.length, 1);
    });

    it('400 problem details: BadRangeError showing the detail and the field errors', async () => {
      fake.inject({
        status: 400,
        body: JSON.stringify(problemDetails('The date range cannot exceed 90 days.', { To: ['To is too late.'], From: ['Check From'] })),
        headers: { 'content-type': 'application/problem+json' },
      });
      const error = await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, RANGE_30D));
      assert.ok(error instanceof BadRangeError);
      assert.match(error.message, /The date range cannot exceed 90 days; To: To is too late; From: Check From/);
      assert.equal(error.action, 'shortenRange');
      assert.equal(fake.requests.length, 1);
    });

    it('a range that ends before it starts: BadRangeError without a request', async () => {
      const error = await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, { from: RANGE_30D.to, to: RANGE_30D.from }));
      assert.ok(error instanceof BadRangeError);
      assert.equal(fake.requests.length, 0);
    });

    it('429 with Retry-After in seconds: 3 tries, the waits honoured, then RateLimitedError', async () => {
      fake.inject({ status: 429, headers: { 'Retry-After': '2' }, times: 3 });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof RateLimitedError);
      assert.equal(error.retryAfterSeconds, 2);
      assert.match(error.message, /Try again in 2 s/);
      assert.equal(fake.requests.length, 3);
      assert.deepEqual(sleeps, [2000, 2000]);
      assert.match(logs[0] ?? '', /^GET \/v1\/Account → 429 in \d+ ms, retry 2\/3 in 2\.0 s$/);
      assert.match(logs[2] ?? '', /^GET \/v1\/Account → 429 in \d+ ms$/);
    });

    it('429 with Retry-After as an HTTP date, then success', async () => {
      const retryAt = new Date(Date.now() + 5000).toUTCString();
      fake.inject({ status: 429, headers: { 'Retry-After': retryAt }, times: 2 });
      const account = await client().getAccount();
      assert.equal(account.name, DEMO_ACCOUNT.name);
      assert.equal(fake.requests.length, 3);
      assert.equal(sleeps.length, 2);
      // HTTP dates have whole seconds: the wait is what is left of the 5 s, minus under a second.
      for (const ms of sleeps) assert.ok(ms > 2000 && ms <= 5000, `waited ${ms} ms`);
    });

    it('a Retry-After longer than a minute is not waited out: RateLimitedError says when', async () => {
      fake.inject({ status: 429, headers: { 'Retry-After': '120' }, times: 3 });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof RateLimitedError);
      assert.equal(error.retryAfterSeconds, 120);
      // Beyond a minute the wait is said as a clock time (issue 11, point 17), not "in 120 s".
      assert.match(error.message, /Try again after \d{1,2}:\d{2}/);
      assert.equal(fake.requests.length, 1);
      assert.deepEqual(sleeps, []);
    });

    it('500: ServerError at once, not retried', async () => {
      fake.inject({ status: 500, times: 3 });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof ServerError);
      assert.equal(error.status, 500);
      assert.equal(fake.requests.length, 1);
    });

    for (const status of [502, 503, 504]) {
      it(`${status}: retried with backoff, and succeeds on the third try`, async () => {
        fake.inject({ status, times: 2 });
        const campaigns = await client().listInboundCampaigns();
        assert.equal(campaigns.length, DEMO_CAMPAIGN_IDS.length);
        assert.equal(fake.requests.length, 3);
        // Equal jitter with random() = 0.5: 500 ms → 375 ms, then 1000 ms → 750 ms.
        assert.deepEqual(sleeps, [375, 750]);
      });
    }

    it('502 on every try: ServerError after 3 tries; an HTML error page is not quoted', async () => {
      fake.inject({ htmlErrorPage: true, status: 502, times: 3 });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof ServerError);
      assert.match(error.message, /\(502\) and still failed after 3 tries/);
      assert.doesNotMatch(error.message, /<|nginx/);
      assert.equal(fake.requests.length, 3);
    });

    it('truncated JSON: InvalidResponseError, not retried', async () => {
      fake.inject({ truncateJson: true });
      const error = await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, RANGE_30D));
      assert.ok(error instanceof InvalidResponseError);
      assert.match(error.message, /^NLPearl sent a response that is not JSON \(cut off or malformed\)/);
      assert.equal(fake.requests.length, 1);
    });

    it('an HTML page with status 200: InvalidResponseError', async () => {
      fake.inject({ htmlErrorPage: true, status: 200 });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof InvalidResponseError);
      assert.match(error.message, /not JSON \(an HTML page\)/);
    });

    it('a wrong type in the body: InvalidResponseError naming the JSON path', async () => {
      const body = demoAnalyticsJson(CAMPAIGN, RANGE_30D, 'v1') as unknown as { callsCostTimeLine: { totalPrice: unknown }[] };
      (body.callsCostTimeLine[3] as { totalPrice: unknown }).totalPrice = 'abc';
      fake.inject({ rawBody: JSON.stringify(body) });
      const error = await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, RANGE_30D));
      assert.ok(error instanceof InvalidResponseError);
      assert.match(error.message, /callsCostTimeLine\[3\]\.totalPrice: expected a number, got "abc"/);
    });

    it('connection reset: retried, then NetworkError', async () => {
      fake.inject({ reset: true, times: 3 });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof NetworkError);
      assert.equal(error.action, 'retry');
      assert.equal(fake.requests.length, 3);
      assert.match(logs[0] ?? '', /^GET \/v1\/Account → network error.* in \d+ ms, retry 2\/3 in 375 ms$/);
    });

    it('a reset once, then success', async () => {
      fake.inject({ reset: true });
      assert.equal((await client().getAccount()).name, DEMO_ACCOUNT.name);
      assert.equal(fake.requests.length, 2);
    });

    it('no answer within the timeout: TimeoutError, the request is aborted and not repeated', async () => {
      fake.inject({ latencyMs: 5000 });
      const error = await nlpearlFailure(client({ timeoutMs: 150 }).getAccount());
      assert.ok(error instanceof TimeoutError);
      assert.match(error.message, /did not answer within 150 ms/);
      await fake.idle();
      assert.equal(fake.requests.length, 1);
      assert.equal(fake.requests[0]?.aborted, true);
    });

    it('the caller aborts: CancelledError, and the server sees the request aborted', async () => {
      fake.inject({ latencyMs: 5000 });
      const controller = new AbortController();
      const pending = nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, RANGE_30D, { signal: controller.signal }));
      await seen(1);
      controller.abort();
      const error = await pending;
      assert.ok(error instanceof CancelledError);
      await fake.idle();
      assert.equal(fake.requests[0]?.aborted, true);
      assert.equal(fake.requests.length, 1);
    });

    it('aborting during a Retry-After wait ends it at once (real sleep)', async () => {
      fake.inject({ status: 503, headers: { 'Retry-After': '30' } });
      const controller = new AbortController();
      const pending = nlpearlFailure(client({ sleep: undefined }).getAccount({ signal: controller.signal }));
      await seen(1);
      controller.abort();
      assert.ok((await pending) instanceof CancelledError);
      assert.equal(fake.requests.length, 1);
    });

    it('an already aborted signal sends nothing', async () => {
      const error = await nlpearlFailure(client().getAccount({ signal: AbortSignal.abort() }));
      assert.ok(error instanceof CancelledError);
      assert.equal(fake.requests.length, 0);
    });
  });

  describe('the token never leaks', () => {
    it('is masked when the server echoes it in a 400 detail, a 500 body and a 200 body', async () => {
      const [, secretPart] = fake.token.split(':');
      fake.inject([
        {
          status: 400,
          body: JSON.stringify(problemDetails(`Token ${fake.token} may not ask for this range`, { To: [`secret ${secretPart} rejected`] })),
        },
        { status: 500, body: `upstream said: Bearer ${fake.token}` },
        { rawBody: JSON.stringify({ name: `Account of ${fake.token}`, creditBalance: `${secretPart}` }) },
      ]);
      const messages: string[] = [];
      messages.push((await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, RANGE_30D))).message);
      messages.push((await nlpearlFailure(client().getAccount())).message);
      messages.push((await nlpearlFailure(client().getAccount())).message);
      assert.match(messages[0] ?? '', /Token \*\*\* may not ask for this range; To: secret \*\*\* rejected/);
      assert.match(messages[1] ?? '', /upstream said: Bearer \*\*\*/);
      assert.match(messages[2] ?? '', /creditBalance: expected a number, got "\*\*\*"/);
      for (const text of [...messages, ...logs]) {
        assert.ok(!text.includes(fake.token), `token in: ${text}`);
        assert.ok(!text.includes(secretPart ?? '<none>'), `secret in: ${text}`);
      }
    });
  });

  describe('base URL', () => {
    for (const bad of ['http://example.com', 'http://127.0.0.1.nip.io', 'http://localhost.evil.test', 'file:///etc/passwd', 'javascript:alert(1)', 'ftp://127.0.0.1/', 'not a url', '', 'https://user:pw@api.nlpearl.ai']) {
      it(`refuses ${JSON.stringify(bad)} without sending anything`, async () => {
        let calls = 0;
        const counting: FetchLike = (input, init) => {
          calls++;
          return fetch(input, init);
        };
        assert.throws(() => validateBaseUrl(bad), ConfigError);
        const error = await nlpearlFailure(client({ baseUrl: bad, fetch: counting }).getAccount());
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /nlpearl\.apiBaseUrl/);
        assert.equal(error.action, 'checkSettings');
        assert.equal(calls, 0);
        assert.equal(fake.requests.length, 0);
      });
    }

    it('accepts https anywhere and http on loopback only', () => {
      for (const good of ['https://api.nlpearl.ai', 'http://127.0.0.1:8080', 'http://localhost:3000/', 'http://[::1]:9000', 'HTTPS://API.NLPEARL.AI/']) {
        assert.doesNotThrow(() => validateBaseUrl(good), good);
      }
    });

    it('keeps a path prefix of the base URL', async () => {
      let seenUrl = '';
      const capture: FetchLike = async (input) => {
        seenUrl = input;
        return new Response('{"name":"x"}', { status: 200 });
      };
      await client({ baseUrl: 'https://proxy.example/nlpearl/', fetch: capture }).getAccount();
      assert.equal(seenUrl, 'https://proxy.example/nlpearl/v1/Account');
    });
  });

  describe('long ranges', () => {
    const from = Date.parse('2025-03-10T13:45:00.000Z');
    const YEAR: DateRange = { from: new Date(from).toISOString(), to: new Date(from + 365 * DAY_MS).toISOString() };

    it('splits 365 days into 5 windows, all 5 at once, and merges them into the whole-range answer', async () => {
      let inFlight = 0;
      let maxInFlight = 0;
      const counting: FetchLike = async (input, init) => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          const response = await fetch(input, init);
          await response.clone().arrayBuffer();
          return response;
        } finally {
          inFlight--;
        }
      };
      const progress: string[] = [];
      const result = await client({ fetch: counting, apiVersion: 'v2' }).getInboundAnalytics(CAMPAIGN, YEAR, {
        onProgress: (done, total) => progress.push(`${done}/${total}`),
      });
      assert.equal(result.windows, 5);
      assert.equal(fake.requests.length, 5);
      assert.equal(maxInFlight, 5);
      for (const r of fake.requests) {
        const body = JSON.parse(r.body) as DateRange;
        assert.ok(Date.parse(body.to) - Date.parse(body.from) <= MAX_RANGE_MS);
        assert.equal(r.status, 200);
      }
      assert.deepEqual(progress, ['0/5', '1/5', '2/5', '3/5', '4/5', '5/5']);
      // The server refuses > 90 days, so the whole-range answer comes from the router's data directly.
      const whole = analyticsSchema.parse(demoAnalyticsJson(CAMPAIGN, YEAR, 'v2'));
      assertAnalyticsClose(result.analytics, whole);
      assert.equal(result.json, result.analytics);
    });

    it('one failing window fails the whole range and aborts the window in flight', async () => {
      fake.inject([
        { status: 404, match: '/Analytics' },
        { latencyMs: 5000, match: '/Analytics', times: 10 },
      ]);
      const error = await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, YEAR));
      assert.ok(error instanceof NotFoundError);
      await fake.idle();
      assert.equal(fake.requests.length, 5);
      assert.equal(fake.requests.filter((r) => r.aborted).length, 4, 'the other windows in flight are aborted');
    });

    it('the caller aborting a split range cancels every window', async () => {
      fake.setLatency(5000);
      const controller = new AbortController();
      const pending = nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, YEAR, { signal: controller.signal }));
      await seen(5);
      controller.abort();
      assert.ok((await pending) instanceof CancelledError);
      await fake.idle();
      assert.equal(fake.requests.length, 5);
      assert.ok(fake.requests.every((r) => r.aborted));
    });
  });
});
