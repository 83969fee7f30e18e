/**
 * Label colours come from the API and end up in the webview's canvas and CSSOM. Only a few plain
 * colour forms pass; everything else (url(), expression(), `;`-smuggled declarations…) is refused
 * and the chart falls back to a palette colour.
 */

/** Named colours accepted as-is: the common CSS keywords, not the whole list (enough for tags). */
export const NAMED_COLORS: ReadonlySet<string> = new Set([
  'black', 'white', 'red', 'green', 'blue', 'yellow', 'orange', 'purple', 'pink', 'brown', 'gray',
  'grey', 'cyan', 'magenta', 'lime', 'navy', 'teal', 'olive', 'maroon', 'silver', 'aqua', 'fuchsia',
  'gold', 'indigo', 'violet', 'coral', 'salmon', 'crimson', 'tomato', 'orchid', 'khaki', 'turquoise',
  'tan', 'beige', 'plum', 'lavender', 'darkgreen', 'darkblue', 'darkred', 'darkorange', 'lightblue',
  'lightgreen', 'lightgray', 'lightgrey', 'darkgray', 'darkgrey', 'skyblue', 'steelblue', 'slategray',
  'slategrey', 'seagreen', 'forestgreen', 'royalblue', 'dodgerblue', 'hotpink', 'deeppink',
  'firebrick', 'chocolate', 'sienna', 'goldenrod', 'limegreen', 'mediumpurple', 'rebeccapurple',
]);

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
const NUM = String.raw`\s*(?:\d{1,3}(?:\.\d+)?%?)\s*`;
const ALPHA = String.raw`\s*(?:0|1|0?\.\d+|1\.0+|\d{1,3}%)\s*`;
const RGB = new RegExp(String.raw`^rgba?\(${NUM},${NUM},${NUM}(?:,${ALPHA})?\)$`, 'i');
const RGB_SPACE = new RegExp(String.raw`^rgba?\(${NUM} ${NUM} ${NUM}(?:/${ALPHA})?\)$`, 'i');
const MAX_INPUT = 64;

/** A CSS colour safe to hand to canvas and `style.setProperty`, or null. */
export function safeCssColor(value: unknown): string | null {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffff) return null;
    return `#${value.toString(16).padStart(6, '0')}`;
  }
  if (typeof value !== 'string' || value.length > MAX_INPUT) return null;
  const v = value.trim();
  if (HEX.test(v)) return v.toLowerCase();
  if (RGB.test(v) || RGB_SPACE.test(v)) {
    const channels = v.match(/\d+(?:\.\d+)?%?/g) ?? [];
    // Three colour channels must stay within 0–255 (or 0–100 %).
    const ok = channels.slice(0, 3).every((c) => (c.endsWith('%') ? parseFloat(c) <= 100 : parseFloat(c) <= 255));
    return ok ? v.toLowerCase().replace(/\s+/g, ' ') : null;
  }
  const lower = v.toLowerCase();
  if (NAMED_COLORS.has(lower)) return lower;
  // Integers sent as text ("16711680") are the same 0xRRGGBB form.
  if (/^\d{1,8}$/.test(v)) return safeCssColor(Number(v));
  return null;
}
