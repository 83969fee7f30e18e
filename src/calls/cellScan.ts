/**
 * The calls of one heatmap cell (weekday × hour). The call search cannot filter by hour, so the range's
 * calls are read page by page and filtered here, in the zone the heatmap shows (its hours move from UTC
 * only by a whole, constant number of hours over the range: src/analytics/timeZone.ts). A range with more
 * than CELL_SCAN_LIMIT calls is refused before anything beyond its first page is read.
 * Pure (no vscode): unit-tested.
 */
import type { CallSummary } from '../api/callSchemas';
import type { CallPage, CallPageRequest } from '../api/callTypes';
import { parseApiDate } from '../api/dates';
import { CELL_SCAN_LIMIT } from '../shared/drill';
import type { HourCell } from './showArgs';

export { CELL_SCAN_LIMIT };
/** Rows asked for per request while scanning (the server may send fewer). */
export const CELL_SCAN_PAGE = 100;
const HOUR_MS = 3_600_000;

/** Whether a call started in `cell`, read `offsetHours` ahead of UTC. A call without a start time is in no cell. */
export function inCell(startTime: string | null, cell: HourCell, offsetHours: number): boolean {
  const ms = startTime === null ? NaN : parseApiDate(startTime);
  if (Number.isNaN(ms)) return false;
  const shifted = new Date(ms + offsetHours * HOUR_MS);
  return shifted.getUTCDay() === cell.weekday && shifted.getUTCHours() === cell.hour;
}

export type CellScan =
  | { readonly ok: true; readonly calls: readonly CallSummary[]; readonly read: number }
  | { readonly ok: false; readonly total: number | null };

/**
 * Reads every page (stopping at `count`, or at an empty page when the server sent none) and keeps the
 * cell's calls. `onProgress(read, total)` after each page. Refuses (ok: false) when `count` is over
 * the limit, or, without a count, once more than the limit have been read.
 */
export async function scanCell(
  fetchPage: (page: CallPageRequest) => Promise<CallPage>,
  cell: HourCell,
  offsetHours: number,
  onProgress: (read: number, total: number | null) => void,
  limit = CELL_SCAN_LIMIT,
): Promise<CellScan> {
  const calls: CallSummary[] = [];
  let read = 0;
  for (;;) {
    const page = await fetchPage({ skip: read, limit: CELL_SCAN_PAGE });
    if (page.count !== null && page.count > limit) return { ok: false, total: page.count };
    read += page.results.length;
    if (page.count === null && read > limit) return { ok: false, total: null };
    for (const call of page.results) if (inCell(call.startTime, cell, offsetHours)) calls.push(call);
    onProgress(read, page.count);
    if (page.results.length === 0 || (page.count !== null && read >= page.count)) return { ok: true, calls, read };
  }
}
