// Outbound campaigns in a real VS Code against the fake NLPearl API: the tree's "Inbound" and "Outbound"
// groups, an outbound campaign's figures and dashboard (Show Campaign Analytics), its calls, and one added by id.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { App } from '../../src/app';
import type { DashboardPanel } from '../../src/dashboard/panel';
import type { GroupNode } from '../../src/campaigns/nodes';
import { DEMO_CAMPAIGNS, DEMO_OUTBOUND_CAMPAIGNS, demoAnalyticsJson, type DemoCampaign } from '../../src/demo/data';
import type { DataMessage, HostMessage } from '../../src/shared/protocol';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness';
import { connectToFakeApi, descriptionOf, disconnect, groupCampaigns, labelOf, settledChildren } from './harness/nlpearl';

const RANGE = { from: '2026-01-05T00:00:00.000Z', to: '2026-02-03T23:59:59.999Z' };
const [REMINDERS, LEADS] = DEMO_OUTBOUND_CAMPAIGNS as [DemoCampaign, DemoCampaign];
const byName = (a: { name: string }, b: { name: string }) => a.name.toLocaleLowerCase().localeCompare(b.name.toLocaleLowerCase());

async function dataOf(panel: DashboardPanel): Promise<DataMessage> {
  const posted: HostMessage[] = [];
  const listening = panel.probe.onDidPost((m) => posted.push(m));
  try {
    return await waitFor(() => posted.find((m): m is DataMessage => m.type === 'data'), { message: 'the dashboard data', timeoutMs: 20_000 });
  } finally {
    listening.dispose();
  }
}

describe('outbound campaigns: tree groups and Show Campaign Analytics', function () {
  this.timeout(60_000);
  let fake: FakeApi;
  let h: App;

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
    await h.range.set(RANGE);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(fake);
  });

  beforeEach(() => {
    fake.clearFaults();
    fake.setOutbound(undefined);
    h.cache.clear();
    h.tree.reset();
  });

  it('groups the campaigns under "Inbound" and "Outbound", both expanded, each with its count', async () => {
    const root = await settledChildren(h);
    const groups = root.filter((r): r is GroupNode => r.kind === 'group');
    assert.deepEqual(groups.map((g) => labelOf(h, g)), ['Inbound', 'Outbound']);
    assert.deepEqual(groups.map((g) => descriptionOf(h, g)), [String(DEMO_CAMPAIGNS.length), String(DEMO_OUTBOUND_CAMPAIGNS.length)]);
    for (const g of groups) assert.equal(h.tree.getTreeItem(g).collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    assert.equal(root.some((r) => r.kind === 'campaign'), false, 'no campaign outside a group');
    const outbound = await groupCampaigns(h, 'outbound');
    assert.deepEqual(outbound.map((r) => labelOf(h, r)), [...DEMO_OUTBOUND_CAMPAIGNS].sort(byName).map((c) => c.name));
    assert.deepEqual((await groupCampaigns(h, 'inbound')).map((r) => labelOf(h, r)), [...DEMO_CAMPAIGNS].sort(byName).map((c) => c.name));
    assert.equal(h.tree.getParent(outbound[0]!), groups[1], 'reveal finds an outbound campaign under its group');
  });

  it('an inbound-only account still shows the "Outbound" group, saying it has none', async () => {
    fake.setOutbound([]);
    const root = await settledChildren(h);
    const outbound = root.find((r): r is GroupNode => r.kind === 'group' && r.group === 'outbound');
    assert.ok(outbound);
    assert.equal(descriptionOf(h, outbound), '0');
    assert.deepEqual((await settledChildren(h, outbound)).map((r) => labelOf(h, r)), ['No outbound campaigns — Add by ID']);
    assert.equal((await groupCampaigns(h, 'inbound')).length, DEMO_CAMPAIGNS.length);
  });

  it("an outbound campaign's figures come from /v1/Outbound/{id}/Analytics and match its data", async () => {
    const node = (await groupCampaigns(h, 'outbound')).find((r) => r.info.id === LEADS.id);
    assert.ok(node);
    const since = fake.requests.length;
    const rows = await settledChildren(h, node);
    const total = demoAnalyticsJson(LEADS.id, RANGE, 'v1', LEADS).callsStatusOverview.totalCalls;
    // The figure and its change first, its name as the row's description (the sidebar's reading order).
    const totalRow = rows.find((f) => descriptionOf(h, f) === 'Total calls');
    assert.ok(totalRow && labelOf(h, totalRow).startsWith(`${total.toLocaleString('en')} (`), JSON.stringify(rows.map((f) => labelOf(h, f))));
    const analytics = fake.requests.slice(since).filter((r) => r.path.endsWith('/Analytics'));
    assert.equal(analytics.length, 2, 'the range and its previous period');
    assert.ok(analytics.every((r) => r.path === `/v1/Outbound/${LEADS.id}/Analytics`));
  });

  it('Show Campaign Analytics opens an outbound dashboard with the pickup rate and the outbound statuses', async () => {
    const since = fake.requests.length;
    const panel = (await vscode.commands.executeCommand('nlpearl.showCampaignAnalytics', { campaignId: REMINDERS.id, ...RANGE })) as DashboardPanel | undefined;
    assert.ok(panel, 'the command returns the dashboard');
    try {
      const data = await dataOf(panel);
      const ids = data.model.charts.map((c) => c.id);
      assert.ok(ids.includes('callsPickupRateTimeLine'), `charts: ${ids.join(', ')}`);
      const overview = data.model.charts.find((c) => c.id === 'callsStatusOverview');
      for (const status of ['Voicemail left', 'Needs retry', 'Unreachable', 'Wrong country code', 'Leads']) assert.ok(overview?.categories.includes(status), status);
      assert.equal(panel.panel.title, `${REMINDERS.name} — Outbound Analytics`);
      assert.ok(fake.requests.slice(since).some((r) => r.path === `/v1/Outbound/${REMINDERS.id}/Analytics`));
      assert.equal(fake.requests.slice(since).some((r) => r.path.startsWith(`/v1/Inbound/${REMINDERS.id}`)), false);
    } finally {
      panel.dispose();
    }
  });

  it('Show Inbound Analytics keeps its arguments; an inbound dashboard has no pickup-rate chart on v1', async () => {
    const campaign = DEMO_CAMPAIGNS[0] as DemoCampaign;
    const panel = (await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: campaign.id, preset: 'last7' })) as DashboardPanel | undefined;
    assert.ok(panel);
    try {
      const data = await dataOf(panel);
      assert.equal(data.model.charts.some((c) => c.id === 'callsPickupRateTimeLine'), false);
      assert.equal(panel.panel.title, `${campaign.name} — Inbound Analytics`);
    } finally {
      panel.dispose();
    }
  });

  it('Show Calls of an outbound campaign searches /v1/Outbound/{id}/Calls', async () => {
    fake.requests.length = 0;
    const calls = (await vscode.commands.executeCommand('nlpearl.showCalls', { campaignId: LEADS.id, ...RANGE })) as { panel: vscode.WebviewPanel } | undefined;
    assert.ok(calls?.panel);
    try {
      const search = await waitFor(() => fake.requests.find((r) => r.path.endsWith('/Calls')), { message: 'the first search', timeoutMs: 20_000 });
      assert.equal(search.path, `/v1/Outbound/${LEADS.id}/Calls`);
    } finally {
      calls.panel.dispose();
    }
  });

  it('a campaign added by id as outbound sits in the "Outbound" group and is asked for under /v1/Outbound', async () => {
    const id = '65f1c0ffee0000000000b0b0';
    fake.setOutbound([...DEMO_OUTBOUND_CAMPAIGNS, { ...REMINDERS, id, name: 'Win-back calls' }]);
    await h.store.addManual(id, 'outbound');
    try {
      // The list does not know it yet (the API listing below is the one without it): it is shown as added.
      fake.setOutbound(DEMO_OUTBOUND_CAMPAIGNS);
      h.tree.refresh();
      // The row settles once the listing started by refresh() answers: failed once in CI and once here (2026-12-03)
      // with an empty description when read at the first answer, so it is read until the listing has settled.
      const row = await waitFor(
        async () => (await groupCampaigns(h, 'outbound')).find((r) => r.info.id === id && /added by ID/.test(descriptionOf(h, r))),
        { message: 'the Outbound group to list "Win-back calls" as added by ID' },
      );
      fake.setOutbound([...DEMO_OUTBOUND_CAMPAIGNS, { ...REMINDERS, id, name: 'Win-back calls' }]);
      const since = fake.requests.length;
      await settledChildren(h, row);
      assert.ok(fake.requests.slice(since).some((r) => r.path === `/v1/Outbound/${id}/Analytics`));
    } finally {
      await h.store.removeManual(id);
      assert.equal(h.store.manualKind(id), 'inbound', 'its kind is forgotten with it');
    }
  });
});
