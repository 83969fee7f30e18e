/** The call search's and call detail's shapes, apart from the code that fetches them (src/api/types.ts names them). */
import type { CallDetail, CallSummary } from './callSchemas';

/** What the search body filters by; `fromDate`/`toDate` are required by the API. */
export interface CallQuery {
  readonly fromDate: string;
  readonly toDate: string;
  /** e.g. "startTime"; the accepted names are not documented. */
  readonly sortProp?: string;
  readonly isAscending?: boolean;
  /** Label ids (whether the API matches ids or names is untested: ids first). */
  readonly tags?: readonly string[];
  /** Outcome codes (`conversationStatus`). */
  readonly statuses?: readonly number[];
  readonly searchInput?: string;
}

export interface CallPageRequest {
  readonly skip: number;
  readonly limit: number;
}

export interface CallPage {
  /** Calls that match in all, or null when the server did not say. */
  readonly count: number | null;
  readonly results: readonly CallSummary[];
  readonly skip: number;
}

export interface CallDetailResult {
  readonly detail: CallDetail;
  /** The body as the API sent it, for "Open Call JSON". */
  readonly json: unknown;
}
