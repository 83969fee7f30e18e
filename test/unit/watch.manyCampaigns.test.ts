/**
 * An account with many Running campaigns: one watch round asks for each one's live calls and analytics under one
 * abort signal. Sent all at once, 20 campaigns put 20+ abort listeners on that signal and Node printed
 * "MaxListenersExceededWarning: Possible EventTarget memory leak" in the extension host's log on every slow
 * round — and the account got 20 requests in the same instant.
 */
import assert from 'node:assert/strict';
import type { NLPearlApi } from '../../src/api/types';
import { DEMO_CAMPAIGNS } from '../../src/demo/data';
import type { WatchDeps } from '../../src/watch/deps';
import { WATCH_PARALLEL, WatchPoller } from '../../src/watch/poller';
import { analytics } from './analytics.fixtures';
import { useRecordingClient } from './fakeApiClient';

const RUNNING = 20;
const ids = Array.from({ length: RUNNING }, (_, i) => (0xa000 + i).toString(16).padStart(24, '0'));

describe('watch: a round over 20 running campaigns, real client against the fake API', () => {
  const { client } = useRecordingClient();

  it('keeps at most a few requests in flight, sends every one, and leaves Node no listener-leak warning', async () => {
    const real = client();
    let inFlight = 0;
    let peak = 0;
    const counted = async <T>(request: () => Promise<T>): Promise<T> => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      try {
        return await request();
      } finally {
        inFlight -= 1;
      }
    };
    const demoId = DEMO_CAMPAIGNS[0]?.id ?? '';
    const api = {
      getAccount: (options: Parameters<NLPearlApi['getAccount']>[0]) => real.getAccount(options),
      listInboundCampaigns: async () => ids.map((id) => ({ id, name: id, status: 1, type: 1, createdAt: null, created: null })),
      // Every campaign's live calls come from a real request with the round's signal (the fake API knows the demo ids).
      getOngoingCalls: (_id: string, options: Parameters<NLPearlApi['getOngoingCalls']>[1]) => counted(() => real.getOngoingCalls(demoId, options)),
    } as unknown as NLPearlApi;
    let analyticsLoads = 0;
    const deps = {
      api: () => api,
      recentAnalytics: (_id: string, signal: AbortSignal) =>
        counted(async () => {
          analyticsLoads += 1;
          // A wait on the signal, as the shared cache's does.
          await new Promise<void>((resolve) => {
            const onAbort = () => resolve();
            signal.addEventListener('abort', onAbort, { once: true });
            setTimeout(() => {
              signal.removeEventListener('abort', onAbort);
              resolve();
            }, 5);
          });
          return analytics();
        }),
      isCancelled: () => false,
      errorText: String,
      log: { info() {}, warn() {} },
    } as unknown as WatchDeps;

    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const result = await new WatchPoller(deps, () => Date.now()).round(new AbortController().signal);
      await new Promise((resolve) => setImmediate(resolve));
      assert.ok(result.ok, 'the round succeeds');
      assert.equal(result.data.campaigns.filter((c) => c.ongoing?.totalOngoingCalls !== undefined).length, RUNNING, 'live calls for every campaign');
      assert.equal(analyticsLoads, RUNNING, 'analytics for every campaign');
      assert.ok(peak <= WATCH_PARALLEL, `${peak} requests in flight at once (at most ${WATCH_PARALLEL})`);
      assert.deepEqual(warnings.map((w) => `${w.name}: ${w.message}`), [], 'Node warned');
    } finally {
      process.off('warning', onWarning);
    }
  });
});
