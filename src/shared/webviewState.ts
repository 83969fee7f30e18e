/**
 * What a dashboard webview keeps across reloads (setState): UI only, never data — and what the host
 * accepts of it when VS Code restores a panel (parsed like any message from the webview).
 */
import * as z from 'zod/mini';
import { CAMPAIGN_ID_PATTERN } from './campaignId';
import { FORBIDDEN_KEYS, isoDate, presetSchema, ANALYTICS_SECTIONS, type RangePreset, type RangeDto, type AnalyticsSection } from './protocol';


export interface UiState {
  /** Chart ids whose Table toggle is on. */
  readonly tables: readonly AnalyticsSection[];
  /** Last picker choice: a preset or 'custom'. */
  readonly picker: RangePreset | 'custom';
}

export interface WebviewState {
  readonly campaignId: string;
  readonly range: RangeDto;
  readonly preset: RangePreset | null;
  readonly ui: UiState;
}

/**
 * What `z.catch` does (the fallback when the value does not fit), without its price: zod/mini's
 * catch pulls zod's whole util namespace, ~10 KB, into the host bundle.
 */
function orElse<T extends z.ZodMiniType>(schema: T, fallback: () => z.output<T>) {
  return z.pipe(
    z.unknown(),
    z.transform((value): z.output<T> => {
      const result = schema.safeParse(value);
      return result.success ? result.data : fallback();
    }),
  );
}

export const webviewStateSchema = z.object({
  campaignId: z.string().check(z.minLength(1), z.maxLength(200)),
  range: z.object({ from: isoDate, to: isoDate }),
  preset: z.pipe(z.optional(z.nullable(presetSchema)), z.transform((v) => v ?? null)),
  ui: orElse(
    z.object({
      tables: orElse(z.array(z.enum(ANALYTICS_SECTIONS)).check(z.maxLength(ANALYTICS_SECTIONS.length)), () => []),
      picker: orElse(z.union([presetSchema, z.literal('custom')]), () => 'last30' as const),
    }),
    () => ({ tables: [], picker: 'last30' as const }),
  ),
});

/** The state a restored panel starts from, or null when it is unusable. Never throws. */
export function parseWebviewState(raw: unknown): WebviewState | null {
  try {
    if (!isPlainSafeState(raw)) return null;
    const result = webviewStateSchema.safeParse(raw);
    // A restored panel puts its id in URL paths: only what an NLPearl id can be (checked here, not with
    // z.regex, which would pull more of zod into the host bundle).
    return result.success && CAMPAIGN_ID_PATTERN.test(result.data.campaignId) ? result.data : null;
  } catch {
    return null;
  }
}

function isPlainSafeState(raw: unknown): boolean {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const stack: unknown[] = [raw];
  let seen = 0;
  while (stack.length > 0 && seen < 200) {
    const value = stack.pop();
    seen++;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Object.getOwnPropertyNames(value)) {
      if (FORBIDDEN_KEYS.has(key)) return false;
      stack.push((value as Record<string, unknown>)[key]);
    }
  }
  return stack.length === 0;
}
