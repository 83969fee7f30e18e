// Drill-down in a real VS Code against the fake API: a dashboard's drillDown message opens the Calls panel with
// the clicked figure's filter; the panel's count line agrees with the chart (or says both); a heatmap cell reads
// the range's calls page by page and refuses a range over the limit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { App } from '../../src/app';
import type { DashboardPanel } from '../../src/dashboard/panel';
import { drillArgs } from '../../src/dashboard/drillArgs';
import { DEMO_CAMPAIGNS, type DemoCampaign } from '../../src/demo/data';
import { mergeDrillKeys } from '../../src/shared/drill';
import type { DashboardModel, HostMessage } from '../../src/shared/protocol';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness/index';
import { connectToFakeApi, disconnect } from './harness/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[0] as DemoCampaign;
const WEEK = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };

interface CallsPanelLike {
  readonly panel: vscode.WebviewPanel;
  readonly requests: number;
  readonly shownCount: string;
  readonly shownError: string;
}

function searches(fake: FakeApi): Array<Record<string, unknown>> {
  return fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Calls')).map((r) => JSON.parse(r.body) as Record<string, unknown>);
}

function callsTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('nlpearl.calls'));
}

describe('drill-down from the dashboard to the Calls panel', function () {
  this.timeout(60_000);
  let fake: FakeApi;
  let h: App;
  let model: DashboardModel;
  let dashboard: DashboardPanel;

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
    dashboard = (await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: CAMPAIGN.id, ...WEEK })) as DashboardPanel;
    const posted: HostMessage[] = [];
    const listening = dashboard.probe.onDidPost((m) => posted.push(m));
    const data = await waitFor(() => posted.find((m) => m.type === 'data'), { message: 'the dashboard data', timeoutMs: 30_000 });
    listening.dispose();
    assert.equal(data.type, 'data');
    if (data.type === 'data') model = data.model;
  });

  after(async () => {
    fake.clearFaults();
    for (const panel of h.testSeam.dashboards.all()) panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(fake);
  });

  it("a drillDown message for a day's successful bar opens the Calls panel with that day and outcome", async () => {
    const timeline = model.charts.find((c) => c.id === 'callsStatusTimeLine');
    assert.ok(timeline?.drill);
    const ds = timeline.series.findIndex((s) => s.id === 'successful');
    const key = mergeDrillKeys(timeline.drill, 2, ds);
    assert.ok(key);
    fake.requests.length = 0;
    const before = callsTabs().length;
    assert.equal(dashboard.receive({ type: 'drillDown', chartId: 'callsStatusTimeLine', ...key, expected: timeline.series[ds]?.values[2] ?? null }), true);
    const first = await waitFor(() => searches(fake)[0], { message: 'the Calls panel to search', timeoutMs: 20_000 });
    assert.deepEqual(first, { fromDate: '2026-03-11T00:00:00.000Z', toDate: '2026-03-11T23:59:59.999Z', skip: 0, limit: 50, sortProp: 'startTime', isAscending: false, statuses: [100] });
    await waitFor(() => callsTabs().length > before, { message: 'a Calls tab' });
    assert.equal(searches(fake).length, 1, 'one search page for one drill-down');
  });

  it("the panel's count line is the chart's figure when the search agrees, and both, named, when it does not", async () => {
    const timeline = model.charts.find((c) => c.id === 'callsStatusTimeLine');
    assert.ok(timeline?.drill);
    const ds = timeline.series.findIndex((s) => s.id === 'successful');
    const expected = timeline.series[ds]?.values[2] ?? 0;
    assert.ok(expected > 0);
    const args = drillArgs(CAMPAIGN.id, WEEK, { type: 'drillDown', chartId: 'callsStatusTimeLine', ...mergeDrillKeys(timeline.drill, 2, ds), expected });
    const agree = (await vscode.commands.executeCommand('nlpearl.showCalls', args)) as CallsPanelLike;
    await waitFor(() => agree.shownCount, { message: 'the count line' });
    assert.equal(agree.shownCount, `${expected} calls`);
    agree.panel.dispose();
    const differ = (await vscode.commands.executeCommand('nlpearl.showCalls', { ...args, expected: expected - 1 })) as CallsPanelLike;
    await waitFor(() => differ.shownCount, { message: 'the count line' });
    assert.equal(differ.shownCount, `${expected} calls found · the chart counted ${expected - 1}`);
    differ.panel.dispose();
  });

  it("a heatmap cell reads the range's calls page by page and shows exactly the cell's count", async () => {
    const heatmap = model.charts.find((c) => c.id === 'callsByHourDayOfWeeks')?.heatmap;
    assert.ok(heatmap);
    const weekday = 2;
    const row = heatmap.counts[weekday] ?? [];
    const hour = row.indexOf(Math.max(...row));
    const expected = row[hour] ?? 0;
    fake.requests.length = 0;
    const calls = (await vscode.commands.executeCommand('nlpearl.showCalls', { campaignId: CAMPAIGN.id, ...WEEK, weekday, hour, expected })) as CallsPanelLike;
    await waitFor(() => calls.shownCount, { message: 'the cell count', timeoutMs: 30_000 });
    assert.equal(calls.shownCount, `${expected} calls`);
    const bodies = searches(fake);
    assert.ok(bodies.length > 1 && bodies.every((b, i) => b.limit === 100 && b.skip === i * 100), 'every page of the range, in order');
    assert.equal(calls.requests, bodies.length);
    calls.panel.dispose();
  });

  it('a heatmap cell of a range over 5,000 calls is refused after one request, saying what to do', async () => {
    fake.requests.length = 0;
    fake.inject({ match: '/Calls', rawBody: JSON.stringify({ count: 6000, results: [] }) });
    const calls = (await vscode.commands.executeCommand('nlpearl.showCalls', { campaignId: CAMPAIGN.id, ...WEEK, weekday: 1, hour: 9 })) as CallsPanelLike;
    await waitFor(() => calls.shownError, { message: 'the refusal', timeoutMs: 20_000 });
    assert.match(calls.shownError, /^6,000 calls in this range: too many to read for one hour of the heatmap \(at most 5,000\)\. Pick a shorter range/);
    assert.equal(searches(fake).length, 1);
    calls.panel.dispose();
  });
});
