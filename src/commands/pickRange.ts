/** Quick pick of a date range: the presets, then "Custom range…" with validated from/to boxes. */
import * as vscode from 'vscode';
import {
  describeRange,
  fitsOneRequest,
  parseUserDate,
  PRESET_LABELS,
  RANGE_PRESETS,
  rangeForPreset,
  EARLIEST_DATE_MS,
  LATEST_AHEAD_MS,
  MAX_WINDOWS,
  rangeIssue,
  rangeProblem,
  splitRange,
  type RangeIssue,
  type RangePreset,
} from '../api/range';
import type { RangeSelection } from '../model/analyticsCache';

interface RangeItem extends vscode.QuickPickItem {
  readonly preset?: RangePreset;
}

export async function pickRange(current?: RangePreset): Promise<RangeSelection | undefined> {
  const items: RangeItem[] = RANGE_PRESETS.map((preset) => ({
    label: vscode.l10n.t(PRESET_LABELS[preset]),
    description: describeRange(rangeForPreset(preset)),
    preset,
    picked: preset === current,
  }));
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: vscode.l10n.t('Custom range…'), description: vscode.l10n.t('Pick a start and end date') });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('NLPearl: Date Range'),
    placeHolder: vscode.l10n.t('Which period?'),
  });
  if (!picked) return undefined;
  if (picked.preset) return { ...rangeForPreset(picked.preset), preset: picked.preset };
  return pickCustomRange();
}

function dateInputProblem(text: string): string | undefined {
  const date = parseUserDate(text);
  if (!date) return vscode.l10n.t('Type a date as YYYY-MM-DD, e.g. 2026-03-01.');
  // The same bounds the client enforces, said while typing instead of after the request.
  if (date.getTime() < EARLIEST_DATE_MS) return issueText('tooEarly');
  if (date.getTime() > Date.now() + LATEST_AHEAD_MS) return issueText('tooLate');
  return undefined;
}

function issueText(issue: RangeIssue): string {
  switch (issue) {
    case 'tooEarly':
      return vscode.l10n.t('Dates before 1 January 2015 are not accepted.');
    case 'tooLate':
      return vscode.l10n.t('Dates more than a year from now are not accepted.');
    case 'tooLong':
      return vscode.l10n.t('Pick a range of at most 3 years ({0} requests of 90 days).', MAX_WINDOWS);
    default:
      return vscode.l10n.t('The end date must be on or after the start date.');
  }
}

async function pickCustomRange(): Promise<RangeSelection | undefined> {
  const today = new Date();
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const fromText = await vscode.window.showInputBox({
    title: vscode.l10n.t('Custom range: start date (1/2)'),
    prompt: vscode.l10n.t('First day, included (YYYY-MM-DD, your local time)'),
    value: iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29)),
    validateInput: dateInputProblem,
  });
  if (fromText === undefined) return undefined;
  const from = parseUserDate(fromText);
  if (!from) return undefined;
  const toText = await vscode.window.showInputBox({
    title: vscode.l10n.t('Custom range: end date (2/2)'),
    prompt: vscode.l10n.t('Last day, included (YYYY-MM-DD). Over 90 days is fetched in several requests.'),
    value: iso(today),
    validateInput: (text) => {
      const problem = dateInputProblem(text);
      if (problem) return problem;
      const to = parseUserDate(text, true);
      if (!to) return problem;
      const range = { from: from.toISOString(), to: to.toISOString() };
      const issue = rangeIssue(range);
      if (issue) return issueText(issue);
      if (!fitsOneRequest(range)) {
        return {
          message: vscode.l10n.t('Longer than 90 days: fetched in {0} requests and merged.', splitRange(range).length),
          severity: vscode.InputBoxValidationSeverity.Info,
        };
      }
      return undefined;
    },
  });
  if (toText === undefined) return undefined;
  const to = parseUserDate(toText, true);
  if (!to) return undefined;
  const range = { from: from.toISOString(), to: to.toISOString() };
  return rangeProblem(range) ? undefined : range;
}
