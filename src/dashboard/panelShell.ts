/** The webview side of a dashboard panel that VS Code needs: its options and its HTML, with a fresh nonce. */
import * as vscode from 'vscode';
import { dashboardHtml, makeNonce } from './html';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export function panelHtml(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): string {
  return webviewShell(panel, extensionUri, 'webview.js', 'dashboard.css', true);
}

/** The HTML of any of our panels (dashboard, Calls, Compare, overview): its app and style from dist/, one CSP, a fresh nonce. */
export function webviewShell(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, script: string, style: string, earlyReady = false): string {
  const webview = panel.webview;
  const dist = vscode.Uri.joinPath(extensionUri, 'dist');
  return dashboardHtml({
    cspSource: webview.cspSource,
    nonce: makeNonce(),
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, script)).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, style)).toString(),
    title: panel.title,
    lang: vscode.env.language,
    earlyReady,
  });
}
