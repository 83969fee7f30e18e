// Runs inside VS Code's extension host with scripts/bench/host-probe.js: `Show Calls` → the webview reports
// that the first page of calls is drawn (CallsPanel.onDidPaintFirstPage). The first open of a host also loads
// dist/calls.js and the Calls webview for the first time; the later ones are what a person sees every day.
/* eslint-disable @typescript-eslint/no-require-imports -- loaded by host-probe.js with require(). */
const { performance } = require('perf_hooks');
const vscode = require('vscode');

const OPENS = 5;
const PAINT_TIMEOUT_MS = 30_000;

async function showCallsPainted(campaignId) {
  const started = performance.now();
  const calls = await vscode.commands.executeCommand('nlpearl.showCalls', { campaignId, preset: 'last30' });
  if (!calls || typeof calls.onDidPaintFirstPage !== 'function') throw new Error('Show Calls did not return the Calls panel');
  const rows = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the Calls panel did not report its first page')), PAINT_TIMEOUT_MS);
    const subscription = calls.onDidPaintFirstPage((event) => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(event.rows);
    });
  });
  const ms = performance.now() - started;
  const closed = new Promise((resolve) => calls.panel.onDidDispose(resolve));
  calls.panel.dispose();
  await closed;
  return { ms, rows };
}

/** `OPENS` Show Calls, each to its first page painted; the fake API must be the current source. */
async function measureCallsPaint(campaignId, fake) {
  const paints = [];
  let rows = 0;
  let searches = 0;
  for (let i = 0; i < OPENS; i++) {
    const before = fake.requests.length;
    const result = await showCallsPainted(campaignId);
    paints.push(result.ms);
    rows = result.rows;
    searches = Math.max(searches, fake.requests.slice(before).filter((r) => r.method === 'POST' && r.path.endsWith('/Calls')).length);
  }
  return { paints, rows, searches };
}

module.exports = { measureCallsPaint };
