/**
 * What a hostile or broken server cannot make the client do, over real HTTP: send the token
 * through a redirect, buffer a huge body, slip the token past the mask with JSON escapes, or make
 * the user wait twice (or forever) for Retry-After.
 */
import assert from 'node:assert/strict';
import { CancelledError, ConfigError, InvalidResponseError, RateLimitedError } from '../../src/api/errors';
import { retryTime, type RetryWait } from '../../src/api/retry';
import type { DateRange } from '../../src/api/range';
import type { ClientConfig, NLPearlApi } from '../../src/api/types';
import { DEMO_CAMPAIGN_IDS } from '../../src/demo/data';
import { describeError } from '../../src/model/errorView';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { fakeApiClient } from './fakeApiClient';
import { nlpearlFailure } from './rejection';

const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const RANGE_30D: DateRange = { from: '2025-09-01T00:00:00.000Z', to: '2025-09-30T23:59:59.999Z' };
const MB = 1024 * 1024;
/** 12 March 2026, 10:00:30 UTC: a fixed clock for "try again after …". */
const NOW = Date.UTC(2026, 2, 12, 10, 0, 30);


/** Every JSON string escape of every character: what a server may legally send instead of the text. */
function escapeAll(text: string): string {
  return [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`).join('');
}

describe('NLPearl client against a hostile server', function () {
  this.timeout(30_000);
  let fake: FakeApi;
  let elsewhere: FakeApi;
  let sleeps: number[];
  let logs: string[];

  before(async () => {
    fake = await startFakeApi();
    elsewhere = await startFakeApi();
  });
  after(async () => {
    await fake.close();
    await elsewhere.close();
  });
  beforeEach(() => {
    fake.clearFaults();
    fake.requests.length = 0;
    elsewhere.requests.length = 0;
    sleeps = [];
    logs = [];
  });

  function client(overrides: Partial<ClientConfig> = {}): NLPearlApi {
    return fakeApiClient(fake, { logs, sleeps }, { now: () => NOW, ...overrides });
  }

  describe('redirects', () => {
    for (const status of [301, 302, 307, 308]) {
      it(`a ${status} to another server is not followed: that server sees no request, the error names the host`, async () => {
        fake.inject({ redirectTo: `${elsewhere.url}/v1/Account`, status });
        const error = await nlpearlFailure(client().getAccount());
        assert.ok(error instanceof ConfigError, `got ${error.name}: ${error.message}`);
        assert.match(error.message, new RegExp(`redirect \\(${status}\\) to 127\\.0\\.0\\.1:\\d+`));
        assert.match(error.message, /the API token was not sent there/);
        assert.equal(elsewhere.requests.length, 0, 'the redirect target saw a request');
        assert.equal(fake.requests.length, 1, 'a redirect is not retried');
      });
    }

    it('a redirect to another path of the same server is not followed either', async () => {
      fake.inject({ redirectTo: `${fake.url}/v1/Inbound`, match: '/Account' });
      assert.ok((await nlpearlFailure(client().getAccount())) instanceof ConfigError);
      assert.deepEqual(fake.requests.map((r) => r.path), ['/v1/Account']);
    });
  });

  describe('response size', () => {
    it('a Content-Length over 25 MB is refused before the body is read, once, naming the size', async () => {
      fake.inject({ padTo: 2 * MB, declaredLength: 560 * MB, match: '/Analytics', times: 3 });
      const error = await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, RANGE_30D));
      assert.ok(error instanceof InvalidResponseError, `got ${error.name}: ${error.message}`);
      assert.match(error.message, /a response of 560 MB .* the limit is 25 MB/);
      await fake.idle();
      assert.equal(fake.requests.length, 1, 'not downloaded again');
      assert.equal(fake.requests[0]?.aborted, true, 'the download was stopped');
    });

    it('a streamed body without Content-Length stops at 25 MB, even when it is valid JSON', async () => {
      fake.inject({ padTo: 30 * MB, match: '/Analytics', times: 3 });
      const error = await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, RANGE_30D));
      assert.ok(error instanceof InvalidResponseError, `got ${error.name}: ${error.message}`);
      assert.match(error.message, /a response of more than 25 MB/);
      await fake.idle();
      assert.equal(fake.requests.length, 1);
      assert.equal(fake.requests[0]?.aborted, true);
    });

    it('a padded body under the cap is still read and parsed', async () => {
      fake.inject({ padTo: 3 * MB, match: '/Analytics' });
      const result = await client().getInboundAnalytics(CAMPAIGN, RANGE_30D);
      assert.ok((result.analytics.callsStatusOverview?.totalCalls ?? 0) > 0);
    });
  });

  describe('the token in escaped JSON', () => {
    // A token with the characters servers like to escape: System.Text.Json writes "+" as \u002B, PHP "/" as \/.
    const TOKEN = '65f1c0ffee0000000000beef:Sk+9/ab+cd/ef+gh/ij';
    const SECRET = TOKEN.split(':')[1] as string;
    const tokenClient = () => client({ token: () => TOKEN });
    const forms = {
      '\\u002B': SECRET.replace(/\+/g, '\\u002B'),
      '\\/': SECRET.replace(/\//g, '\\/'),
      'every character as \\uXXXX': escapeAll(TOKEN),
    };

    for (const [name, form] of Object.entries(forms)) {
      it(`${name} forms are masked in label names and in the JSON a user opens`, async () => {
        const body = `{"callLabelCount":[{"id":"l1","name":"Leaked ${form} here","color":"#ff0000","count":3}]}`;
        fake.inject({ rawBody: body, match: '/Analytics' });
        const result = await tokenClient().getInboundAnalytics(CAMPAIGN, RANGE_30D);
        const name = result.analytics.callLabelCount?.[0]?.name ?? '';
        assert.match(name, /^Leaked \*\*\* here$/);
        const json = JSON.stringify(result.json);
        assert.ok(!json.includes(SECRET), `secret in the JSON: ${json}`);
      });

      it(`${name} forms are masked in campaign names`, async () => {
        fake.inject({ rawBody: `[{"id":"${CAMPAIGN}","name":"Front desk ${form}","status":1}]`, match: '/Inbound' });
        const [campaign] = await tokenClient().listInboundCampaigns();
        assert.equal(campaign?.name, 'Front desk ***');
      });
    }

    it('a validation message never shows part of an escaped secret, even cut to 40 characters', async () => {
      // The secret, escaped, straddling the 40th character: masked before the value is shortened.
      fake.inject({ rawBody: `{"name":"Acme","creditBalance":"${'x'.repeat(30)}${escapeAll(SECRET)}${'x'.repeat(40)}"}` });
      const error = await nlpearlFailure(tokenClient().getAccount());
      assert.ok(error instanceof InvalidResponseError);
      assert.match(error.message, /creditBalance: expected a number, got "x{30}\*\*\*x{7}…"/);
      for (let i = 0; i + 6 <= SECRET.length; i++) {
        assert.ok(!error.message.includes(SECRET.slice(i, i + 6)), `"${SECRET.slice(i, i + 6)}" of the secret in: ${error.message}`);
      }
    });
  });

  describe('Retry-After', () => {
    it('a 60 s Retry-After is waited once; a second one ends the request with the rate-limit error', async () => {
      fake.inject({ status: 429, headers: { 'Retry-After': '60' }, times: 3 });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof RateLimitedError);
      assert.deepEqual(sleeps, [60_000]);
      assert.equal(fake.requests.length, 2);
    });

    it('beyond 60 s it does not wait: the message names the clock time, and the card gets no countdown', async () => {
      fake.inject({ status: 429, headers: { 'Retry-After': '86400' } });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof RateLimitedError);
      assert.deepEqual(sleeps, []);
      assert.equal(fake.requests.length, 1);
      const at = retryTime(NOW + 86_400_000, NOW);
      assert.ok(error.message.includes(`Try again after ${at}.`), error.message);
      assert.doesNotMatch(error.message, /86400 s/);
      assert.equal(error.retryAt, NOW + 86_400_000);
      assert.equal(describeError(error).retryAfterSeconds, undefined, 'a countdown of a day would look frozen');
    });

    it('a 400-digit Retry-After never shows "Infinity": it is read as a day', async () => {
      fake.inject({ status: 429, headers: { 'Retry-After': '9'.repeat(400) } });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof RateLimitedError);
      assert.doesNotMatch(error.message, /Infinity|NaN/);
      assert.ok(error.message.includes(`Try again after ${retryTime(NOW + 86_400_000, NOW)}.`), error.message);
      assert.ok(Number.isFinite(error.retryAfterSeconds));
    });

    it('says "retrying in N s" while it waits, and cancelling the wait ends the request with the rate-limit error', async () => {
      fake.inject({ status: 429, headers: { 'Retry-After': '30' }, times: 3 });
      const notices: RetryWait[] = [];
      let closed = 0;
      const error = await nlpearlFailure(
        client({
          sleep: undefined, // the real sleep, ended by the cancel below, never by the clock
          onRetryWait: (wait) => {
            notices.push(wait);
            setImmediate(() => wait.cancel());
            return () => closed++;
          },
        }).getAccount(),
      );
      assert.ok(error instanceof RateLimitedError, `got ${error.name}`);
      assert.equal(notices.length, 1);
      assert.equal(notices[0]?.status, 429);
      assert.equal(notices[0]?.until, NOW + 30_000);
      assert.equal(closed, 1, 'the notice is closed');
      assert.equal(fake.requests.length, 1, 'no retry after the cancel');
    });

    it('the caller aborting during a noticed wait is a cancellation, and closes the notice', async () => {
      fake.inject({ status: 503, headers: { 'Retry-After': '30' } });
      const controller = new AbortController();
      let closed = 0;
      const error = await nlpearlFailure(
        client({
          sleep: undefined,
          onRetryWait: () => {
            setImmediate(() => controller.abort());
            return () => closed++;
          },
        }).getAccount({ signal: controller.signal }),
      );
      assert.ok(error instanceof CancelledError, `got ${error.name}`);
      assert.equal(closed, 1);
    });
  });
});
