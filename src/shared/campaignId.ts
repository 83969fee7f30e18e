/**
 * What an NLPearl campaign (Inbound / Pearl) id can be: a 24-hex ObjectId. Checked everywhere an id
 * enters — the add box, command arguments, restored panel state, the API's own list and the client —
 * so a pasted token is never stored or shown as an id, and `.` or `..` never reshape a URL path.
 * Used by host and webview alike: no imports.
 */

export const CAMPAIGN_ID_RULE = 'An NLPearl campaign id is 24 hexadecimal characters (0-9, a-f), e.g. 65f1c0ffee0000000000beef.';

export const CAMPAIGN_ID_PATTERN = /^[0-9a-f]{24}$/;

/** The id in its one spelling (trimmed, lower case), or undefined when it cannot be an NLPearl id. */
export function parseCampaignId(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const id = value.trim().toLowerCase();
  return CAMPAIGN_ID_PATTERN.test(id) ? id : undefined;
}
