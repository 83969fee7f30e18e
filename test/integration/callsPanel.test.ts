// "Show Calls" in a real VS Code against the fake API: the panel opens, its webview asks for the first page,
// one search request per page, filters from the arguments in the request body.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEMO_CAMPAIGNS, type DemoCampaign } from '../../src/demo/data';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness/index';
import { connectToFakeApi, disconnect } from './harness/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[0] as DemoCampaign;
const RANGE = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };

interface PanelLike {
  readonly panel: vscode.WebviewPanel;
  readonly requests: number;
}

function searches(fake: FakeApi): Array<Record<string, unknown>> {
  return fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Calls')).map((r) => JSON.parse(r.body) as Record<string, unknown>);
}

describe('calls panel (Show Calls)', function () {
  this.timeout(40_000);
  let fake: FakeApi;

  before(async () => {
    ({ fake } = await connectToFakeApi());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(fake);
  });

  it('opens a panel whose webview asks for the first page: 50 rows from skip 0, the documented body', async () => {
    fake.requests.length = 0;
    const calls = (await vscode.commands.executeCommand('nlpearl.showCalls', { campaignId: CAMPAIGN.id, ...RANGE })) as PanelLike;
    assert.ok(calls?.panel, 'a panel opened');
    assert.equal(calls.panel.viewType, 'nlpearl.calls');
    const first = await waitFor(() => searches(fake)[0], { message: 'the first search request', timeoutMs: 20_000 });
    assert.deepEqual(first, { fromDate: RANGE.from, toDate: RANGE.to, skip: 0, limit: 50, sortProp: 'startTime', isAscending: false });
    calls.panel.dispose();
  });

  it('maps status, label and search arguments to the search filters', async () => {
    fake.requests.length = 0;
    const label = CAMPAIGN.profile.labels[0]?.id ?? '';
    const calls = (await vscode.commands.executeCommand('nlpearl.showCalls', { campaignId: CAMPAIGN.id, ...RANGE, status: 'successful', label, search: '0123' })) as PanelLike;
    const first = await waitFor(() => searches(fake)[0], { message: 'the first search request', timeoutMs: 20_000 });
    assert.deepEqual(first.statuses, [100]);
    assert.deepEqual(first.tags, [label]);
    assert.equal(first.searchInput, '0123');
    calls.panel.dispose();
  });

  it('refuses an unknown status key without opening anything', async () => {
    const result = await vscode.commands.executeCommand('nlpearl.showCalls', { campaignId: CAMPAIGN.id, ...RANGE, status: 'needFollowUp' });
    assert.equal(result, undefined);
  });
  // From the tree: the same panel, opened by a campaign row's action.
  it("a campaign row's Show Calls action opens the calls of the tree's range", async () => {
    const manifest = (vscode.extensions.getExtension('nlpearl-analytics.nlpearl-analytics')?.packageJSON ?? {}) as {
      contributes?: { menus?: Record<string, Array<{ command: string; when?: string; group?: string }>> };
    };
    const entries = manifest.contributes?.menus?.['view/item/context']?.filter((m) => m.command === 'nlpearl.showCalls') ?? [];
    assert.ok(entries.some((m) => m.group?.startsWith('inline') && m.when?.includes('viewItem =~ /^campaign/')), 'an inline action on campaign rows');
    fake.requests.length = 0;
    const row = { kind: 'campaign', info: { id: CAMPAIGN.id, name: CAMPAIGN.name, status: 1, manual: false } };
    const calls = (await vscode.commands.executeCommand('nlpearl.showCalls', row)) as PanelLike;
    assert.ok(calls?.panel);
    const first = await waitFor(() => searches(fake)[0], { message: 'the first search request', timeoutMs: 20_000 });
    const host = (vscode.extensions.getExtension('nlpearl-analytics.nlpearl-analytics')?.exports ?? {}) as { range?: { current(): { from: string; to: string } } };
    const range = host.range?.current();
    assert.ok(range);
    assert.equal(first.fromDate, range.from);
    calls.panel.dispose();
  });
});
