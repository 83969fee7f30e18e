/**
 * Secret redaction, kept free of 'vscode' so it is tested in plain Node. Every string that leaves
 * the extension for a person (log, error card, JSON copy) passes through `redact`.
 */
const secrets = new Set<string>();

/** Secrets shorter than this are not redacted: they would blank ordinary words. */
const MIN_SECRET_LENGTH = 6;

/** Remembers a token and its parts (account id excluded: it is not secret, the key is). */
export function registerSecret(token: string | undefined): void {
  if (!token) return;
  secrets.add(token);
  const colon = token.indexOf(':');
  if (colon >= 0) secrets.add(token.slice(colon + 1));
}

export function forgetSecrets(): void {
  secrets.clear();
}

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    out = out.split(secret).join('***');
  }
  return out;
}
