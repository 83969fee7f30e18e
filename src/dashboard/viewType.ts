/** The webview type of the dashboard panel: package.json's `onWebviewPanel:` activation names it too. */
export const DASHBOARD_VIEW_TYPE = 'nlpearl.dashboard';
