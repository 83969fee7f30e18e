/** The dashboard's auto-refresh timer (`nlpearl.autoRefreshMinutes`). Pure (no vscode). */

export interface IntervalTimers {
  set(tick: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: IntervalTimers = {
  set: (tick, ms) => setInterval(tick, ms),
  clear: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

/** Milliseconds between refreshes, or undefined when the setting turns it off (0, negative, NaN). */
export function autoRefreshIntervalMs(minutes: number): number | undefined {
  return minutes > 0 ? Math.max(1, minutes) * 60_000 : undefined;
}

export class AutoRefresh {
  private handle: unknown;

  constructor(
    private readonly tick: () => void,
    private readonly timers: IntervalTimers = realTimers,
  ) {}

  /** Restarts the timer; it runs only while `active` (a hidden panel costs no requests) and the setting is on. */
  arm(minutes: number, active: boolean): void {
    this.stop();
    const ms = autoRefreshIntervalMs(minutes);
    if (!active || ms === undefined) return;
    this.handle = this.timers.set(this.tick, ms);
  }

  stop(): void {
    if (this.handle !== undefined) this.timers.clear(this.handle);
    this.handle = undefined;
  }
}
