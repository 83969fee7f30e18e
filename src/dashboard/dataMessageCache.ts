import type { DataMessage } from '../shared/protocol';
import { dataMessage, type DataOptions, type LoadedData } from './panelMessages';

/**
 * The data message of the last load, built once. A load usually ends before the webview is ready (the fetch
 * runs while VS Code sets the webview up): its view model is built then, off the path the user waits on, and
 * posted as it is when the webview says ready — it was built twice, the second time after ready.
 */
export class DataMessageCache {
  private last: { readonly loaded: LoadedData; readonly key: string; readonly message: DataMessage } | undefined;

  message(loaded: LoadedData, options: DataOptions): DataMessage {
    // Everything in the options but `t`, which is the same function for the life of the extension host.
    const key = JSON.stringify([options.currencyLabel, options.weekdayBase, options.displayTimeZone, options.locale, options.campaignKind]);
    if (this.last?.loaded !== loaded || this.last.key !== key) this.last = { loaded, key, message: dataMessage(loaded, options) };
    return this.last.message;
  }
}
