/**
 * Text for one log line: control characters (line breaks included), Unicode line separators and bidi
 * overrides become spaces, so no message — a webview's, a server's — can forge lines or reorder what is
 * read. Pure, for unit tests.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function oneLine(text: string): string {
  return text.replace(UNSAFE, ' ');
}

/** An error's message for a log line (the logger masks secrets in every line it writes). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
