/**
 * The message table sent by the host in `init`. Imported as a type only: a value import of the
 * protocol would pull zod into the webview bundle.
 */
import type { WebviewStringKey } from '../src/shared/protocol';

let table: Partial<Record<string, string>> = {};

export function setStrings(strings: Record<string, string>): void {
  table = { ...strings };
}

/** The string for `key` with `{0}`, `{1}` … filled in (the key itself if the host did not send it). */
export function s(key: WebviewStringKey, ...args: Array<string | number>): string {
  const message = table[key] ?? key;
  return message.replace(/\{(\d+)\}/g, (whole, i: string) => (args[Number(i)] === undefined ? whole : String(args[Number(i)])));
}
