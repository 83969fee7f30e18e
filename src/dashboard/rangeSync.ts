/**
 * `nlpearl.syncRanges`: one range for the tree and every dashboard. On, a range picked in either moves the
 * other; off (the default), each dashboard keeps its own range, and each view says which it shows.
 */
import * as vscode from 'vscode';
import type { RangeState } from '../model/rangeState';
import type { RangeSelection } from '../model/types';
import { openDashboards } from './loader';

export const SYNC_SETTING = 'nlpearl.syncRanges';

export function syncRangesOn(): boolean {
  return vscode.workspace.getConfiguration('nlpearl').get<boolean>('syncRanges') === true;
}

/** A preset is one range whatever its dates (they move with the clock); fixed dates compare as dates. */
function sameRange(a: RangeSelection, b: RangeSelection): boolean {
  if (a.preset || b.preset) return a.preset === b.preset;
  return a.from === b.from && a.to === b.to;
}

export class RangeSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly range: RangeState) {
    this.disposables = [
      range.onDidChange(() => this.alignDashboards()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // Turned on: the dashboards take the tree's range, the one the sidebar names.
        if (event.affectsConfiguration(SYNC_SETTING)) this.alignDashboards();
      }),
    ];
  }

  /** A person picked `chosen` in a dashboard or the palette: with the setting on, the tree (and so the rest) follows. */
  async chosen(chosen: RangeSelection): Promise<void> {
    if (!syncRangesOn() || sameRange(this.range.current(), chosen)) return;
    await this.range.set(chosen.preset ? { preset: chosen.preset } : { from: chosen.from, to: chosen.to });
  }

  private alignDashboards(): void {
    if (!syncRangesOn()) return;
    const current = this.range.current();
    for (const panel of openDashboards.all()) {
      if (!panel.isDisposed && !sameRange(panel.range, current)) panel.setRange(current);
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
