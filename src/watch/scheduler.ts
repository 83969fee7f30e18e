/**
 * When the watch polls. Pure logic over an injected clock and timer, so request counts are unit-tested
 * without waiting: a round runs only while `canPoll()` (enabled, signed in or demo, window focused); the
 * next one is an interval after the start of the last, doubled per failure in a row up to 30 min, and
 * never sooner than a Retry-After. Losing and regaining focus does not add rounds: a round that is not due
 * yet waits for its time.
 */
export interface SchedulerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export type RoundOutcome = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs?: number };

export interface SchedulerDeps {
  readonly clock: SchedulerClock;
  intervalMs(): number;
  canPoll(): boolean;
  /** One round of requests; must not throw (a thrown error counts as a failure). */
  round(): Promise<RoundOutcome>;
}

export const MIN_INTERVAL_SECONDS = 15;
export const DEFAULT_INTERVAL_SECONDS = 60;
export const MAX_BACKOFF_MS = 30 * 60 * 1000;

/** The setting in ms: at least 15 s; anything unusable is the default. */
export function intervalMsOf(seconds: unknown): number {
  const value = typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : DEFAULT_INTERVAL_SECONDS;
  return Math.max(MIN_INTERVAL_SECONDS, value) * 1000;
}

/** The wait after a round: the interval, ×2 per failure in a row (capped), at least a Retry-After. */
export function nextDelayMs(intervalMs: number, failures: number, retryAfterMs?: number): number {
  const backoff = failures <= 0 ? intervalMs : Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.min(failures, 20));
  const wait = Math.max(intervalMs, backoff);
  return retryAfterMs !== undefined && retryAfterMs > wait ? retryAfterMs : wait;
}

export class PollScheduler {
  private timer: unknown;
  private running = false;
  private lastStartAt: number | undefined;
  private delayMs = 0;
  private failuresInARow = 0;
  private disposed = false;
  /** Bumped by reset(): a round that started before it must not set the schedule after it. */
  private generation = 0;

  constructor(private readonly deps: SchedulerDeps) {}

  /** A round is under way. */
  get busy(): boolean {
    return this.running;
  }

  get failures(): number {
    return this.failuresInARow;
  }

  /** When the next round is due (epoch ms), or undefined before the first. */
  get dueAt(): number | undefined {
    return this.lastStartAt === undefined ? undefined : this.lastStartAt + this.delayMs;
  }

  /** Re-reads canPoll(): call on focus, settings, token and demo changes. */
  update(): void {
    this.cancelTimer();
    if (this.disposed || this.running || !this.deps.canPoll()) return;
    const due = this.dueAt;
    this.arm(due === undefined ? 0 : Math.max(0, due - this.deps.clock.now()));
  }

  /** A round now (Refresh), unless one is running or polling is not allowed. */
  async pollNow(): Promise<void> {
    if (this.running || this.disposed || !this.deps.canPoll()) return;
    this.cancelTimer();
    await this.runRound();
  }

  /** Forgets backoff and history (the account changed). */
  reset(): void {
    this.generation++;
    this.failuresInARow = 0;
    this.lastStartAt = undefined;
    this.delayMs = 0;
    this.update();
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private arm(ms: number): void {
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = undefined;
      void this.runRound();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async runRound(): Promise<void> {
    if (this.disposed || !this.deps.canPoll()) return;
    this.running = true;
    this.lastStartAt = this.deps.clock.now();
    const generation = this.generation;
    let outcome: RoundOutcome;
    try {
      outcome = await this.deps.round();
    } catch {
      outcome = { ok: false };
    }
    this.running = false;
    if (generation !== this.generation) {
      // The account changed during the round: its result is void, and the new account is polled at once.
      this.lastStartAt = undefined;
      this.update();
      return;
    }
    this.failuresInARow = outcome.ok ? 0 : this.failuresInARow + 1;
    this.delayMs = nextDelayMs(this.deps.intervalMs(), this.failuresInARow, outcome.ok ? undefined : outcome.retryAfterMs);
    this.update();
  }
}
