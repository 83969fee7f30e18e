/** Open / Copy Analytics JSON: the validated response, pretty-printed, never with the token. */
import * as vscode from 'vscode';
import { describeRange } from '../api/range';
import type { AnalyticsPair } from '../api/types';
import { describeError } from '../model/errorView';
import type { App } from '../app';
import { windowProgress } from './progress';
import { redact } from '../knownSecrets';
import { resolveTarget, type Target } from './resolveTarget';

/** The validated response, pretty-printed. redact() is a safety net: a server that echoed the token must not put it in a document. */
export function analyticsJson(pair: AnalyticsPair): string {
  return redact(JSON.stringify(pair.current.json, null, 2));
}

async function showDocument(content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument({ language: 'json', content });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

async function copyText(content: string): Promise<string> {
  await vscode.env.clipboard.writeText(content);
  void vscode.window.showInformationMessage(vscode.l10n.t('NLPearl: analytics JSON copied ({0} characters).', content.length.toLocaleString()));
  return content;
}

/** A panel's Open/Copy JSON buttons: the data the panel shows, no request. */
export async function showAnalyticsJson(pair: AnalyticsPair, how: 'open' | 'copy'): Promise<void> {
  const content = analyticsJson(pair);
  if (how === 'open') await showDocument(content);
  else await copyText(content);
}

async function analyticsJsonText(app: App, target: Target): Promise<string | undefined> {
  const title = vscode.l10n.t('NLPearl: loading analytics for {0}…', describeRange(target.range));
  try {
    const pair = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      async (progress, cancel) => {
        const controller = new AbortController();
        cancel.onCancellationRequested(() => controller.abort());
        return app.cache.load(target.campaignId, target.range, {
          signal: controller.signal,
          onProgress: windowProgress((step) => progress.report(step)),
        });
      },
    );
    return analyticsJson(pair);
  } catch (error) {
    const view = describeError(error);
    if (view.kind !== 'cancelled') void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: {0}', view.message));
    return undefined;
  }
}

/** Returns the opened document, for tests and automation. */
export async function openAnalyticsJson(app: App, arg?: unknown): Promise<vscode.TextDocument | undefined> {
  const target = await resolveTarget(app, arg);
  if (!target) return undefined;
  const content = await analyticsJsonText(app, target);
  if (content === undefined) return undefined;
  return showDocument(content);
}

/** Returns the copied text, for tests and automation. */
export async function copyAnalyticsJson(app: App, arg?: unknown): Promise<string | undefined> {
  const target = await resolveTarget(app, arg);
  if (!target) return undefined;
  const content = await analyticsJsonText(app, target);
  if (content === undefined) return undefined;
  return copyText(content);
}
