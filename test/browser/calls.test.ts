/**
 * The Calls panel's webview (dist/callsView.js) in Chromium under the panel's real CSP (webview harness):
 * rows drawn from host messages, hostile text shown as text, a virtual list that keeps few rows in the DOM
 * and asks for the next page as the end scrolls into view, and a row opened by Enter.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { CallRowDto, CallsHostMessage } from '../../src/shared/callsProtocol';
import { applyTheme, openHarness, waitFor, type HarnessSession } from '../e2e/webview-harness/harness';

const HOSTILE = '<img src=x onerror="window.__pwned=true"><b id="pwn">bold</b>';

function row(i: number, overrides: Partial<CallRowDto> = {}): CallRowDto {
  const id = i.toString(16).padStart(24, '0');
  return { id, start: `10/03/2026, 09:${String(i % 60).padStart(2, '0')}:00`, caller: `+4477009${String(i).padStart(5, '0')}`, duration: '2:10', outcome: 'Success', status: 'Completed', tags: 'Booking', ...overrides };
}

const TARGET = { campaignId: '0123456789abcdef01234567', from: '2026-03-09T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };

const INIT: CallsHostMessage = {
  type: 'init',
  title: 'Calls — Front desk',
  strings: { start: 'Start', caller: 'Caller', duration: 'Duration', outcome: 'Outcome', status: 'Telephony status', tags: 'Tags', allOutcomes: 'All outcomes', allTags: 'All tags', search: 'Search calls', loading: 'Loading calls…', none: 'No calls match.', open: 'Open the call', sortBy: 'Sort by {0}', table: 'Calls' },
  outcomes: [{ value: '100', label: 'Success' }],
  tags: [{ value: 'l1', label: HOSTILE }],
  filters: { outcome: '', tag: '', search: '', sort: 'startTime', ascending: false },
  target: TARGET,
  note: '',
};

async function deliver(page: Page, message: CallsHostMessage): Promise<void> {
  await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
}

async function posted(page: Page): Promise<Array<{ type: string; [k: string]: unknown }>> {
  return page.evaluate('window.__harness.posted') as Promise<Array<{ type: string; [k: string]: unknown }>>;
}

describe('calls webview (Chromium, real CSP)', function () {
  this.timeout(60_000);
  let session: HarnessSession;
  let page: Page;

  before(async () => {
    session = await openHarness({ width: 1000, height: 600 });
    page = session.page;
    await page.goto(`${session.server.url}calls.html`);
    await applyTheme(page, 'dark');
    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'ready')`);
    await deliver(page, INIT);
  });

  after(async () => {
    await session?.close();
  });

  it('draws the rows and the count, with hostile names and numbers shown as text', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(i, i === 0 ? { caller: HOSTILE, tags: HOSTILE } : {}));
    await deliver(page, { type: 'page', generation: 0, skip: 0, count: 10_000, countText: '10,000 calls', rows, done: false });
    await waitFor(page, `document.querySelectorAll('.spacer .row').length > 0`);
    const state = (await page.evaluate(`({
      count: document.querySelector('.count').textContent,
      first: [...document.querySelectorAll('.spacer .row')[0].children].map((c) => c.textContent),
      tagOption: [...document.querySelectorAll('select')[1].options].map((o) => o.textContent),
      injected: document.querySelectorAll('img, #pwn').length,
      pwned: window.__pwned === true,
      violations: window.__harness.violations.length,
    })`)) as { count: string; first: string[]; tagOption: string[]; injected: number; pwned: boolean; violations: number };
    assert.equal(state.count, '10,000 calls');
    assert.equal(state.first[1], HOSTILE, 'the caller cell shows the text itself');
    assert.equal(state.first[5], HOSTILE);
    assert.ok(state.tagOption.includes(HOSTILE));
    assert.equal(state.injected, 0, 'no element came from API text');
    assert.equal(state.pwned, false);
    assert.equal(state.violations, 0, 'no CSP violation');
  });

  it('keeps only the visible rows in the DOM and asks for the next page when scrolled to the end', async () => {
    const domRows = (await page.evaluate(`document.querySelectorAll('.spacer .row').length`)) as number;
    assert.ok(domRows < 50, `a virtual list: ${domRows} of 50 rows in the DOM`);
    assert.equal((await posted(page)).filter((m) => m.type === 'more').length, 0, 'nothing asked before scrolling');
    await page.evaluate(`document.querySelector('.scroller').scrollTop = 1e6`);
    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'more')`);
    const more = (await posted(page)).filter((m) => m.type === 'more');
    assert.deepEqual(more, [{ type: 'more', generation: 0, skip: 50 }], 'one request for the next page');
    await deliver(page, { type: 'page', generation: 0, skip: 50, count: 10_000, countText: '10,000 calls', rows: Array.from({ length: 50 }, (_, i) => row(50 + i)), done: false });
    await waitFor(page, `document.querySelector('.spacer').getBoundingClientRect().height >= 100 * 28`);
  });

  it('opens a row with Enter and sends a filter change with a new generation', async () => {
    await page.evaluate(`document.querySelector('.scroller').scrollTop = 0`);
    await waitFor(page, `document.querySelector('.spacer .row[data-call-id="${row(0).id}"]') !== null`);
    await page.focus(`.spacer .row[data-call-id="${row(0).id}"]`);
    await page.keyboard.press('Enter');
    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'openCall')`);
    assert.deepEqual((await posted(page)).find((m) => m.type === 'openCall'), { type: 'openCall', callId: row(0).id });
    await page.selectOption('select >> nth=0', '100');
    await waitFor(page, `window.__harness.posted.some((m) => m.type === 'filters')`);
    const change = (await posted(page)).find((m) => m.type === 'filters') as unknown as { generation: number; filters: { outcome: string } };
    assert.equal(change.generation, 1);
    assert.equal(change.filters.outcome, '100');
    assert.equal(await page.evaluate(`document.querySelectorAll('.spacer .row').length`), 0, 'old rows cleared');
  });

  it('keeps the campaign, the range and the current filters (no rows) for the panel to come back after a reload', async () => {
    // The filter test above chose outcome 100: the saved state follows it.
    const state = (await page.evaluate('window.__harness.state')) as Record<string, unknown>;
    assert.deepEqual(state, { ...TARGET, filters: { outcome: '100', tag: '', search: '', sort: 'startTime', ascending: false } });
  });
});
