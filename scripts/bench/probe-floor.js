// Runs inside VS Code's extension host with scripts/bench/host-probe.js: the floor of a dashboard open — an
// empty webview panel with the dashboard's CSP whose only script reports the first frame drawn. What VS Code
// itself costs to show a webview; ours − floor is what the extension adds. Cold only for the first webview of
// a workbench, so host-probe.js opens it before or after the first dashboard by round (bench/vscode.mjs).
/* eslint-disable @typescript-eslint/no-require-imports -- loaded by host-probe.js with require(). */
const path = require('path');
const { performance } = require('perf_hooks');
const vscode = require('vscode');

const REPO = path.resolve(__dirname, '..', '..');
const TIMEOUT_MS = 30_000;

function floorHtml(webview) {
  const { dashboardCsp, makeNonce } = require(path.join(REPO, 'out', 'src', 'dashboard', 'html.js'));
  const nonce = makeNonce();
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${dashboardCsp(webview.cspSource, nonce)}">`,
    '</head><body><div id="app"></div>',
    `<script nonce="${nonce}">const api = acquireVsCodeApi(); requestAnimationFrame(() => setTimeout(() => api.postMessage({ type: 'painted' }), 0));</script>`,
    '</body></html>',
  ].join('');
}

/** createWebviewPanel → the empty page's first frame, as the host hears it. */
async function openFloor() {
  const started = performance.now();
  const panel = vscode.window.createWebviewPanel('nlpearl.benchFloor', 'Floor', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the floor webview did not report a frame')), TIMEOUT_MS);
    const subscription = panel.webview.onDidReceiveMessage(() => {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    panel.webview.html = floorHtml(panel.webview);
  });
  const ms = performance.now() - started;
  const closed = new Promise((resolve) => panel.onDidDispose(resolve));
  panel.dispose();
  await closed;
  return ms;
}

module.exports = { openFloor };
