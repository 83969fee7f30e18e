// Requests per hour of the account watch for an account of 20 Running campaigns at the default interval:
// the real scheduler and poller (src/watch/scheduler.ts, poller.ts, compiled to out/) over a simulated clock,
// against a client that counts what it is asked. Analytics go through the shared 60 s cache in the
// extension; here every slow round counts as a cache miss (current + previous period per campaign), the
// worst case: when the tree shows "Last 30 days" the watch reuses its figures.
// Run: npx tsc -p . && node scripts/bench/watch-requests.mjs
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../lib/paths.mjs';

const require = createRequire(import.meta.url);
const out = (file) => require(path.join(REPO, 'out', file));

export async function measureWatchRequests({ campaigns = 20, hours = 1 } = {}) {
  const { PollScheduler, intervalMsOf, DEFAULT_INTERVAL_SECONDS } = out('src/watch/scheduler.js');
  const { WatchPoller } = out('src/watch/poller.js');
  const counts = { account: 0, list: 0, ongoing: 0, analytics: 0 };
  const ids = Array.from({ length: campaigns }, (_, i) => i.toString(16).padStart(24, '0'));
  const api = {
    getAccount: async () => ((counts.account += 1), { name: 'bench', totalAgents: 1, creditBalance: 100, status: 1 }),
    listInboundCampaigns: async () => ((counts.list += 1), ids.map((id) => ({ id, name: id, status: 1, type: 1, createdAt: null, created: null }))),
    getOngoingCalls: async () => ((counts.ongoing += 1), { totalOngoingCalls: 1, totalOnQueue: 0 }),
  };
  let time = Date.parse('2026-03-10T09:00:00Z');
  const timers = [];
  const clock = {
    now: () => time,
    setTimeout: (fn, ms) => {
      const timer = { at: time + ms, fn };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (timer) => {
      const i = timers.indexOf(timer);
      if (i >= 0) timers.splice(i, 1);
    },
  };
  const deps = {
    api: () => api,
    recentAnalytics: async () => ((counts.analytics += 2), { callsCostTimeLine: null, callsStatusTimeLine: null, callsSentimentOverview: null }),
    isCancelled: () => false,
    errorText: String,
    log: { info() {}, warn() {} },
  };
  const poller = new WatchPoller(deps, () => time);
  const signal = new globalThis.AbortController().signal;
  const scheduler = new PollScheduler({
    clock,
    intervalMs: () => intervalMsOf(DEFAULT_INTERVAL_SECONDS),
    canPoll: () => true,
    round: async () => ((await poller.round(signal)).ok ? { ok: true } : { ok: false }),
  });
  const end = time + hours * 60 * 60 * 1000;
  scheduler.update();
  for (let guard = 0; guard < 100_000; guard++) {
    timers.sort((a, b) => a.at - b.at);
    const next = timers[0];
    if (!next || next.at >= end) break;
    timers.shift();
    time = next.at;
    next.fn();
    for (let i = 0; i < 50; i++) await Promise.resolve();
  }
  scheduler.dispose();
  const total = counts.account + counts.list + counts.ongoing + counts.analytics;
  return { campaigns, intervalSeconds: DEFAULT_INTERVAL_SECONDS, perHour: total / hours, counts };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await measureWatchRequests();
  const c = result.counts;
  console.log(
    `watch: ${result.perHour} requests/hour for ${result.campaigns} running campaigns at ${result.intervalSeconds} s ` +
      `(account ${c.account}, ongoing calls ${c.ongoing}, campaign list ${c.list}, analytics ${c.analytics} worst case)`,
  );
}
