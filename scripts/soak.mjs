#!/usr/bin/env node
// `npm run soak` (not part of `npm test`): 500 dashboard refreshes against the fake NLPearl API on 127.0.0.1 with
// 10 % injected faults, through the host's own data path — the real client over HTTP, the shared analytics cache
// (forced refresh, as the Refresh button), the dashboard's view model and the panel's stale-data rule. It checks
// what a long-running VS Code would show after hours of auto-refresh:
//   - the heap after a forced GC grows < 5 MB from the 50th to the 500th refresh;
//   - no unhandled rejection; no socket, timer or server left behind once everything is closed;
//   - after every fault, the last good data stays on screen (marked stale), never another range's.
// It runs in plain Node (the modules compiled to out/), not inside the extension host: VS Code's own memory is
// not ours to measure, and this path is where our objects live. `-- --refreshes 100` for a shorter run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { REPO } from './lib/paths.mjs';

if (typeof globalThis.gc !== 'function') {
  // Re-run with --expose-gc: a heap figure without a forced GC measures the collector's mood.
  const child = spawnSync(process.execPath, ['--expose-gc', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}

const argv = process.argv.slice(2);
const REFRESHES = Number(argv[argv.indexOf('--refreshes') + 1]) || 500;
const FAULT_EVERY = 10; // 10 % of the refreshes fail
const WARMUP = 50;
const HEAP_BUDGET_MB = 5;

const require = createRequire(import.meta.url);
const build = spawnSync(process.execPath, [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', REPO], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const out = (p) => require(path.join(REPO, 'out', p));
const { createClient } = out('src/api/client.js');
const { rangeForPreset } = out('src/api/range.js');
const { AnalyticsCache } = out('src/model/analyticsCache.js');
const { dataMessage, errorMessage, keptData } = out('src/dashboard/panelMessages.js');
const { describeError } = out('src/model/errorView.js');
const { startFakeApi } = out('test/fake-api/server.js');

const FAULTS = [{ status: 500 }, { status: 503, headers: { 'Retry-After': '0' } }, { reset: true }, { truncateJson: true }, { htmlErrorPage: true }];
const unhandled = [];
process.on('unhandledRejection', (reason) => unhandled.push(String(reason)));

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
function heapAfterGc() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}
// stdout and stderr are opened on first use: open them before the baseline, so they do not count as left behind.
void process.stdout.writableLength;
void process.stderr.writableLength;
const resources = () => process.getActiveResourcesInfo();
const resourcesAtStart = resources();

const fake = await startFakeApi();
const campaignId = (await (await globalThis.fetch(`${fake.url}/v1/Inbound`, { headers: { Authorization: `Bearer ${fake.token}` } })).json())[0].id;
const client = createClient({ fetch: (input, init) => globalThis.fetch(input, init), baseUrl: fake.url, apiVersion: 'v1', token: () => fake.token, sleep: async () => undefined, random: () => 0.5 });
const cache = new AnalyticsCache(() => client);
const range = { ...rangeForPreset('last30'), preset: 'last30' };
const options = { currencyLabel: 'credits', locale: 'en', t: (m, ...a) => m.replace(/\{(\d+)\}/g, (_, i) => String(a[Number(i)])) };

let last; // what the panel has on screen
let faults = 0;
let keptAfterFault = 0;
let heapAtWarmup = 0;
const started = Date.now();
for (let i = 1; i <= REFRESHES; i++) {
  const faulty = i % FAULT_EVERY === 0;
  // Every window of the refresh fails (the client retries 5xx and resets: the fault answers each try).
  if (faulty) fake.inject({ ...FAULTS[(i / FAULT_EVERY) % FAULTS.length], match: '/Analytics', times: 20 });
  try {
    const pair = await cache.load(campaignId, range, { force: true });
    last = { pair, requestId: i, range };
    dataMessage(last, options);
    if (faulty) throw new Error(`refresh ${i}: the fault was not seen`);
  } catch (error) {
    if (!faulty) throw error;
    faults++;
    const kept = keptData(last, range);
    const message = errorMessage(i, describeError(error), kept);
    // The webview keeps what it shows and marks it stale with its time: that is what `stale` + `fetchedAt` say.
    if (kept && message.stale && message.fetchedAt === kept.pair.current.fetchedAt) keptAfterFault++;
    else if (last) throw new Error(`refresh ${i}: the last good data was dropped after a fault`);
  } finally {
    fake.clearFaults();
    // The fake API logs every request for the tests; that log is not the extension's memory.
    fake.requests.length = 0;
  }
  if (i === WARMUP) heapAtWarmup = heapAfterGc();
}
const heapAtEnd = heapAfterGc();
const seconds = (Date.now() - started) / 1000;
cache.clear();
await fake.close();
await new Promise((resolve) => setTimeout(resolve, 200));
// What is open now and was not at the start (as a multiset: two sockets then, three now = one left).
const leftBehind = [...resourcesAtStart].reduce((open, r) => {
  const i = open.indexOf(r);
  if (i >= 0) open.splice(i, 1);
  return open;
}, resources());

const growth = (heapAtEnd - heapAtWarmup) / 1024 / 1024;
const rows = [
  ['refreshes (10 % with an injected fault)', `${REFRESHES} (${faults} faults)`, '', true],
  [`heap after GC, refresh ${WARMUP} → ${REFRESHES}`, `${mb(heapAtWarmup)} → ${mb(heapAtEnd)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(2)} MB)`, `< ${HEAP_BUDGET_MB} MB growth`, growth < HEAP_BUDGET_MB],
  ['unhandled rejections', String(unhandled.length), '0', unhandled.length === 0],
  ['sockets / servers / timers left after close', leftBehind.length === 0 ? '0' : leftBehind.join(', '), '0', leftBehind.length === 0],
  ['faults after which the last good data stayed on screen, marked stale', `${keptAfterFault} of ${faults}`, `${faults} of ${faults}`, keptAfterFault === faults],
];
console.log(`\n| figure | measured | budget | ok |\n|---|---|---|---|`);
for (const [figure, measured, budget, ok] of rows) console.log(`| ${figure} | ${measured} | ${budget} | ${ok ? 'yes' : '**no**'} |`);
console.log(`\n${REFRESHES} refreshes in ${seconds.toFixed(1)} s (${((seconds * 1000) / REFRESHES).toFixed(1)} ms each).`);
if (unhandled.length > 0) console.log(`unhandled: ${unhandled.slice(0, 3).join(' | ')}`);
process.exit(rows.every((r) => r[3]) ? 0 : 1);
