// Demo mode, the account or the base URL changes: every panel and tree row drops what it had.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEMO_CAMPAIGNS } from '../../src/demo/data';
import type { DashboardPanel } from '../../src/dashboard/panel';
import type { App } from '../../src/app';
import type { HostMessage } from '../../src/shared/protocol';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness';
import { connectToFakeApi, disconnect, labelOf, settledChildren, treeRows } from './harness/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[0];
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

describe('a change of source drops what is shown', function () {
  this.timeout(60_000);
  let fake: FakeApi;
  let h: App;

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
  });

  after(async () => {
    for (const panel of h.testSeam.dashboards.all()) panel.dispose();
    if (h.apis.isDemo()) await vscode.commands.executeCommand('nlpearl.exitDemo');
    fake.clearFaults();
    await disconnect(fake);
  });

  it('after Exit Demo Mode an open dashboard keeps no demo figures, not even as stale, and the tree lists afresh', async () => {
    await vscode.commands.executeCommand('nlpearl.tryDemo');
    await waitFor(() => h.apis.isDemo(), { message: 'demo mode' });
    const panel = (await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: CAMPAIGN?.id, ...RANGE })) as DashboardPanel;
    const posted: HostMessage[] = [];
    const listening = panel.probe.onDidPost((m) => posted.push(m));
    try {
      await waitFor(() => posted.some((m) => m.type === 'data'), { message: 'the demo figures on the dashboard', timeoutMs: 20_000 });
      assert.ok(posted.some((m) => m.type === 'init' && m.isDemo), 'marked as demo data');
      const demoRows = await treeRows(h);
      assert.ok(demoRows.some((r) => labelOf(h, r) === CAMPAIGN?.name));

      // The account's server fails every analytics request: nothing of the demo may stand in for it.
      fake.inject({ status: 500, match: '/Analytics', times: 50 });
      const since = posted.length;
      await vscode.commands.executeCommand('nlpearl.exitDemo');
      await waitFor(() => posted.slice(since).some((m) => m.type === 'error'), { message: 'the account load to fail', timeoutMs: 20_000 });
      const after = posted.slice(since);
      const init = after.find((m) => m.type === 'init');
      assert.ok(init && !init.isDemo, 'the panel says it no longer shows demo data');
      const loading = after.find((m) => m.type === 'loading');
      assert.ok(loading?.clear, 'the webview is told to drop the demo figures while the account loads');
      const error = after.find((m) => m.type === 'error');
      assert.equal(error?.stale, false, 'the demo figures are not kept as "stale" account figures');
      assert.equal(after.some((m) => m.type === 'data'), false);

      const rows = await treeRows(h);
      assert.equal(rows.some((r) => r.kind === 'figure'), false);
      for (const row of rows.filter((r) => r.kind === 'campaign')) {
        const children = await settledChildren(h, row);
        assert.equal(children.some((c) => c.kind === 'figure' && c.stale), false, 'no figure kept from demo mode');
      }
    } finally {
      listening.dispose();
      fake.clearFaults();
      panel.dispose();
    }
  });
});
