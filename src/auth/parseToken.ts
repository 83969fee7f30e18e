/** Pure checks of what a user pasted as an NLPearl token. No 'vscode' here: unit-tested in Node. */

export interface ParsedToken {
  readonly accountId: string;
  readonly secret: string;
  /** `<accountId>:<secret>`, as the Authorization header wants it. */
  readonly token: string;
}

export type TokenParse = { ok: true; value: ParsedToken } | { ok: false; problem: string };

/** Accepts `accountId:secret`, also with a leading "Bearer " and surrounding spaces or quotes. */
export function parseToken(input: string): TokenParse {
  const cleaned = input
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/^Bearer\s+/i, '')
    .trim();
  if (!cleaned) return { ok: false, problem: 'The token is empty.' };
  const colon = cleaned.indexOf(':');
  if (colon < 0) {
    return {
      ok: false,
      problem:
        'An NLPearl token is "<Account ID>:<Secret Key>" joined by a colon. What was pasted has no colon — it is probably only one of the two parts.',
    };
  }
  return fromParts(cleaned.slice(0, colon), cleaned.slice(colon + 1));
}

export function fromParts(accountIdInput: string, secretInput: string): TokenParse {
  const accountId = accountIdInput.trim();
  const secret = secretInput.trim();
  if (!accountId) return { ok: false, problem: 'The Account ID is empty.' };
  if (!secret) return { ok: false, problem: 'The Secret Key is empty.' };
  if (/\s/.test(accountId) || /\s/.test(secret)) return { ok: false, problem: 'The Account ID and Secret Key contain no spaces.' };
  if (accountId.includes(':')) return { ok: false, problem: 'The Account ID contains no colon.' };
  return { ok: true, value: { accountId, secret, token: `${accountId}:${secret}` } };
}

/** NLPearl account ids look like 24-hex ObjectIds; anything else deserves a warning, not a refusal. */
export function looksLikeAccountId(accountId: string): boolean {
  return /^[0-9a-f]{24}$/i.test(accountId);
}
