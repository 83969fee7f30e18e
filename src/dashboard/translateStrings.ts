/** The webview's message table, translated on the host (the webview has no l10n API of its own). */
import type { Translate } from '../analytics/translate';
import { WEBVIEW_STRINGS, type WebviewStringKey, type WebviewStrings } from '../shared/protocol';

export function webviewStrings(t: Translate): WebviewStrings {
  const out = {} as Record<WebviewStringKey, string>;
  for (const key of Object.keys(WEBVIEW_STRINGS) as WebviewStringKey[]) out[key] = t(WEBVIEW_STRINGS[key]);
  return out;
}
