/** The VS Code webview API, acquired once (a second call throws). */
import type { WebviewMessage } from '../src/shared/protocol';
import type { WebviewState } from '../src/shared/webviewState';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** What the dashboard's early-ready script (src/dashboard/html.ts, EARLY_READY) leaves: it already said ready. */
interface Boot {
  readonly api: VsCodeApi;
  readonly kept: MessageEvent<unknown>[];
  stop(): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const early = window as unknown as { __nlpearlBoot?: Boot };
const boot = early.__nlpearlBoot;
// Taken, then gone from the page: the API is again only inside the bundle, as when the app acquires it itself.
delete early.__nlpearlBoot;
const api: VsCodeApi = boot?.api ?? acquireVsCodeApi();

export function post(message: WebviewMessage): void {
  api.postMessage(message);
}

/**
 * Called once the app listens: the messages the host sent while the script downloaded, in order, and ready
 * said unless the early script said it. One task, so no message slips between the two listeners.
 */
export function listening(handle: (event: MessageEvent<unknown>) => void): void {
  if (!boot) {
    post({ type: 'ready' });
    return;
  }
  boot.stop();
  for (const event of boot.kept.splice(0)) {
    // As if each had been dispatched on its own: one that throws does not lose the ones after it.
    try {
      handle(event);
    } catch (error) {
      setTimeout(() => {
        throw error;
      });
    }
  }
}

export function readState(): Partial<WebviewState> | undefined {
  const state = api.getState();
  return state && typeof state === 'object' ? (state as Partial<WebviewState>) : undefined;
}

/** Only UI state is persisted; the data is fetched again on restore. */
export function writeState(state: WebviewState): void {
  api.setState(state);
}
