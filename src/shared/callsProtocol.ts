/**
 * Every message between the Calls panel host and its webview. The webview imports this with
 * `import type` only (no zod in its bundle); the host parses each webview message with these schemas.
 */
import * as z from 'zod/mini';
import { CAMPAIGN_ID_PATTERN } from './campaignId';

/** A row as the webview shows it: every field already text, formatted and translated by the host. */
export interface CallRowDto {
  readonly id: string;
  readonly start: string;
  readonly caller: string;
  readonly duration: string;
  readonly outcome: string;
  readonly status: string;
  readonly tags: string;
}

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

export interface CallFilters {
  /** Outcome code as text, '' = all. */
  readonly outcome: string;
  /** Label id, '' = all. */
  readonly tag: string;
  readonly search: string;
  readonly sort: 'startTime' | 'duration';
  readonly ascending: boolean;
}

export type CallsStrings = Record<string, string>;

export interface CallsTargetDto {
  readonly campaignId: string;
  readonly from: string;
  readonly to: string;
  /** A heatmap cell's panel: restored as that weekday × hour, not as the whole range. */
  readonly cell?: { readonly weekday: number; readonly hour: number };
}

/** What the Calls webview keeps across reloads: UI only (which calls, which filters), never a row of data. */
export interface CallsWebviewState extends CallsTargetDto {
  readonly filters: CallFilters;
}

export type CallsHostMessage =
  | {
      readonly type: 'init';
      readonly title: string;
      readonly strings: CallsStrings;
      readonly outcomes: readonly FilterOption[];
      readonly tags: readonly FilterOption[];
      readonly filters: CallFilters;
      /** The campaign and range shown, for the webview to keep (setState) so the panel comes back after a reload. */
      readonly target: CallsTargetDto;
      /** Said above the table when the panel came from a chart whose figure may differ. */
      readonly note: string;
    }
  | { readonly type: 'page'; readonly generation: number; readonly skip: number; readonly count: number | null; readonly countText: string; readonly rows: readonly CallRowDto[]; readonly done: boolean }
  | { readonly type: 'error'; readonly generation: number; readonly message: string }
  /** While a heatmap cell's calls are read page by page: "Reading calls: 300 of 1,234…". */
  | { readonly type: 'progress'; readonly generation: number; readonly text: string };

const filtersSchema = z.object({
  outcome: z.string().check(z.regex(/^\d{0,4}$/)),
  tag: z.string().check(z.maxLength(100)),
  search: z.string().check(z.maxLength(200)),
  sort: z.enum(['startTime', 'duration']),
  ascending: z.boolean(),
});

export const callsWebviewMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('filters'), generation: z.number().check(z.int(), z.gte(0)), filters: filtersSchema }),
  z.object({ type: z.literal('more'), generation: z.number().check(z.int(), z.gte(0)), skip: z.number().check(z.int(), z.gte(0)) }),
  z.object({ type: z.literal('openCall'), callId: z.string().check(z.regex(CAMPAIGN_ID_PATTERN)) }),
  // After the first page of a filter generation is on screen: what a person waits for after Show Calls.
  z.object({ type: z.literal('painted'), generation: z.number().check(z.int(), z.gte(0)), rows: z.number().check(z.int(), z.gte(0)) }),
]);
export type CallsWebviewMessage = z.output<typeof callsWebviewMessageSchema>;

const isoDate = z.string().check(
  z.maxLength(40),
  z.refine((text) => !Number.isNaN(Date.parse(text)), 'expected a date'),
);

/** The saved state of a restored Calls panel: from the webview, so untrusted like any of its messages. */
export const callsWebviewStateSchema = z
  .object({
    campaignId: z.string().check(z.regex(CAMPAIGN_ID_PATTERN)),
    from: isoDate,
    to: isoDate,
    filters: filtersSchema,
    cell: z.optional(z.strictObject({ weekday: z.int().check(z.minimum(0), z.maximum(6)), hour: z.int().check(z.minimum(0), z.maximum(23)) })),
  })
  .check(z.refine((state) => Date.parse(state.from) <= Date.parse(state.to), 'the range ends before it starts'));
