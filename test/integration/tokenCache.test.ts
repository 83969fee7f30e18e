// The token store keeps the active token it read (in VS Code for the web each SecretStorage read is a round trip to
// the browser), yet never answers with a token that is no longer stored: a change of our keys — in this window or
// another, which SecretStorage reports alike — drops the copy, and "no token" is never kept (a store not ready yet
// can report absent first). Runs in the real extension host (TokenStore uses vscode's events and context keys).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TokenStore } from '../../src/auth/tokenStore';
import { host } from './harness/nlpearl';

/** A SecretStorage of our own that counts reads and can report a change made elsewhere. */
class CountingSecrets implements vscode.SecretStorage {
  reads = 0;
  private readonly values = new Map<string, string>();
  private readonly changes = new vscode.EventEmitter<vscode.SecretStorageChangeEvent>();
  readonly onDidChange = this.changes.event;

  async get(key: string): Promise<string | undefined> {
    this.reads++;
    return this.values.get(key);
  }
  async keys(): Promise<string[]> {
    return [...this.values.keys()];
  }
  async store(key: string, value: string): Promise<void> {
    this.values.set(key, value);
    this.changes.fire({ key });
  }
  async delete(key: string): Promise<void> {
    this.values.delete(key);
    this.changes.fire({ key });
  }
  /** What another window writing the same store looks like from here: the value, then the event. */
  changeElsewhere(key: string, value: string): void {
    this.values.set(key, value);
    this.changes.fire({ key });
  }
  /** A value that appears with no event (a web store answering late). */
  appearSilently(key: string, value: string): void {
    this.values.set(key, value);
  }
}

const A = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbb';

describe('token store: the token read once, never a stale one', () => {
  let secrets: CountingSecrets;
  let store: TokenStore;

  beforeEach(() => {
    secrets = new CountingSecrets();
    store = new TokenStore(secrets);
  });

  afterEach(async () => {
    store.dispose();
    // This store set the "signed in" context key from its own secrets: the extension's store sets it back.
    await (await host()).tokens.publish();
  });

  it('answers repeated reads from its copy', async () => {
    secrets.appearSilently('nlpearl.activeAccount', A);
    secrets.appearSilently(`nlpearl.secret/${A}`, 'first-secret');
    assert.equal(await store.get(), `${A}:first-secret`);
    const afterFirst = secrets.reads;
    assert.equal(await store.get(), `${A}:first-secret`);
    assert.equal(await store.get(), `${A}:first-secret`);
    assert.equal(secrets.reads, afterFirst, 'no SecretStorage read after the first');
  });

  it('uses a token changed in another window at once', async () => {
    secrets.appearSilently('nlpearl.activeAccount', A);
    secrets.appearSilently(`nlpearl.secret/${A}`, 'first-secret');
    assert.equal(await store.get(), `${A}:first-secret`);
    secrets.changeElsewhere(`nlpearl.secret/${A}`, 'rotated-secret');
    assert.equal(await store.get(), `${A}:rotated-secret`);
    secrets.changeElsewhere(`nlpearl.secret/${B}`, 'other-account');
    secrets.changeElsewhere('nlpearl.activeAccount', B);
    assert.equal(await store.get(), `${B}:other-account`);
  });

  it('reads again while no token is stored, so a token that appears late is found', async () => {
    assert.equal(await store.get(), undefined);
    secrets.appearSilently('nlpearl.activeAccount', A);
    secrets.appearSilently(`nlpearl.secret/${A}`, 'late-secret');
    assert.equal(await store.get(), `${A}:late-secret`);
  });

  it('forgets the token when it is cleared, and takes a new one when set', async () => {
    secrets.appearSilently('nlpearl.activeAccount', A);
    secrets.appearSilently(`nlpearl.secret/${A}`, 'first-secret');
    assert.equal(await store.get(), `${A}:first-secret`);
    await store.clear();
    assert.equal(await store.get(), undefined);
    await store.set({ accountId: B, secret: 'new-secret', token: `${B}:new-secret` }, 'https://api.nlpearl.ai');
    assert.equal(await store.get(), `${B}:new-secret`);
  });
});
