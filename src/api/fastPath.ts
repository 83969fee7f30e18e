/**
 * What the hand-written fast paths (fastAnalytics.ts, fastCalls.ts) share: the signal that hands a body to zod,
 * and the two checks every field goes through. Each accepts only what zod would accept the same way.
 */
import { NUMERIC_STRING } from './schemas';

/** Thrown on anything a fast path leaves to zod; caught once, at the top. */
export const TO_ZOD: unique symbol = Symbol('to zod');

export type Row = Record<string, unknown>;

export function row(value: unknown): Row {
  // zod takes any non-array object; only plain ones (all JSON.parse makes) are decided here.
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return value as Row;
  }
  throw TO_ZOD;
}

export function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
  } else if (typeof value === 'string' && NUMERIC_STRING.test(value)) {
    const parsed = Number(value);
    if (Number.isFinite(parsed)) return parsed;
  }
  throw TO_ZOD;
}
