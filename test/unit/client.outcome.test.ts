/**
 * What one try of a request comes to, as a user reads it: the error message (which request, what went wrong,
 * what to do), whether it was tried again (the requests the server saw), and the log line. Over real HTTP
 * against the fake API; only the shapes of network errors that a socket cannot be made to produce here
 * (undici's nested causes, an AggregateError of IPv4 and IPv6) come from a fetch that rejects with them.
 */
import assert from 'node:assert/strict';
import { createClient } from '../../src/api/client';
import { ConfigError, InvalidResponseError, NetworkError } from '../../src/api/errors';
import type { FetchLike } from '../../src/api/types';
import { startFakeApi } from '../fake-api/server';
import { useRecordingClient } from './fakeApiClient';
import { nlpearlFailure } from './rejection';

const FIX_BASE_URL = 'Retry; if it keeps happening, check the setting "nlpearl.apiBaseUrl".';

describe('client: the outcome of one try', function () {
  this.timeout(20_000);
  const { fake, logs, sleeps, client } = useRecordingClient();

  /** The log line without its timing, which varies. */
  const lastLog = () => (logs.at(-1) ?? '').replace(/ in \d+ ms/, ' in N ms');

  describe('a body that is not JSON', () => {
    for (const [name, rawBody] of [
      ['empty', ''],
      ['only whitespace', ' \r\n\t '],
      ['only a byte-order mark and a line break', '\uFEFF\n'],
    ] as const) {
      it(`${name}: "an empty response", naming the request, tried once`, async () => {
        fake().inject({ rawBody, match: '/Account' });
        const error = await nlpearlFailure(client().getAccount());
        assert.ok(error instanceof InvalidResponseError);
        assert.equal(error.message, `NLPearl sent an empty response to GET /v1/Account. ${FIX_BASE_URL}`);
        assert.equal(fake().requests.length, 1);
        assert.equal(lastLog(), 'GET /v1/Account → 200 (not JSON) in N ms');
      });
    }

    it('an HTML page, even after leading blanks, is called one', async () => {
      fake().inject({ rawBody: '  \n<!doctype html><title>Gateway</title>', match: '/Account' });
      const error = await nlpearlFailure(client().getAccount());
      assert.equal(error.message, `NLPearl sent a response that is not JSON (an HTML page) to GET /v1/Account. ${FIX_BASE_URL}`);
      assert.equal(fake().requests.length, 1);
    });

    it('anything else that does not parse is "cut off or malformed", and its text is never quoted', async () => {
      const echoed = `{"error": "bad token ${fake().token}" oops>`;
      fake().inject({ rawBody: echoed, match: '/Account' });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof InvalidResponseError);
      assert.equal(error.message, `NLPearl sent a response that is not JSON (cut off or malformed) to GET /v1/Account. ${FIX_BASE_URL}`);
      assert.equal(lastLog(), 'GET /v1/Account → 200 (not JSON) in N ms');
    });

    it('a body with a byte-order mark and blanks around valid JSON is read', async () => {
      fake().inject({ rawBody: '\uFEFF \n{"name":"Bright Dental","creditBalance":"12.5"}\n ', match: '/Account' });
      const account = await client().getAccount();
      assert.equal(account.name, 'Bright Dental');
      assert.equal(account.creditBalance, 12.5);
      assert.equal(lastLog(), 'GET /v1/Account → 200 in N ms');
    });
  });

  describe('a body over the size limit', () => {
    const LIMIT = 64 * 1024;

    it('with its size declared: refused naming both sizes and what to do, not downloaded again', async () => {
      fake().inject({ padTo: 200 * 1024, declaredLength: 200 * 1024, match: '/Account' });
      const error = await nlpearlFailure(client({ maxResponseBytes: LIMIT }).getAccount());
      assert.ok(error instanceof InvalidResponseError);
      assert.equal(
        error.message,
        'NLPearl sent a response of 200 KB to GET /v1/Account; the limit is 64 KB, so it was not read. ' +
          'Pick a shorter range; if it keeps happening, check the setting "nlpearl.apiBaseUrl".',
      );
      assert.equal(fake().requests.length, 1);
      assert.equal(lastLog(), 'GET /v1/Account → too large (200 KB) in N ms');
    });

    it('streamed without a length: "more than" the limit', async () => {
      fake().inject({ padTo: 200 * 1024, match: '/Account' });
      const error = await nlpearlFailure(client({ maxResponseBytes: LIMIT }).getAccount());
      assert.match(error.message, /^NLPearl sent a response of more than 64 KB to GET \/v1\/Account; the limit is 64 KB, so it was not read\./);
      assert.equal(fake().requests.length, 1);
      assert.equal(lastLog(), 'GET /v1/Account → too large (more than 64 KB) in N ms');
    });
  });

  describe('a redirect', () => {
    it('without a Location: names the status, says the token was not sent, and carries the status', async () => {
      fake().inject({ status: 302, match: '/Account' });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof ConfigError);
      assert.equal(
        error.message,
        'NLPearl answered GET /v1/Account with a redirect (302). It was not followed, so the API token was not sent there. ' +
          'Check the setting "nlpearl.apiBaseUrl".',
      );
      assert.equal(error.status, 302);
      assert.equal(fake().requests.length, 1);
      assert.equal(lastLog(), 'GET /v1/Account → 302 redirect, not followed in N ms');
    });

    it('with a Location: names the host it pointed to, never its path', async () => {
      fake().inject({ redirectTo: 'https://login.example.net/sso?next=/v1/Account', status: 301, match: '/Account' });
      const error = await nlpearlFailure(client().getAccount());
      assert.match(error.message, /^NLPearl answered GET \/v1\/Account with a redirect \(301\) to login\.example\.net\. It was not followed/);
      assert.doesNotMatch(error.message, /sso|next=/);
    });
  });

  describe('no connection', () => {
    it('a closed port: the origin (not the path of the base URL) and the system code, after every try; the log line names the code', async () => {
      const closed = await startFakeApi();
      const origin = closed.url.replace(/\/$/, '');
      await closed.close();
      const error = await nlpearlFailure(client({ baseUrl: `${origin}/proxy/nlpearl` }).getAccount());
      assert.ok(error instanceof NetworkError);
      assert.equal(
        error.message,
        `Could not reach NLPearl at ${origin} (ECONNREFUSED) after 3 tries. Check your internet connection and proxy settings, then retry.`,
      );
      assert.equal(sleeps.length, 2, 'retried twice');
      assert.equal(lastLog(), 'GET /v1/Account → network error (ECONNREFUSED) in N ms');
    });

    it('one try only: no "after 1 tries"', async () => {
      const closed = await startFakeApi();
      const origin = closed.url.replace(/\/$/, '');
      await closed.close();
      const error = await nlpearlFailure(client({ baseUrl: origin, maxTries: 1 }).getAccount());
      assert.equal(error.message, `Could not reach NLPearl at ${origin} (ECONNREFUSED). Check your internet connection and proxy settings, then retry.`);
      assert.deepEqual(sleeps, []);
    });

    describe('the code shown, from the shapes undici throws', () => {
      const BASE = 'https://api.nlpearl.example';
      const coded = (code: unknown, cause?: unknown) => Object.assign(new Error('socket'), { code, cause });
      async function messageFor(thrown: unknown): Promise<string> {
        const failing: FetchLike = () => Promise.reject(thrown);
        const api = createClient({ fetch: failing, baseUrl: BASE, apiVersion: 'v1', token: () => 'acct:secret-value-123', maxTries: 1 });
        const error = await nlpearlFailure(api.getAccount());
        assert.ok(error instanceof NetworkError);
        return error.message;
      }
      const shown = (code: string) => `Could not reach NLPearl at ${BASE} (${code}). Check your internet connection and proxy settings, then retry.`;
      const none = `Could not reach NLPearl at ${BASE}. Check your internet connection and proxy settings, then retry.`;

      it('the deepest code of the cause chain', async () => {
        const thrown = new TypeError('fetch failed', { cause: coded('UND_ERR_CONNECT_TIMEOUT', coded('ETIMEDOUT')) });
        assert.equal(await messageFor(thrown), shown('ETIMEDOUT'));
        assert.equal(await messageFor(new TypeError('fetch failed', { cause: coded('UND_ERR_SOCKET', new Error('closed')) })), shown('UND_ERR_SOCKET'));
      });

      it("the first of an AggregateError's errors (IPv4 and IPv6 both tried)", async () => {
        const both = new AggregateError([coded('ECONNREFUSED'), coded('EHOSTUNREACH')], 'all failed');
        assert.equal(await messageFor(new TypeError('fetch failed', { cause: both })), shown('ECONNREFUSED'));
        const uncoded = Object.assign(new AggregateError([new Error('a')], 'all failed'), { code: 'EAI_AGAIN' });
        assert.equal(await messageFor(uncoded), shown('EAI_AGAIN'));
      });

      it('a code five levels down is found; a deeper one, or a cause that loops, is not looked for', async () => {
        let chain: unknown = coded('ENETUNREACH');
        for (let i = 0; i < 4; i++) chain = new Error(`level ${i}`, { cause: chain });
        assert.equal(await messageFor(chain), shown('ENETUNREACH'));
        assert.equal(await messageFor(new Error('level 5', { cause: chain })), none);
        const loop: Error & { cause?: unknown } = new Error('loop');
        loop.cause = loop;
        assert.equal(await messageFor(loop), none);
      });

      it('shows only what looks like a system code, never other text a code field holds', async () => {
        const notCodes = ['econnreset', 'eCONNRESET', 'E1', 'socket ECONNRESET', 'ECONNRESET: socket hang up', 'Bearer acct:secret-value-123', `E${'X'.repeat(41)}`, 42];
        for (const code of notCodes) {
          assert.equal(await messageFor(coded(code)), none, String(code));
        }
        assert.equal(await messageFor(coded(`E${'X'.repeat(40)}`)), shown(`E${'X'.repeat(40)}`));
        assert.equal(await messageFor(coded('EAI')), shown('EAI'));
        assert.equal(await messageFor('a string thrown'), none);
        assert.equal(await messageFor(null), none);
      });
    });
  });
});
