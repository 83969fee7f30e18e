/**
 * The Calls panel's heatmap-cell mode: the range's calls read page by page (src/calls/cellScan.ts) with a
 * cancellable progress notification and a progress line in the panel, then filtered to the cell.
 */
import * as vscode from 'vscode';
import type { CallQuery } from '../api/calls';
import { hourShift } from '../analytics/timeZone';
import { weekdayNames } from '../analytics/format';
import type { NLPearlApi } from '../api/types';
import { CELL_SCAN_LIMIT, scanCell, type CellScan } from './cellScan';
import type { CallsTarget } from './deps';
import type { HourCell } from './showArgs';

/** The zone the heatmap shows for this range (the same rule as the chart), as an offset and a name. */
export function cellZone(setting: string | undefined, range: CallsTarget['range']): { offsetHours: number; zone: string } {
  const shift = hourShift(setting, range);
  return shift.kind === 'shift' ? { offsetHours: shift.hours, zone: shift.zone } : { offsetHours: 0, zone: vscode.l10n.t('UTC') };
}

/** Said above the table: which cell, in which zone, and how the calls were found. */
export function cellNote(cell: HourCell, zone: string): string {
  const day = weekdayNames(vscode.env.language)[cell.weekday] ?? String(cell.weekday);
  return vscode.l10n.t(
    'Calls of {0} {1}–{2} ({3}). The call search cannot filter by hour: the range\'s calls were read and filtered here.',
    day,
    `${cell.hour}:00`,
    `${(cell.hour + 1) % 24}:00`,
    zone,
  );
}

/** What the panel shows when the range holds too many calls to read them all. */
export function tooManyText(total: number | null): string {
  const limit = CELL_SCAN_LIMIT.toLocaleString(vscode.env.language);
  return total === null
    ? vscode.l10n.t('More than {0} calls in this range: too many to read for one hour of the heatmap. Pick a shorter range on the dashboard (a week, say) and click the cell again.', limit)
    : vscode.l10n.t('{0} calls in this range: too many to read for one hour of the heatmap (at most {1}). Pick a shorter range on the dashboard (a week, say) and click the cell again.', total.toLocaleString(vscode.env.language), limit);
}

export interface CellLoad {
  readonly api: NLPearlApi;
  readonly campaignId: string;
  readonly query: CallQuery;
  readonly cell: HourCell;
  readonly offsetHours: number;
  readonly controller: AbortController;
  /** Each page read, for the panel's progress line. */
  readonly progress: (text: string) => void;
  /** Counts requests, like the panel's own pages. */
  readonly counted: () => void;
}

export function loadCell(load: CellLoad): Thenable<CellScan> {
  const locale = vscode.env.language;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('NLPearl: reading the calls of the range'), cancellable: true },
    async (progress, token) => {
      token.onCancellationRequested(() => load.controller.abort());
      let last = 0;
      return scanCell(
        (page) => {
          load.counted();
          return load.api.searchCalls(load.campaignId, load.query, page, { signal: load.controller.signal });
        },
        load.cell,
        load.offsetHours,
        (read, total) => {
          const text = total === null
            ? vscode.l10n.t('Reading calls: {0}…', read.toLocaleString(locale))
            : vscode.l10n.t('Reading calls: {0} of {1}…', read.toLocaleString(locale), total.toLocaleString(locale));
          if (total !== null && total > 0) progress.report({ message: text, increment: ((read - last) / total) * 100 });
          else progress.report({ message: text });
          last = read;
          load.progress(text);
        },
      );
    },
  );
}
