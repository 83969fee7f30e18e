/** What the view model needs besides the data: language and the currency label. */
import type { DateRange } from '../api/range';
import type { CampaignKind, InboundAnalytics } from '../api/schemas';
import type { AnalyticsPair } from '../api/types';
import { currencyText } from './format';
import { englishTranslate, type Translate } from './translate';

/** The two periods the model compares; `previous` null = no comparison available. */
export interface AnalyticsInput {
  readonly current: InboundAnalytics;
  readonly previous: InboundAnalytics | null;
  /** The dates `current` covers (the heatmap checks the display zone's offset over them). */
  readonly range?: DateRange;
  /** The dates `previous` covers, for "vs Mar 1 – 30, 2026: 1,987" on the cards. */
  readonly previousRange?: DateRange;
}

/** `nlpearl.weekdayBase`: how callsByHourDayOfWeeks counts weekdays; auto = told by the data when it can be. */
export const WEEKDAY_BASES = ['auto', 'sunday0', 'sunday1'] as const;
export type WeekdayBase = (typeof WEEKDAY_BASES)[number];

export function isWeekdayBase(value: unknown): value is WeekdayBase {
  return typeof value === 'string' && (WEEKDAY_BASES as readonly string[]).includes(value);
}

export interface ModelOptions {
  /** `nlpearl.currencyLabel`; empty → "credits". */
  readonly currencyLabel?: string;
  /** BCP 47, e.g. vscode.env.language. Default 'en'. */
  readonly locale?: string;
  /** vscode.l10n.t on the host; English with {n} placeholders by default. */
  readonly t?: Translate;
  /** Default 'auto'. */
  readonly weekdayBase?: WeekdayBase;
  /** `nlpearl.displayTimeZone`: 'utc' (default), 'local' or an IANA zone. */
  readonly displayTimeZone?: string;
  /** Decides which statuses matter and whether the pickup rate is drawn. Default inbound. */
  readonly campaignKind?: CampaignKind;
}

/**
 * The localisation every builder receives, as a parameter named `l10n`: builders call
 * `l10n.t('…')` with a literal, the form scripts/l10n.mjs (Microsoft's extractor) finds.
 */
export interface ResolvedOptions {
  readonly currency: string;
  readonly locale: string;
  readonly t: Translate;
  readonly weekdayBase: WeekdayBase;
  readonly displayTimeZone: string;
  readonly campaignKind: CampaignKind;
}

export function resolveOptions(options: ModelOptions = {}): ResolvedOptions {
  const l10n = { t: options.t ?? englishTranslate };
  return {
    currency: currencyText(options.currencyLabel, l10n.t('credits')),
    locale: options.locale || 'en',
    t: l10n.t,
    weekdayBase: options.weekdayBase ?? 'auto',
    displayTimeZone: options.displayTimeZone ?? 'utc',
    campaignKind: options.campaignKind ?? 'inbound',
  };
}

/** The host's cached pair (AnalyticsResult wrappers) → the plain analytics the model reads. */
export function inputFromPair(pair: AnalyticsPair): AnalyticsInput {
  return {
    current: pair.current.analytics,
    previous: pair.previous?.analytics ?? null,
    range: pair.current.range,
    ...(pair.previous ? { previousRange: pair.previous.range } : {}),
  };
}
