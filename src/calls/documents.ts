/**
 * Call documents, lazily loaded (dist/calls.js): the content of `nlpearl-call:/<id>.md|json` and the
 * Open Call commands. A call's detail is fetched once while VS Code runs and reused; `clearCalls`
 * drops them all when the source changes (token, server, demo mode).
 */
import * as vscode from 'vscode';
import type { CallDetailResult } from '../api/calls';
import { parseCampaignId } from '../shared/campaignId';
import type { CallsDeps } from './deps';
import { callMarkdown } from './markdown';

import { forgetLabelNames, knownLabelNames } from './labelNames';

export const CALL_SCHEME = 'nlpearl-call';
export type CallDocumentKind = 'md' | 'json';

const details = new Map<string, Promise<CallDetailResult>>();

export function callUri(callId: string, kind: CallDocumentKind): vscode.Uri {
  return vscode.Uri.from({ scheme: CALL_SCHEME, path: `/${callId}.${kind}` });
}

export function clearCalls(): void {
  details.clear();
  forgetLabelNames();
}

function detail(deps: CallsDeps, callId: string): Promise<CallDetailResult> {
  let pending = details.get(callId);
  if (!pending) {
    pending = deps.api().getCall(callId);
    details.set(callId, pending);
    // A failure is not kept: the next open asks again.
    pending.catch(() => details.delete(callId));
  }
  return pending;
}

export async function callDocumentContent(deps: CallsDeps, uri: vscode.Uri): Promise<string> {
  const match = /^\/([0-9a-f]{24})\.(md|json)$/.exec(uri.path);
  if (!match) return vscode.l10n.t('This is not an NLPearl call address.');
  const [, callId = '', kind] = match;
  // Only Open Call fetches: a document left open across a change of account or server, or restored
  // after a reload, never sends a request by itself (nor shows another account's call).
  const pending = details.get(callId);
  if (!pending) return vscode.l10n.t('This call is not loaded. Run "NLPearl: Open Call" to load it from the current account.');
  try {
    const result = await pending;
    if (kind === 'json') return `${JSON.stringify(result.json, null, 2)}\n`;
    return callMarkdown(result.detail, {
      l10n: vscode.l10n,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: vscode.env.language,
      labelNames: knownLabelNames(),
    });
  } catch (error) {
    return vscode.l10n.t('The call could not be loaded: {0}', deps.describeError(error).message);
  }
}

/** `{ callId }` or the id itself; undefined when it is not a 24-hex id. */
function callIdOf(arg: unknown): string | undefined {
  const raw = typeof arg === 'string' ? arg : arg && typeof arg === 'object' ? (arg as { callId?: unknown }).callId : undefined;
  return parseCampaignId(raw);
}

export async function openCall(deps: CallsDeps, arg: unknown, kind: CallDocumentKind): Promise<vscode.TextDocument | undefined> {
  let callId = callIdOf(arg);
  if (!callId && arg === undefined) {
    const typed = await vscode.window.showInputBox({
      prompt: vscode.l10n.t('The id of the NLPearl call to open (24 hexadecimal characters)'),
      validateInput: (value) => (parseCampaignId(value) ? undefined : vscode.l10n.t('A call id is 24 hexadecimal characters.')),
    });
    callId = parseCampaignId(typed);
  }
  if (!callId) {
    if (arg !== undefined) void vscode.window.showErrorMessage(vscode.l10n.t('Open Call needs a call id of 24 hexadecimal characters.'));
    return undefined;
  }
  const id = callId;
  try {
    const title = vscode.l10n.t('Loading the call…');
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title }, () => detail(deps, id));
  } catch (error) {
    void vscode.window.showErrorMessage(deps.describeError(error).message);
    return undefined;
  }
  deps.log.info('calls', `opened call ${id} (${kind})`);
  const document = await vscode.workspace.openTextDocument(callUri(id, kind));
  await vscode.window.showTextDocument(document, { preview: true });
  return document;
}
