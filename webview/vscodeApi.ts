/** The VS Code webview API, acquired once (a second call throws). */
import type { WebviewMessage } from '../src/shared/protocol';
import type { WebviewState } from '../src/shared/webviewState';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api: VsCodeApi = acquireVsCodeApi();

export function post(message: WebviewMessage): void {
  api.postMessage(message);
}

export function readState(): Partial<WebviewState> | undefined {
  const state = api.getState();
  return state && typeof state === 'object' ? (state as Partial<WebviewState>) : undefined;
}

/** Only UI state is persisted; the data is fetched again on restore. */
export function writeState(state: WebviewState): void {
  api.setState(state);
}
