/**
 * The first gate for a message from the webview, before zod sees it: a plain object of bounded size and depth,
 * no prototype-pollution keys, no oversized strings (the PNG data URL excepted, up to its own limit).
 */
export const MAX_STRING_LENGTH = 2_000;
/** A chart PNG at 2× pixel ratio is a few hundred KB; 8 MB of base64 is far beyond any real one. */
export const MAX_PNG_DATA_URL_LENGTH = 8 * 1024 * 1024;
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainSafe(value: unknown, depth = 0): boolean {
  if (depth > 4) return false;
  if (typeof value === 'string') return value.length <= MAX_PNG_DATA_URL_LENGTH;
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(value);
  if (keys.length > 16) return false;
  for (const key of Object.getOwnPropertyNames(value)) {
    if (FORBIDDEN_KEYS.has(key)) return false;
    const child: unknown = (value as Record<string, unknown>)[key];
    if (typeof child === 'string' && key !== 'dataUrl' && child.length > MAX_STRING_LENGTH) return false;
    if (!isPlainSafe(child, depth + 1)) return false;
  }
  return true;
}
