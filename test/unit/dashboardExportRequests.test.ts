import assert from 'node:assert/strict';
import { AutoRefresh, autoRefreshIntervalMs, type IntervalTimers } from '../../src/dashboard/autoRefresh';
import { PendingReplies } from '../../src/dashboard/replies';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

describe('dashboard PNG requests', () => {
  it('the answer with the request id resolves that request only', async () => {
    const requests = new PendingReplies<Uint8Array>(60_000);
    const sent: number[] = [];
    const first = requests.request((id) => sent.push(id), () => new Error('timeout'));
    const second = requests.request((id) => sent.push(id), () => new Error('timeout'));
    assert.equal(sent.length, 2);
    assert.notEqual(sent[0], sent[1]);
    assert.equal(requests.settle(sent[1], PNG, () => new Error('invalid')), true);
    assert.deepEqual(await second, PNG);
    assert.equal(requests.settle(sent[1], PNG, () => new Error('invalid')), false, 'an id is answered once');
    assert.equal(requests.settle(undefined, PNG, () => new Error('invalid')), false, 'the user button has no id');
    requests.rejectAll(() => new Error('closed'));
    await assert.rejects(first, /closed/);
  });

  it('an answer that is not a PNG rejects the request', async () => {
    const requests = new PendingReplies<Uint8Array>(60_000);
    let id = 0;
    const pending = requests.request((n) => (id = n), () => new Error('timeout'));
    assert.equal(requests.settle(id, null, () => new Error('invalid image')), true);
    await assert.rejects(pending, /invalid image/);
  });

  it('a webview that never answers rejects the request, and a late answer is ignored', async () => {
    const requests = new PendingReplies<Uint8Array>(1);
    let id = 0;
    await assert.rejects(
      requests.request((n) => (id = n), () => new Error('not in time')),
      /not in time/,
    );
    assert.equal(requests.settle(id, PNG, () => new Error('invalid')), false);
  });
});

describe('dashboard auto-refresh', () => {
  function fakeTimers(): IntervalTimers & { running: Map<number, { tick: () => void; ms: number }> } {
    const running = new Map<number, { tick: () => void; ms: number }>();
    let next = 0;
    return {
      running,
      set: (tick, ms) => {
        running.set(++next, { tick, ms });
        return next;
      },
      clear: (handle) => void running.delete(handle as number),
    };
  }

  it('turns the setting in minutes into an interval, off at 0 or below, at least a minute', () => {
    assert.equal(autoRefreshIntervalMs(5), 300_000);
    assert.equal(autoRefreshIntervalMs(0.5), 60_000);
    assert.equal(autoRefreshIntervalMs(0), undefined);
    assert.equal(autoRefreshIntervalMs(-1), undefined);
    assert.equal(autoRefreshIntervalMs(Number.NaN), undefined);
  });

  it('runs one timer, only while the panel is visible and the setting is on', () => {
    const timers = fakeTimers();
    let ticks = 0;
    const refresh = new AutoRefresh(() => ticks++, timers);
    refresh.arm(5, true);
    refresh.arm(2, true);
    assert.deepEqual([...timers.running.values()].map((t) => t.ms), [120_000], 're-arming replaces the timer');
    [...timers.running.values()][0].tick();
    assert.equal(ticks, 1);
    refresh.arm(2, false);
    assert.equal(timers.running.size, 0, 'hidden panel');
    refresh.arm(0, true);
    assert.equal(timers.running.size, 0, 'setting off');
    refresh.arm(2, true);
    refresh.stop();
    assert.equal(timers.running.size, 0, 'closed panel');
  });
});
