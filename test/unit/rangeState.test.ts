/**
 * The tree's date range with its change event and the display language (rangeState.ts, the part of the range
 * memory that needs 'vscode'). Plain Node has no 'vscode' module: this file lends rangeState.ts a small stand-in
 * with an EventEmitter and `l10n.t`, only while its own tests run.
 */
import assert from 'node:assert/strict';
import Module from 'node:module';
import { describeRange } from '../../src/api/range';
import type { RangeState } from '../../src/model/rangeState';

const RANGE_KEY = 'nlpearl.treeRange';
const CUSTOM = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

/** vscode.EventEmitter as far as RangeState uses it: a disposed emitter tells nobody. */
class StandInEmitter {
  private listeners = new Set<() => void>();
  readonly event = (listener: () => void) => {
    this.listeners.add(listener);
    return { dispose: () => void this.listeners.delete(listener) };
  };
  fire(): void {
    for (const listener of [...this.listeners]) listener();
  }
  dispose(): void {
    this.listeners = new Set();
  }
}

const standIn = { EventEmitter: StandInEmitter, l10n: { t: (message: string) => `«${message}»` } };
const STAND_IN_PATH = '/nonexistent/vscode-stand-in.js';

type Resolve = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolve };

describe('RangeState (the tree\'s range, with its change event)', () => {
  let original: Resolve;
  let rangeState: typeof import('../../src/model/rangeState');

  before(async () => {
    original = loader._resolveFilename;
    loader._resolveFilename = (request, ...rest) => (request === 'vscode' ? STAND_IN_PATH : original(request, ...rest));
    const stub = new Module(STAND_IN_PATH);
    stub.exports = standIn;
    stub.loaded = true;
    require.cache[STAND_IN_PATH] = stub;
    rangeState = await import('../../src/model/rangeState');
  });

  after(() => {
    loader._resolveFilename = original;
    delete require.cache[STAND_IN_PATH];
  });

  function state(stored: unknown): { range: RangeState; values: Map<string, unknown> } {
    const values = new Map<string, unknown>([[RANGE_KEY, stored]]);
    const memento = { get: (key: string) => values.get(key), update: async (key: string, value: unknown) => void values.set(key, value) };
    return { range: new rangeState.RangeState(memento as never, () => 'last30'), values };
  }

  it('titles a preset in the display language', () => {
    assert.equal(state({ preset: 'last7' }).range.label(), '«Last 7 days»');
    assert.equal(state(undefined).range.label(), '«Last 30 days»', 'the default range');
  });

  it('tells the tree once a new range is kept, so its title and figures follow', async () => {
    const { range, values } = state({ preset: 'last7' });
    const heard: string[] = [];
    range.onDidChange(() => heard.push(range.label()));
    await range.set(CUSTOM);
    assert.deepEqual(values.get(RANGE_KEY), CUSTOM);
    assert.deepEqual(heard, [describeRange(CUSTOM)], 'the listener reads the range just chosen');
    await range.set({ preset: 'today' });
    assert.deepEqual(heard.slice(1), ['«Today»']);
  });

  it('after dispose (the extension deactivated), a change is kept but nobody is called', async () => {
    const { range, values } = state(undefined);
    let heard = 0;
    range.onDidChange(() => heard++);
    range.dispose();
    await range.set({ preset: 'last90' });
    assert.deepEqual(values.get(RANGE_KEY), { preset: 'last90' });
    assert.equal(heard, 0);
  });
});
