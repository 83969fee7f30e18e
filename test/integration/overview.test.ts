// "Show Account Overview" in a real VS Code: in demo mode the panel lists the demo campaigns with their figures
// and an exact total; against the fake API, two requests per campaign (range + previous period), and a campaign
// whose analytics fail gets its own error row, named by the total row, and loads on Retry.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEMO_CAMPAIGNS, DEMO_OUTBOUND_CAMPAIGNS } from '../../src/demo/data';

/** Every campaign of the demo account and of the fake one: inbound and outbound. */
const ALL_CAMPAIGNS = [...DEMO_CAMPAIGNS, ...DEMO_OUTBOUND_CAMPAIGNS];
import type { OverviewRow, OverviewTotal } from '../../src/shared/overviewProtocol';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness/index';
import { analyticsRequests, connectToFakeApi, disconnect, host, setSetting } from './harness/nlpearl';

interface OverviewLike {
  readonly panel: vscode.WebviewPanel;
  rows(): OverviewRow[];
  total(): OverviewTotal;
  settled(): Promise<void>;
  retry(campaignId: string): Promise<void>;
}

async function openOverview(): Promise<OverviewLike> {
  const overview = (await vscode.commands.executeCommand('nlpearl.showAccountOverview')) as OverviewLike;
  assert.ok(overview?.panel, 'a panel opened');
  await overview.settled();
  return overview;
}

describe('account overview (Show Account Overview)', function () {
  this.timeout(60_000);

  describe('in demo mode', () => {
    before(async () => {
      // Activated first: a command that activates the extension returns its result serialized, methods lost.
      await host();
      await setSetting('demoMode', true);
    });
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await setSetting('demoMode', undefined);
    });

    it('opens one panel with a row for every demo campaign and a total of them all', async () => {
      const overview = await openOverview();
      assert.equal(overview.panel.viewType, 'nlpearl.overview');
      const rows = overview.rows();
      assert.deepEqual(rows.map((r) => r.name).sort(), ALL_CAMPAIGNS.map((c) => c.name).sort());
      assert.ok(rows.every((r) => r.state === 'loaded'), 'every demo campaign loaded');
      const total = overview.total();
      assert.deepEqual(total.failed, []);
      const sum = rows.reduce((n, r) => n + (r.state === 'loaded' ? (r.cells.calls.value ?? 0) : 0), 0);
      assert.equal(total.cells?.calls.value, sum, 'the total counts every campaign’s calls');
      const again = (await vscode.commands.executeCommand('nlpearl.showAccountOverview')) as OverviewLike;
      assert.equal(again, overview, 'the command shows the open panel instead of a second one');
      overview.panel.dispose();
    });

    it('drops the demo rows when demo mode is turned off (another source), listing anew', async () => {
      const overview = await openOverview();
      assert.ok(overview.rows().length > 0);
      await setSetting('demoMode', false);
      await waitFor(() => overview.rows().every((r) => !ALL_CAMPAIGNS.some((c) => c.id === r.id)), { message: 'the demo rows to go' });
      await setSetting('demoMode', true);
      overview.panel.dispose();
    });
  });

  describe('against the fake API', () => {
    let fake: FakeApi;
    before(async () => {
      ({ fake } = await connectToFakeApi());
    });
    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await disconnect(fake);
    });

    it('shows a failing campaign as its own error row while the others load, and Retry loads it', async () => {
      const failing = DEMO_CAMPAIGNS[1];
      assert.ok(failing);
      fake.requests.length = 0;
      // The range and the previous period both fail for that campaign (500 is not retried).
      fake.inject({ match: `/Inbound/${failing.id}/Analytics`, status: 500, times: 2 });
      const overview = await openOverview();
      const rows = overview.rows();
      const bad = rows.find((r) => r.id === failing.id);
      assert.equal(bad?.state, 'error');
      assert.ok(rows.filter((r) => r.id !== failing.id).every((r) => r.state === 'loaded'), 'the other campaigns show');
      assert.deepEqual(overview.total().failed, [failing.name]);
      assert.equal(analyticsRequests(fake), 2 * ALL_CAMPAIGNS.length, 'one request per campaign and period');
      await overview.retry(failing.id);
      await waitFor(() => overview.rows().find((r) => r.id === failing.id)?.state === 'loaded', { message: 'the retried row to load' });
      assert.deepEqual(overview.total().failed, []);
      overview.panel.dispose();
    });

    it('costs no request for campaigns whose figures the shared cache holds', async () => {
      fake.requests.length = 0;
      const overview = await openOverview();
      assert.equal(analyticsRequests(fake), 0, 'all from the 60 s cache the tree and the previous overview filled');
      overview.panel.dispose();
    });
  });
});
