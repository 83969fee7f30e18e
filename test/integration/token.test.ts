// Set / Clear API Token through the commands, and demo mode through the same client.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEMO_CAMPAIGNS, DEMO_OUTBOUND_CAMPAIGNS } from '../../src/demo/data';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { waitFor } from './harness';
import { host, setSetting, labelOf, treeRows } from './harness/nlpearl';

interface SetTokenResult {
  stored: boolean;
  message: string;
}

describe('API token', function () {
  let fake: FakeApi;

  before(async () => {
    fake = await startFakeApi();
    await setSetting('demoMode', false);
    await setSetting('apiBaseUrl', fake.url);
  });

  after(async () => {
    await vscode.commands.executeCommand('nlpearl.clearToken');
    await setSetting('apiBaseUrl', undefined);
    await fake.close();
  });

  it('tests the connection, stores a good token and reports the account', async () => {
    const h = await host();
    const result = (await vscode.commands.executeCommand('nlpearl.setToken', fake.token)) as SetTokenResult;
    assert.equal(result.stored, true);
    assert.match(result.message, /^Connected to .+ — credit balance [\d,.]+/);
    assert.equal(await h.tokens.get(), fake.token);
    assert.ok(
      fake.requests.some((r) => r.path === '/v1/Account' && r.authorization === `Bearer ${fake.token}`),
      'the connection test called GET /v1/Account with the bearer token',
    );
  });

  it('does not store a token the API rejects', async () => {
    const h = await host();
    await vscode.commands.executeCommand('nlpearl.clearToken');
    const result = (await vscode.commands.executeCommand('nlpearl.setToken', '65f1c0ffee0000000000beef:wrong-secret')) as SetTokenResult;
    assert.equal(result.stored, false);
    assert.match(result.message, /401/);
    assert.equal(result.message.includes('wrong-secret'), false, 'the secret never appears in a message');
    assert.equal(await h.tokens.get(), undefined);
  });

  it('refuses a token without a colon before any request', async () => {
    const before = fake.requests.length;
    const result = (await vscode.commands.executeCommand('nlpearl.setToken', 'only-the-account-id')) as SetTokenResult;
    assert.equal(result.stored, false);
    assert.match(result.message, /colon/);
    assert.equal(fake.requests.length, before);
  });

  it('clears the token and the tree has nothing to list', async () => {
    const h = await host();
    await vscode.commands.executeCommand('nlpearl.setToken', fake.token);
    await vscode.commands.executeCommand('nlpearl.clearToken');
    await waitFor(async () => (await h.tokens.get()) === undefined, { message: 'the token to be gone' });
    assert.deepEqual(await h.tree.getChildren(), []);
  });

  it('demo mode lists the demo campaigns through the client, with no token and no request to the API', async () => {
    const h = await host();
    const before = fake.requests.length;
    await vscode.commands.executeCommand('nlpearl.tryDemo');
    try {
      await waitFor(() => h.apis.isDemo(), { message: 'demo mode' });
      const rows = await treeRows(h);
      const names = rows.filter((r) => r.kind === 'campaign').map((r) => labelOf(h, r));
      assert.deepEqual(new Set(names), new Set([...DEMO_CAMPAIGNS, ...DEMO_OUTBOUND_CAMPAIGNS].map((c) => c.name)));
      assert.equal(fake.requests.length, before, 'demo mode sends nothing to the configured API');
    } finally {
      await vscode.commands.executeCommand('nlpearl.exitDemo');
    }
  });
});
