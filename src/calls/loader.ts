/**
 * The host bundle's side of the calls feature: the `nlpearl-call:` provider, Open Call, Open Call JSON and
 * Show Calls and the Calls panel's serializer are registered at activation; the work is in dist/calls.js, loaded on first use.
 */
import * as vscode from 'vscode';
import type { CallsHostDeps } from './deps';
import { CALLS_VIEW_TYPE } from './viewType';

type CallsBundle = typeof import('./bundle');
let loaded: CallsBundle | undefined;
let loading: Promise<CallsBundle> | undefined;
const load = () => (loading ??= import('./bundle').then((module) => (loaded = module)));

export interface CallDocuments {
  readonly disposables: vscode.Disposable[];
  /** Forget every call detail and redraw open call documents from the current source. */
  clear(): void;
}

/** What the serializer does with a restored panel, for the test seam: a reload cannot be simulated in a test run. */
let revive: ((panel: vscode.WebviewPanel, state: unknown) => Promise<unknown>) | undefined;
export function reviveCallsPanel(panel: vscode.WebviewPanel, state: unknown): Promise<unknown> {
  if (!revive) throw new Error('the calls feature is not registered');
  return revive(panel, state);
}

export function registerCallDocuments(deps: CallsHostDeps): CallDocuments {
  const changed = new vscode.EventEmitter<vscode.Uri>();
  revive = async (panel, state) => (await load()).CallsPanel.revive(deps, panel, state);
  return {
    disposables: [
      changed,
      vscode.workspace.registerTextDocumentContentProvider('nlpearl-call', {
        onDidChange: changed.event,
        provideTextDocumentContent: async (uri) => (await load()).callDocumentContent(deps, uri),
      }),
      vscode.commands.registerCommand('nlpearl.openCall', async (arg: unknown) => (await load()).openCall(deps, arg, 'md')),
      vscode.commands.registerCommand('nlpearl.openCallJson', async (arg: unknown) => (await load()).openCall(deps, arg, 'json')),
      vscode.commands.registerCommand('nlpearl.showCalls', async (arg: unknown) => (await load()).showCalls(deps, arg)),
      // Restores Calls panels after a window reload (activation event onWebviewPanel:nlpearl.calls).
      vscode.window.registerWebviewPanelSerializer(CALLS_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: unknown) => {
          await revive?.(panel, state);
        },
      }),
    ],
    clear: () => {
      loaded?.clearCalls();
      const closed = loaded?.CallsPanel.closeAll() ?? 0;
      if (closed > 0) void vscode.window.showInformationMessage(vscode.l10n.t('NLPearl: the Calls panels were closed: their calls came from the previous source (demo data, account or server).'));
      for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === 'nlpearl-call') changed.fire(document.uri);
    },
  };
}
