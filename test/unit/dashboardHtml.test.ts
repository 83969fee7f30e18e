import assert from 'node:assert/strict';
import { dashboardCsp, dashboardHtml, makeNonce } from '../../src/dashboard/html';

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
    assert.doesNotMatch(html, /style=/i);
    assert.doesNotMatch(html, /<style/i);
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    for (const url of html.match(/https?:\/\/[^\s"';]+/g) ?? []) assert.ok(url.startsWith(options.cspSource), url);
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
