// When the watch polls, on a fake clock: focused / unfocused / disabled, backoff, Retry-After, focus changes.
import assert from 'node:assert/strict';
import { intervalMsOf, MAX_BACKOFF_MS, nextDelayMs, PollScheduler, type RoundOutcome, type SchedulerClock } from '../../src/watch/scheduler';

class FakeClock implements SchedulerClock {
  time = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private nextId = 1;
  now = () => this.time;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, fn });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers.delete(handle as number);
  };
  /** Runs every timer due within `ms`, in order, letting each round's promise settle. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (let guard = 0; guard < 10_000; guard++) {
      // Rounds settle in microtasks and arm their next timer then.
      for (let i = 0; i < 10; i++) await Promise.resolve();
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
      for (let i = 0; i < 10; i++) await Promise.resolve();
    }
    this.time = end;
  }
}

function setup(outcomes: () => RoundOutcome = () => ({ ok: true })) {
  const clock = new FakeClock();
  const state = { enabled: true, signedIn: true, focused: true, rounds: 0 };
  const scheduler = new PollScheduler({
    clock,
    intervalMs: () => 60_000,
    canPoll: () => state.enabled && state.signedIn && state.focused,
    round: async () => {
      state.rounds++;
      return outcomes();
    },
  });
  return { clock, state, scheduler };
}

describe('watch: poll scheduler', () => {
  it('focused: one round at once, then one per interval (60 in an hour)', async () => {
    const { clock, state, scheduler } = setup();
    scheduler.update();
    await clock.advance(0);
    assert.equal(state.rounds, 1);
    await clock.advance(60 * 60_000 - 1);
    assert.equal(state.rounds, 60);
  });

  it('unfocused, disabled or signed out: no round at all', async () => {
    for (const key of ['focused', 'enabled', 'signedIn'] as const) {
      const { clock, state, scheduler } = setup();
      state[key] = false;
      scheduler.update();
      await clock.advance(60 * 60_000);
      assert.equal(state.rounds, 0, key);
    }
  });

  it('losing focus stops polling; regaining it polls only when the round is due', async () => {
    const { clock, state, scheduler } = setup();
    scheduler.update();
    await clock.advance(10_000);
    assert.equal(state.rounds, 1);
    state.focused = false;
    scheduler.update();
    await clock.advance(5 * 60_000);
    assert.equal(state.rounds, 1, 'no round while unfocused');
    state.focused = true;
    scheduler.update();
    await clock.advance(0);
    assert.equal(state.rounds, 2, 'overdue: one round at once');
    // Focus flapping within the interval adds nothing.
    for (let i = 0; i < 5; i++) {
      state.focused = !state.focused;
      scheduler.update();
      await clock.advance(1000);
    }
    assert.equal(state.rounds, 2);
  });

  it('backs off on errors: 2, 4, 8, 16 … intervals, capped at 30 min, and back to 1 after a success', async () => {
    let fail = true;
    const { clock, state, scheduler } = setup(() => (fail ? { ok: false } : { ok: true }));
    scheduler.update();
    await clock.advance(0);
    const startsAt: number[] = [clock.time];
    for (let i = 0; i < 6; i++) {
      const before = state.rounds;
      await clock.advance(scheduler.dueAt! - clock.time);
      assert.equal(state.rounds, before + 1);
      startsAt.push(clock.time);
    }
    const gaps = startsAt.slice(1).map((t, i) => t - startsAt[i]!);
    assert.deepEqual(gaps, [120_000, 240_000, 480_000, 960_000, MAX_BACKOFF_MS, MAX_BACKOFF_MS]);
    fail = false;
    await clock.advance(scheduler.dueAt! - clock.time);
    assert.equal(scheduler.failures, 0);
    assert.equal(scheduler.dueAt! - clock.time, 60_000);
  });

  it('honours Retry-After when it is longer than the backoff', async () => {
    let first = true;
    const { clock, state, scheduler } = setup(() => {
      const outcome: RoundOutcome = first ? { ok: false, retryAfterMs: 600_000 } : { ok: true };
      first = false;
      return outcome;
    });
    scheduler.update();
    await clock.advance(0);
    await clock.advance(599_999);
    assert.equal(state.rounds, 1, 'nothing before Retry-After');
    await clock.advance(1);
    assert.equal(state.rounds, 2);
  });

  it('the interval setting: at least 15 s, 60 s when unusable; delays never under the interval', () => {
    assert.equal(intervalMsOf(5), 15_000);
    assert.equal(intervalMsOf(90), 90_000);
    assert.equal(intervalMsOf('x'), 60_000);
    assert.equal(intervalMsOf(Number.NaN), 60_000);
    assert.equal(nextDelayMs(60_000, 0, 1000), 60_000);
    assert.equal(nextDelayMs(60_000, 1), 120_000);
    assert.equal(nextDelayMs(60_000, 50), MAX_BACKOFF_MS);
  });

  it('a reset during a round (account changed) polls the new account right after it, not an interval later', async () => {
    let release: (() => void) | undefined;
    const clock = new FakeClock();
    let rounds = 0;
    const scheduler = new PollScheduler({
      clock,
      intervalMs: () => 60_000,
      canPoll: () => true,
      round: () => {
        rounds++;
        return new Promise<RoundOutcome>((resolve) => {
          release = () => resolve({ ok: false });
        });
      },
    });
    scheduler.update();
    await clock.advance(0);
    assert.equal(rounds, 1);
    scheduler.reset();
    release?.();
    await clock.advance(0);
    assert.equal(rounds, 2, 'the new account is polled at once');
    assert.equal(scheduler.failures, 0, "the old account's failure does not count");
  });

  it('a thrown round counts as a failure; dispose stops everything', async () => {
    const { clock, state, scheduler } = setup(() => {
      throw new Error('boom');
    });
    scheduler.update();
    await clock.advance(0);
    assert.equal(scheduler.failures, 1);
    scheduler.dispose();
    await clock.advance(24 * 60 * 60_000);
    assert.equal(state.rounds, 1);
  });
});
