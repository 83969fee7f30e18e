/**
 * The token in SecretStorage, keyed by account id so a second account needs no migration:
 * `nlpearl.secret/<accountId>` holds the secret key, `nlpearl.activeAccount` which account is used,
 * `nlpearl.origin/<accountId>` the API origin the token was verified against (see originGate.ts).
 * All live in SecretStorage so every window hears `onDidChange` and agrees on the state.
 */
import * as vscode from 'vscode';
import { registerSecret } from '../knownSecrets';
import type { OriginBindings } from './originGate';
import type { ParsedToken } from './parseToken';

const ACTIVE_KEY = 'nlpearl.activeAccount';
const secretKey = (accountId: string) => `nlpearl.secret/${accountId}`;
const originKey = (accountId: string) => `nlpearl.origin/${accountId}`;

export interface ActiveToken {
  readonly accountId: string;
  /** `<accountId>:<secret>`. */
  readonly token: string;
}

export const SIGNED_IN_CONTEXT = 'nlpearl.signedIn';

export class TokenStore implements vscode.Disposable, OriginBindings {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  /** The token last published; `null` until the first publish, which only sets the context key. */
  private published: string | undefined | null = null;
  private publishing: Promise<void> = Promise.resolve();
  private readonly rechecks: ReturnType<typeof setTimeout>[] = [];

  /**
   * The active token as last read. Every command and request reads the token, and in VS Code for the web each
   * SecretStorage read is a round trip to the browser; the copy is dropped on any change of our keys (in this
   * window or another: SecretStorage reports both), and "no token" is never kept, since a store that was not
   * ready yet can report absent first.
   */
  private cached: Promise<ActiveToken | undefined> | undefined;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange((event) => {
      if (!event.key.startsWith('nlpearl.')) return;
      this.cached = undefined;
      if (event.key === ACTIVE_KEY || event.key.startsWith('nlpearl.secret/')) void this.publish();
    });
  }

  /** `<accountId>:<secret>` of the active account, or undefined when signed out. */
  async get(): Promise<string | undefined> {
    return (await this.active())?.token;
  }

  /** The active account and its token, or undefined when signed out. */
  async active(): Promise<ActiveToken | undefined> {
    const read = (this.cached ??= this.readActive());
    const active = await read.catch((error: unknown) => {
      if (this.cached === read) this.cached = undefined;
      throw error;
    });
    if (active === undefined && this.cached === read) this.cached = undefined;
    return active;
  }

  private async readActive(): Promise<ActiveToken | undefined> {
    const accountId = await this.secrets.get(ACTIVE_KEY);
    if (!accountId) return undefined;
    const secret = await this.secrets.get(secretKey(accountId));
    if (!secret) return undefined;
    const token = `${accountId}:${secret}`;
    registerSecret(token);
    return { accountId, token };
  }

  /** The origin the account's token was verified against; undefined for a token stored before origins were kept. */
  async origin(accountId: string): Promise<string | undefined> {
    return (await this.secrets.get(originKey(accountId))) || undefined;
  }

  async bind(accountId: string, origin: string): Promise<void> {
    await this.secrets.store(originKey(accountId), origin);
  }

  /** Stores the token, bound to the origin it was tested against (`Set API Token`'s connection test). */
  async set(token: ParsedToken, origin: string): Promise<void> {
    this.cached = undefined;
    registerSecret(token.token);
    await this.secrets.store(secretKey(token.accountId), token.secret);
    await this.bind(token.accountId, origin);
    await this.secrets.store(ACTIVE_KEY, token.accountId);
    await this.publish();
  }

  async clear(): Promise<void> {
    this.cached = undefined;
    const accountId = await this.secrets.get(ACTIVE_KEY);
    if (accountId) {
      await this.secrets.delete(secretKey(accountId));
      await this.secrets.delete(originKey(accountId));
    }
    await this.secrets.delete(ACTIVE_KEY);
    await this.publish();
  }

  /**
   * Sets the context key from what is stored, and tells listeners when the token really changed —
   * not at start-up, where a reset would abort what restored dashboards are already loading.
   */
  publish(): Promise<void> {
    // One at a time, in order: Set API Token stores two keys, and SecretStorage reports each change;
    // overlapping publishes finishing out of order could leave the context key stale.
    const next = this.publishing.then(() => this.publishNow());
    this.publishing = next.catch(() => undefined);
    return next;
  }

  private async publishNow(): Promise<void> {
    // Read from the store itself: a recheck is for a token the store had not answered with yet.
    this.cached = undefined;
    const token = await this.get();
    await vscode.commands.executeCommand('setContext', SIGNED_IN_CONTEXT, token !== undefined);
    const changed = this.published !== null && this.published !== token;
    this.published = token;
    if (changed) this.changed.fire();
  }

  /**
   * VS Code for the web can answer a SecretStorage read before its store is ready after a window reload: the token
   * reads as absent and no change event follows when it appears (seen in the e2e reload test under load). Reading
   * again shortly after start-up catches that; a token found then is a change, and what showed "no token" reloads.
   */
  recheckAfterStartup(delaysMs: readonly number[] = [1500, 5000]): void {
    for (const ms of delaysMs) this.rechecks.push(setTimeout(() => void this.publish(), ms));
  }

  dispose(): void {
    for (const timer of this.rechecks.splice(0)) clearTimeout(timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}
