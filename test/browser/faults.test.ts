/**
 * Every fault of the fake API, from the real client to the dashboard's error card in Chromium
 * (webview harness): the card's message is the client's, its button is the fix for that error, a
 * click posts that action to the host, and with earlier data the data stays, under a stale banner.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { buildDashboardModel } from '../../src/analytics/model';
import { createClient } from '../../src/api/client';
import { DEMO_CAMPAIGN_IDS } from '../../src/demo/data';
import { describeError } from '../../src/model/errorView';
import type { ErrorMessage } from '../../src/shared/protocol';
import { startFakeApi, type FakeApi, type Fault } from '../fake-api/server';
import { deliver, initMessage, loadModel, loadPage, openHarness, posted, readDomState, waitFor, type HarnessSession } from '../e2e/webview-harness/harness';

const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const problem = JSON.stringify({ title: 'One or more validation errors occurred.', status: 400, errors: { To: ['The range may be at most 90 days.'] } });

interface CardCase {
  readonly name: string;
  readonly fault: Fault;
  readonly kind: string;
  /** The button's text, and the action a click posts (null: a countdown, disabled at first). */
  readonly button: string | RegExp;
  readonly posts: string | null;
  readonly timeoutMs?: number;
}

const CASES: readonly CardCase[] = [
  { name: '400 problem details', fault: { status: 400, body: problem }, kind: 'badRange', button: 'Pick a shorter range', posts: 'shortenRange' },
  { name: '401 empty', fault: { status: 401 }, kind: 'auth', button: 'Set API Token', posts: 'setToken' },
  { name: '403', fault: { status: 403 }, kind: 'auth', button: 'Set API Token', posts: 'setToken' },
  { name: '404', fault: { status: 404 }, kind: 'notFound', button: 'Retry', posts: 'retry' },
  { name: '429 with Retry-After', fault: { status: 429, headers: { 'Retry-After': '30' }, times: 3 }, kind: 'rateLimited', button: /^Retry in (30|29) s$/, posts: null },
  // Beyond a minute: no countdown frozen for hours; the message names the time, Retry works at once.
  { name: '429 with a Retry-After of a day', fault: { status: 429, headers: { 'Retry-After': '86400' } }, kind: 'rateLimited', button: 'Retry', posts: 'retry' },
  { name: '429 with a 400-digit Retry-After', fault: { status: 429, headers: { 'Retry-After': '9'.repeat(400) } }, kind: 'rateLimited', button: 'Retry', posts: 'retry' },
  { name: '429 without Retry-After', fault: { status: 429, times: 3 }, kind: 'rateLimited', button: 'Retry', posts: 'retry' },
  { name: '500', fault: { status: 500 }, kind: 'server', button: 'Retry', posts: 'retry' },
  { name: '502', fault: { htmlErrorPage: true, status: 502, times: 3 }, kind: 'server', button: 'Retry', posts: 'retry' },
  { name: '503', fault: { status: 503, times: 3 }, kind: 'server', button: 'Retry', posts: 'retry' },
  { name: '504', fault: { status: 504, times: 3 }, kind: 'server', button: 'Retry', posts: 'retry' },
  { name: 'timeout', fault: { latencyMs: 3000 }, kind: 'timeout', button: 'Retry', posts: 'retry', timeoutMs: 300 },
  { name: 'connection reset', fault: { reset: true, times: 3 }, kind: 'network', button: 'Retry', posts: 'retry' },
  { name: 'truncated JSON', fault: { truncateJson: true }, kind: 'invalidResponse', button: 'Retry', posts: 'retry' },
  { name: 'HTML page', fault: { htmlErrorPage: true, status: 200 }, kind: 'invalidResponse', button: 'Retry', posts: 'retry' },
  { name: 'wrong Content-Type, HTML body', fault: { status: 200, body: '<html>down</html>', headers: { 'content-type': 'text/html' } }, kind: 'invalidResponse', button: 'Retry', posts: 'retry' },
];

describe('fault → dashboard error card (Chromium)', function () {
  this.timeout(60_000);
  let fake: FakeApi;
  let session: HarnessSession;
  let page: Page;
  let requestId = 0;
  let shown = 0;

  before(async () => {
    fake = await startFakeApi();
    session = await openHarness();
    page = session.page;
    await loadPage(session);
  });
  after(async () => {
    await session?.close();
    await fake?.close();
    console.log(`[faults/browser] ${shown} of ${CASES.length} faults showed the error card with their fix`);
  });

  async function errorFor(c: CardCase): Promise<ErrorMessage> {
    fake.clearFaults();
    fake.inject({ ...c.fault, match: '/Analytics' });
    const client = createClient({
      fetch: (input, init) => fetch(input, init),
      baseUrl: fake.url,
      apiVersion: 'v1',
      token: () => fake.token,
      timeoutMs: c.timeoutMs,
      sleep: async () => undefined,
    });
    try {
      await client.getInboundAnalytics(CAMPAIGN, RANGE);
    } catch (error) {
      const view = describeError(error);
      return {
        type: 'error', requestId: ++requestId, kind: view.kind, message: view.message, action: view.action,
        ...(view.retryAfterSeconds !== undefined ? { retryAfterSeconds: view.retryAfterSeconds } : {}),
        stale: false, fetchedAt: null,
      };
    } finally {
      fake.clearFaults();
      await fake.idle();
    }
    assert.fail(`${c.name} did not fail`);
  }

  for (const c of CASES) {
    it(`${c.name}: the card says what happened and offers the fix`, async () => {
      const m = await errorFor(c);
      assert.equal(m.kind, c.kind);
      await deliver(page, initMessage({ range: RANGE }));
      await deliver(page, m);
      await waitFor(page, `document.querySelector('[data-state="error"][data-kind="${c.kind}"]')`);
      const dom = await readDomState(page);
      assert.equal(dom.state, 'error');
      assert.equal(dom.errorText, m.message);
      assert.doesNotMatch(m.message, /Infinity|NaN/);
      const button = (await page.evaluate(`(() => { const b = document.querySelector('#error-action'); return b ? { text: b.textContent.trim(), disabled: b.hasAttribute('disabled') } : null; })()`)) as { text: string; disabled: boolean } | null;
      assert.ok(button, 'the card has an action button');
      if (typeof c.button === 'string') assert.equal(button.text, c.button);
      else assert.match(button.text, c.button);
      if (c.posts === null) {
        assert.equal(button.disabled, true, 'the countdown button waits');
      } else {
        const before = (await posted(page)).length;
        await page.locator('#error-action').click();
        await waitFor(page, `window.__harness.posted.length > ${before}`);
        const last = (await posted(page)).at(-1);
        assert.deepEqual(last, { type: 'action', action: c.posts });
      }
      assert.deepEqual(dom.violations, []);
      shown++;
    });
  }

  it('with data on screen, a failed refresh keeps the data under a stale banner', async () => {
    fake.clearFaults();
    const client = createClient({ fetch: (i, init) => fetch(i, init), baseUrl: fake.url, apiVersion: 'v1', token: () => fake.token });
    const good = await client.getInboundAnalytics(CAMPAIGN, RANGE);
    const model = buildDashboardModel({ current: good.analytics, previous: null });
    const dataId = ++requestId;
    await loadModel(page, model, { requestId: dataId, init: initMessage({ range: RANGE }) });
    const before = await readDomState(page);
    const m = await errorFor(CASES.find((c) => c.name === '503') as CardCase);
    await deliver(page, { type: 'loading', requestId: m.requestId, range: RANGE, preset: null, windows: 1 });
    await deliver(page, { ...m, stale: true, fetchedAt: good.fetchedAt });
    await waitFor(page, `document.querySelector('[data-state="stale"]')`);
    const after = await readDomState(page);
    assert.equal(after.stale, true);
    assert.deepEqual(after.kpis, before.kpis, 'the last data stays on screen');
    assert.ok((await page.evaluate(`document.querySelector('[data-state="stale"]').textContent`) as string).includes(m.message));
  });
});
