/**
 * The host bundle's side of the watch: it builds WatchDeps from the existing services and loads the watch's
 * code (dist/watch.js) only once the watch is wanted — enabled, and signed in or in demo mode — so activation
 * stays small and a signed-out user loads none of it.
 */
import * as vscode from 'vscode';
import type { WatchDeps } from './deps';
import type { AlertRow, WatchController } from './controller';

export type { AlertRow };

export class WatchLoader implements vscode.Disposable {
  private controller: WatchController | undefined;
  private loading: Promise<WatchController> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly deps: WatchDeps) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('nlpearl.statusBar')) void this.update();
    });
    void this.update();
  }

  /** The watch, once loaded (tests drive it through this). */
  get watch(): WatchController | undefined {
    return this.controller;
  }

  /** Loads the watch if it is wanted now; waits for it. */
  async ready(): Promise<WatchController | undefined> {
    await this.update();
    return this.controller;
  }

  /** Token, demo mode or API settings changed. */
  async accountChanged(): Promise<void> {
    await this.update();
    await this.controller?.refreshState(true);
  }

  alertRows(): AlertRow[] {
    return this.controller?.alertRows() ?? [];
  }

  private async update(): Promise<void> {
    const enabled = vscode.workspace.getConfiguration('nlpearl').get<boolean>('statusBar.enabled') ?? true;
    if (this.controller || !enabled || !(await this.deps.signedIn())) return;
    this.loading ??= import('./bundle').then((watch) => (this.controller = new watch.WatchController(this.deps)));
    await this.loading;
  }

  dispose(): void {
    this.subscription.dispose();
    this.controller?.dispose();
  }
}
