// parse + validate + normalise of a 365-day, 1 000-label body ÷ bare JSON.parse of the same text,
// with the client's own parse step (src/api/fastAnalytics.ts safeParseAnalytics, zod behind it).
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO } from '../lib/paths.mjs';
import { interleaved } from './stats.mjs';

const require = createRequire(import.meta.url);
const out = (file) => require(path.join(REPO, 'out', file));

export const YEAR = { from: '2025-01-01T00:00:00.000Z', to: '2025-12-31T23:59:59.999Z' };

/** What the API would send for a year of a busy campaign with a thousand labels. */
export function yearBodyText() {
  const { DEMO_CAMPAIGNS, demoAnalyticsJson } = out('src/demo/data.js');
  const json = demoAnalyticsJson(DEMO_CAMPAIGNS[0].id, YEAR, 'v1');
  json.callLabelCount = Array.from({ length: 1000 }, (_, i) => ({
    id: `label-${i}`,
    name: `Label ${i}`,
    color: i % 2 ? '#ff8800' : 0x2080c0 + i,
    count: (i * 37) % 500,
  }));
  return JSON.stringify(json);
}

export async function measureParse({ runs = 150 } = {}) {
  const { safeParseAnalytics } = out('src/api/fastAnalytics.js');
  const text = yearBodyText();
  const check = safeParseAnalytics(JSON.parse(text));
  if (!check.success) throw new Error('the benchmark body does not validate');
  let sink = 0;
  const full = () => {
    const result = safeParseAnalytics(JSON.parse(text));
    sink += result.success ? 1 : 0;
  };
  const bare = () => {
    sink += JSON.parse(text) ? 1 : 0;
  };
  const timing = await interleaved(full, bare, { runs, warmup: 20 });
  return { ...timing, bytes: text.length, sink };
}
