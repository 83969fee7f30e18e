/** The tree's current date range (see rangeLogic.ts), with the event and the translator that need 'vscode'. */
import * as vscode from 'vscode';
import type { DateRange, RangePreset } from '../api/range';
import { RangeMemory } from './rangeLogic';

export class RangeState extends RangeMemory {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(state: vscode.Memento, defaultPreset: () => RangePreset) {
    super(state, defaultPreset, (message) => vscode.l10n.t(message));
  }

  override async set(selection: { preset: RangePreset } | DateRange): Promise<void> {
    await super.set(selection);
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
