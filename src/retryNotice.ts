/** The notification a person sees while requests wait for Retry-After, with a Cancel that stops them. */
import * as vscode from 'vscode';
import type { RetryNotice } from './api/retry';
import { RetryBoard } from './model/retryBoard';

const TICK_MS = 1000;

export function retryNotice(now: () => number = Date.now): RetryNotice {
  // A wait that arrives while the notice is still counting joins it instead of opening another.
  let open = false;
  const board = new RetryBoard((shown) => {
    if (open) return;
    open = true;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'NLPearl', cancellable: true },
      (progress, cancel) =>
        new Promise<void>((done) => {
          const resolve = () => {
            open = false;
            done();
          };
          const report = () => {
            const seconds = shown.secondsLeft(now());
            const message = shown.rateLimited
              ? vscode.l10n.t('Rate limited — retrying in {0} s', seconds)
              : vscode.l10n.t('NLPearl is busy — retrying in {0} s', seconds);
            progress.report({ message });
          };
          const timer = setInterval(() => {
            if (shown.active) report();
            else {
              clearInterval(timer);
              resolve();
            }
          }, TICK_MS);
          cancel.onCancellationRequested(() => {
            shown.cancelAll();
            clearInterval(timer);
            resolve();
          });
          report();
        }),
    );
  });
  return board.add;
}
