/** The campaign's key figures as tree rows (placeholder until src/analytics exposes keyFigures). */
import type { AnalyticsPair } from '../host/services';

export interface FigureRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly delta: string | undefined;
  readonly tooltip: string | undefined;
}

export function figureRows(pair: AnalyticsPair): FigureRow[] {
  const total = pair.current.analytics.callsStatusOverview?.totalCalls;
  return [{ id: 'totalCalls', label: 'Total calls', value: total === null || total === undefined ? '—' : String(total), delta: undefined, tooltip: undefined }];
}
