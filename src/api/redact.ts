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
