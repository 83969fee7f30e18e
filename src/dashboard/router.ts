/**
 * Dispatch of webview messages. Every message is parsed with its schema first; anything else is
 * logged (type only, never the payload) and ignored. Pure, so it is unit-tested without VS Code.
 */
import { oneLine } from '../host/logText';
import { parseWebviewMessage, type CsvExportTarget, type Preset, type RangeDto, type SectionId } from '../shared/protocol';

export type WebviewAction = 'setToken' | 'retry' | 'shortenRange' | 'openSettings';

export interface DashboardHandlers {
  ready(): void;
  setPreset(preset: Preset): void;
  setCustomRange(range: RangeDto): void;
  refresh(): void;
  openJson(): void;
  copyJson(): void;
  exportPng(chartId: SectionId, dataUrl: string, exportId: number | undefined): void;
  exportCsv(target: CsvExportTarget): void;
  action(action: WebviewAction): void;
  rendered(requestId: number, ms: number): void;
  log(level: 'info' | 'warn' | 'error', message: string): void;
}

/** A short, safe description of a rejected message for the log. */
export function describeRejected(raw: unknown): string {
  if (raw === null || typeof raw !== 'object') return typeof raw;
  let type: unknown;
  try {
    // Only a structured clone reaches us from a real webview, but a getter must not break the log.
    type = (raw as { type?: unknown }).type;
  } catch {
    return 'object without a type';
  }
  return typeof type === 'string' ? `type "${type.slice(0, 40).replace(/[^\w.-]/g, '?')}"` : 'object without a type';
}

/** true when the message was valid and dispatched. */
export function routeWebviewMessage(raw: unknown, h: DashboardHandlers, warn: (message: string) => void): boolean {
  const m = parseWebviewMessage(raw);
  if (!m) {
    warn(`ignored an invalid message from the dashboard webview (${describeRejected(raw)})`);
    return false;
  }
  switch (m.type) {
    case 'ready':
      h.ready();
      break;
    case 'setRange':
      if ('preset' in m) h.setPreset(m.preset);
      else h.setCustomRange({ from: m.from, to: m.to });
      break;
    case 'refresh':
      h.refresh();
      break;
    case 'openJson':
      h.openJson();
      break;
    case 'copyJson':
      h.copyJson();
      break;
    case 'exportPng':
      h.exportPng(m.chartId, m.dataUrl, m.exportId);
      break;
    case 'exportCsv':
      h.exportCsv(m.sectionId);
      break;
    case 'exportAllCsv':
      h.exportCsv('all');
      break;
    case 'action':
      h.action(m.action);
      break;
    case 'rendered':
      h.rendered(m.requestId, m.ms);
      break;
    case 'log':
      // A webview's text must not forge log lines.
      h.log(m.level, oneLine(m.message));
      break;
  }
  return true;
}
