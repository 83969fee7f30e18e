/**
 * The dashboard's HTML shell. Pure (no vscode) so the CSP string is unit-tested exactly: scripts
 * only by nonce, styles only from the extension's own files, no network at all.
 */
import { randomBytes } from 'crypto';

export interface DashboardHtmlOptions {
  /** webview.cspSource */
  readonly cspSource: string;
  readonly nonce: string;
  /** webview.asWebviewUri(dist/webview.js) as a string */
  readonly scriptUri: string;
  /** webview.asWebviewUri(dist/dashboard.css) as a string */
  readonly styleUri: string;
  /** Panel title; API text, so it is escaped. */
  readonly title: string;
  /** BCP 47 language for <html lang>. */
  readonly lang?: string;
  /** Say ready before the app's script has downloaded (the dashboard: see EARLY_READY). */
  readonly earlyReady?: boolean;
}

/**
 * A few bytes run before the app's script: they take the webview API, keep the host's messages and say ready,
 * so the host's answer (init and the data, built while VS Code set the webview up) travels while the
 * 290 KB script downloads instead of after it. The app (webview/vscodeApi.ts) takes the API and the
 * kept messages from `__nlpearlBoot`. No data, no API text: the same string for every panel.
 */
export const EARLY_READY =
  "(function(){var kept=[];function keep(e){kept.push(e)}addEventListener('message',keep);var api=acquireVsCodeApi();" +
  "window.__nlpearlBoot={api:api,kept:kept,stop:function(){removeEventListener('message',keep)}};api.postMessage({type:'ready'})})();";

/** 128 random bits, base64: a fresh one per HTML render. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

export function dashboardCsp(cspSource: string, nonce: string): string {
  return `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${cspSource}; img-src ${cspSource} data:; font-src ${cspSource}`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** For double-quoted attributes: the CSP's single quotes stay as they are, readable in the source. */
function attribute(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

export function dashboardHtml(o: DashboardHtmlOptions): string {
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(o.lang ?? '') ? (o.lang as string) : 'en';
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attribute(dashboardCsp(o.cspSource, o.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${attribute(o.styleUri)}">`,
    `<title>${escapeHtml(o.title)}</title>`,
    '</head>',
    '<body>',
    '<div id="app" aria-busy="true"></div>',
    ...(o.earlyReady ? [`<script nonce="${attribute(o.nonce)}">${EARLY_READY}</script>`] : []),
    `<script nonce="${attribute(o.nonce)}" src="${attribute(o.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
