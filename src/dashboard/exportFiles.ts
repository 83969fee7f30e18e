/** Pure helpers for exports: decode the webview's PNG, name the files. */
import type { CsvExportTarget } from '../shared/protocol';

const PNG_PREFIX = 'data:image/png;base64,';
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The PNG bytes, or null when the data URL is not a real PNG (the webview is untrusted). */
export function decodePngDataUrl(dataUrl: string): Uint8Array | null {
  if (!dataUrl.startsWith(PNG_PREFIX)) return null;
  const bytes = Buffer.from(dataUrl.slice(PNG_PREFIX.length), 'base64');
  if (bytes.length < PNG_MAGIC.length || PNG_MAGIC.some((b, i) => bytes[i] !== b)) return null;
  return new Uint8Array(bytes);
}

/** "Front desk-callsCostTimeLine-2026-03-01_2026-03-30.csv" ("Front desk-all-…" for Export all), safe on every file system. */
export function exportFileName(campaignName: string, id: CsvExportTarget | 'report', range: { from: string; to: string }, ext: 'png' | 'csv' | 'md'): string {
  const safe = campaignName.replace(/[^\p{L}\p{N} ._-]+/gu, '_').replace(/\.{2,}/g, '.').replace(/^[ .]+|[ .]+$/g, '').slice(0, 60) || 'campaign';
  return `${safe}-${id}-${range.from.slice(0, 10)}_${range.to.slice(0, 10)}.${ext}`;
}
