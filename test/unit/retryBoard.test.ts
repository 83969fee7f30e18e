import assert from 'node:assert/strict';
import type { RetryWait } from '../../src/api/retry';
import { RetryBoard } from '../../src/model/retryBoard';

describe('the "retrying in N s" notice', () => {
  const wait = (status: number, until: number, onCancel: () => void = () => undefined): RetryWait => ({ status, until, cancel: onCancel });

  it('several windows told to wait share one notice that counts the longest wait, rounded up', () => {
    let shown = 0;
    const board = new RetryBoard(() => shown++);
    const removeA = board.add(wait(503, 10_000));
    const removeB = board.add(wait(429, 30_500));
    assert.equal(shown, 1);
    assert.equal(board.secondsLeft(0), 31);
    assert.ok(board.rateLimited, 'a 429 among them: "Rate limited"');
    removeB();
    assert.equal(board.secondsLeft(0), 10);
    assert.ok(!board.rateLimited);
    removeA();
    assert.ok(!board.active, 'the notice closes when nothing waits');
    board.add(wait(429, 5000));
    assert.equal(shown, 2, 'a later wait opens a new notice');
  });

  it('Cancel stops every wait on the board', () => {
    const cancelled: string[] = [];
    const board = new RetryBoard(() => undefined);
    board.add(wait(429, 1, () => cancelled.push('a')));
    board.add(wait(429, 2, () => cancelled.push('b')));
    board.cancelAll();
    assert.deepEqual(cancelled, ['a', 'b']);
  });

  it('the notice stays while something waits, and counts from the moment it is read', () => {
    const board = new RetryBoard(() => undefined);
    const remove = board.add(wait(503, 40_000));
    assert.ok(board.active);
    assert.equal(board.secondsLeft(10_000), 30);
    assert.equal(board.secondsLeft(39_001), 1, 'never "0 s" while it still waits');
    remove();
    assert.ok(!board.active);
  });
});
