import assert from 'node:assert/strict';
import { dashboardCsp, dashboardHtml, EARLY_READY, makeNonce } from '../../src/dashboard/html';

const options = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abc123+/=',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/dashboard.css',
  title: '<img src=x onerror=alert(1)> — Inbound Analytics',
};

describe('dashboard HTML shell', () => {
  it('has exactly the CSP of the design', () => {
    assert.equal(
      dashboardCsp(options.cspSource, 'N'),
      "default-src 'none'; script-src 'nonce-N'; style-src https://file+.vscode-resource.vscode-cdn.net; img-src https://file+.vscode-resource.vscode-cdn.net data:; font-src https://file+.vscode-resource.vscode-cdn.net",
    );
    const html = dashboardHtml(options);
    assert.ok(html.includes(`content="${dashboardCsp(options.cspSource, options.nonce)}"`));
  });

  it('loads one script, by nonce, and no inline styles or remote URLs', () => {
    const html = dashboardHtml(options);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.ok(html.includes(`<script nonce="${options.nonce}" src="${options.scriptUri}"></script>`));
    assert.doesNotMatch(html, /__nlpearlBoot/, 'only the dashboard says ready early');
    assert.doesNotMatch(html, /style=/i);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    for (const url of html.match(/https?:\/\/[^\s"';]+/g) ?? []) assert.ok(url.startsWith(options.cspSource), url);
  });

  it('the dashboard says ready from a fixed inline script, by the same nonce, before its app script', () => {
    const html = dashboardHtml({ ...options, earlyReady: true });
    const scripts = [...html.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
    assert.equal(scripts.length, 2);
    assert.deepEqual(scripts.map((m) => m[1]), [` nonce="${options.nonce}"`, ` nonce="${options.nonce}" src="${options.scriptUri}"`]);
    assert.equal(scripts[0][2], EARLY_READY, 'the same text for every panel: no title, no data');
    assert.doesNotMatch(EARLY_READY, /[<>"`]/);
    assert.ok(html.indexOf(EARLY_READY) < html.indexOf(options.scriptUri));
  });

  it('escapes the title (campaign names are API text)', () => {
    const html = dashboardHtml(options);
    assert.ok(html.includes('<title>&lt;img src=x onerror=alert(1)&gt; — Inbound Analytics</title>'));
    assert.doesNotMatch(html, /<img/);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = makeNonce();
    assert.equal(Buffer.from(a, 'base64').length, 16);
    assert.notEqual(a, makeNonce());
  });
});
