/**
 * `nlpearl.apiBaseUrl` tricks beyond client.test.ts: look-alike hosts, credentials smuggled before
 * an @, other schemes, spelling variants of loopback. Every request carries the token, so plain
 * http may only ever reach this machine; anything refused says which setting to fix.
 */
import assert from 'node:assert/strict';
import { validateBaseUrl } from '../../src/api/baseUrl';
import { createClient } from '../../src/api/client';
import { ConfigError } from '../../src/api/errors';

const REFUSED = [
  'http://0.0.0.0:8080',
  'http://127.0.0.2',
  'http://[::ffff:7f00:2]',
  'http://localhost.evil.test',
  'http://evil.test#@127.0.0.1',
  'http://evil.test/127.0.0.1',
  'http://127.0.0.1@evil.test',
  'https://api.nlpearl.ai@evil.test',
  'http://localhost:80@evil.test',
  'HTTP://EXAMPLE.COM',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  'vscode://nlpearl-analytics.nlpearl-analytics/x',
  'ws://127.0.0.1:9000',
  'wss://api.nlpearl.ai',
  'ftp://api.nlpearl.ai',
  '//api.nlpearl.ai',
  'api.nlpearl.ai',
  'https://',
];

/** Loopback in another spelling: the URL parser normalises it, so http stays on this machine. */
const LOOPBACK_SPELLINGS = ['http://127.1', 'http://2130706433', 'http://0x7f000001', 'http://%31%32%37.0.0.1', 'http://[0:0:0:0:0:0:0:1]', 'http://LOCALHOST:3000'];

describe('nlpearl.apiBaseUrl: hostile values', () => {
  let refused = 0;
  after(() => console.log(`[hostile/baseUrl] ${refused} of ${REFUSED.length} unsafe base URLs refused before any request; ${LOOPBACK_SPELLINGS.length} loopback spellings stay on 127.0.0.1/[::1]`));

  for (const raw of REFUSED) {
    it(`refuses ${JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw)} with a clear message and no request`, async () => {
      let sent = 0;
      assert.throws(() => validateBaseUrl(raw), (e: unknown) => e instanceof ConfigError && /nlpearl\.apiBaseUrl/.test(e.message) && e.message.length < 400);
      const api = createClient({
        fetch: async () => {
          sent++;
          return new Response('{}');
        },
        baseUrl: raw,
        apiVersion: 'v1',
        token: () => 'acct:secret-value',
      });
      await assert.rejects(api.getAccount(), (e: unknown) => e instanceof ConfigError && e.action === 'checkSettings');
      await assert.rejects(api.getInboundAnalytics('65f1c0ffee0000000000c001', { from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' }), ConfigError);
      assert.equal(sent, 0);
      refused++;
    });
  }

  it('loopback in any spelling is accepted and resolves to a loopback host', () => {
    for (const raw of LOOPBACK_SPELLINGS) {
      const url = validateBaseUrl(raw);
      assert.ok(['127.0.0.1', '[::1]', 'localhost'].includes(url.hostname), `${raw} → ${url.hostname}`);
    }
  });

  it('a refused value is quoted shortened, never whole', () => {
    const long = `gopher://${'x'.repeat(500)}`;
    assert.throws(() => validateBaseUrl(long), (e: Error) => e.message.length < 400);
  });
});
