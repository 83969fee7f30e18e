/** Open / Copy Analytics JSON: the validated response, pretty-printed, never with the token. */
import * as vscode from 'vscode';
import { describeRange } from '../api/range';
import type { AnalyticsPair } from '../api/types';
import { describeError } from '../model/errorView';
import type { App } from '../app';
import { openDashboards } from '../dashboard/loader';
import { windowProgress } from './progress';
import { redact } from '../knownSecrets';
import { showJsonDocument, type JsonSubject } from './jsonLoader';
import { resolveTarget, type Target } from './resolveTarget';
import { prettyJson } from '../shared/prettyJson';

/** The validated response, pretty-printed (what Copy puts on the clipboard). redact() is a safety net. */
export function analyticsJson(pair: AnalyticsPair): string {
  return redact(prettyJson(pair.current.json));
}

async function copyText(content: string): Promise<string> {
  await vscode.env.clipboard.writeText(content);
  void vscode.window.showInformationMessage(vscode.l10n.t('NLPearl: analytics JSON copied ({0} characters).', content.length.toLocaleString()));
  return content;
}

/** A panel's Open/Copy JSON buttons: the data the panel shows, no request. */
export async function showAnalyticsJson(pair: AnalyticsPair, how: 'open' | 'copy', subject: JsonSubject): Promise<void> {
  if (how === 'open') await showJsonDocument(subject, pair.current.json);
  else await copyText(analyticsJson(pair));
}

async function loadPair(app: App, target: Target): Promise<AnalyticsPair | undefined> {
  const title = vscode.l10n.t('NLPearl: loading analytics for {0}…', describeRange(target.range));
  try {
    return await vscode.window.withProgress(
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
  } catch (error) {
    const view = describeError(error);
    if (view.kind !== 'cancelled') void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: {0}', view.message));
    return undefined;
  }
}

/**
 * From the palette (no arguments) while a dashboard is the active editor: that dashboard's campaign and
 * range, as its own JSON buttons use — asking again would be asking what is on screen.
 */
async function targetOf(app: App, arg: unknown): Promise<Target | undefined> {
  if (arg === undefined) {
    const active = openDashboards.active();
    if (active) return { campaignId: active.campaignId, range: active.range };
  }
  return resolveTarget(app, arg);
}

function subjectOf(app: App, target: Target): JsonSubject {
  return { campaignId: target.campaignId, campaignName: app.directory.campaign(target.campaignId)?.name || target.campaignId, range: target.range };
}

/** Returns the opened document, for tests and automation. */
export async function openAnalyticsJson(app: App, arg?: unknown): Promise<vscode.TextDocument | undefined> {
  const target = await targetOf(app, arg);
  if (!target) return undefined;
  const pair = await loadPair(app, target);
  if (!pair) return undefined;
  return showJsonDocument(subjectOf(app, target), pair.current.json);
}

/** Returns the copied text, for tests and automation. */
export async function copyAnalyticsJson(app: App, arg?: unknown): Promise<string | undefined> {
  const target = await targetOf(app, arg);
  if (!target) return undefined;
  const pair = await loadPair(app, target);
  if (!pair) return undefined;
  return copyText(analyticsJson(pair));
}
