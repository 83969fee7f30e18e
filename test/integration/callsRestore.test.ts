// The Calls panel after a window reload: VS Code hands the serializer a new panel and the state the webview kept
// (campaign, range, filters); the panel fetches its calls anew with those filters. A reload would end this test
// run, so the test gives the serializer's path (App.testSeam.reviveCalls) a panel and a saved state itself.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEMO_CAMPAIGNS, type DemoCampaign } from '../../src/demo/data';
import type { App } from '../../src/app';
import type { FakeApi } from '../fake-api/server';
import { EXTENSION_ID, waitFor } from './harness/index';
import { connectToFakeApi, disconnect } from './harness/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[0] as DemoCampaign;
const RANGE = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };

function searches(fake: FakeApi): Array<Record<string, unknown>> {
  return fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Calls')).map((r) => JSON.parse(r.body) as Record<string, unknown>);
}

const restoredPanel = () => vscode.window.createWebviewPanel('nlpearl.calls', 'Calls — restored', vscode.ViewColumn.Active, {});

describe('calls panel after a window reload (serializer)', function () {
  this.timeout(40_000);
  let fake: FakeApi;
  let host: App;

  before(async () => {
    ({ fake, host } = await connectToFakeApi());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(fake);
  });

  it('VS Code starts the extension for a Calls panel it restores', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { activationEvents?: string[] };
    assert.ok(manifest.activationEvents?.includes('onWebviewPanel:nlpearl.calls'));
  });

  it('reopens the same campaign, range and filters and fetches the first page again', async () => {
    fake.requests.length = 0;
    const state = { campaignId: CAMPAIGN.id, ...RANGE, filters: { outcome: '100', tag: '', search: '0123', sort: 'duration', ascending: true } };
    const panel = restoredPanel();
    const revived = (await host.testSeam.reviveCalls(panel, state)) as { panel: vscode.WebviewPanel } | undefined;
    assert.equal(revived?.panel, panel, 'the panel VS Code restored is the one reused');
    const first = await waitFor(() => searches(fake)[0], { message: 'the first search request of the restored panel', timeoutMs: 20_000 });
    assert.deepEqual(first, { fromDate: RANGE.from, toDate: RANGE.to, skip: 0, limit: 50, sortProp: 'duration', isAscending: true, statuses: [100], searchInput: '0123' });
    panel.dispose();
  });

  it('a heatmap cell\'s panel comes back as that weekday × hour, not as the whole range', async () => {
    fake.requests.length = 0;
    const state = { campaignId: CAMPAIGN.id, ...RANGE, filters: { outcome: '', tag: '', search: '', sort: 'startTime', ascending: false }, cell: { weekday: 2, hour: 10 } };
    const panel = restoredPanel();
    const revived = (await host.testSeam.reviveCalls(panel, state)) as { panel: vscode.WebviewPanel; shownCount: string } | undefined;
    assert.equal(revived?.panel, panel);
    const first = await waitFor(() => searches(fake)[0], { message: 'the first search of the restored cell', timeoutMs: 20_000 });
    // A cell reads the range in pages of 100 and filters them to its hour; a plain list asks 50 at a time.
    assert.equal(first.limit, 100, JSON.stringify(first));
    await waitFor(() => revived?.shownCount, { message: 'the cell\'s count', timeoutMs: 20_000 });
    panel.dispose();
  });

  it('closes a restored panel whose saved state is unusable, without a request', async () => {
    for (const state of [undefined, { campaignId: CAMPAIGN.id }, { campaignId: '../x', ...RANGE, filters: {} }, { campaignId: CAMPAIGN.id, from: RANGE.to, to: RANGE.from, filters: { outcome: '', tag: '', search: '', sort: 'startTime', ascending: false } }, { campaignId: CAMPAIGN.id, ...RANGE, filters: { outcome: '', tag: '', search: '', sort: 'startTime', ascending: false }, cell: { weekday: 2, hour: 24 } }]) {
      fake.requests.length = 0;
      const panel = restoredPanel();
      let closed = false;
      panel.onDidDispose(() => (closed = true));
      assert.equal(await host.testSeam.reviveCalls(panel, state), undefined, JSON.stringify(state));
      assert.ok(closed, `closed for ${JSON.stringify(state)}`);
      assert.equal(searches(fake).length, 0);
    }
  });
});
