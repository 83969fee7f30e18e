// "Open Analytics JSON" / "Copy Analytics JSON" and the command arguments, against the fake API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { mergeAnalytics } from '../../src/api/merge';
import { analyticsSchema } from '../../src/api/schemas';
import { splitRange } from '../../src/api/range';
import { DEMO_CAMPAIGNS, demoAnalyticsJson } from '../../src/demo/data';
import type { App } from '../../src/app';
import type { FakeApi } from '../fake-api/server';
import { analyticsRequests, connectToFakeApi, disconnect } from './harness/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[1];
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };

describe('analytics JSON', function () {
  let fake: FakeApi;
  let h: App;

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await disconnect(fake);
  });

  beforeEach(() => {
    h.cache.clear();
    fake.clearFaults();
  });

  it('opens an untitled JSON document equal to the API response, pretty-printed', async () => {
    const document = (await vscode.commands.executeCommand('nlpearl.openAnalyticsJson', { campaignId: CAMPAIGN.id, ...RANGE })) as vscode.TextDocument;
    assert.ok(document, 'no document opened');
    assert.equal(document.languageId, 'json');
    assert.equal(document.isUntitled, true);
    assert.equal(document.getText(), JSON.stringify(demoAnalyticsJson(CAMPAIGN.id, RANGE, 'v1'), null, 2));
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the document is shown');
    assert.equal(document.getText().includes(fake.token.split(':')[1]), false, 'no token in the JSON');
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
