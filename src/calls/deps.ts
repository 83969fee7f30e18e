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
