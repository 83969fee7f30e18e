/**
 * What the panel does for each webview message: the one handler map. Adding a message is its schema in
 * shared/protocol.ts and its entry here — the compiler asks for the entry.
 */
import * as vscode from 'vscode';
import { rangeProblem } from '../api/range';
import { messageOf } from '../logText';
import type { Logger } from '../model/types';
import type { AnalyticsSection, CsvExportTarget, DrillDownRequest } from '../shared/protocol';
import type { RenderReport } from './panelProbe';
import { oneAtATime } from './oneAtATime';
import { presetRange, type RangeSelection } from './panelMessages';
import type { WebviewHandlers } from './router';

const LOG = 'dashboard';

/** The panel, as its handlers see it. */
export interface HandledPanel {
  readonly log: Logger;
  /** The webview listens now: send it what it should show. */
  onReady(): void;
  setRange(range: RangeSelection): void;
  /** Refetch, skipping the cache. */
  reload(): void;
  /** A PNG from the webview: an answer to the host's request (`exportId`), or the user's button. */
  receivePng(chartId: AnalyticsSection, dataUrl: string, exportId: number | undefined): void;
  saveCsv(target: CsvExportTarget): void;
  /** Opens or copies the JSON of what the panel shows. */
  showJson(how: 'open' | 'copy'): Promise<void>;
  rendered(report: RenderReport): void;
  /** A click on a chart's figure: open the calls behind it. */
  drillDown(request: DrillDownRequest): Promise<void>;
}

export function panelHandlers(panel: HandledPanel): WebviewHandlers {
  const failed = (what: string) => (error: unknown) => panel.log.error(LOG, `${what} failed: ${messageOf(error)}`);
  // One JSON document (or copy) at a time: a webview posting openJson in a loop opens one.
  const exclusive = oneAtATime((kind) => panel.log.info(LOG, `ignored a repeated ${kind} request while the last one runs`));
  const showJson = (how: 'open' | 'copy'): void => {
    exclusive('json', () => panel.showJson(how).catch(failed(`${how} JSON`)));
  };

  return {
    ready: () => panel.onReady(),
    setRange: (m) => {
      if ('preset' in m) {
        panel.setRange(presetRange(m.preset));
        return;
      }
      const problem = rangeProblem(m);
      if (problem) {
        panel.log.warn(LOG, `ignored a custom range: ${problem}`);
        return;
      }
      panel.setRange({ from: new Date(m.from).toISOString(), to: new Date(m.to).toISOString() });
    },
    refresh: () => panel.reload(),
    openJson: () => showJson('open'),
    copyJson: () => showJson('copy'),
    exportPng: (m) => panel.receivePng(m.chartId, m.dataUrl, m.exportId),
    exportCsv: (m) => panel.saveCsv(m.sectionId),
    exportAllCsv: () => panel.saveCsv('all'),
    action: (m) => {
      switch (m.action) {
        case 'setToken':
          vscode.commands.executeCommand('nlpearl.setToken').then(() => panel.reload(), failed('nlpearl.setToken'));
          break;
        case 'retry':
          panel.reload();
          break;
        case 'shortenRange':
          panel.setRange(presetRange('last30'));
          break;
        case 'openSettings':
          vscode.commands.executeCommand('workbench.action.openSettings', 'nlpearl').then(undefined, failed('workbench.action.openSettings'));
          break;
      }
    },
    rendered: (m) => panel.rendered({ requestId: m.requestId, ms: m.ms, ...(m.phases ? { phases: m.phases } : {}) }),
    drillDown: (m) => void exclusive('drillDown', () => panel.drillDown(m).catch(failed('drill-down'))),
    log: (m) => panel.log[m.level](`${LOG}:webview`, m.message),
  };
}
