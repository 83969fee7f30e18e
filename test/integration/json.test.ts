// "Open Analytics JSON" / "Copy Analytics JSON" and the command arguments, against the fake API.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { mergeAnalytics } from '../../src/api/merge';
import { analyticsSchema } from '../../src/api/schemas';
import { splitRange } from '../../src/api/range';
import { DEMO_CAMPAIGNS, demoAnalyticsJson } from '../../src/demo/data';
import type { App } from '../../src/app';
import type { DashboardPanel } from '../../src/dashboard/panel';
import { waitFor } from './harness';
import type { FakeApi } from '../fake-api/server';
import { analyticsRequests, connectToFakeApi, disconnect } from './harness/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[1];
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };

describe('analytics JSON', function () {
  let fake: FakeApi;
  let h: App;

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
    // The document is named after the campaign: the list gives the names.
    await h.directory.ensureListed();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(fake);
  });

  beforeEach(() => {
    h.cache.clear();
    fake.clearFaults();
  });

  /** The local days of a range, as the document's name gives them. */
  const day = (iso: string) => {
    const d = new Date(iso);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const fileNameOf = (document: vscode.TextDocument) => document.uri.path.split('/').pop();

  it('opens a read-only JSON document named after the campaign and range, holding both and the API response', async () => {
    const document = (await vscode.commands.executeCommand('nlpearl.openAnalyticsJson', { campaignId: CAMPAIGN.id, ...RANGE })) as vscode.TextDocument;
    assert.ok(document, 'no document opened');
    assert.equal(document.languageId, 'json');
    assert.equal(document.isUntitled, false, 'not an "Untitled-1" that asks to be saved');
    assert.equal(document.uri.scheme, 'nlpearl-json');
    assert.equal(fileNameOf(document), `${CAMPAIGN.name} — ${day(RANGE.from)}…${day(RANGE.to)}.json`);
    assert.deepEqual(JSON.parse(document.getText()), {
      campaign: { id: CAMPAIGN.id, name: CAMPAIGN.name },
      range: RANGE,
      response: demoAnalyticsJson(CAMPAIGN.id, RANGE, 'v1'),
    });
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the document is shown');
    assert.equal(document.getText().includes(fake.token.split(':')[1]), false, 'no token in the JSON');

    // Read-only: typing in it changes nothing; nothing to save, so closing asks nothing.
    const before = document.getText();
    await vscode.commands.executeCommand('type', { text: 'x' });
    assert.equal(document.getText(), before, 'typing does not edit the document');
    assert.equal(document.isDirty, false);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const open = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === document.uri.toString());
    assert.equal(open.length, 0, 'the tab closed without a save prompt');
  });

  it('"Save JSON As…" writes the document\'s text to a file', async () => {
    const document = (await vscode.commands.executeCommand('nlpearl.openAnalyticsJson', { campaignId: CAMPAIGN.id, ...RANGE })) as vscode.TextDocument;
    const target = vscode.Uri.file(path.join(os.tmpdir(), `nlpearl-json-${process.pid}.json`));
    try {
      const written = (await vscode.commands.executeCommand('nlpearl.saveJsonAs', document.uri, target)) as vscode.Uri;
      assert.equal(written?.toString(), target.toString());
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), document.getText());
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('from the palette while a dashboard is active: that dashboard\'s campaign and range, without asking', async () => {
    const other = DEMO_CAMPAIGNS[0];
    const panel = (await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: other.id, preset: 'last7' })) as DashboardPanel;
    try {
      await waitFor(() => panel.panel.active, { message: 'the dashboard to be the active editor' });
      // No arguments, as the palette calls it: a quick pick would leave this waiting (and time out).
      const document = (await vscode.commands.executeCommand('nlpearl.openAnalyticsJson')) as vscode.TextDocument;
      assert.ok(document, 'no document opened');
      const parsed = JSON.parse(document.getText()) as { campaign: { id: string }; range: { from: string; to: string; preset?: string } };
      assert.equal(parsed.campaign.id, other.id);
      assert.deepEqual(parsed.range, { from: panel.range.from, to: panel.range.to, preset: 'last7' });
      assert.equal(fileNameOf(document), `${other.name} — ${day(panel.range.from)}…${day(panel.range.to)}.json`);
    } finally {
      panel.dispose();
    }
  });

  it('copies the same text to the clipboard', async () => {
    const text = (await vscode.commands.executeCommand('nlpearl.copyAnalyticsJson', { campaignId: CAMPAIGN.id, ...RANGE })) as string;
    assert.equal(text, JSON.stringify(demoAnalyticsJson(CAMPAIGN.id, RANGE, 'v1'), null, 2));
    assert.equal(await vscode.env.clipboard.readText(), text);
  });

  it('a range over 90 days is fetched in parts and the JSON is the merged result', async () => {
    const long = { from: '2025-03-01T00:00:00.000Z', to: '2025-08-31T23:59:59.999Z' };
    const before = analyticsRequests(fake);
    const text = (await vscode.commands.executeCommand('nlpearl.copyAnalyticsJson', { campaignId: CAMPAIGN.id, ...long })) as string;
    const windows = splitRange(long);
    assert.equal(windows.length, 3);
    // The current period's windows, plus the previous period's (for deltas).
    assert.equal(analyticsRequests(fake) - before, windows.length * 2);
    const expected = mergeAnalytics(windows.map((w) => analyticsSchema.parse(demoAnalyticsJson(CAMPAIGN.id, w, 'v1'))));
    assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(expected)));
  });

  it('refuses malformed arguments without sending a request', async () => {
    const before = fake.requests.length;
    for (const bad of [{ campaignId: CAMPAIGN.id, preset: 'fortnight' }, { campaignId: '' }, { campaignId: CAMPAIGN.id, from: 'x', to: 'y' }, 'just-a-string']) {
      const result = await vscode.commands.executeCommand('nlpearl.copyAnalyticsJson', bad);
      assert.equal(result, undefined, `${JSON.stringify(bad)} must be refused`);
    }
    assert.equal(fake.requests.length, before);
  });

  it('accepts { campaignId, preset } and marks the campaign as recently used', async () => {
    const text = (await vscode.commands.executeCommand('nlpearl.copyAnalyticsJson', { campaignId: CAMPAIGN.id, preset: 'last7' })) as string;
    const parsed = JSON.parse(text) as { callsStatusOverview: { totalCalls: number } };
    assert.equal(typeof parsed.callsStatusOverview.totalCalls, 'number');
    assert.equal(h.store.recentIds()[0], CAMPAIGN.id);
  });
});
