/** What the panel does for each (already validated) webview message. */
import * as vscode from 'vscode';
import { rangeProblem } from '../api/range';
import { messageOf } from '../host/logText';
import type { Logger } from '../host/services';
import type { CsvExportTarget, SectionId } from '../shared/protocol';
import { oneAtATime } from './oneAtATime';
import { presetRange, type DashboardRange } from './panelMessages';
import type { DashboardHandlers, WebviewAction } from './router';

const LOG = 'dashboard';

/** What the handlers need from their panel. */
export interface HandlerHost {
  readonly campaignId: string;
  range(): DashboardRange;
  readonly log: Logger;
  /** The webview listens now: send it what it should show. */
  onReady(): void;
  setRange(range: DashboardRange): void;
  /** Refetch, skipping the cache. */
  reload(): void;
  receivePng(chartId: SectionId, dataUrl: string, exportId: number | undefined): void;
  saveCsv(target: CsvExportTarget): void;
  rendered(requestId: number, ms: number): void;
}

export function panelHandlers(host: HandlerHost): DashboardHandlers {
  const failed = (command: string) => (error: unknown) => host.log.error(LOG, `${command} failed: ${messageOf(error)}`);
  const runCommand = (command: string, ...args: unknown[]): void => {
    vscode.commands.executeCommand(command, ...args).then(undefined, failed(command));
  };
  // One JSON document (or copy) at a time: a webview posting openJson in a loop opens one.
  const exclusive = oneAtATime((kind) => host.log.info(LOG, `ignored a repeated ${kind} request while the last one runs`));
  const runExclusive = (command: string): void => {
    exclusive('json', () => vscode.commands.executeCommand(command, commandArgs()).then(undefined, failed(command)));
  };
  const commandArgs = () => {
    const range = host.range();
    return { campaignId: host.campaignId, from: range.from, to: range.to };
  };

  const onAction = (action: WebviewAction): void => {
    switch (action) {
      case 'setToken':
        vscode.commands.executeCommand('nlpearl.setToken').then(() => host.reload(), failed('nlpearl.setToken'));
        break;
      case 'retry':
        host.reload();
        break;
      case 'shortenRange':
        host.setRange(presetRange('last30'));
        break;
      case 'openSettings':
        runCommand('workbench.action.openSettings', 'nlpearl');
        break;
    }
  };

  return {
    ready: () => host.onReady(),
    setPreset: (preset) => host.setRange(presetRange(preset)),
    setCustomRange: (range) => {
      const problem = rangeProblem(range);
      if (problem) {
        host.log.warn(LOG, `ignored a custom range: ${problem}`);
        return;
      }
      host.setRange({ from: new Date(range.from).toISOString(), to: new Date(range.to).toISOString() });
    },
    refresh: () => host.reload(),
    openJson: () => runExclusive('nlpearl.openAnalyticsJson'),
    copyJson: () => runExclusive('nlpearl.copyAnalyticsJson'),
    exportPng: (chartId, dataUrl, exportId) => host.receivePng(chartId, dataUrl, exportId),
    exportCsv: (sectionId) => host.saveCsv(sectionId),
    action: onAction,
    rendered: (requestId, ms) => host.rendered(requestId, ms),
    log: (level, message) => host.log[level](`${LOG}:webview`, message),
  };
}
