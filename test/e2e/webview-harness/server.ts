/**
 * A static harness for the dashboard webview: the real HTML shell (real CSP, nonce) served from
 * 127.0.0.1 with a fake `acquireVsCodeApi` that records what the webview posts. Used to check the
 * webview in Chromium before (and besides) the real VS Code e2e run.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { dashboardHtml, makeNonce } from '../../../src/dashboard/html';

export interface HarnessServer {
  readonly url: string;
  readonly origin: string;
  close(): Promise<void>;
}

/** Fake VS Code webview API + CSP violation recorder; loaded with the page's nonce. */
const FAKE_API = `
window.__harness = { posted: [], state: undefined, violations: [], alerts: 0 };
// Injected markup that managed to run would call alert: count it instead of blocking the page.
window.alert = function () { window.__harness.alerts++; };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__harness.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
});
(function () {
  let acquired = false;
  window.acquireVsCodeApi = function () {
    if (acquired) throw new Error('acquireVsCodeApi called twice');
    acquired = true;
    return {
      postMessage: (m) => window.__harness.posted.push(JSON.parse(JSON.stringify(m))),
      getState: () => window.__harness.state,
      setState: (s) => { window.__harness.state = JSON.parse(JSON.stringify(s)); },
    };
  };
  try {
    const saved = sessionStorage.getItem('harness-state');
    if (saved) window.__harness.state = JSON.parse(saved);
  } catch {}
  window.addEventListener('beforeunload', () => {
    try { sessionStorage.setItem('harness-state', JSON.stringify(window.__harness.state)); } catch {}
  });
})();
`;

function repoRoot(): string {
  // Compiled to out/test/e2e/webview-harness/ or run from test/e2e/webview-harness/.
  for (const startDir of [__dirname, process.cwd()]) {
    let dir = startDir;
    for (let i = 0; i < 6; i++) {
      if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'esbuild.js'))) return dir;
      dir = path.dirname(dir);
    }
  }
  throw new Error('repository root not found');
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

// The dashboard says ready before its script has loaded, as the extension's panel does (html.ts, EARLY_READY).
const PAGES: Readonly<Record<string, { script: string; style: string; earlyReady?: boolean } | undefined>> = {
  '/': { script: 'webview.js', style: 'dashboard.css', earlyReady: true },
  '/index.html': { script: 'webview.js', style: 'dashboard.css', earlyReady: true },
  '/calls.html': { script: 'callsView.js', style: 'calls.css' },
  '/compare.html': { script: 'compareView.js', style: 'dashboard.css' },
  '/overview.html': { script: 'overviewView.js', style: 'overview.css' },
};

export function startHarness(): Promise<HarnessServer> {
  const root = repoRoot();
  const dist = path.join(root, 'dist');
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Each panel's app in the same shell and CSP: the dashboard, the Calls panel, the Compare panel.
    const page = PAGES[url.pathname];
    if (page) {
      const nonce = makeNonce();
      // `?scriptDelayMs=N`: the app's script arrives N ms late, as on a slow first open (the early-ready test).
      const delay = Number(url.searchParams.get('scriptDelayMs')) || 0;
      const html = dashboardHtml({
        cspSource: origin,
        nonce,
        scriptUri: `${origin}/dist/${page.script}${delay > 0 ? `?delayMs=${delay}` : ''}`,
        styleUri: `${origin}/dist/${page.style}`,
        title: 'Harness',
        lang: 'en',
        earlyReady: page.earlyReady,
      }).replace(`<script nonce="${nonce}"`, `<script nonce="${nonce}" src="${origin}/harness-api.js"></script>\n<script nonce="${nonce}"`);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    if (url.pathname === '/harness-api.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(FAKE_API);
      return;
    }
    const m = /^\/dist\/([\w.-]+)$/.exec(url.pathname);
    if (m) {
      const file = path.join(dist, m[1]);
      if (fs.existsSync(file)) {
        const send = () => {
          res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
          fs.createReadStream(file).pipe(res);
        };
        const delayMs = Math.min(Number(url.searchParams.get('delayMs')) || 0, 5_000);
        if (delayMs > 0) setTimeout(send, delayMs);
        else send();
        return;
      }
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      origin = `http://127.0.0.1:${port}`;
      resolve({
        url: `${origin}/`,
        origin,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
