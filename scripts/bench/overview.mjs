// The Account overview of 50 campaigns against the fake API (every answer after LATENCY_MS): the real client, the
// shared AnalyticsCache and the overview's loader (src/overview/runner.ts, compiled to out/), an empty cache.
// Counts the analytics requests the fake API saw, the most in flight at once, and the time until the last row
// settled. Run: npx tsc -p . && node scripts/bench/overview.mjs
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../lib/paths.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const out = (file) => require(path.join(REPO, 'out', file));

export const OVERVIEW_CAMPAIGNS = 50;
export const OVERVIEW_LATENCY_MS = 50;

export async function measureOverview({ runs = 3, campaigns = OVERVIEW_CAMPAIGNS } = {}) {
  const { createClient } = out('src/api/client.js');
  const { startFakeApi } = out('test/fake-api/server.js');
  const { makeDemoCampaign } = out('src/demo/data.js');
  const { AnalyticsCache } = out('src/model/analyticsCache.js');
  const { loadAll } = out('src/overview/runner.js');
  const list = Array.from({ length: campaigns }, (_, i) => makeDemoCampaign(i));
  const fake = await startFakeApi({ latencyMs: OVERVIEW_LATENCY_MS, campaigns: list });
  try {
    let inFlight = 0;
    let most = 0;
    const fetch = async (input, init) => {
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await globalThis.fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const client = createClient({ fetch, baseUrl: fake.url, apiVersion: 'v1', token: () => fake.token });
    const range = { from: '2026-02-01T00:00:00.000Z', to: '2026-03-02T23:59:59.999Z' };
    const times = [];
    let requests = 0;
    let failed = 0;
    for (let run = 0; run < runs; run++) {
      const cache = new AnalyticsCache(() => client);
      fake.requests.length = 0;
      let settled = 0;
      const started = globalThis.performance.now();
      await loadAll({ analytics: cache, describe: (e) => ({ kind: 'error', message: String(e) }) }, list.map((c) => c.id), range, {
        signal: new globalThis.AbortController().signal,
        onSettled: (_id, state) => {
          settled++;
          if (state.state === 'error') failed++;
        },
      });
      times.push(globalThis.performance.now() - started);
      requests = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Analytics')).length;
      if (settled !== campaigns) throw new Error(`${settled} of ${campaigns} rows settled`);
    }
    return { campaigns, requests, mostInFlight: most, lastRowMs: median(times), failed, samples: times.length };
  } finally {
    await fake.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await measureOverview());
}
