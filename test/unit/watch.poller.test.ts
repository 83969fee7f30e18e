// One round of the watch: which requests it makes, and what a failure keeps.
import assert from 'node:assert/strict';
import type { NLPearlApi } from '../../src/api/types';
import type { WatchDeps } from '../../src/watch/deps';
import { SLOW_ROUND_MS, WatchPoller } from '../../src/watch/poller';
import { analytics } from './analytics.fixtures';

const A = '65f1c0ffee0000000000a001';
const B = '65f1c0ffee0000000000a002';

function setup() {
  const calls: string[] = [];
  let time = 0;
  let analyticsFail = false;
  const api = {
    getAccount: async () => (calls.push('account'), { name: 'x', totalAgents: 1, creditBalance: 10, status: 1 }),
    listInboundCampaigns: async () => (calls.push('list'), [{ id: A, name: 'A', status: 1, type: 1, createdAt: null, created: null }, { id: B, name: 'B', status: 2, type: 1, createdAt: null, created: null }]),
    getOngoingCalls: async (id: string) => (calls.push(`ongoing ${id}`), { totalOngoingCalls: 2, totalOnQueue: 1 }),
  } as unknown as NLPearlApi;
  const deps = {
    api: () => api,
    recentAnalytics: async (id: string) => {
      calls.push(`analytics ${id}`);
      if (analyticsFail) throw new Error('503');
      return analytics();
    },
    isCancelled: () => false,
    errorText: (e: unknown) => String(e),
    log: { info() {}, warn() {} },
  } as unknown as WatchDeps;
  const poller = new WatchPoller(deps, () => time);
  return {
    calls,
    poller,
    advance: (ms: number) => (time += ms),
    failAnalytics: () => (analyticsFail = true),
  };
}

describe('watch: poll round', () => {
  const signal = new AbortController().signal;

  it('the first round lists campaigns and loads analytics of the running ones; the next only account + ongoing calls', async () => {
    const { calls, poller, advance } = setup();
    const first = await poller.round(signal);
    assert.ok(first.ok);
    assert.deepEqual([...calls].sort(), ['account', `analytics ${A}`, 'list', `ongoing ${A}`].sort());
    calls.length = 0;
    advance(60_000);
    await poller.round(signal);
    assert.deepEqual([...calls].sort(), ['account', `ongoing ${A}`]);
    calls.length = 0;
    advance(SLOW_ROUND_MS);
    await poller.round(signal);
    assert.ok(calls.includes('list') && calls.includes(`analytics ${A}`), 'every 15 min the list and analytics again');
  });

  it('live calls only for running campaigns; a paused one is listed without them', async () => {
    const { poller } = setup();
    const result = await poller.round(signal);
    assert.ok(result.ok);
    const byId = new Map(result.data.campaigns.map((c) => [c.id, c]));
    assert.deepEqual(byId.get(A)?.ongoing, { totalOngoingCalls: 2, totalOnQueue: 1 });
    assert.equal(byId.get(B)?.ongoing, undefined);
  });

  it('failing analytics keep the live figures (the round still succeeds)', async () => {
    const { poller, failAnalytics } = setup();
    failAnalytics();
    const result = await poller.round(signal);
    assert.ok(result.ok);
    assert.equal(result.data.account?.creditBalance, 10);
    assert.equal(result.data.campaigns.find((c) => c.id === A)?.analytics, undefined);
  });
});
