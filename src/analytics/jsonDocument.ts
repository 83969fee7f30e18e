/**
 * The analytics JSON document: its file name (the campaign and the range, so a tab says what it holds) and
 * its text (the campaign and the range beside the response, still valid JSON). Pure: the host adds the
 * scheme and masks secrets.
 */
import { localDay } from './localDay';
import { cutText } from '../shared/cutText';
import { prettyJson } from '../shared/prettyJson';

export interface JsonDocumentRange {
  readonly from: string;
  readonly to: string;
  readonly preset?: string;
}

export interface JsonDocumentInput {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly range: JsonDocumentRange;
  /** The validated response (merged, for a split range). */
  readonly response: unknown;
}

/** A range is picked in local days: the name shows those days, not the UTC instants that bound them. */

/** A campaign name is API text: control characters become spaces, characters no file system takes "-". */
function fileSafe(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/[/\\:*?"<>|]/g, '-').replace(/\s+/g, ' ').trim();
  return cutText(cleaned || 'campaign', 80);
}

/** e.g. `Front Desk — 2026-11-01…2026-11-30.json` */
export function jsonDocumentName(campaignName: string, range: JsonDocumentRange): string {
  return `${fileSafe(campaignName)} — ${localDay(range.from)}…${localDay(range.to)}.json`;
}

/** `{ campaign, range, response }`, pretty-printed with two spaces and a final newline. */
export function jsonDocumentText(input: JsonDocumentInput): string {
  const range = input.range.preset ? { from: input.range.from, to: input.range.to, preset: input.range.preset } : { from: input.range.from, to: input.range.to };
  const document = { campaign: { id: input.campaignId, name: input.campaignName }, range, response: input.response };
  return `${prettyJson(document)}\n`;
}
