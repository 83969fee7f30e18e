/**
 * The test seam of one dashboard panel: what the integration suite and the benchmark observe (renders the
 * webview reported, messages the host posted). It only records; the one product reader is Export Report,
 * which waits for a first render before it asks the webview for chart images.
 * Reached as `panel.probe`, from the panel the command `nlpearl.showInboundAnalytics` returns or from
 * `App.dashboards` (see src/app.ts).
 */
import * as vscode from 'vscode';
import type { HostMessage } from '../shared/protocol';

export interface RenderReport {
  readonly requestId: number;
  readonly ms: number;
}

export class PanelProbe implements vscode.Disposable {
  /** Milliseconds of the webview's last first-complete render of a data message. */
  lastRenderMs: number | undefined;
  private readonly renders = new vscode.EventEmitter<RenderReport>();
  /** Fires when the webview reports the first complete render of a data message. */
  readonly onDidRender = this.renders.event;
  private readonly posts = new vscode.EventEmitter<HostMessage>();
  /** Every message posted to the webview (tests read what the panel showed). */
  readonly onDidPost = this.posts.event;

  rendered(report: RenderReport): void {
    this.lastRenderMs = report.ms;
    this.renders.fire(report);
  }

  posted(message: HostMessage): void {
    this.posts.fire(message);
  }

  dispose(): void {
    this.renders.dispose();
    this.posts.dispose();
  }
}
