/**
 * Every message between the Account overview host and its webview. The webview imports this with `import type`
 * only (no zod in its bundle); the host parses each webview message (plain-value gate, then zod) before use.
 */
import * as z from 'zod/mini';
import { CAMPAIGN_ID_PATTERN } from './campaignId';
import { isPlainSafe } from './plainValue';
import { RANGE_PRESETS, type RangePreset } from './vocabulary';
import type { DeltaDirection, DeltaTone } from './protocol';

/** The sortable columns, in table order after the name. */
export { OVERVIEW_COLUMNS, type OverviewColumn } from './vocabulary';
import type { OverviewColumn } from './vocabulary';
export type OverviewSortKey = 'name' | OverviewColumn;

export interface OverviewCell {
  /** The raw number sorted by; null = unknown (sorted last either way). */
  readonly value: number | null;
  readonly text: string;
  readonly delta: { readonly direction: DeltaDirection; readonly text: string; readonly description: string; readonly tone: DeltaTone };
}

interface RowBase {
  readonly id: string;
  readonly name: string;
  /** Status word ("Running", "Paused") or '' when unknown; the status filter's values. */
  readonly status: string;
  /** Absent = inbound (campaign lists before outbound support carry no kind). */
  readonly kind?: 'inbound' | 'outbound';
}

export type OverviewRow =
  | (RowBase & { readonly state: 'loading' })
  | (RowBase & { readonly state: 'error'; readonly message: string })
  | (RowBase & {
      readonly state: 'loaded';
      readonly cells: Readonly<Record<OverviewColumn, OverviewCell>>;
      /** Calls per day, oldest first. */
      readonly spark: readonly number[];
      readonly sparkText: string;
    });

export interface OverviewTotal {
  readonly cells: Readonly<Record<OverviewColumn, OverviewCell>> | null;
  readonly spark: readonly number[];
  readonly sparkText: string;
  /** "12 of 14 campaigns" / "Could not load: A, B" — never left out silently. */
  readonly summary: string;
  readonly failed: readonly string[];
}

export type OverviewStrings = Record<string, string>;

export type OverviewHostMessage =
  | {
      readonly type: 'init';
      readonly title: string;
      readonly strings: OverviewStrings;
      readonly locale: string;
      readonly isDemo: boolean;
      readonly preset: RangePreset | null;
      readonly range: { readonly from: string; readonly to: string };
    }
  | {
      readonly type: 'rows';
      readonly generation: number;
      readonly rows: readonly OverviewRow[];
      readonly total: OverviewTotal;
      /** Campaigns settled (loaded or failed) of all. */
      readonly done: number;
      readonly of: number;
      readonly rangeText: string;
      readonly preset: RangePreset | null;
      readonly range: { readonly from: string; readonly to: string };
    }
  | { readonly type: 'listError'; readonly generation: number; readonly message: string };

const isoDate = z.string().check(
  z.maxLength(40),
  z.refine((v) => /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)), 'expected an ISO date-time'),
);
const campaignId = z.string().check(z.regex(CAMPAIGN_ID_PATTERN));

export const overviewWebviewMessageSchema = z.union([
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('setRange'), preset: z.enum(RANGE_PRESETS) }),
  z.strictObject({ type: z.literal('setRange'), from: isoDate, to: isoDate }).check(z.refine((m) => Date.parse(m.from) < Date.parse(m.to), 'from must be before to')),
  z.strictObject({ type: z.literal('openCampaign'), campaignId }),
  z.strictObject({ type: z.literal('retry'), campaignId }),
  z.strictObject({ type: z.literal('refresh') }),
  z.strictObject({ type: z.literal('filter'), status: z.string().check(z.maxLength(100)), kind: z.enum(['', 'inbound', 'outbound']) }),
]);
export type OverviewWebviewMessage = z.output<typeof overviewWebviewMessageSchema>;

/** The typed message, or null for anything else. Never throws. */
export function parseOverviewMessage(raw: unknown): OverviewWebviewMessage | null {
  try {
    if (!isPlainSafe(raw) || raw === null || typeof raw !== 'object') return null;
    const result = overviewWebviewMessageSchema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
