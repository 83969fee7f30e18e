/**
 * Reading a response without trusting it: a redirect is never followed (the Authorization header
 * must not travel to a host the user did not choose), and a body is read only up to a byte cap, so
 * a hostile or broken server cannot make the extension host buffer hundreds of megabytes.
 */

/** Far above a year of analytics with thousands of labels (a few MB), far below what hurts the host. */
export const MAX_RESPONSE_BYTES = 25 * 1024 * 1024;

export type BodyRead =
  | { readonly ok: true; readonly text: string }
  /** `bytes` is what was declared or seen when reading stopped; `declared` tells which. */
  | { readonly ok: false; readonly bytes: number; readonly declared: boolean };

/**
 * The body as UTF-8 text (a leading BOM dropped, as `response.text()` does), or where it went over
 * `maxBytes`. A too-large Content-Length is refused before a byte of the body is read; a body
 * without one is counted as it streams and dropped as soon as it passes the cap.
 */
export async function readCapped(response: Response, maxBytes: number): Promise<BodyRead> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await discard(response);
    return { ok: false, bytes: declared, declared: true };
  }
  if (!response.body) return { ok: true, text: '' };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, bytes: total, declared: false };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

/** Drops a body we will not read, so the connection is released instead of downloading it. */
export async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * A redirect answer, with `redirect: 'manual'`: Node gives the 3xx itself, a browser an opaque
 * response with status 0. Either way it is not followed.
 */
export function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

/** The host a redirect pointed to, for the message; never the path (it might carry anything). */
export function redirectTarget(response: Response, requestUrl: string): string | undefined {
  const location = response.headers.get('location');
  if (!location) return undefined;
  try {
    return new URL(location, requestUrl).host || undefined;
  } catch {
    return undefined;
  }
}

/** "560 MB", "25 MB", "830 KB": sizes in messages, in binary units as the cap is written. */
export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${mb >= 100 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
