/** The campaign's key figures as tree rows: the same numbers as the dashboard's KPI cards. */
import * as vscode from 'vscode';
import { comparisonText } from '../analytics/comparisonText';
import { keyFigures } from '../analytics/keyFigures';
import { inputFromPair } from '../analytics/options';
import type { AnalyticsPair } from '../api/types';

export interface FigureRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly delta: string | undefined;
  readonly tooltip: string | undefined;
}

export function figureRows(pair: AnalyticsPair, currencyLabel: string): FigureRow[] {
  const translate = (message: string, ...args: Array<string | number>) => vscode.l10n.t(message, ...args);
  const o = { currencyLabel, locale: vscode.env.language, t: translate };
  // The row's tooltip says what its change is measured against, as the dashboard's cards do.
  const comparison = pair.comparison ? comparisonText(pair.comparison, o) : undefined;
  return keyFigures(inputFromPair(pair), o).map((figure) => {
    const delta = figure.delta === '—' ? undefined : figure.delta;
    const compared = delta && comparison ? `${delta} ${comparison}` : undefined;
    return {
      id: figure.id,
      label: figure.label,
      value: figure.value,
      delta,
      tooltip: [figure.tooltip, compared].filter(Boolean).join('\n') || undefined,
    };
  });
}
