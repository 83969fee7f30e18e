import assert from 'node:assert/strict';
import { windowProgress, type ProgressStep } from '../../src/commands/progress';

/** The bar's fill after each report, as VS Code computes it: the sum of the increments. */
function fills(calls: ReadonlyArray<readonly [number, number]>): number[] {
  const steps: ProgressStep[] = [];
  const onProgress = windowProgress((step) => steps.push(step));
  for (const [done, total] of calls) onProgress(done, total);
  let sum = 0;
  return steps.map((s) => (sum += s.increment));
}

describe('progress of a split range', () => {
  it('a 4-window range fills the bar a quarter per window, reaching 100 % only at the end', () => {
    assert.deepEqual(fills([[0, 4], [1, 4], [2, 4], [3, 4], [4, 4]]), [0, 25, 50, 75, 100]);
  });

  it('a single request is empty until it is done', () => {
    assert.deepEqual(fills([[0, 1], [1, 1]]), [0, 100]);
  });

  it('says how many windows are done', () => {
    const messages: string[] = [];
    const onProgress = windowProgress((s) => messages.push(s.message));
    onProgress(0, 3);
    onProgress(1, 3);
    assert.deepEqual(messages, ['0/3', '1/3']);
  });
});
