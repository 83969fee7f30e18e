import type { DataMessage } from '../shared/protocol';
import { dataMessage, type DataOptions, type LoadedData } from './panelMessages';

/**
 * The data message of the last load, built once. A load usually ends before the webview is ready (the fetch
 * runs while VS Code sets the webview up): its view model is built then, off the path the user waits on, and
 * posted as it is when the webview says ready — it was built twice, the second time after ready.
 */
export class DataMessageCache {
  private last: { readonly loaded: LoadedData; readonly key: string; readonly t: DataOptions['t']; readonly message: DataMessage } | undefined;

  message(loaded: LoadedData, options: DataOptions): DataMessage {
    // Every option but `t` by value (a new option is in the key without a change here), `t` by identity.
    const key = JSON.stringify(Object.entries(options).filter(([name]) => name !== 't').sort(([a], [b]) => (a < b ? -1 : 1)));
    const last = this.last;
    if (last && last.loaded === loaded && last.key === key && last.t === options.t) return last.message;
    const message = dataMessage(loaded, options);
    this.last = { loaded, key, t: options.t, message };
    return message;
  }
}
