/** The webview type of the Calls panel: package.json's `onWebviewPanel:` activation names it too. */
export const CALLS_VIEW_TYPE = 'nlpearl.calls';
