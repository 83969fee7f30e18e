/** The tree's current date range: a preset (re-computed at each use) or a fixed custom range. */
import * as vscode from 'vscode';
import { describeRange, isRangePreset, PRESET_LABELS, rangeForPreset, type DateRange, type RangePreset } from '../api/range';
import type { RangeSelection } from './analyticsCache';

const KEY = 'nlpearl.treeRange';

type Stored = { preset: RangePreset } | { from: string; to: string };

export class RangeState {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly defaultPreset: () => RangePreset,
  ) {}

  private stored(): Stored {
    const value = this.state.get<unknown>(KEY);
    if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>;
      if (isRangePreset(v.preset)) return { preset: v.preset };
      if (typeof v.from === 'string' && typeof v.to === 'string') return { from: v.from, to: v.to };
    }
    return { preset: this.defaultPreset() };
  }

  /** The range to fetch now. */
  current(): RangeSelection {
    const stored = this.stored();
    return 'preset' in stored ? { ...rangeForPreset(stored.preset), preset: stored.preset } : stored;
  }

  label(): string {
    const stored = this.stored();
    return 'preset' in stored ? vscode.l10n.t(PRESET_LABELS[stored.preset]) : describeRange(stored);
  }

  async set(selection: { preset: RangePreset } | DateRange): Promise<void> {
    await this.state.update(KEY, 'preset' in selection ? { preset: selection.preset } : { from: selection.from, to: selection.to });
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
