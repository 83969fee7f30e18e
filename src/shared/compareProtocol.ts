/**
 * Every message between the Compare panel host and its webview. The webview imports this with `import type`
 * only (no zod in its bundle); the host parses each webview message here, behind the same plain-value gate as
 * the dashboard's.
 */
import * as z from 'zod/mini';
import { CAMPAIGN_ID_PATTERN } from './campaignId';
import { isPlainSafe, MAX_PNG_DATA_URL_LENGTH } from './plainValue';
import type { ColorRole, ModelChart, ModelKpi } from './protocol';
import { ANALYTICS_SECTIONS } from './vocabulary';

export interface ComparedCampaign {
  readonly id: string;
  readonly name: string;
  readonly color: ColorRole;
  readonly kpis: readonly ModelKpi[] | null;
  /** Why the last load failed; with `stale`, the figures shown are the last good ones of this range. */
  readonly error: string | null;
  readonly stale: boolean;
}

export interface CompareModel {
  readonly campaigns: readonly ComparedCampaign[];
  readonly charts: readonly ModelChart[];
  readonly locale: string;
  readonly currency: string;
}


export type CompareHostMessage =
  | { readonly type: 'init'; readonly strings: Record<string, string>; readonly title: string; readonly locale: string; readonly isDemo: boolean }
  | { readonly type: 'loading'; readonly rangeText: string }
  | { readonly type: 'data'; readonly model: CompareModel; readonly rangeText: string; readonly fetchedAt: number };

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]*={0,2}$/;

export const compareWebviewMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('reload') }),
  z.strictObject({ type: z.literal('pickRange') }),
  z.strictObject({ type: z.literal('openDashboard'), campaignId: z.string().check(z.regex(CAMPAIGN_ID_PATTERN)) }),
  z.strictObject({
    type: z.literal('exportPng'),
    chartId: z.enum(ANALYTICS_SECTIONS),
    dataUrl: z.string().check(z.maxLength(MAX_PNG_DATA_URL_LENGTH), z.regex(PNG_DATA_URL)),
    exportId: z.optional(z.int().check(z.nonnegative())),
  }),
  z.strictObject({ type: z.literal('exportCsv'), chartId: z.enum(ANALYTICS_SECTIONS) }),
  z.strictObject({ type: z.literal('rendered'), ms: z.number().check(z.nonnegative(), z.maximum(3_600_000)) }),
]);
export type CompareWebviewMessage = z.output<typeof compareWebviewMessageSchema>;

export function parseCompareMessage(raw: unknown): CompareWebviewMessage | null {
  try {
    if (!isPlainSafe(raw) || raw === null || typeof raw !== 'object') return null;
    const result = compareWebviewMessageSchema.safeParse(raw);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
