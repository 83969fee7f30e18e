/**
 * The test seam of one dashboard panel: what the integration suite and the benchmark observe (renders the
 * webview reported, messages the host posted, when the first load's steps happened). It only records; the one
 * product reader is Export Report, which waits for a first render before it asks the webview for chart images.
 * Reached as `panel.probe`, from the panel the command `nlpearl.showInboundAnalytics` returns or from
 * `App.dashboards` (see src/app.ts).
 */
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { HostMessage } from '../shared/protocol';
import type { RenderPhases } from '../shared/renderPhases';

export interface RenderReport {
  readonly requestId: number;
  readonly ms: number;
  /** Where the webview's time went, on its own clock (src/shared/renderPhases.ts). */
  readonly phases?: RenderPhases;
}

/** Host-side steps of the panel's first load, on the host's clock (performance.now()): the bench's breakdown. */
export type HostMark = 'created' | 'ready' | 'loading' | 'fetched' | 'dataPosted' | 'rendered';

export class PanelProbe implements vscode.Disposable {
  /** Milliseconds of the webview's last first-complete render of a data message. */
  lastRenderMs: number | undefined;
  /** The first render's report, phases included. */
  firstRender: RenderReport | undefined;
  readonly marks: Partial<Record<HostMark, number>> = { created: performance.now() };
  private readonly renders = new vscode.EventEmitter<RenderReport>();
  /** Fires when the webview reports the first complete render of a data message. */
  readonly onDidRender = this.renders.event;
  private readonly posts = new vscode.EventEmitter<HostMessage>();
  /** Every message posted to the webview (tests read what the panel showed). */
  readonly onDidPost = this.posts.event;

  /** The first time a step happens (later loads do not move it). */
  mark(step: HostMark): void {
    this.marks[step] ??= performance.now();
  }

  rendered(report: RenderReport): void {
    this.mark('rendered');
    this.firstRender ??= report;
    this.lastRenderMs = report.ms;
    this.renders.fire(report);
  }

  posted(message: HostMessage): void {
    // The init message answers the webview's ready; data is posted once it is fetched and its model built.
    if (message.type === 'init') this.mark('ready');
    else if (message.type === 'loading') this.mark('loading');
    else if (message.type === 'data') this.mark('dataPosted');
    this.posts.fire(message);
  }

  dispose(): void {
    this.renders.dispose();
    this.posts.dispose();
  }
}
