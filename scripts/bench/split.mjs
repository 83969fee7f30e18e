// A 365-day range (split into ≤ 90-day windows by the client) ÷ one 90-day request: the real client
// (src/api/client.ts) against the fake API answering every request after 200 ms.
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO } from '../lib/paths.mjs';
import { interleaved } from './stats.mjs';

const require = createRequire(import.meta.url);
const out = (file) => require(path.join(REPO, 'out', file));

const DAY_MS = 24 * 60 * 60 * 1000;
export const LATENCY_MS = 200;

export async function measureSplit({ runs = 7 } = {}) {
  const { createClient } = out('src/api/client.js');
  const { startFakeApi } = out('test/fake-api/server.js');
  const { DEMO_CAMPAIGNS } = out('src/demo/data.js');
  const fake = await startFakeApi({ latencyMs: LATENCY_MS });
  try {
    const client = createClient({ fetch: (input, init) => globalThis.fetch(input, init), baseUrl: fake.url, apiVersion: 'v1', token: () => fake.token });
    const campaign = DEMO_CAMPAIGNS[0].id;
    const end = Date.parse('2026-01-01T00:00:00.000Z');
    const year = { from: new Date(end - 365 * DAY_MS).toISOString(), to: new Date(end).toISOString() };
    const quarter = { from: new Date(end - 90 * DAY_MS).toISOString(), to: new Date(end).toISOString() };
    let windows = 0;
    const timing = await interleaved(
      async () => {
        windows = (await client.getInboundAnalytics(campaign, year)).windows;
      },
      () => client.getInboundAnalytics(campaign, quarter),
      { runs, warmup: 1 },
    );
    return { ...timing, windows };
  } finally {
    await fake.close();
  }
}
