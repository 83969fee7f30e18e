/**
 * Servers and proxies sometimes echo what they were sent. Any text that came from the network is
 * passed through here before it reaches an error message or a log line.
 */

const MASK = '***';
/** Shorter fragments would mask ordinary words; a real secret is much longer. */
const MIN_SECRET_LENGTH = 6;

/** The strings that must never be shown: the token, its secret part, and their encoded forms. */
export function secretsOf(token: string | undefined): string[] {
  if (!token) return [];
  const raw = [token];
  const colon = token.indexOf(':');
  if (colon >= 0) raw.push(token.slice(colon + 1));
  const all = new Set<string>();
  for (const value of raw) {
    if (value.length < MIN_SECRET_LENGTH) continue;
    all.add(value);
    all.add(encodeURIComponent(value));
    all.add(JSON.stringify(value).slice(1, -1));
  }
  // Longest first, so the whole token is masked before its secret part is looked for.
  return [...all].sort((a, b) => b.length - a.length);
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(MASK);
  return out;
}

/**
 * Masks every string (and object key) of a parsed JSON value, in place. Masking the raw body is
 * not enough: `\u002B` or `\/` escapes spell the token differently in the text than in the parsed
 * strings a label name, a campaign name or a validation message is made of.
 */
export function redactParsed(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  // A walk with its own list, not recursion: JSON.parse takes nesting far deeper than the call stack
  // allows (5 000 nested arrays are valid JSON), and every level must still be masked.
  const pending: object[] = [];
  const root = maskValue(value, secrets, pending);
  for (let container = pending.pop(); container !== undefined; container = pending.pop()) maskChildren(container, secrets, pending);
  return root;
}

/** A string masked; an array or object queued for its own children; anything else as is. */
function maskValue(value: unknown, secrets: readonly string[], pending: object[]): unknown {
  if (typeof value === 'string') return redact(value, secrets);
  if (value !== null && typeof value === 'object') pending.push(value);
  return value;
}

function maskChildren(container: object, secrets: readonly string[], pending: object[]): void {
  if (Array.isArray(container)) {
    const list: unknown[] = container;
    for (let i = 0; i < list.length; i++) list[i] = maskValue(list[i], secrets, pending);
    return;
  }
  const record = container as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const original = record[key];
    const masked = maskValue(original, secrets, pending);
    const safeKey = redact(key, secrets);
    if (safeKey === key && masked === original) continue;
    if (safeKey !== key) delete record[key];
    // defineProperty, not assignment: an own "__proto__" key must stay a plain property.
    Object.defineProperty(record, safeKey, { value: masked, writable: true, enumerable: true, configurable: true });
  }
}

/** True when some parsed string could hold a secret: the text has an escape, or the secret as is. */
export function mayHideSecret(text: string, secrets: readonly string[]): boolean {
  if (secrets.length === 0) return false;
  // Without a backslash every parsed string is a verbatim slice of the text.
  return text.includes('\\') || secrets.some((secret) => text.includes(secret));
}
