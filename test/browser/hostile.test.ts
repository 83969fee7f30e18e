/**
 * The hostile-payload table all the way into the dashboard, in Chromium: the real client and view
 * model on this side, dist/webview.js under the panel's real CSP on the other (webview harness).
 * A flag that injected markup would flip must never flip; CSP violations are recorded and must be
 * 0; every case ends drawn (data or empty state) or on the error card with the client's message.
 */
import assert from 'node:assert/strict';
import type { Dialog, Page } from 'playwright-core';
import { describeError } from '../../src/model/errorView';
import type { ErrorMessage } from '../../src/shared/protocol';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { deliver, initMessage, loadModel, loadPage, openHarness, readDomState, waitFor, type HarnessSession } from '../e2e/webview-harness/harness';
import { HOSTILE_CASES, HOSTILE_RANGE, PWN, type HostileCase } from '../hostile/cases';
import { runHostileCase, Tally } from '../hostile/pipeline';

/** A case that takes longer has hung the renderer (seen: an axis maximum near Number.MAX_VALUE). */
const CASE_BOUND_MS = 30_000;
const CLOSE_BOUND_MS = 10_000;

function bounded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what} (renderer hung or crashed)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A trap for every way a payload could run: the flag, eval-like sinks, navigation to javascript:. */
const IN_PAGE_TRAP = `(() => {
  window.__pwned = false;
  window.__pageErrors = window.__pageErrors || [];
  window.addEventListener('error', (e) => window.__pageErrors.push(String(e.message || e.type)), true);
})()`;

/** What the page looks like after a case, beyond the harness's own DOM reading. */
const IN_PAGE_PROBE = `(() => ({
  pwned: window.__pwned === true,
  injectedElements: document.querySelectorAll('img[src="x"], iframe, #pwn-link, a[href^="javascript"], body style, svg[onload], [onerror], [onload]').length,
  scriptsWithoutNonce: [...document.scripts].filter((s) => !s.nonce).length,
  styleAttributesFromData: [...document.querySelectorAll('[style]')].filter((e) => /url\\(|expression|javascript/i.test(e.getAttribute('style') || '')).length,
}))()`;

interface Probe {
  readonly pwned: boolean;
  readonly injectedElements: number;
  readonly scriptsWithoutNonce: number;
  readonly styleAttributesFromData: number;
}

describe('hostile payloads in the dashboard (Chromium, real CSP)', function () {
  this.timeout(120_000);
  let fake: FakeApi;
  let session: HarnessSession;
  let page: Page;
  let requestId = 0;
  const tally = new Tally();
  const violations: Array<{ case: string; directive: string; blocked: string }> = [];
  const dialogs: string[] = [];
  let family = '';
  /** Set when a case left the page hung or crashed. */
  let broken = false;

  before(async () => {
    fake = await startFakeApi();
    session = await openHarness({ width: 1280, height: 900 });
    page = session.page;
    page.on('dialog', onDialog);
  });

  function onDialog(d: Dialog): void {
    dialogs.push(d.message());
    void d.dismiss();
  }

  after(async () => {
    await session?.close();
    await fake?.close();
    for (const line of tally.lines('[hostile/browser]')) console.log(line);
    console.log(`[hostile/browser] securitypolicyviolation events: ${violations.length}${violations.length ? ` ${JSON.stringify(violations.slice(0, 5))}` : ''}`);
    console.log(`[hostile/browser] dialogs opened: ${dialogs.length}; window.__pwned flipped: 0 expected`);
  });

  /** A fresh page per family: a fault in one family cannot hide behind another's state. */
  async function pageFor(next: string): Promise<void> {
    if (next === family && !broken) return;
    if (broken) {
      // The renderer hung or crashed in the previous case: start over with a new browser.
      await bounded(session.close(), CLOSE_BOUND_MS, 'closing the broken browser').catch(() => undefined);
      session = await openHarness({ width: 1280, height: 900 });
      page = session.page;
      page.on('dialog', onDialog);
      broken = false;
    }
    family = next;
    requestId = 0;
    await loadPage(session, 'dark');
    await page.evaluate(IN_PAGE_TRAP);
  }

  for (const c of HOSTILE_CASES) {
    it(`${c.family}: ${c.name} → ${c.expect}`, async () => {
      let handled = false;
      try {
        await pageFor(c.family);
        await bounded(runInPage(c), CASE_BOUND_MS, `the dashboard to show "${c.name}"`).catch((error: unknown) => {
          broken = true;
          throw error;
        });
        handled = true;
      } finally {
        tally.add(c.family, handled);
      }
    });
  }

  async function runInPage(c: HostileCase): Promise<void> {
    const outcome = await runHostileCase(fake, c);
    assert.equal(outcome.kind, c.expect);
    const id = ++requestId;
    if (outcome.kind === 'render') {
      await loadModel(page, outcome.model, { requestId: id, init: initMessage({ range: HOSTILE_RANGE }) });
    } else {
      const view = describeError(outcome.error);
      const message: ErrorMessage = { type: 'error', requestId: id, kind: view.kind, message: view.message, action: view.action, stale: false, fetchedAt: null };
      await deliver(page, initMessage({ range: HOSTILE_RANGE }));
      await deliver(page, message);
      await waitFor(page, `document.querySelector('[data-state="error"] .error-message')`);
    }
    const dom = await readDomState(page);
    if (outcome.kind === 'render') {
      assert.ok(dom.state === 'data' || dom.state === 'empty', `state ${dom.state}`);
      assert.equal(Object.keys(dom.kpis).length, 6, 'six KPI cards');
      for (const [kpi, k] of Object.entries(dom.kpis)) assert.ok(k.value.length > 0, `${kpi} card is blank`);
    } else {
      assert.equal(dom.state, 'error');
      assert.equal(dom.errorText, describeError(outcome.error).message);
      assert.ok(await page.evaluate(`document.querySelector('#error-action') !== null`), 'the error card offers Retry');
    }
    c.dom?.(dom);
    const probe = (await page.evaluate(IN_PAGE_PROBE)) as Probe;
    for (const v of dom.violations) violations.push({ case: c.name, directive: v.directive, blocked: v.blocked });
    await page.evaluate('window.__harness.violations.length = 0');
    assert.equal(probe.pwned, false, 'a payload ran');
    assert.equal(probe.injectedElements, 0, 'payload markup became elements');
    assert.equal(probe.scriptsWithoutNonce, 0, 'a script element without the nonce exists');
    assert.equal(probe.styleAttributesFromData, 0, 'a style attribute carries a URL or expression');
    assert.equal(dom.alerts, 0);
    assert.deepEqual(dom.violations, [], 'no CSP violation');
  }

  it('a response that echoes the token: the DOM, the webview state and its messages hold no token', async () => {
    await pageFor('token echo');
    const secret = fake.token.split(':')[1] as string;
    const echo: HostileCase = {
      family: 'token echo',
      name: 'token in label names and ids',
      body: JSON.stringify({ callsStatusOverview: { totalCalls: 3 }, callLabelCount: [{ id: fake.token, name: `Label ${secret}`, color: 'red', count: 2 }, { id: 'b', name: fake.token, count: 1 }] }),
      expect: 'render',
    };
    const outcome = await runHostileCase(fake, echo);
    assert.equal(outcome.kind, 'render');
    await loadModel(page, outcome.model, { requestId: 1, init: initMessage({ range: HOSTILE_RANGE }) });
    const dom = await readDomState(page);
    assert.ok(dom.labelsTableText.some((t) => t.includes('***')), `masked label not shown: ${JSON.stringify(dom.labelsTableText)}`);
    const everything = (await page.evaluate(
      `document.documentElement.outerHTML + JSON.stringify(window.__harness.state) + JSON.stringify(window.__harness.posted) + document.title`,
    )) as string;
    assert.equal(everything.includes(secret), false, 'the secret reached the webview');
  });

  it('the javascript: payload is inert text even when clicked', async () => {
    await pageFor('click');
    const c = HOSTILE_CASES.find((x) => x.body.includes('pwn-link') && x.expect === 'render');
    assert.ok(c);
    const outcome = await runHostileCase(fake, c);
    assert.equal(outcome.kind, 'render');
    await loadModel(page, outcome.model, { requestId: 1, init: initMessage({ range: HOSTILE_RANGE }) });
    // Open the labels table and click the cell that holds the payload text.
    await page.locator('[data-chart="callLabelCount"] [data-role="table-toggle"]').click();
    const cell = page.locator('[data-chart="callLabelCount"] tbody th', { hasText: PWN.link });
    assert.equal(await cell.count(), 1, 'the payload is shown as the text of one table cell');
    await cell.first().click();
    await cell.first().dblclick();
    assert.equal(await page.evaluate('window.__pwned === true'), false);
    assert.equal(await page.evaluate(`document.querySelectorAll('#pwn-link').length`), 0);
  });
});
