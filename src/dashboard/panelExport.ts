/**
 * A panel's exports: PNGs the webview sends (its buttons, or answers to requestPng) and section
 * CSVs, saved through the dialog or, for automation, straight to a URI.
 */
import * as vscode from 'vscode';
import type { Logger } from '../model/types';
import type { AnalyticsSection, CsvExportTarget, HostMessage } from '../shared/protocol';
import { saveExport } from './export';
import { decodePngDataUrl, exportFileName } from './exportFiles';
import { oneAtATime } from './oneAtATime';
import type { RangeSelection } from './panelMessages';
import { PendingReplies } from './replies';

const LOG = 'dashboard';
/** How long the export command waits for the webview to draw a PNG. */
const PNG_TIMEOUT_MS = 15_000;

export interface ExportResult {
  readonly uri: vscode.Uri;
  readonly bytes: number;
}

export type ExportKind = { chart: AnalyticsSection; format: 'png' } | { section: AnalyticsSection; format: 'csv' };

/** What the exports need from their panel. */
export interface ExportHost {
  post(message: HostMessage): void;
  /** CSV of a section of the current data, or undefined before any data arrived. */
  csv(target: CsvExportTarget): string | undefined;
  campaignName(): string;
  range(): RangeSelection;
  readonly log: Logger;
  /** The host's error text, token masked: the webview shows it. */
  describeError(error: unknown): { readonly message: string };
}

export class PanelExports {
  private readonly pngs = new PendingReplies<Uint8Array>(PNG_TIMEOUT_MS);
  /** One save dialog at a time: a webview posting exports in a loop gets one dialog. */
  private readonly exclusive = oneAtATime((kind) => this.host.log.info(LOG, `ignored an export while the ${kind} dialog is open`));

  constructor(private readonly host: ExportHost) {}

  /** Asks the webview to draw a chart as PNG; rejects after a timeout or when the panel closes. */
  requestPng(chartId: AnalyticsSection): Promise<Uint8Array> {
    return this.pngs.request(
      (exportId) => this.host.post({ type: 'requestPng', chartId, exportId }),
      () => new Error(vscode.l10n.t('The dashboard did not produce the image in time.')),
    );
  }

  /** Export for automation: writes to `target` without a dialog. */
  async exportTo(kind: ExportKind, target: vscode.Uri): Promise<ExportResult> {
    let bytes: Uint8Array;
    if (kind.format === 'png') {
      bytes = await this.requestPng(kind.chart);
    } else {
      const csv = this.host.csv(kind.section);
      if (csv === undefined) throw new Error(vscode.l10n.t('No data loaded yet.'));
      bytes = new TextEncoder().encode(csv);
    }
    await saveExport({ bytes, defaultName: '', format: kind.format, target });
    return { uri: target, bytes: bytes.length };
  }

  /** A PNG from the webview: the answer to a requestPng, or the user's export button (save dialog). */
  receivePng(chartId: AnalyticsSection, dataUrl: string, exportId: number | undefined): void {
    const bytes = decodePngDataUrl(dataUrl);
    if (this.pngs.settle(exportId, bytes, () => new Error(vscode.l10n.t('The dashboard sent an invalid image.')))) return;
    if (!bytes) {
      this.host.log.warn(LOG, 'ignored an export with an invalid PNG');
      return;
    }
    this.exclusive('save', () => this.save(bytes, chartId, 'png'));
  }

  /** The user's CSV button; nothing to save before data arrived. */
  saveCsv(target: CsvExportTarget): void {
    const csv = this.host.csv(target);
    if (csv !== undefined) this.exclusive('save', () => this.save(new TextEncoder().encode(csv), target, 'csv'));
  }

  dispose(): void {
    this.pngs.rejectAll(() => new Error(vscode.l10n.t('The dashboard was closed.')));
  }

  private async save(bytes: Uint8Array, id: CsvExportTarget, format: 'png' | 'csv'): Promise<void> {
    try {
      const uri = await saveExport({ bytes, format, defaultName: exportFileName(this.host.campaignName(), id, this.host.range(), format) });
      if (uri) {
        this.host.log.info(LOG, `exported ${id} as ${format} (${bytes.length} bytes)`);
        const saved = vscode.l10n.t('Saved {0}', uri.path.split('/').pop() ?? '');
        void vscode.window.setStatusBarMessage(saved, 4000);
        this.host.post({ type: 'exportResult', ok: true, message: saved });
      }
    } catch (error) {
      const message = this.host.describeError(error).message;
      this.host.log.error(LOG, `export failed: ${message}`);
      this.host.post({ type: 'exportResult', ok: false, message: vscode.l10n.t('Export failed: {0}', message) });
    }
  }
}
