/**
 * What the panel posts to its webview (init, loading, data, error), built from plain values. Pure
 * (no vscode) so the messages are unit-tested; the panel passes in vscode.l10n.t and the settings.
 */
import { comparisonText } from '../analytics/comparisonText';
import { buildDashboardModel } from '../analytics/model';
import { inputFromPair, type WeekdayBase } from '../analytics/options';
import { englishTranslate, type Translate } from '../analytics/translate';
import { rangeForPreset, rangeProblem, splitRange, type DateRange, type RangePreset } from '../api/range';
import { CAMPAIGN_STATUS } from '../api/schemas';
import type { ErrorView } from '../host/errorText';
import type { AnalyticsPair, CampaignInfo, HostSettings } from '../host/services';
import type { DataMessage, ErrorMessage, InitMessage, LoadingMessage, WebviewState } from '../shared/protocol';
import { webviewStrings } from './strings';

export type DashboardRange = DateRange & { preset?: RangePreset };

/** The last successful load: kept on screen (marked stale) when a later load fails. */
export interface LoadedData {
  readonly pair: AnalyticsPair;
  readonly requestId: number;
  readonly range: DashboardRange;
}

/** A preset stays relative: "last 7 days" is computed from the clock each time it is chosen. */
export function presetRange(preset: RangePreset): DashboardRange {
  return { ...rangeForPreset(preset), preset };
}

/** The range a restored panel opens with: its preset again, or the fixed dates it had. */
export function restoredRange(state: Pick<WebviewState, 'preset' | 'range'>): DashboardRange {
  return state.preset ? presetRange(state.preset) : { ...state.range };
}

export function sameRange(a: DashboardRange, b: DashboardRange): boolean {
  if (a.preset || b.preset) return a.preset === b.preset;
  return a.from === b.from && a.to === b.to;
}

/** What the panel title and export file names call the campaign until the API gives its name. */
export function campaignDisplayName(info: CampaignInfo | undefined, campaignId: string): string {
  return info?.name || campaignId;
}

/** Changes when the campaign list fills in the name or status the last `init` showed. */
export function campaignKey(info: CampaignInfo | undefined): string {
  return `${info?.name ?? ''}\u0000${info?.status ?? ''}`;
}

/** "Running", "Paused"… through `t` (the header shows it); `unknown` words a status code the API added later. */
export function campaignStatusName(status: number | null, unknown: (status: number) => string, t: Translate = englishTranslate): string | null {
  if (status === null) return null;
  const known = CAMPAIGN_STATUS[status as keyof typeof CAMPAIGN_STATUS];
  return known === undefined ? unknown(status) : t(known);
}

function rangeFields(range: DashboardRange): Pick<LoadingMessage, 'range' | 'preset'> {
  return { range: { from: range.from, to: range.to }, preset: range.preset ?? null };
}

export interface InitInput {
  readonly campaign: InitMessage['campaign'];
  readonly range: DashboardRange;
  readonly isDemo: boolean;
  readonly settings: HostSettings;
  readonly locale: string;
  readonly t: Translate;
}

export function initMessage(input: InitInput): InitMessage {
  return {
    type: 'init',
    strings: webviewStrings(input.t),
    campaign: input.campaign,
    ...rangeFields(input.range),
    isDemo: input.isDemo,
    settings: { currencyLabel: input.settings.currencyLabel, autoRefreshMinutes: input.settings.autoRefreshMinutes },
    locale: input.locale,
  };
}

/** `clear`: the host has no data for the panel, so the webview must not keep any (see LoadingMessage). */
export function loadingMessage(requestId: number, range: DashboardRange, clear = false): LoadingMessage {
  return {
    type: 'loading',
    requestId,
    ...rangeFields(range),
    // splitRange assumes a valid range (NaN dates would give a nonsense count); an invalid one fails at once.
    windows: rangeProblem(range) ? 1 : splitRange(range).length,
    ...(clear ? { clear } : {}),
  };
}

/**
 * What an error may keep on screen, marked stale: only data of the same range (the source is the same
 * by construction — a change of demo mode, account or base URL drops the panel's data).
 */
export function keptData(last: LoadedData | undefined, range: DashboardRange): LoadedData | undefined {
  return last && sameRange(last.range, range) ? last : undefined;
}

export interface DataOptions {
  readonly currencyLabel: string;
  readonly weekdayBase?: WeekdayBase;
  readonly displayTimeZone?: string;
  readonly locale: string;
  readonly t: Translate;
}

export function dataMessage(loaded: LoadedData, options: DataOptions): DataMessage {
  return {
    type: 'data',
    requestId: loaded.requestId,
    model: buildDashboardModel(inputFromPair(loaded.pair), options),
    fetchedAt: loaded.pair.current.fetchedAt,
    stale: false,
    windows: loaded.pair.current.windows,
    ...rangeFields(loaded.range),
    ...(loaded.pair.comparison ? { comparison: comparisonText(loaded.pair.comparison, options) } : {}),
  };
}

/** `kept` is the data still on screen, if any: the webview marks it stale instead of clearing it. */
export function errorMessage(requestId: number, view: ErrorView, kept: LoadedData | undefined): ErrorMessage {
  return {
    type: 'error',
    requestId,
    kind: view.kind,
    message: view.message,
    action: view.action,
    ...(view.retryAfterSeconds !== undefined ? { retryAfterSeconds: view.retryAfterSeconds } : {}),
    stale: kept !== undefined,
    fetchedAt: kept?.pair.current.fetchedAt ?? null,
  };
}
