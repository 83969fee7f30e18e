// "Open Call" / "Open Call JSON" in a real VS Code: the read-only nlpearl-call: document for a call of the
// fake API and of demo mode, fetched once, and hostile text kept literal.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { callDetailSchema } from '../../src/api/callSchemas';
import { englishTranslate } from '../../src/analytics/translate';
import { callMarkdown } from '../../src/calls/markdown';
import { demoCallDetailJson } from '../../src/demo/callDetail';
import { demoCallsOfHour } from '../../src/demo/calls';
import { DEMO_CAMPAIGNS, type DemoCampaign } from '../../src/demo/data';
import type { App } from '../../src/app';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness/index';
import { connectToFakeApi, disconnect, setSetting } from './harness/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[0] as DemoCampaign;
const HOUR = Math.floor(Date.parse('2026-03-10T10:00:00Z') / 3_600_000);

function expectedMarkdown(json: unknown): string {
  return callMarkdown(callDetailSchema.parse(json), {
    l10n: { t: englishTranslate },
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: vscode.env.language,
  });
}

function callRequests(fake: FakeApi, id: string): number {
  return fake.requests.filter((r) => r.method === 'GET' && r.path === `/v1/Call/${id}`).length;
}

describe('call documents (Open Call)', function () {
  this.timeout(30_000);
  let fake: FakeApi;
  let h: App;

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setSetting('demoMode', undefined);
    await disconnect(fake);
  });

  it('opens a fake-API call as a read-only Markdown document with its header and transcript, fetched once', async () => {
    const page = await h.apis.api().searchCalls(CAMPAIGN.id, { fromDate: '2026-03-10T10:00:00.000Z', toDate: '2026-03-10T10:59:59.999Z', statuses: [100] }, { skip: 0, limit: 5 });
    const id = page.results[0]?.id;
    assert.ok(id, 'the fake API lists a successful call that hour');
    const call = demoCallsOfHour(CAMPAIGN, HOUR).find((c) => c.id === id);
    assert.ok(call);
    const document = (await vscode.commands.executeCommand('nlpearl.openCall', { callId: id })) as vscode.TextDocument;
    assert.ok(document, 'a document opened');
    assert.equal(document.uri.scheme, 'nlpearl-call');
    assert.equal(document.languageId, 'markdown');
    assert.equal(document.getText(), expectedMarkdown(demoCallDetailJson(call)));
    assert.match(document.getText(), /^# Call Success\n/);
    assert.match(document.getText(), /\*\*Agent\*\*/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), document.uri.toString(), 'the document is shown');
    await vscode.commands.executeCommand('nlpearl.openCall', { callId: id });
    const json = (await vscode.commands.executeCommand('nlpearl.openCallJson', { callId: id })) as vscode.TextDocument;
    assert.deepEqual(JSON.parse(json.getText()), demoCallDetailJson(call));
    assert.equal(callRequests(fake, id), 1, 'one request for the detail, however often it is opened');
  });

  it('keeps Markdown and HTML in a transcript as literal text', async () => {
    const id = 'd'.repeat(24);
    fake.inject({ match: '/Call/', rawBody: JSON.stringify({ id, transcript: [{ role: 1, content: '<img src=x onerror=alert(1)> **bold** [x](command:nlpearl.clearToken)' }] }) });
    const document = (await vscode.commands.executeCommand('nlpearl.openCall', { callId: id })) as vscode.TextDocument;
    const text = document.getText();
    assert.ok(text.includes('\\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\* \\[x\\](command:nlpearl.clearToken)'), text);
  });

  it('says so for an unknown call and opens nothing', async () => {
    const before = vscode.workspace.textDocuments.length;
    const result = await vscode.commands.executeCommand('nlpearl.openCall', { callId: 'e'.repeat(24) });
    assert.equal(result, undefined);
    assert.equal(vscode.workspace.textDocuments.filter((d) => d.uri.path === `/${'e'.repeat(24)}.md`).length, 0);
    assert.ok(vscode.workspace.textDocuments.length >= before);
  });

  it('opens a demo call in demo mode without a request to any server; calls of the old source are dropped', async () => {
    const call = demoCallsOfHour(CAMPAIGN, HOUR).find((c) => c.conversationStatus === 110);
    assert.ok(call);
    await setSetting('demoMode', true);
    const seen = fake.requests.length;
    const document = (await vscode.commands.executeCommand('nlpearl.openCall', { callId: call.id })) as vscode.TextDocument;
    assert.ok(document);
    assert.equal(document.getText(), expectedMarkdown(demoCallDetailJson(call)));
    assert.match(document.getText(), /^# Call Not successful\n/);
    assert.equal(fake.requests.length, seen, 'demo mode sent nothing to the fake API');
    const stale = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'nlpearl-call', path: `/${'d'.repeat(24)}.md` }));
    await waitFor(() => /This call is not loaded/.test(stale.getText()), { message: "the other source's call to be dropped" });
    assert.equal(fake.requests.length, seen, 'and not fetched again');
    await setSetting('demoMode', false);
  });
});
