// The campaigns tree against the fake NLPearl API, inside a real VS Code (grouping: tree.groups.test.ts).
import * as assert from 'node:assert/strict';
import { previousPeriod } from '../../src/api/range';
import type { CampaignNode, TreeNode } from '../../src/campaigns/nodes';
import type { App } from '../../src/app';
import type { DashboardPanel } from '../../src/dashboard/panel';
import { DEMO_CAMPAIGNS, DEMO_OUTBOUND_CAMPAIGNS, demoAnalyticsJson } from '../../src/demo/data';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness';
import { analyticsRequests, connectToFakeApi, descriptionOf, disconnect, labelOf, setSetting, settledChildren, treeRows, groupCampaigns } from './harness/nlpearl';

/** A fixed 30-day range, so the expected figures are computed from the same demo data. */
const RANGE = { from: '2026-01-05T00:00:00.000Z', to: '2026-02-03T23:59:59.999Z' };

function expectedDelta(current: number, previous: number): string {
  if (previous === 0) return current === 0 ? '±0 %' : 'new';
  const pct = ((current - previous) / previous) * 100;
  const digits = Math.abs(pct) >= 10 ? 0 : 1;
  const text = new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(Math.abs(pct));
  return `${pct > 0 ? '▲' : '▼'} ${text} %`;
}

function mmss(seconds: number): string {
  const total = Math.round(seconds);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

describe('campaign tree', function () {
  let fake: FakeApi;
  let h: App;

  before(async function () {
    ({ fake, host: h } = await connectToFakeApi());
    await h.range.set(RANGE);
  });

  after(async () => {
    await disconnect(fake);
  });

  beforeEach(() => {
    fake.clearFaults();
    h.cache.clear();
    h.tree.reset();
  });

  /** The inbound campaigns (the figures below are the inbound demo's). */
  async function campaignRows(): Promise<CampaignNode[]> {
    return groupCampaigns(h, 'inbound');
  }

  it('lists the API campaigns sorted by name, with their status, in one listing (both kinds at once)', async () => {
    const before = fake.requests.length;
    const rows = await campaignRows();
    const expected = [...DEMO_CAMPAIGNS].sort((a, b) => a.name.toLocaleLowerCase().localeCompare(b.name.toLocaleLowerCase()));
    assert.deepEqual(
      rows.map((r) => labelOf(h, r)),
      expected.map((c) => c.name),
    );
    const statusWords: Record<number, string> = { 1: 'Running', 2: 'Paused', 3: 'Suspended', 10: 'Maintenance' };
    rows.forEach((row, i) => assert.match(descriptionOf(h, row), new RegExp(statusWords[expected[i].status])));
    const listing = fake.requests.slice(before);
    assert.deepEqual(
      listing.map((r) => `${r.method} ${r.path}`).sort(),
      ['GET /v1/Inbound', 'GET /v1/Outbound'],
      'listing the root asks each v1 list once and no analytics',
    );
  });

  it('the palette waits for a listing already under way instead of showing a short list', async () => {
    fake.inject({ latencyMs: 300, match: '/v1/Inbound', times: 1 });
    const before = fake.requests.length;
    await h.tree.getChildren(); // starts the listing, as opening the view does
    const listed = await h.directory.ensureListed();
    assert.deepEqual(
      listed.map((c) => c.id).sort(),
      [...DEMO_CAMPAIGNS, ...DEMO_OUTBOUND_CAMPAIGNS].map((c) => c.id).sort(),
    );
    assert.equal(fake.requests.length - before, 2, 'one listing (the inbound and the outbound list), shared');
  });

  it('shows key figures equal to the fake data, with deltas against the previous period', async () => {
    const campaign = DEMO_CAMPAIGNS[0];
    const node = (await campaignRows()).find((r) => r.info.id === campaign.id);
    assert.ok(node, 'campaign row missing');
    const requestsBefore = analyticsRequests(fake);
    const figures = await settledChildren(h, node);
    const labels = figures.map((f) => labelOf(h, f));
    const current = demoAnalyticsJson(campaign.id, RANGE, 'v1');
    const previous = demoAnalyticsJson(campaign.id, previousPeriod(RANGE), 'v1');
    const total = current.callsStatusOverview.totalCalls;
    // The figure and its change first (they must survive the sidebar's width), the figure's name after them.
    const totalLabel = `${total.toLocaleString('en')} (${expectedDelta(total, previous.callsStatusOverview.totalCalls)})`;
    const totalRow = figures[labels.indexOf(totalLabel)];
    assert.ok(totalRow, `no "${totalLabel}" row in ${JSON.stringify(labels)}`);
    assert.equal(descriptionOf(h, totalRow), 'Total calls');
    const named = (name: string, value: string) => figures.some((f) => descriptionOf(h, f) === name && labelOf(h, f).startsWith(`${value} (`));

    const { successful, unsuccessful } = current.callsStatusOverview;
    const share = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format((100 * successful) / (successful + unsuccessful));
    // The tree shows the card's figure (the rate), so both tell one story with one delta.
    assert.ok(named('Success rate', `${share}%`), `no success rate row with ${share} % in ${JSON.stringify(labels)}`);

    // Call-weighted average: Σ(daily average × daily calls) ÷ Σ daily calls.
    const callsByDate = new Map(current.callsStatusTimeLine.map((b) => [b.date, b.totalCalls]));
    const weighted = current.callsAverageTimeLine.reduce((sum, b) => sum + b.averageCallDuration * (callsByDate.get(b.date) ?? 0), 0);
    assert.ok(named('Average duration', mmss(weighted / total)), `average duration ${mmss(weighted / total)} not in ${JSON.stringify(labels)}`);

    assert.equal(analyticsRequests(fake) - requestsBefore, 2, 'one request for the range and one for the previous period');
    await settledChildren(h, node);
    assert.equal(analyticsRequests(fake) - requestsBefore, 2, 'expanding again within the cache time sends nothing');
  });

  it('a campaign whose figures are already loaded (by the watch or a panel) shows them on its first expansion, not "Loading…"', async () => {
    // VS Code did not ask again for the children of a row whose load ended at once: the row stayed on
    // "Loading figures…" for the campaigns the account watch had just loaded (seen in `npm start`).
    const campaign = DEMO_CAMPAIGNS[1];
    const node = (await campaignRows()).find((r) => r.info.id === campaign.id);
    assert.ok(node, 'campaign row missing');
    await h.cache.load(campaign.id, h.range.current());
    const requestsBefore = analyticsRequests(fake);
    const first = await h.tree.getChildren(node);
    const labels = first.map((row) => labelOf(h, row));
    assert.ok(first.length > 0 && first.every((row) => row.kind === 'figure'), `the first answer holds the figures: ${JSON.stringify(labels)}`);
    const total = demoAnalyticsJson(campaign.id, RANGE, 'v1').callsStatusOverview.totalCalls;
    assert.ok(labels.some((label) => label.startsWith(`${total.toLocaleString('en')} (`)), `total ${total} in ${JSON.stringify(labels)}`);
    assert.equal(analyticsRequests(fake) - requestsBefore, 0, 'no request: the cache had them');
  });

  it('a new default range redraws the tree, so its figures match the range it names', async () => {
    const stored = h.context.globalState.get('nlpearl.treeRange');
    await h.context.globalState.update('nlpearl.treeRange', undefined);
    const campaign = (await campaignRows())[0];
    assert.ok(campaign, 'campaign row missing');
    await settledChildren(h, campaign);
    let redraws = 0;
    const listening = h.tree.onDidChangeTreeData(() => redraws++);
    try {
      await setSetting('defaultRange', 'last7');
      assert.equal(h.range.label(), 'Last 7 days');
      await waitFor(() => redraws > 0, { message: 'the tree to redraw for the new default range', timeoutMs: 3000 });
    } finally {
      listening.dispose();
      await setSetting('defaultRange', undefined);
      await h.context.globalState.update('nlpearl.treeRange', stored);
    }
  });

  it('a campaign\'s tooltip: id, status, phone number, calls today and ongoing calls from its details', async () => {
    const campaign = DEMO_CAMPAIGNS[0];
    const node = (await campaignRows()).find((r) => r.info.id === campaign.id);
    assert.ok(node, 'campaign row missing');
    // Given up front, VS Code would keep it and never show the resolved one.
    assert.equal(h.tree.getTreeItem(node).tooltip, undefined, 'the tooltip comes from resolveTreeItem');
    const tooltip = (await h.tree.resolveTreeItem(h.tree.getTreeItem(node), node)).tooltip;
    const text = typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '');
    const plain = text.replace(/\\(.)/g, '$1');
    assert.match(plain, new RegExp(`ID: ${campaign.id}`));
    assert.match(plain, /Status: Running/);
    assert.ok(plain.includes(`Phone number: ${campaign.phoneNumber}`), `no phone number in ${plain}`);
    assert.match(plain, /Calls today: \d/);
    assert.match(plain, /Ongoing calls: \d/);
  });

  it('a tooltip whose campaign details failed to load says so with "—", and asks again on the next hover', async () => {
    const campaign = DEMO_CAMPAIGNS[0];
    const node = (await campaignRows()).find((r) => r.info.id === campaign.id);
    assert.ok(node, 'campaign row missing');
    const tooltipOf = async () => {
      const tooltip = (await h.tree.resolveTreeItem(h.tree.getTreeItem(node), node)).tooltip;
      return (typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '')).replace(/\\(.)/g, '$1');
    };
    fake.inject({ status: 404, match: `/v1/Inbound/${campaign.id}`, times: 1 });
    const failed = await tooltipOf();
    assert.match(failed, /Phone number: —/);
    assert.match(failed, /Calls today: —/);
    assert.match(failed, /Ongoing calls: —/);
    assert.match(failed, /could not be loaded/, 'the tooltip says why the figures are missing');
    const next = await tooltipOf();
    assert.ok(next.includes(`Phone number: ${campaign.phoneNumber}`), 'the next hover fetches the details');
  });

  describe('one range for the tree and the dashboards', () => {
    const vscodeApi = () => import('vscode');
    const opened: DashboardPanel[] = [];
    const openRow = async (node: CampaignNode | undefined): Promise<DashboardPanel> => {
      assert.ok(node, 'campaign row missing');
      const panel = (await (await vscodeApi()).commands.executeCommand('nlpearl.openDashboard', node)) as DashboardPanel;
      opened.push(panel);
      return panel;
    };
    const openFromTree = async () => openRow((await campaignRows())[0]);

    afterEach(async () => {
      for (const panel of opened.splice(0)) panel.dispose();
      await setSetting('syncRanges', undefined);
      await h.range.set(RANGE);
    });

    it('a dashboard opened from a campaign row, or one of its figures, starts with the tree\'s range', async () => {
      await h.range.set({ preset: 'last7' });
      const panel = await openFromTree();
      assert.equal(panel.range.preset, 'last7');
      panel.dispose();
      await h.range.set({ preset: 'last90' });
      const node = (await campaignRows())[0];
      const figure = (await settledChildren(h, node)).find((f) => f.kind === 'figure');
      assert.ok(figure, 'a figure row');
      const fromFigure = (await (await vscodeApi()).commands.executeCommand('nlpearl.openDashboard', figure)) as DashboardPanel;
      opened.push(fromFigure);
      assert.equal(fromFigure.campaignId, node?.info.id);
      assert.equal(fromFigure.range.preset, 'last90');
    });

    it('off (the default): a range picked in the dashboard or the tree stays in that view', async () => {
      const panel = await openFromTree();
      assert.equal(panel.receive({ type: 'setRange', preset: 'last90' }), true);
      assert.deepEqual({ from: h.range.current().from, to: h.range.current().to }, RANGE, 'the tree keeps its range');
      await h.range.set({ preset: 'yesterday' });
      assert.equal(panel.range.preset, 'last90', 'the dashboard keeps its range');
    });

    it('nlpearl.syncRanges on: the tree moves every dashboard, a dashboard moves the tree and the others', async () => {
      await setSetting('syncRanges', true);
      const panel = await openFromTree();
      const other = await openRow((await campaignRows())[1]);
      await h.range.set({ preset: 'last7' });
      assert.equal(panel.range.preset, 'last7');
      assert.equal(other.range.preset, 'last7');
      assert.equal(panel.receive({ type: 'setRange', preset: 'last90' }), true);
      await waitFor(() => h.range.current().preset === 'last90', { message: 'the tree to take the dashboard\'s range' });
      await waitFor(() => other.range.preset === 'last90', { message: 'the other dashboard to follow' });
      assert.match(h.range.label(), /90/);
    });

    it('turning nlpearl.syncRanges on brings open dashboards to the tree\'s range', async () => {
      const panel = await openFromTree();
      assert.equal(panel.receive({ type: 'setRange', preset: 'last90' }), true);
      await setSetting('syncRanges', true);
      await waitFor(() => panel.range.from === RANGE.from && panel.range.to === RANGE.to, { message: 'the dashboard to take the tree\'s range' });
    });
  });

  it('shows an error row with "Set API Token" on 401, and keeps campaigns added by hand', async () => {
    await h.store.addManual('65f1c0ffee0000000000a001');
    try {
      fake.inject({ status: 401, body: '', match: '/v1/Inbound', times: 1 });
      const rows = await treeRows(h);
      const labels = rows.map((r) => labelOf(h, r));
      assert.match(labels[0], /^Error: .*401/);
      assert.ok(labels.includes('Set API Token'), `no "Set API Token" row in ${JSON.stringify(labels)}`);
      assert.ok(labels.includes('65f1c0ffee0000000000a001'), 'the campaign added by id must stay listed');
    } finally {
      await h.store.removeManual('65f1c0ffee0000000000a001');
    }
  });

  it('keeps the last figures, marked stale, when a refresh fails; other campaigns are unaffected', async () => {
    const [first, second] = DEMO_CAMPAIGNS;
    const rows = await campaignRows();
    const firstNode = rows.find((r) => r.info.id === first.id) as CampaignNode;
    const secondNode = rows.find((r) => r.info.id === second.id) as CampaignNode;
    const good = (await settledChildren(h, firstNode)).map((f) => labelOf(h, f));
    fake.inject({ status: 500, body: 'boom', match: `/v1/Inbound/${first.id}/Analytics`, times: 10 });
    h.tree.refresh();
    const after: TreeNode[] = await waitFor(
      async () => {
        const children = await settledChildren(h, firstNode);
        return children.some((c) => c.kind === 'message' && c.variant === 'error') ? children : undefined;
      },
      { message: 'the error row after a failed refresh' },
    );
    const labels = after.map((f) => labelOf(h, f));
    assert.match(labels[0], /^Error: /);
    const figures = after.filter((f) => f.kind === 'figure');
    assert.deepEqual(
      figures.map((f) => labelOf(h, f)),
      good,
      'the last figures stay on screen',
    );
    assert.ok(figures.every((f) => descriptionOf(h, f).includes('stale')), 'each kept figure is marked stale');
    const secondFigures = await settledChildren(h, secondNode);
    assert.ok(secondFigures.length >= 6 && secondFigures.every((f) => f.kind === 'figure'), 'another campaign still shows its figures');
  });

  it('shows the empty state in each group when the account has no campaign', async () => {
    fake.setCampaigns([]);
    fake.setOutbound([]);
    try {
      const rows = await treeRows(h);
      assert.deepEqual(
        rows.map((r) => labelOf(h, r)),
        ['No inbound campaigns — Add by ID', 'No outbound campaigns — Add by ID'],
      );
    } finally {
      fake.setCampaigns(DEMO_CAMPAIGNS);
      fake.setOutbound(undefined);
    }
  });

  it('adds and removes a campaign by id', async () => {
    await h.store.addManual('65f1c0ffee00000000000999');
    h.tree.refresh();
    let rows = await treeRows(h);
    const manual = rows.find((r) => r.kind === 'campaign' && r.info.id === '65f1c0ffee00000000000999');
    assert.ok(manual, 'the added campaign is listed');
    assert.match(descriptionOf(h, manual), /added by ID/);
    await (await import('vscode')).commands.executeCommand('nlpearl.removeCampaign', manual);
    rows = await treeRows(h);
    assert.equal(
      rows.some((r) => r.kind === 'campaign' && r.info.id === '65f1c0ffee00000000000999'),
      false,
    );
  });

  it('signed out: the root is empty, so the welcome view shows', async () => {
    const vscode = await import('vscode');
    await vscode.commands.executeCommand('nlpearl.clearToken');
    try {
      await waitFor(async () => (await h.tokens.get()) === undefined, { message: 'the token to be cleared' });
      assert.deepEqual(await h.tree.getChildren(), []);
    } finally {
      await vscode.commands.executeCommand('nlpearl.setToken', fake.token);
      await waitFor(async () => (await h.tokens.get()) === fake.token, { message: 'the token to be stored again' });
    }
  });
});
