/**
 * The requests now waiting for Retry-After, as one notice: five windows of a year that are all
 * told to wait make one "retrying in N s", not five, and its Cancel stops them all. No 'vscode' here.
 */
import type { RetryWait } from '../api/retry';

export class RetryBoard {
  private readonly waits = new Set<RetryWait>();

  /** `show` runs when the first wait arrives on an empty board; it reads the board until it empties. */
  constructor(private readonly show: (board: RetryBoard) => void) {}

  /** For the client's `onRetryWait`: returns what removes the wait again. */
  readonly add = (wait: RetryWait): (() => void) => {
    this.waits.add(wait);
    if (this.waits.size === 1) this.show(this);
    return () => {
      this.waits.delete(wait);
    };
  };

  get active(): boolean {
    return this.waits.size > 0;
  }

  /** The longest wait left, in whole seconds rounded up: the notice never counts below what is left. */
  secondsLeft(now: number): number {
    let until = now;
    for (const wait of this.waits) until = Math.max(until, wait.until);
    return Math.ceil((until - now) / 1000);
  }

  /** Some wait came from a 429: the notice says "rate limited" rather than "busy". */
  get rateLimited(): boolean {
    return [...this.waits].some((wait) => wait.status === 429);
  }

  cancelAll(): void {
    for (const wait of [...this.waits]) wait.cancel();
  }
}
