/**
 * One API call as a user meets it (src/api/http.ts), over real HTTP against the fake API: the token read and checked
 * before anything is sent, the headers the server sees, how long a request may take, how often and how long it is
 * tried again, the notice while it waits, cancelling, and what the log says about each try.
 */
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { AuthError, CancelledError, NetworkError, NotFoundError, RateLimitedError, ServerError, TimeoutError } from '../../src/api/errors';
import type { RetryWait } from '../../src/api/retry';
import type { ClientConfig, NLPearlApi } from '../../src/api/types';
import { DEMO_ACCOUNT, DEMO_CAMPAIGN_IDS } from '../../src/demo/data';
import { useRecordingClient } from './fakeApiClient';
import { nlpearlFailure } from './rejection';

const ACCOUNT_ID = '65f1c0ffee0000000000beef';
const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const NOW = Date.UTC(2026, 2, 12, 10, 0, 30);
const NO_TOKEN = 'No NLPearl API token is set. Run "NLPearl: Set API Token".';
const UNSENDABLE =
  'The NLPearl API token contains spaces, line breaks or other characters that cannot be sent. ' +
  'Run "NLPearl: Set API Token" and paste the Account ID and Secret Key again.';

describe('http: one API call', function () {
  this.timeout(20_000);
  const { fake, logs, sleeps, client } = useRecordingClient();

  function reset(): void {
    fake().clearFaults();
    fake().requests.length = 0;
    logs.length = 0;
    sleeps.length = 0;
  }

  describe('the token, before anything is sent', () => {
    it('a token pasted with blanks or a line break around it is sent without them', async () => {
      const account = await client({ token: async () => `  ${fake().token}\r\n` }).getAccount();
      assert.equal(account.name, DEMO_ACCOUNT.name);
      assert.equal(fake().requests[0]?.authorization, `Bearer ${fake().token}`);
    });

    it('no token, or only blanks: asks for one and sends nothing', async () => {
      for (const token of [undefined, '', '   ', '\n\t']) {
        const error = await nlpearlFailure(client({ token: async () => token }).getAccount());
        assert.ok(error instanceof AuthError, String(token));
        assert.equal(error.message, NO_TOKEN);
        assert.equal(error.action, 'setToken');
      }
      assert.equal(fake().requests.length, 0);
    });

    it('a space, tab, line break or non-ASCII character inside: says so without showing it, and sends nothing', async () => {
      for (const secret of ['top secret', 'top\tsecret', 'top\nsecret', 'tøp-secret', 'top\u00a0secret', 'top\u007fsecret', 'top\u0000secret']) {
        const error = await nlpearlFailure(client({ token: () => `${ACCOUNT_ID}:${secret}` }).getAccount());
        assert.ok(error instanceof AuthError, JSON.stringify(secret));
        assert.equal(error.message, UNSENDABLE);
        assert.equal(error.action, 'setToken');
      }
      assert.equal(fake().requests.length, 0);
    });

    it('a validation message never shows the token, even one whose secret spells a JSON path of the answer', async () => {
      const token = `${ACCOUNT_ID}:callsCostTimeLine[0].totalPrice`;
      fake().inject({ rawBody: '{"callsCostTimeLine":[{"date":"2026-03-02T00:00:00Z","totalPrice":"abc"}]}', match: '/Analytics' });
      const error = await nlpearlFailure(client({ token: () => token }).getInboundAnalytics(CAMPAIGN, RANGE));
      assert.match(error.message, /in an unexpected shape — \*\*\*: expected a number, got "abc"/);
    });

    it('every printable ASCII character is sent as typed', async () => {
      let printable = '';
      for (let c = 0x21; c <= 0x7e; c++) printable += String.fromCharCode(c);
      const token = `${ACCOUNT_ID}:${printable}`;
      fake().inject({ rawBody: '{"name":"Acme"}', match: '/Account' });
      assert.equal((await client({ token: () => token }).getAccount()).name, 'Acme');
      assert.equal(fake().requests[0]?.authorization, `Bearer ${token}`);
    });
  });

  it('what the server sees: a GET asks for JSON and sends no body; an analytics POST sends its range as JSON', async () => {
    await client().getAccount();
    await client().getInboundAnalytics(CAMPAIGN, RANGE);
    const [get, post] = fake().requests;
    assert.equal(get?.headers.accept, 'application/json');
    assert.equal(get?.headers['content-type'], undefined);
    assert.equal(get?.body, '');
    assert.equal(post?.headers.accept, 'application/json');
    assert.equal(post?.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(post?.body ?? ''), RANGE);
  });

  describe('how long a request may take', () => {
    for (const [ms, said] of [[1000, '1 s'], [1250, '1.3 s']] as const) {
      it(`a timeout of ${ms} ms is said as "${said}", with the request and the setting to raise; not repeated`, async () => {
        fake().inject({ latencyMs: 5000, match: '/Account' });
        const error = await nlpearlFailure(client({ timeoutMs: ms }).getAccount());
        assert.ok(error instanceof TimeoutError);
        assert.equal(
          error.message,
          `NLPearl did not answer within ${said} (GET /v1/Account). Retry, or raise "nlpearl.requestTimeoutSeconds" if your connection is slow.`,
        );
        assert.equal(fake().requests.length, 1);
        assert.match(logs.join('\n'), /^GET \/v1\/Account → timeout in \d+ ms$/);
      });
    }

    it('a timeout of zero, below zero, not a number or infinite is the default: a slow answer still arrives', async () => {
      for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        reset();
        fake().inject({ latencyMs: 100, match: '/Account' });
        assert.equal((await client({ timeoutMs }).getAccount()).name, DEMO_ACCOUNT.name, String(timeoutMs));
      }
    });

    it('a size limit of zero, below zero or not a number is the default: an ordinary answer is read', async () => {
      for (const maxResponseBytes of [0, -1, Number.NaN]) {
        assert.equal((await client({ maxResponseBytes }).getAccount()).name, DEMO_ACCOUNT.name, String(maxResponseBytes));
      }
    });
  });

  describe('how often it is tried', () => {
    it('tries of zero, below zero, not a number or infinite are the default 3', async () => {
      for (const maxTries of [0, -2, Number.NaN, Number.POSITIVE_INFINITY]) {
        reset();
        fake().inject({ status: 503, times: 5 });
        const error = await nlpearlFailure(client({ maxTries }).getAccount());
        assert.ok(error instanceof ServerError, String(maxTries));
        assert.match(error.message, /still failed after 3 tries/);
        assert.equal(fake().requests.length, 3, String(maxTries));
      }
    });

    it('a fractional number of tries is rounded down', async () => {
      fake().inject({ status: 503, times: 5 });
      const error = await nlpearlFailure(client({ maxTries: 2.9 }).getAccount());
      assert.match(error.message, /still failed after 2 tries/);
      assert.equal(fake().requests.length, 2);
      assert.match(logs[0] ?? '', /, retry 2\/2 in 375 ms$/);
    });

    it('a background request is tried once, for a 503 or a lost connection, and shows no notice', async () => {
      let notices = 0;
      const background = client({ onRetryWait: () => (notices++, () => undefined) });
      for (const fault of [{ status: 503 }, { status: 503, headers: { 'Retry-After': '2' } }, { reset: true as const }]) {
        reset();
        fake().inject({ ...fault, times: 3 });
        await nlpearlFailure(background.getAccount({ background: true }));
        assert.equal(fake().requests.length, 1, JSON.stringify(fault));
        assert.deepEqual(sleeps, []);
      }
      assert.equal(notices, 0);
      reset();
      fake().inject({ reset: true });
      assert.equal((await background.getAccount()).name, DEMO_ACCOUNT.name, 'the same request in the foreground is tried again');
      assert.equal(fake().requests.length, 2);
    });
  });

  describe('Retry-After: at most a minute of waiting per request', () => {
    it('two waits of 30 s make a minute: both are waited, and the third try answers', async () => {
      fake().inject({ status: 429, headers: { 'Retry-After': '30' }, times: 2 });
      assert.equal((await client().getAccount()).name, DEMO_ACCOUNT.name);
      assert.deepEqual(sleeps, [30_000, 30_000]);
      assert.equal(fake().requests.length, 3);
    });

    it('a second wait that would pass the minute is not waited, and the log says why', async () => {
      fake().inject({ status: 429, headers: { 'Retry-After': '40' }, times: 3 });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof RateLimitedError);
      assert.deepEqual(sleeps, [40_000]);
      assert.equal(fake().requests.length, 2);
      assert.match(logs.at(-1) ?? '', /^GET \/v1\/Account → 429 in \d+ ms, Retry-After 40\.0 s would exceed the minute already waited: not retrying$/);
    });

    it('backoff waits do not count against that minute', async () => {
      fake().inject([{ status: 503, times: 14 }, { status: 429, headers: { 'Retry-After': '60' } }]);
      assert.equal((await client({ maxTries: 20 }).getAccount()).name, DEMO_ACCOUNT.name);
      assert.equal(sleeps.length, 15);
      assert.ok(sleeps.slice(0, 14).reduce((a, b) => a + b, 0) > 60_000, 'the backoff waits alone pass a minute');
      assert.equal(sleeps.at(-1), 60_000);
      assert.equal(fake().requests.length, 16);
    });

    it('a first wait over a minute is not waited, and the log says it is too long', async () => {
      fake().inject({ status: 503, headers: { 'Retry-After': '61' }, times: 3 });
      assert.ok((await nlpearlFailure(client().getAccount())) instanceof ServerError);
      assert.deepEqual(sleeps, []);
      assert.match(logs.at(-1) ?? '', /^GET \/v1\/Account → 503 in \d+ ms, Retry-After 61\.0 s is too long to wait: not retrying$/);
    });
  });

  describe('the "retrying in N s" notice', () => {
    function noticed(overrides: Partial<ClientConfig> = {}): { api: NLPearlApi; notices: RetryWait[] } {
      const notices: RetryWait[] = [];
      return { api: client({ now: () => NOW, onRetryWait: (wait) => (notices.push(wait), () => undefined), ...overrides }), notices };
    }

    it('shows a Retry-After of one second, with the status and when the next try is', async () => {
      fake().inject({ status: 503, headers: { 'Retry-After': '1' } });
      const { api, notices } = noticed();
      await api.getAccount();
      assert.deepEqual(notices.map((n) => [n.status, n.until]), [[503, NOW + 1000]]);
      assert.deepEqual(sleeps, [1000]);
    });

    it('a shorter Retry-After, or a backoff wait however long, passes without a notice', async () => {
      fake().inject({ status: 429, headers: { 'Retry-After': '0.5' } });
      const short = noticed();
      await short.api.getAccount();
      assert.deepEqual(sleeps, [500]);
      assert.equal(short.notices.length, 0);
      reset();
      fake().inject({ status: 503, times: 4 });
      const backoff = noticed({ maxTries: 5 });
      await backoff.api.getAccount();
      assert.deepEqual(sleeps, [375, 750, 1500, 3000]);
      assert.equal(backoff.notices.length, 0);
    });

    it('cancelling the wait from the notice ends the request, and the log says the wait was cancelled', async () => {
      fake().inject({ status: 429, headers: { 'Retry-After': '30' }, times: 3 });
      const error = await nlpearlFailure(
        client({ sleep: undefined, onRetryWait: (wait) => (setImmediate(() => wait.cancel()), () => undefined) }).getAccount(),
      );
      assert.ok(error instanceof RateLimitedError);
      assert.equal(logs.at(-1), 'GET /v1/Account → the wait for a retry was cancelled');
      assert.equal(fake().requests.length, 1);
    });
  });

  describe('cancelling', () => {
    it('cancelled before it starts: the token is not read, nothing is sent or logged', async () => {
      let reads = 0;
      const error = await nlpearlFailure(client({ token: () => (reads++, fake().token) }).getAccount({ signal: AbortSignal.abort() }));
      assert.ok(error instanceof CancelledError);
      assert.equal(reads, 0);
      assert.deepEqual(logs, []);
      assert.equal(fake().requests.length, 0);
    });

    it('cancelled while the token is being read: nothing is sent', async () => {
      const controller = new AbortController();
      const token = async () => {
        controller.abort();
        return fake().token;
      };
      const error = await nlpearlFailure(client({ token }).getAccount({ signal: controller.signal }));
      assert.ok(error instanceof CancelledError);
      await fake().idle();
      assert.equal(fake().requests.length, 0);
      assert.deepEqual(sleeps, [], 'no retry is waited for');
      assert.match(logs.join('\n'), /^GET \/v1\/Account → cancelled in \d+ ms$/);
    });

    it('cancelled while the server is still answering: the log says so, and no retry is waited for', async () => {
      fake().inject({ latencyMs: 5000, match: '/Account' });
      const controller = new AbortController();
      const pending = nlpearlFailure(client().getAccount({ signal: controller.signal }));
      for (let i = 0; i < 500 && fake().requests.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
      controller.abort();
      assert.ok((await pending) instanceof CancelledError);
      assert.deepEqual(sleeps, []);
      assert.match(logs.join('\n'), /^GET \/v1\/Account → cancelled in \d+ ms$/);
    });

    it('cancelled during a retry wait that does not watch the signal: no second try, and no log line for one', async () => {
      const controller = new AbortController();
      const sleep = async (ms: number) => {
        sleeps.push(ms);
        controller.abort();
      };
      fake().inject({ status: 503, times: 3 });
      const error = await nlpearlFailure(client({ sleep }).getAccount({ signal: controller.signal }));
      assert.ok(error instanceof CancelledError);
      assert.equal(fake().requests.length, 1);
      assert.equal(logs.length, 1, logs.join('\n'));
      assert.match(logs[0] ?? '', /^GET \/v1\/Account → 503 in \d+ ms, retry 2\/3 in 375 ms$/);
    });

    it("leaves no listener on the caller's signal, whatever the request came to", async () => {
      const signal = new AbortController().signal;
      const listeners = () => getEventListeners(signal, 'abort').length;
      await client().getAccount({ signal });
      assert.equal(listeners(), 0, 'after an answer');
      assert.ok((await nlpearlFailure(client().getInboundAnalytics('65f1c0ffee00000000000404', RANGE, { signal }))) instanceof NotFoundError);
      assert.equal(listeners(), 0, 'after an error');
      fake().inject({ status: 503, headers: { 'Retry-After': '1' } });
      await client({ onRetryWait: () => () => undefined }).getAccount({ signal });
      assert.equal(listeners(), 0, 'after a retry');
      fake().inject({ latencyMs: 5000, match: '/Account' });
      assert.ok((await nlpearlFailure(client({ timeoutMs: 100 }).getAccount({ signal }))) instanceof TimeoutError);
      assert.equal(listeners(), 0, 'after a timeout');
    });
  });

  it('the log says how long each try took', async () => {
    fake().inject({ latencyMs: 120, match: '/Account' });
    await client().getAccount();
    const ms = Number(/ in (\d+) ms$/.exec(logs[0] ?? '')?.[1]);
    assert.ok(ms >= 100 && ms < 10_000, logs[0]);
  });

  describe('bodies that are not read', () => {
    it('an error page over the size limit: the status still decides, and the error reads as for an empty page', async () => {
      const limited = client({ maxResponseBytes: 64 * 1024, maxTries: 1 });
      fake().inject({ status: 500 });
      const plain = await nlpearlFailure(limited.getAccount());
      fake().inject({ status: 500, body: `${'x'.repeat(70 * 1024)} upstream stack`, headers: { 'content-type': 'text/plain' } });
      const huge = await nlpearlFailure(limited.getAccount());
      assert.ok(huge instanceof ServerError);
      assert.equal(huge.status, 500);
      assert.equal(huge.message, plain.message);
    });

    it('a 503 page over the size limit is still tried again', async () => {
      fake().inject({ status: 503, body: 'x'.repeat(70 * 1024), times: 2 });
      assert.equal((await client({ maxResponseBytes: 64 * 1024 }).getAccount()).name, DEMO_ACCOUNT.name);
      assert.equal(fake().requests.length, 3);
    });

    it('a connection cut in the middle of the body is a network error, tried again', async () => {
      fake().inject({ padTo: 4096, declaredLength: 8192, match: '/Account', times: 3 });
      const error = await nlpearlFailure(client().getAccount());
      assert.ok(error instanceof NetworkError, `${error.name}: ${error.message}`);
      assert.match(error.message, /^Could not reach NLPearl at http:\/\/127\.0\.0\.1:\d+.* after 3 tries\./);
      assert.equal(fake().requests.length, 3);
    });
  });
});
