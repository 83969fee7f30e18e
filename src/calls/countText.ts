/**
 * The count line of the Calls panel. From a drill-down it knows the figure the user clicked; when the
 * search's `count` differs, both are shown and named ("41 calls found · the chart counted 40"), never
 * silently one. Pure: the translator is passed in.
 */
export type Translate = (message: string, ...args: Array<string | number>) => string;

export interface CountInput {
  /** The search's total (or the filtered total of a heatmap cell); null when NLPearl sent none. */
  readonly count: number | null;
  readonly loaded: number;
  /** The chart's figure, while the panel still shows what was clicked. */
  readonly expected?: number;
}

/** `l10n` is vscode.l10n on the host (named so, the extractor finds the literals). */
export function countText(input: CountInput, l10n: { readonly t: Translate }, locale: string): string {
  const n = (v: number) => v.toLocaleString(locale);
  const { count, loaded, expected } = input;
  if (count === null) {
    return expected === undefined
      ? l10n.t('{0} calls loaded (NLPearl sent no total)', n(loaded))
      : l10n.t('{0} calls loaded (NLPearl sent no total) · the chart counted {1}', n(loaded), n(expected));
  }
  if (expected === undefined || expected === count) return l10n.t('{0} calls', n(count));
  return l10n.t('{0} calls found · the chart counted {1}', n(count), n(expected));
}

/** Said above the table when the panel came from a dashboard figure: which period's calls these are (UTC, like the timeline's days). */
export function periodNote(range: { readonly from: string; readonly to: string }, l10n: { readonly t: Translate }, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, options);
  } catch {
    format = new Intl.DateTimeFormat('en', options);
  }
  return l10n.t('From the dashboard: calls from {0} to {1} (UTC).', format.format(Date.parse(range.from)), format.format(Date.parse(range.to)));
}
