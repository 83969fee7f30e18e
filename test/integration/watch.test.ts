// The account watch in a real VS Code: the status bar item's text, an alert notification, and what it costs
// in requests (focused, unfocused, disabled, backoff) — against the fake API, and in demo mode.
import * as assert from 'node:assert/strict';
import type { App } from '../../src/app';
import { DEMO_ACCOUNT, DEMO_CAMPAIGNS } from '../../src/demo/data';
import type { WatchController } from '../../src/watch/controller';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness';
import { connectToFakeApi, disconnect, setSetting, labelOf, treeRows } from './harness/nlpearl';

const RUNNING = DEMO_CAMPAIGNS.filter((c) => c.status === 1);

describe('account watch', function () {
  let fake: FakeApi;
  let h: App;
  let watch: WatchController;

  before(async function () {
    ({ fake, host: h } = await connectToFakeApi());
    await setSetting('statusBar.enabled', true);
    watch = await waitFor(() => h.watch.ready(), { message: 'the watch to load' });
  });

  after(async () => {
    watch.focusOverride = undefined;
    await setSetting('statusBar.enabled', false);
    await setSetting('demoMode', undefined);
    await disconnect(fake);
  });

  beforeEach(async () => {
    fake.clearFaults();
    fake.setAccount(undefined);
    watch.focusOverride = true;
    await h.context.globalState.update('nlpearl.watch.notified', undefined);
    await h.context.globalState.update('nlpearl.watch.snoozedDay', undefined);
    await settle();
    watch.scheduler.reset();
    await settle();
  });

  /** Waits until no round is running (the scheduler may have started one on its own). */
  async function settle(): Promise<void> {
    await waitFor(() => !watch.scheduler.busy, { message: 'the round under way to finish' });
    await fake.idle();
  }

  async function round(): Promise<string[]> {
    await settle();
    fake.requests.length = 0;
    await watch.scheduler.pollNow();
    await fake.idle();
    return fake.requests.map((r) => `${r.method} ${r.path}`);
  }

  it('the status bar shows live calls, the credit balance and the runway; the tooltip each running campaign', async () => {
    await round();
    assert.match(watch.item.text, /^\$\(call-incoming\) \d+ live · 4,821\.5 · (≈ [\d,]+ days?|< 1 day|—)$/);
    const tooltip = String(watch.item.tooltip);
    for (const c of RUNNING) assert.ok(tooltip.includes(c.name), `tooltip names ${c.name}`);
    assert.match(tooltip, /Runway/);
    assert.equal(watch.item.backgroundColor, undefined, 'no warning for a full-access account with credit');
  });

  it('an account without full access: one notification a day, a warning background, and an "Alerts" node on top of the tree', async () => {
    fake.setAccount({ ...DEMO_ACCOUNT, status: 3 });
    const shownBefore = watch.notifier.shown.length;
    await round();
    await waitFor(() => watch.notifier.shown.length > shownBefore, { message: 'the alert to be shown' });
    assert.match(watch.notifier.shown.at(-1) ?? '', /No credits, not full access/);
    assert.equal((watch.item.backgroundColor as { id?: string } | undefined)?.id, 'statusBarItem.warningBackground');
    const rows = await treeRows(h);
    assert.equal(rows[0]?.kind, 'alerts');
    assert.match(labelOf(h, rows[0]!), /^Alerts \(1\)$/);
    await round();
    assert.equal(watch.notifier.shown.length, shownBefore + 1, 'the same condition is not notified twice in a day');
  });

  it('focused: one account request and one ongoing-calls request per running campaign, nothing else', async () => {
    await round(); // the first round also lists the campaigns and loads the analytics (every 15 min)
    const requests = await round();
    assert.deepEqual(
      [...requests].sort(),
      ['GET /v1/Account', ...RUNNING.map((c) => `GET /v1/Inbound/${c.id}/OngoingCalls`)].sort(),
    );
  });

  it('unfocused or disabled: no request', async () => {
    watch.focusOverride = false;
    assert.deepEqual(await round(), []);
    watch.focusOverride = true;
    await setSetting('statusBar.enabled', false);
    try {
      assert.deepEqual(await round(), []);
    } finally {
      await setSetting('statusBar.enabled', true);
    }
  });

  it('a 429 is tried once, and the next round waits for its Retry-After', async () => {
    await round();
    fake.inject({ status: 429, headers: { 'retry-after': '300' }, match: '/Account', times: 3 });
    const requests = await round();
    assert.equal(requests.filter((r) => r === 'GET /v1/Account').length, 1, 'no retry inside the round');
    assert.equal(watch.scheduler.failures, 1);
    assert.ok((watch.scheduler.dueAt ?? 0) - Date.now() > 200_000, 'the next round waits for the Retry-After (300 s)');
    assert.match(String(watch.item.tooltip), /Last refresh failed: NLPearl is receiving too many requests \(429\)/);
  });

  it('demo mode shows the item and an alert, deterministically', async () => {
    await setSetting('demoMode', true);
    try {
      await waitFor(() => !watch.scheduler.busy, { message: 'the round to finish' });
      const shownBefore = watch.notifier.shown.length;
      await watch.scheduler.pollNow();
      await waitFor(() => /· 4,821\.5 ·/.test(watch.item.text), { message: 'the demo balance in the status bar' });
      await waitFor(() => watch.notifier.shown.length > shownBefore, { message: 'the demo alert' });
      assert.match(watch.notifier.shown.at(-1) ?? '', /Limited access, not full access/);
    } finally {
      await setSetting('demoMode', false);
    }
  });
});
