// Compare Campaigns in VS Code against the fake API: the same figures as each campaign's own dashboard, a failing
// campaign in its own column while the others show, and a click through to a campaign's dashboard.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildKpis } from '../../src/analytics/kpis';
import { inputFromPair } from '../../src/analytics/options';
import type { ComparePanel } from '../../src/compare/panel';
import { DEMO_CAMPAIGNS } from '../../src/demo/data';
import type { App } from '../../src/app';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness';
import { connectToFakeApi, disconnect } from './harness/nlpearl';

const [A, B, C] = DEMO_CAMPAIGNS;
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

describe('Compare Campaigns', function () {
  this.timeout(90_000);
  let fake: FakeApi;
  let h: App;
  const panels: ComparePanel[] = [];

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
  });

  after(async () => {
    for (const p of panels) p.dispose();
    for (const p of h.testSeam.dashboards.all()) p.dispose();
    fake.clearFaults();
    await disconnect(fake);
  });

  beforeEach(() => {
    h.cache.clear();
    fake.clearFaults();
  });

  async function open(ids: readonly string[]): Promise<ComparePanel> {
    const panel = (await vscode.commands.executeCommand('nlpearl.compareCampaigns', { campaignIds: ids, ...RANGE })) as ComparePanel;
    assert.ok(panel, 'a Compare panel');
    panels.push(panel);
    await waitFor(() => panel.renders > 0 && panel.model, { message: 'the comparison drawn', timeoutMs: 30_000 });
    return panel;
  }

  it("shows each campaign's KPI cards exactly as its own dashboard computes them, in one colour per campaign", async () => {
    const panel = await open([A.id, B.id]);
    const model = panel.model;
    assert.ok(model);
    assert.deepEqual(model.campaigns.map((c) => [c.id, c.name, c.color]), [[A.id, A.name, 'blue'], [B.id, B.name, 'orange']]);
    for (const c of model.campaigns) {
      const own = buildKpis(inputFromPair(await h.cache.load(c.id, RANGE)), { locale: vscode.env.language, t: vscode.l10n.t, currencyLabel: h.services.settings().currencyLabel });
      assert.deepEqual(c.kpis?.map((k) => [k.id, k.text, k.delta.text]), own.map((k) => [k.id, k.text, k.delta.text]), c.name);
    }
    const calls = model.charts.find((c) => c.id === 'callsStatusTimeLine');
    assert.deepEqual(calls?.series.map((s) => s.color), ['blue', 'orange']);
  });

  it('a campaign that fails shows its error in its column; the others still show', async () => {
    fake.inject({ status: 500, match: `/${C.id}/Analytics`, times: 20 });
    const panel = await open([A.id, C.id]);
    const [ok, failed] = panel.model?.campaigns ?? [];
    assert.ok(ok?.kpis && ok.kpis.length > 0, 'the loaded campaign has its cards');
    assert.equal(failed?.kpis, null);
    assert.match(failed?.error ?? '', /500|server/i);
    assert.equal(panel.model?.charts.find((c) => c.id === 'callsStatusTimeLine')?.series.length, 1, 'only the loaded campaign is drawn');
  });

  it("a click on a campaign's column opens its dashboard for the same range; a forged id is refused", async () => {
    const panel = await open([A.id, B.id]);
    assert.equal(panel.receive({ type: 'openDashboard', campaignId: B.id }), true);
    const dashboard = await waitFor(() => h.testSeam.dashboards.get(B.id), { message: "B's dashboard" });
    assert.equal(dashboard.range.from, RANGE.from);
    assert.equal(dashboard.range.to, RANGE.to);
    assert.equal(panel.receive({ type: 'openDashboard', campaignId: 'not-an-id' }), false);
    assert.equal(panel.receive({ type: 'openDashboard', campaignId: C.id }), true, 'valid shape');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(h.testSeam.dashboards.get(C.id), undefined, 'a campaign that is not compared is not opened');
  });

  it('refuses one campaign, five, or ids that are not ids, without a request', async () => {
    const before = fake.requests.length;
    for (const bad of [{ campaignIds: [A.id] }, { campaignIds: [A.id, A.id] }, { campaignIds: [A.id, B.id, C.id, A.id, B.id] }, { campaignIds: [A.id, 'x'] }]) {
      assert.equal(await vscode.commands.executeCommand('nlpearl.compareCampaigns', { ...bad, ...RANGE }), undefined, JSON.stringify(bad));
    }
    assert.equal(fake.requests.length, before);
  });
});
