/**
 * What the panel posts to its webview (init, loading, data, error), built from plain values. Pure
 * (no vscode) so the messages are unit-tested; the panel passes in vscode.l10n.t and the settings.
 */
import { comparisonText } from '../analytics/comparisonText';
import { buildDashboardModel } from '../analytics/model';
import { inputFromPair, resolveOptions, type WeekdayBase } from '../analytics/options';
import { overlayField } from '../analytics/overlay';
import type { Translate } from '../analytics/translate';
import { rangeForPreset, rangeProblem, splitRange, type RangePreset } from '../api/range';
import type { ErrorView } from '../model/errorView';
import type { AnalyticsPair } from '../api/types';
import { kindOfType, type CampaignKind } from '../api/campaigns';
import { l10nMark as l10n } from '../shared/l10nMark';

/** Marked for the bundle here, translated by the panel's `t` (the webview's own table has the inbound title). */
const OUTBOUND_TITLE = l10n.t('{0} — Outbound Analytics');
import type { CampaignInfo, DisplaySettings, RangeSelection } from '../model/types';

export type { RangeSelection };
import type { DashboardModel, DataMessage, ErrorMessage, InitMessage, LoadingMessage } from '../shared/protocol';
import type { WebviewState } from '../shared/webviewState';
import { webviewStrings } from './translateStrings';


/** The last successful load: kept on screen (marked stale) when a later load fails. */
export interface LoadedData {
  readonly pair: AnalyticsPair;
  readonly requestId: number;
  readonly range: RangeSelection;
}

/** A preset stays relative: "last 7 days" is computed from the clock each time it is chosen. */
export function presetRange(preset: RangePreset): RangeSelection {
  return { ...rangeForPreset(preset), preset };
}

/** The range a restored panel opens with: its preset again, or the fixed dates it had. */
export function restoredRange(state: Pick<WebviewState, 'preset' | 'range'>): RangeSelection {
  return state.preset ? presetRange(state.preset) : { ...state.range };
}

export function sameRange(a: RangeSelection, b: RangeSelection): boolean {
  if (a.preset || b.preset) return a.preset === b.preset;
  return a.from === b.from && a.to === b.to;
}

/** What the panel title and export file names call the campaign until the API gives its name. */
export function campaignDisplayName(info: CampaignInfo | undefined, campaignId: string): string {
  return info?.name || campaignId;
}

/** Changes when the campaign list fills in the name or status the last `init` showed. */
export function campaignKey(info: CampaignInfo | undefined): string {
  return `${info?.name ?? ''}\u0000${info?.status ?? ''}\u0000${info?.kind ?? ''}`;
}

function rangeFields(range: RangeSelection): Pick<LoadingMessage, 'range' | 'preset'> {
  return { range: { from: range.from, to: range.to }, preset: range.preset ?? null };
}

export interface InitInput {
  readonly campaign: InitMessage['campaign'];
  readonly range: RangeSelection;
  readonly isDemo: boolean;
  readonly settings: DisplaySettings;
  readonly locale: string;
  readonly t: Translate;
  /** Outbound: the webview's document title says so. */
  readonly kind?: CampaignKind;
}

export function initMessage(input: InitInput): InitMessage {
  const strings = webviewStrings(input.t);
  return {
    type: 'init',
    strings: input.kind === 'outbound' ? { ...strings, title: input.t(OUTBOUND_TITLE) } : strings,
    campaign: input.campaign,
    ...rangeFields(input.range),
    isDemo: input.isDemo,
    settings: { currencyLabel: input.settings.currencyLabel, autoRefreshMinutes: input.settings.autoRefreshMinutes },
    locale: input.locale,
  };
}

/** `clear`: the host has no data for the panel, so the webview must not keep any (see LoadingMessage). */
export function loadingMessage(requestId: number, range: RangeSelection, clear = false): LoadingMessage {
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
export function keptData(last: LoadedData | undefined, range: RangeSelection): LoadedData | undefined {
  return last && sameRange(last.range, range) ? last : undefined;
}

export interface DataOptions {
  readonly currencyLabel: string;
  readonly weekdayBase?: WeekdayBase;
  readonly displayTimeZone?: string;
  readonly locale: string;
  readonly t: Translate;
  /** As the campaign list says; unknown: the response's `callType`, else inbound. */
  readonly campaignKind?: CampaignKind;
}

/** What a dashboard treats the campaign as: the list's word first, then the analytics' own `callType`. */
export function dashboardKind(listed: CampaignKind | undefined, pair: AnalyticsPair | undefined): CampaignKind {
  return listed ?? kindOfType(pair?.current.analytics.callType) ?? 'inbound';
}

/** "Front Desk — Inbound Analytics": the kind from the campaign list, else from the response. */
export function dashboardTitle(info: CampaignInfo | undefined, campaignId: string, pair: AnalyticsPair | undefined, l10n: { t: Translate }): string {
  const name = campaignDisplayName(info, campaignId);
  return dashboardKind(info?.kind, pair) === 'outbound' ? l10n.t('{0} — Outbound Analytics', name) : l10n.t('{0} — Inbound Analytics', name);
}

/** The model, with the previous period's lines for the overlay toggle: from the pair's own previous period, no request. */
function modelWithOverlay(input: ReturnType<typeof inputFromPair>, options: DataOptions): DashboardModel {
  const model = buildDashboardModel(input, options);
  return { ...model, ...overlayField(model.charts, input, resolveOptions(options)) };
}

export function dataMessage(loaded: LoadedData, options: DataOptions): DataMessage {
  return {
    type: 'data',
    requestId: loaded.requestId,
    model: modelWithOverlay(inputFromPair(loaded.pair), { ...options, campaignKind: dashboardKind(options.campaignKind, loaded.pair) }),
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
