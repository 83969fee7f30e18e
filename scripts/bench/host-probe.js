// Runs inside VS Code's extension host (code-server), loaded as the workbench's extensionTestsPath by
// scripts/bench/vscode.mjs: measures what only a real VS Code shows and prints one JSON line.
// Plain CommonJS, no build step; the fake API and the demo data come compiled from out/.
/* eslint-disable @typescript-eslint/no-require-imports -- VS Code loads an extensionTestsPath with require(). */
const path = require('path');
const { performance } = require('perf_hooks');
const vscode = require('vscode');

const REPO = path.resolve(__dirname, '..', '..');
const EXTENSION_ID = 'nlpearl-analytics.nlpearl-analytics';
const RESULT_PREFIX = 'nlpearl-bench-result ';
/** Dashboard opens (each with an empty cache) and in-host re-activations per round. */
const OPENS = 5;
const REACTIVATIONS = 7;
const RENDER_TIMEOUT_MS = 30_000;

const out = (file) => require(path.join(REPO, 'out', file));

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(predicate, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

async function setSetting(name, value) {
  const config = vscode.workspace.getConfiguration('nlpearl');
  await config.update(name, value, vscode.ConfigurationTarget.Global);
  await waitFor(() => vscode.workspace.getConfiguration('nlpearl').inspect(name)?.globalValue === value, `setting ${name}`);
}

/** Command → the webview's report of its first complete render of the data, as the host hears it. */
async function openDashboard(campaignId) {
  const started = performance.now();
  const panel = await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId, preset: 'last30' });
  if (!panel || typeof panel.probe?.onDidRender !== 'function') throw new Error('the command did not return the dashboard panel');
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the dashboard did not report a render')), RENDER_TIMEOUT_MS);
    const subscription = panel.probe.onDidRender(() => {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
  });
  return { ms: performance.now() - started, panel, breakdown: breakdownOf(started, panel.probe) };
}

/** The open's steps: host marks relative to the command (host clock), the webview's phases (its own clock). */
function breakdownOf(started, probe) {
  const host = Object.fromEntries(Object.entries(probe.marks).map(([step, at]) => [step, Math.round((at - started) * 10) / 10]));
  return { host, webview: probe.firstRender?.phases ?? {} };
}

async function closeDashboard(panel) {
  const closed = new Promise((resolve) => panel.panel.onDidDispose(resolve));
  panel.panel.dispose();
  await closed;
}

/**
 * Loads dist/extension.js afresh and calls activate() again, `REACTIVATIONS` times, after disposing what
 * the previous activation registered. Times the load and the call apart.
 */
function reactivations(extension, host) {
  const main = require.resolve(path.join(extension.extensionPath, 'dist', 'extension.js'));
  const loads = [];
  const calls = [];
  let subscriptions = host.context.subscriptions;
  for (let i = 0; i < REACTIVATIONS; i++) {
    for (const d of subscriptions.splice(0)) d.dispose();
    delete require.cache[main];
    const loadStarted = performance.now();
    const module = require(main);
    const callStarted = performance.now();
    subscriptions = [];
    module.activate(Object.create(host.context, { subscriptions: { value: subscriptions } }));
    const done = performance.now();
    loads.push(callStarted - loadStarted);
    calls.push(done - callStarted);
  }
  for (const d of subscriptions.splice(0)) d.dispose();
  return { loads, calls };
}

async function measure() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const wasActive = extension.isActive;
  const activationStarted = performance.now();
  await extension.activate();
  const firstActivationMs = performance.now() - activationStarted;
  const host = extension.exports;

  const { startFakeApi } = out('test/fake-api/server.js');
  const { DEMO_CAMPAIGNS, makeDemoCampaign } = out('src/demo/data.js');
  const fake = await startFakeApi();
  try {
    await setSetting('demoMode', false);
    await setSetting('apiVersion', 'v1');
    await setSetting('apiBaseUrl', fake.url);
    const signIn = await vscode.commands.executeCommand('nlpearl.setToken', fake.token);
    if (!signIn || !signIn.stored) throw new Error(`signing in to the fake API failed: ${signIn && signIn.message}`);
    await waitFor(async () => (await host.tokens.get()) === fake.token, 'the token to be stored');

    const campaignId = DEMO_CAMPAIGNS[0].id;
    // The first webview of a workbench is the cold one: by round, the floor (an empty panel) or the dashboard.
    const { openFloor } = require('./probe-floor');
    const floorFirst = process.env.NLPEARL_BENCH_FLOOR_FIRST === '1';
    const floorCold = floorFirst ? await openFloor() : undefined;
    const paints = [];
    const breakdowns = [];
    for (let i = 0; i < OPENS; i++) {
      host.cache.clear();
      const { ms, panel, breakdown } = await openDashboard(campaignId);
      paints.push(ms);
      breakdowns.push(breakdown);
      await closeDashboard(panel);
    }
    const floorWarm = [];
    for (let i = 0; i < OPENS; i++) floorWarm.push(await openFloor());
    // The last open filled the cache: the same campaign and range again, well within 60 s.
    const beforeReopen = fake.requests.length;
    const reopened = await openDashboard(campaignId);
    const reopenRequests = fake.requests.length - beforeReopen;
    await closeDashboard(reopened.panel);

    fake.setCampaigns(Array.from({ length: 500 }, (_, i) => makeDemoCampaign(i)));
    host.cache.clear();
    host.tree.reset();
    const beforeTree = fake.requests.length;
    // The root holds a group per kind (Inbound, Outbound); the campaigns are the groups' children, as a user
    // sees them with the groups expanded.
    const settled = (parent) =>
      waitFor(async () => {
        const children = await host.tree.getChildren(parent);
        return children.some((row) => row.kind === 'message' && row.variant === 'loading') ? undefined : children;
      }, parent ? `the ${parent.group} group` : 'the tree root');
    const rows = [];
    for (const row of await settled(undefined)) rows.push(...(row.kind === 'group' ? await settled(row) : [row]));
    const treeRequests = fake.requests.length - beforeTree;
    const treePaths = fake.requests.slice(beforeTree).map((r) => `${r.method} ${r.path}`).sort();
    const treeRows = rows.filter((row) => row.kind === 'campaign' && row.info.kind === 'inbound').length;

    fake.setCampaigns(DEMO_CAMPAIGNS);
    const callsPaint = await require('./probe-calls').measureCallsPaint(campaignId, fake);

    const { loads, calls } = reactivations(extension, host);
    return { wasActive, firstActivationMs, paints, breakdowns, reopenRequests, treeRequests, treePaths, treeRows, loads, calls, callsPaint, floorFirst, floorCold, floorWarm };
  } finally {
    await fake.close();
  }
}

/** The extensionTestsPath contract: VS Code awaits run(); the runner reads the result line. */
async function run() {
  try {
    const result = await measure();
    console.log(RESULT_PREFIX + JSON.stringify(result));
  } catch (error) {
    console.log(RESULT_PREFIX + JSON.stringify({ error: error instanceof Error ? error.stack || error.message : String(error) }));
    throw error;
  }
}

module.exports = { run };
