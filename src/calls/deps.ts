/**
 * What the calls feature needs from the rest of the extension, and nothing more: one small
 * interface, so the feature does not depend on how the host's services are arranged.
 */
import type { NLPearlApi } from '../api/types';

export interface CallsLogger {
  info(component: string, message: string): void;
  warn(component: string, message: string): void;
}

export interface CallsDeps {
  /** The client of the current source (account, server or demo), from the ApiProvider. */
  api(): NLPearlApi;
  readonly log: CallsLogger;
  /** What a person reads for an error, token masked (only the host bundle knows the secrets). */
  describeError(error: unknown): { readonly message: string };
}

/** A campaign and a range, as the existing pickers resolve them. */
export interface CallsTarget {
  readonly campaignId: string;
  readonly range: { readonly from: string; readonly to: string };
}

export interface CallsPanelDeps extends CallsDeps {
  /** The extension's context, for the webview's resource roots. */
  readonly extensionUri: import('vscode').Uri;
  /** Campaign name for the title, if known. */
  campaignName(campaignId: string): string | undefined;
  /** The campaign's labels in the range (from the analytics), for the tag filter. Never throws. */
  labels(campaignId: string, range: CallsTarget['range']): Promise<ReadonlyArray<{ readonly id: string; readonly name: string | null }>>;
  /** `nlpearl.displayTimeZone`, the zone the heatmap's hours are in (a heatmap cell's drill-down filters in it). */
  displayTimeZone?(): string | undefined;
}

export interface CallsHostDeps extends CallsPanelDeps {
  /** The campaign and range of a command's arguments, asking with the existing pickers for what is missing. */
  resolveTarget(arg: unknown): Promise<CallsTarget | undefined>;
}
