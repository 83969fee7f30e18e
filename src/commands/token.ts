/** Set / Clear API Token: ask, test the connection with GET /v1/Account, then store. */
import * as vscode from 'vscode';
import { ACCOUNT_STATUS } from '../api/apiKeys';
import type { Account } from '../api/schemas';
import { DEFAULT_ORIGIN, hostOf } from '../auth/originGate';
import { fromParts, looksLikeAccountId, parseToken, type ParsedToken, type TokenParse } from '../auth/parseToken';
import { describeError } from '../model/errorView';
import type { App } from '../app';

export interface SetTokenResult {
  readonly stored: boolean;
  /** What the user was told, for tests and automation. */
  readonly message: string;
}

const API_SETTINGS_HINT = 'platform.nlpearl.ai → Settings → API';

async function askToken(): Promise<ParsedToken | undefined> {
  const first = await vscode.window.showInputBox({
    title: vscode.l10n.t('NLPearl: Set API Token (1/2)'),
    prompt: vscode.l10n.t('Account ID — or paste "<Account ID>:<Secret Key>". Both are at {0}.', API_SETTINGS_HINT),
    placeHolder: vscode.l10n.t('Account ID'),
    // What is pasted here is often the whole token, secret included: never shown in clear.
    password: true,
    ignoreFocusOut: true,
    validateInput: (text) => {
      if (!text.trim()) return vscode.l10n.t('Type the Account ID.');
      if (text.includes(':')) {
        const parsed = parseToken(text);
        return parsed.ok ? undefined : parsed.problem;
      }
      return undefined;
    },
  });
  if (first === undefined) return undefined;
  let parsed: TokenParse;
  if (first.includes(':')) {
    parsed = parseToken(first);
  } else {
    const secret = await vscode.window.showInputBox({
      title: vscode.l10n.t('NLPearl: Set API Token (2/2)'),
      prompt: vscode.l10n.t('Secret Key of account {0}', first.trim()),
      placeHolder: vscode.l10n.t('Secret Key'),
      password: true,
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() ? undefined : vscode.l10n.t('Type the Secret Key.')),
    });
    if (secret === undefined) return undefined;
    parsed = fromParts(first, secret);
  }
  if (!parsed.ok) {
    void vscode.window.showErrorMessage(parsed.problem);
    return undefined;
  }
  return parsed.value;
}

function connectedMessage(account: Account): string {
  const name = account.name ?? vscode.l10n.t('your NLPearl account');
  const balance = account.creditBalance === null ? '—' : account.creditBalance.toLocaleString();
  const status = account.status !== null && account.status !== 1 ? ACCOUNT_STATUS[account.status as keyof typeof ACCOUNT_STATUS] : undefined;
  const base = vscode.l10n.t('Connected to {0} — credit balance {1}', name, balance);
  return status ? `${base} (${vscode.l10n.t(status)})` : base;
}

/**
 * `arg` may be the token string (automation); the connection test still runs, and an untested
 * token is stored only when a person confirms it.
 */
export async function setToken(app: App, arg?: unknown): Promise<SetTokenResult> {
  const automated = typeof arg === 'string';
  let token: ParsedToken | undefined;
  if (automated) {
    const parsed = parseToken(arg);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(parsed.problem);
      return { stored: false, message: parsed.problem };
    }
    token = parsed.value;
  } else {
    token = await askToken();
  }
  if (!token) return { stored: false, message: vscode.l10n.t('Cancelled.') };
  if (!looksLikeAccountId(token.accountId)) {
    app.log.warn('auth', 'the Account ID does not look like a 24-character hex id; testing it anyway');
  }
  // The token is bound to the origin it is tested against: it is sent nowhere else without asking.
  const origin = app.apis.origin() ?? DEFAULT_ORIGIN;
  const test = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('NLPearl: testing the connection to {0}…', hostOf(origin)), cancellable: true },
    async (_progress, cancel) => {
      const controller = new AbortController();
      cancel.onCancellationRequested(() => controller.abort());
      try {
        return { account: await app.apis.withToken(token.token).getAccount({ signal: controller.signal }), error: undefined };
      } catch (error) {
        return { account: undefined, error: describeError(error) };
      }
    },
  );
  if (test.account) {
    await app.tokens.set(token, origin);
    const message = connectedMessage(test.account);
    app.log.info('auth', message);
    void vscode.window.showInformationMessage(message);
    return { stored: true, message };
  }
  const failure = vscode.l10n.t('Could not verify the token: {0}', test.error?.message ?? '');
  app.log.warn('auth', failure);
  if (automated) {
    void vscode.window.showErrorMessage(failure);
    return { stored: false, message: failure };
  }
  const saveAnyway = vscode.l10n.t('Save Anyway');
  const tryAgain = vscode.l10n.t('Try Again');
  const choice = await vscode.window.showWarningMessage(failure, saveAnyway, tryAgain);
  if (choice === saveAnyway) {
    await app.tokens.set(token, origin);
    return { stored: true, message: failure };
  }
  if (choice === tryAgain) return setToken(app);
  return { stored: false, message: failure };
}

export async function clearToken(app: App): Promise<void> {
  await app.tokens.clear();
  void vscode.window.showInformationMessage(vscode.l10n.t('NLPearl API token cleared. Campaigns added by ID are kept.'));
}
