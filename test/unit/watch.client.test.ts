// The watch's API calls over real HTTP against the fake API: ongoing calls (v1 and v2), the account's
// settable balance and status, the validation policy, and background requests (one try, no notice).
import assert from 'node:assert/strict';
import { createClient } from '../../src/api/client';
import { InvalidResponseError, RateLimitedError } from '../../src/api/errors';
import { ongoingCallsSchema } from '../../src/api/liveSchemas';
import type { ApiVersion, NLPearlApi } from '../../src/api/types';
import { DEMO_ACCOUNT, DEMO_CAMPAIGNS } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { createDemoFetch, DEMO_BASE_URL, DEMO_TOKEN } from '../../src/demo/fetch';

const RUNNING = DEMO_CAMPAIGNS.find((c) => c.status === 1)!;

describe('watch: client calls', () => {
  let fake: FakeApi;
  let notices = 0;
  before(async () => {
    fake = await startFakeApi();
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.requests.length = 0;
    fake.clearFaults();
    fake.setAccount(undefined);
    notices = 0;
  });

  function client(apiVersion: ApiVersion = 'v1'): NLPearlApi {
    return createClient({
      fetch: (input, init) => fetch(input, init),
      baseUrl: fake.url,
      apiVersion,
      token: () => fake.token,
      sleep: async () => {},
      onRetryWait: () => {
        notices++;
        return () => {};
      },
    });
  }

  it('GET /v1/Inbound/{id}/OngoingCalls and GET /v2/Pearl/{id}/OngoingCalls give live and queued calls', async () => {
    const v1 = await client('v1').getOngoingCalls(RUNNING.id);
    const v2 = await client('v2').getOngoingCalls(RUNNING.id);
    assert.equal(typeof v1.totalOngoingCalls, 'number');
    assert.equal(typeof v2.totalOnQueue, 'number');
    assert.deepEqual(
      fake.requests.map((r) => `${r.method} ${r.path}`),
      [`GET /v1/Inbound/${RUNNING.id}/OngoingCalls`, `GET /v2/Pearl/${RUNNING.id}/OngoingCalls`],
    );
  });

  it('a missing counter is null, never 0; numeric strings are numbers; a wrong type is refused', () => {
    assert.deepEqual(ongoingCallsSchema.parse({ totalOngoingCalls: '3' }), { totalOngoingCalls: 3, totalOnQueue: null });
    assert.equal(ongoingCallsSchema.safeParse({ totalOngoingCalls: 'many' }).success, false);
    assert.equal(ongoingCallsSchema.safeParse([]).success, false);
  });

  it('an ongoing-calls body of the wrong shape fails with what was expected and where', async () => {
    const refused = async (rawBody: string): Promise<string> => {
      fake.inject({ match: '/OngoingCalls', rawBody });
      const error = await client().getOngoingCalls(RUNNING.id).then(
        () => assert.fail(`expected ${rawBody} to be refused`),
        (e: unknown) => e,
      );
      assert.ok(error instanceof InvalidResponseError, String(error));
      return error.message;
    };
    assert.match(await refused('[3, 1]'), /the ongoing calls in an unexpected shape — \(response\): expected an object with totalOngoingCalls and totalOnQueue\./);
    assert.match(await refused('"busy"'), /— \(response\): expected an object with totalOngoingCalls and totalOnQueue\./);
    assert.match(await refused('{"totalOngoingCalls":2,"totalOnQueue":"a few"}'), /— totalOnQueue: expected a number, got "a few"\./);
    const live = await client().getOngoingCalls(RUNNING.id);
    assert.equal(typeof live.totalOngoingCalls, 'number', 'the next answer in the right shape is read');
  });

  it('the fake account is settable: balance and status as set', async () => {
    fake.setAccount({ ...DEMO_ACCOUNT, creditBalance: 12.5, status: 3 });
    const account = await client().getAccount();
    assert.equal(account.creditBalance, 12.5);
    assert.equal(account.status, 3);
  });

  it('a background request is tried once on 429 and shows no notice; its Retry-After reaches the caller', async () => {
    fake.inject({ status: 429, headers: { 'retry-after': '120' }, times: 5 });
    await assert.rejects(client().getAccount({ background: true }), (error: unknown) => error instanceof RateLimitedError && error.retryAfterSeconds === 120);
    assert.equal(fake.requests.length, 1);
    assert.equal(notices, 0);
  });

  it('demo mode: the account has limited access (so the watch warns, always), the ongoing calls answer; the fake API stays full access', async () => {
    const demo = createClient({ fetch: createDemoFetch(), baseUrl: DEMO_BASE_URL, apiVersion: 'v1', token: () => DEMO_TOKEN });
    assert.equal((await demo.getAccount()).status, 2);
    assert.equal(typeof (await demo.getOngoingCalls(RUNNING.id)).totalOngoingCalls, 'number');
    assert.equal((await client().getAccount()).status, 1);
  });
});
