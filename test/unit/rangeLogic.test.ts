/**
 * The tree's date range across reloads: what globalState holds (possibly written by an older version or by
 * hand), the range fetched from it, and the words on the tree's title.
 */
import assert from 'node:assert/strict';
import { describeRange, rangeForPreset, type RangePreset } from '../../src/api/range';
import { RangeMemory } from '../../src/model/rangeLogic';

// The key earlier versions wrote: a range chosen before an update is still chosen after it.
const RANGE_KEY = 'nlpearl.treeRange';

const CUSTOM = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const NOW = new Date(2026, 11, 2, 15, 30);

function memory(stored: unknown, defaultPreset: RangePreset = 'last30') {
  const values = new Map<string, unknown>([[RANGE_KEY, stored]]);
  const range = new RangeMemory(
    { get: (key) => values.get(key), update: async (key, value) => void values.set(key, value) },
    () => defaultPreset,
    (message) => `«${message}»`,
  );
  return { range, values };
}

describe('the tree\'s date range (kept in globalState)', () => {
  it('a stored preset is fetched as of now, and titled in the display language', () => {
    const { range } = memory({ preset: 'last7' });
    assert.deepEqual(range.current(NOW), { ...rangeForPreset('last7', NOW), preset: 'last7' });
    assert.equal(range.label(), '«Last 7 days»');
  });

  it('a stored custom range is fetched as it is, and titled with its dates', () => {
    const { range } = memory({ ...CUSTOM });
    assert.deepEqual(range.current(NOW), CUSTOM);
    assert.equal(range.label(), describeRange(CUSTOM));
  });

  it('nothing stored, or something unreadable, means the default range', () => {
    const expected = { ...rangeForPreset('last90', NOW), preset: 'last90' };
    for (const stored of [undefined, null, 'last7', 42, { preset: 'fortnight' }, { from: CUSTOM.from }, { from: 1, to: 2 }, { from: CUSTOM.from, to: 7 }]) {
      const { range } = memory(stored, 'last90');
      assert.deepEqual(range.current(NOW), expected, JSON.stringify(stored));
      assert.equal(range.label(), '«Last 90 days»', JSON.stringify(stored));
    }
  });

  it('a preset is kept by name, so that it still means "the last 7 days" tomorrow', async () => {
    const { range, values } = memory(undefined);
    await range.set({ ...rangeForPreset('last7', NOW), preset: 'last7' });
    assert.deepEqual(values.get(RANGE_KEY), { preset: 'last7' });
    const tomorrow = new Date(NOW.getTime() + 86_400_000);
    assert.deepEqual(range.current(tomorrow), { ...rangeForPreset('last7', tomorrow), preset: 'last7' });
  });

  it('a custom range is kept as its two dates only, and read back after a reload', async () => {
    const { range, values } = memory({ preset: 'today' });
    await range.set({ ...CUSTOM, label: 'not stored' } as typeof CUSTOM);
    assert.deepEqual(values.get(RANGE_KEY), CUSTOM);
    assert.deepEqual(memory(values.get(RANGE_KEY)).range.current(NOW), CUSTOM);
  });
});
