/**
 * Reading an answer's body within the size cap (a too-large analytics or call list is refused with its size,
 * not downloaded into the extension host), redirects that are not followed, and the sizes the messages name.
 * Real `Response` objects and streams, as Node's fetch hands them to the client.
 */
import assert from 'node:assert/strict';
import { discard, formatBytes, isRedirect, readCapped, redirectTarget } from '../../src/api/response';

/** A body streamed in the given chunks; `cancelled` says whether the reader let go of it. */
function streamed(chunks: string[], headers: Record<string, string> = {}): { response: Response; cancelled: () => boolean } {
  let cancelled = false;
  const queue = chunks.map((c) => new TextEncoder().encode(c));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next) controller.enqueue(next);
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(body, { headers }), cancelled: () => cancelled };
}

describe('an answer\'s body within the size cap', () => {
  it('reads a body of exactly the cap, in chunks, as UTF-8 text without its byte-order mark', async () => {
    const { response } = streamed(['\uFEFF{"a":', '"é"}']);
    const size = new TextEncoder().encode('\uFEFF{"a":"é"}').byteLength;
    assert.deepEqual(await readCapped(response, size), { ok: true, text: '{"a":"é"}' });
  });

  it('stops reading, and lets go of the stream, one byte past the cap', async () => {
    const { response, cancelled } = streamed(['12345', '67890', 'never read']);
    assert.deepEqual(await readCapped(response, 9), { ok: false, bytes: 10, declared: false });
    assert.equal(cancelled(), true);
  });

  it('refuses a declared length over the cap before reading a byte, and takes one at the cap', async () => {
    const over = streamed(['x'.repeat(11)], { 'content-length': '11' });
    assert.deepEqual(await readCapped(over.response, 10), { ok: false, bytes: 11, declared: true });
    assert.equal(over.cancelled(), true, 'the connection is released, not downloaded');
    const at = streamed(['x'.repeat(10)], { 'content-length': '10' });
    assert.deepEqual(await readCapped(at.response, 10), { ok: true, text: 'x'.repeat(10) });
  });

  it('reads an answer without a body as empty text', async () => {
    assert.deepEqual(await readCapped(new Response(null, { status: 204 }), 10), { ok: true, text: '' });
  });

  it('discards a body it will not read, and an answer without one quietly', async () => {
    const { response, cancelled } = streamed(['unread']);
    await discard(response);
    assert.equal(cancelled(), true);
    await discard(new Response(null, { status: 204 }));
  });
});

describe('redirects, which the client does not follow', () => {
  it('knows a 3xx, and a browser\'s opaque redirect, from other answers', () => {
    for (const status of [300, 301, 302, 307, 308, 399]) assert.equal(isRedirect(new Response(null, { status })), true, String(status));
    for (const status of [200, 204, 299, 400, 404, 500]) assert.equal(isRedirect(new Response(null, { status })), false, String(status));
    assert.equal(isRedirect({ type: 'opaqueredirect', status: 0 } as Response), true);
  });

  it('names only the host a redirect pointed to, relative ones against the request', () => {
    const to = (location: string | undefined) => redirectTarget(new Response(null, { status: 302, headers: location === undefined ? {} : { location } }), 'https://api.nlpearl.ai/v1/Inbound');
    assert.equal(to('https://login.example.com/sso?token=secret'), 'login.example.com');
    assert.equal(to('/v2/Inbound'), 'api.nlpearl.ai');
    assert.equal(to(undefined), undefined);
    assert.equal(to('http://[::1'), undefined, 'an unreadable location');
  });
});

describe('sizes in messages', () => {
  it('writes kilobytes below a megabyte (never 0 KB), one decimal below 100 MB, whole megabytes above', () => {
    assert.equal(formatBytes(100), '1 KB');
    assert.equal(formatBytes(830 * 1024), '830 KB');
    assert.equal(formatBytes(1024 * 1024 - 1), '1024 KB');
    assert.equal(formatBytes(1024 * 1024), '1 MB');
    assert.equal(formatBytes(25.5 * 1024 * 1024), '25.5 MB');
    assert.equal(formatBytes(99.94 * 1024 * 1024), '99.9 MB');
    assert.equal(formatBytes(100 * 1024 * 1024), '100 MB');
    assert.equal(formatBytes(560.4 * 1024 * 1024), '560 MB');
  });
});
