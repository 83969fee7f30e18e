/**
 * What the watch needs from the rest of the extension, as one small interface: the loader (host bundle)
 * builds it from the existing services, so the watch's own bundle holds no second copy of the client, the
 * error classes, the secrets to mask or the log.
 */
import type * as vscode from 'vscode';
import type { InboundAnalytics } from '../api/schemas';
import type { NLPearlApi } from '../api/types';

export interface WatchLog {
  info(component: string, message: string): void;
  warn(component: string, message: string): void;
}

export interface WatchDeps {
  /** The client the ApiProvider builds (origin gate included); demo mode's in demo mode. */
  api(): NLPearlApi;
  /** The analytics of a range holding the last 7 full days and today, through the shared 60 s cache. */
  recentAnalytics(campaignId: string, signal: AbortSignal): Promise<InboundAnalytics>;
  /** A token is stored, or demo mode is on. */
  signedIn(): Promise<boolean>;
  isDemo(): boolean;
  readonly log: WatchLog;
  /** A person's sentence for an error, token masked. */
  errorText(error: unknown): string;
  /** The Retry-After of a rate-limited error, in ms. */
  retryAfterMs(error: unknown): number | undefined;
  /** Cancelled requests (a newer round, sign-out) are not failures. */
  isCancelled(error: unknown): boolean;
  /** globalState: what was notified today, snoozes, the statuses seen. */
  readonly state: vscode.Memento;
  /** The default range preset of the dashboards ("Open Dashboard"). */
  defaultRange(): string;
  /** Shows the alerts again in the tree. */
  alertsChanged(): void;
}
