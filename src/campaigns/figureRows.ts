/** The campaign's key figures as tree rows: the same numbers as the dashboard's KPI cards. */
import * as vscode from 'vscode';
import { keyFigures } from '../analytics/keyFigures';
import { inputFromPair } from '../analytics/options';
import type { AnalyticsPair } from '../host/services';

export interface FigureRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly delta: string | undefined;
  readonly tooltip: string | undefined;
}

export function figureRows(pair: AnalyticsPair, currencyLabel: string): FigureRow[] {
  const translate = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);
  return keyFigures(inputFromPair(pair), { currencyLabel, locale: vscode.env.language, t: translate }).map((figure) => ({
    id: figure.id,
    label: figure.label,
    value: figure.value,
    delta: figure.delta === '—' ? undefined : figure.delta,
    tooltip: figure.tooltip,
  }));
}
