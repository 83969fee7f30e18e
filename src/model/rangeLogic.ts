/**
 * The tree's current date range as globalState keeps it: a preset (re-computed at each use) or a fixed custom
 * range. No 'vscode' here — the event and the translator come from rangeState.ts — so it is tested in plain Node.
 */
import { describeRange, isRangePreset, PRESET_LABELS, rangeForPreset, type DateRange, type RangePreset } from '../api/range';
import type { RangeSelection } from './types';

export const RANGE_KEY = 'nlpearl.treeRange';

type Stored = { preset: RangePreset } | { from: string; to: string };

/** The part of a vscode.Memento this needs. */
export interface RangeMemento {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

export class RangeMemory {
  constructor(
    private readonly state: RangeMemento,
    private readonly defaultPreset: () => RangePreset,
    private readonly translate: (message: string) => string,
  ) {}

  // globalState is written by older versions and can be edited by hand: anything unreadable means the default.
  private stored(): Stored {
    const value = this.state.get(RANGE_KEY);
    if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (isRangePreset(v.preset)) return { preset: v.preset };
      if (typeof v.from === 'string' && typeof v.to === 'string') return { from: v.from, to: v.to };
    }
    return { preset: this.defaultPreset() };
  }

  /** The range to fetch now. */
  current(now: Date = new Date()): RangeSelection {
    const stored = this.stored();
    return 'preset' in stored ? { ...rangeForPreset(stored.preset, now), preset: stored.preset } : stored;
  }

  label(): string {
    const stored = this.stored();
    return 'preset' in stored ? this.translate(PRESET_LABELS[stored.preset]) : describeRange(stored);
  }

  // A preset is kept by name only, so that "Last 7 days" still means the last 7 days tomorrow.
  async set(selection: { preset: RangePreset } | DateRange): Promise<void> {
    await this.state.update(RANGE_KEY, 'preset' in selection ? { preset: selection.preset } : { from: selection.from, to: selection.to });
  }
}
