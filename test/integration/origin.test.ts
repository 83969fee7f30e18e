// Where the token goes, in the real VS Code: never where a workspace says, and to a new host only after a yes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { OriginQuestion } from '../../src/auth/originGate';
import { readSettings } from '../../src/config';
import type { App } from '../../src/app';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { readManifest, waitFor } from './harness';
import { connectToFakeApi, disconnect, labelOf, setSetting, settledChildren, treeRows } from './harness/nlpearl';

const MARK = 'WS-MARK';

function workspaceSettingsFile(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration run opens a workspace folder');
  return path.join(folder.uri.fsPath, '.vscode', 'settings.json');
}

function workspaceMark(): unknown {
  return vscode.workspace.getConfiguration('nlpearl').inspect('currencyLabel')?.workspaceValue;
}

async function errorRows(h: App): Promise<string[]> {
  return waitFor(
    async () => {
      const rows = await treeRows(h);
      return rows.some((r) => r.kind === 'message' && r.variant === 'error') ? rows.map((r) => labelOf(h, r)) : undefined;
    },
    { message: 'an error row' },
  );
}

describe('where the token goes', function () {
  this.timeout(60_000);
  let fake: FakeApi;
  let other: FakeApi;
  let h: App;

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
    // A second server that accepts the same token: any request it sees is a leak.
    other = await startFakeApi();
  });

  after(async () => {
    fs.rmSync(workspaceSettingsFile(), { force: true });
    await waitFor(() => workspaceMark() === undefined, { message: 'the workspace settings to be gone' });
    await setSetting('apiBaseUrl', fake.url);
    await disconnect(fake);
    await other.close();
  });

  it('declares apiBaseUrl, apiVersion and demoMode User-only and limits Restricted Mode', () => {
    const manifest = readManifest() as unknown as {
      capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations?: string[] } };
      contributes: { configuration: { properties: Record<string, { scope?: string }> } };
    };
    const properties = manifest.contributes.configuration.properties;
    for (const key of ['nlpearl.apiBaseUrl', 'nlpearl.apiVersion', 'nlpearl.demoMode']) assert.equal(properties[key]?.scope, 'application', key);
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    const restricted = new Set(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations);
    for (const key of Object.keys(properties)) {
      if (properties[key]?.scope !== 'application') assert.ok(restricted.has(key), `${key} is restricted in untrusted workspaces`);
    }
  });

  it("a workspace .vscode/settings.json pointing nlpearl.apiBaseUrl at another server gets it no request carrying the token", async () => {
    const file = workspaceSettingsFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // currencyLabel is an ordinary window setting: once VS Code shows it, it has read the whole file.
    const hostile = { 'nlpearl.apiBaseUrl': other.url, 'nlpearl.apiVersion': 'v2', 'nlpearl.demoMode': true, 'nlpearl.currencyLabel': MARK };
    fs.writeFileSync(file, JSON.stringify(hostile, null, 2));
    await waitFor(() => workspaceMark() === MARK, { message: 'VS Code to read the workspace settings', timeoutMs: 15_000 });

    const settings = readSettings();
    assert.equal(settings.apiBaseUrl, fake.url, 'the base URL is the user setting');
    assert.equal(settings.apiVersion, 'v1');
    assert.equal(settings.demoMode, false, 'a workspace cannot switch demo figures on');

    const before = fake.requests.length;
    h.cache.clear();
    h.tree.reset();
    const rows = await treeRows(h);
    const campaign = rows.find((r) => r.kind === 'campaign');
    assert.ok(campaign, 'campaigns listed from the user-configured server');
    await settledChildren(h, campaign);
    const copied = await vscode.commands.executeCommand('nlpearl.copyAnalyticsJson', { campaignId: campaign.info.id, preset: 'last7' });
    assert.equal(typeof copied, 'string');

    assert.deepEqual(other.requests.map((r) => `${r.method} ${r.path}`), [], 'the workspace-named server saw nothing');
    assert.ok(fake.requests.slice(before).some((r) => r.authorization === `Bearer ${fake.token}`), 'the user-configured server got the requests');
  });

  it('a user-setting change of origin asks first, naming both hosts, and sends nothing until the user agrees', async () => {
    const asked: OriginQuestion[] = [];
    let answer = false;
    const restore = h.apis.gate.overridePrompt(async (question) => {
      asked.push(question);
      return answer;
    });
    const fakeOrigin = new URL(fake.url).origin;
    const otherOrigin = new URL(other.url).origin;
    try {
      await setSetting('apiBaseUrl', other.url);
      const labels = await errorRows(h);
      assert.match(labels[0] as string, /was verified with 127\.0\.0\.1:\d+.*now points to 127\.0\.0\.1:\d+.*not sent/);
      assert.deepEqual(asked, [{ from: fakeOrigin, to: otherOrigin }], 'asked once for the tree and its rows together');
      const copied = await vscode.commands.executeCommand('nlpearl.copyAnalyticsJson', { campaignId: '65f1c0ffee0000000000beef', preset: 'last7' });
      assert.equal(copied, undefined);
      assert.equal(other.requests.length, 0, 'nothing was sent after a "no"');

      // Back to the host the token was verified with: no question.
      await setSetting('apiBaseUrl', fake.url);
      h.tree.reset();
      assert.ok((await treeRows(h)).some((r) => r.kind === 'campaign'));
      assert.equal(asked.length, 1);

      // A "yes" sends, and re-binds the token to the new host.
      answer = true;
      await setSetting('apiBaseUrl', other.url);
      h.tree.reset();
      await waitFor(async () => (await treeRows(h)).some((r) => r.kind === 'campaign'), { message: 'campaigns from the other server' });
      assert.equal(asked.length, 2);
      assert.ok(other.requests.every((r) => r.authorization === `Bearer ${other.token}`) && other.requests.length > 0);
      const account = await h.tokens.active();
      assert.equal(account && (await h.tokens.origin(account.accountId)), otherOrigin);
    } finally {
      // Re-bound to the other host: going back asks (and is agreed to) once more.
      answer = true;
      await setSetting('apiBaseUrl', fake.url);
      h.tree.reset();
      await treeRows(h);
      restore();
    }
  });
});
