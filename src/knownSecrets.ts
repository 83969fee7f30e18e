/**
 * The process-wide list of secrets to mask, for text that reaches a person without passing through
 * the client (log lines, error cards, JSON copies). The masking itself is the client's.
 */
import { redact as redactWith, secretsOf } from './api/redact';

let secrets: string[] = [];

/** Remembers a token, its secret part and their encoded forms. */
export function registerSecret(token: string | undefined): void {
  const known = new Set([...secrets, ...secretsOf(token)]);
  secrets = [...known].sort((a, b) => b.length - a.length);
}

export function forgetSecrets(): void {
  secrets = [];
}

export function redact(text: string): string {
  return redactWith(text, secrets);
}
