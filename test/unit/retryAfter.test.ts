/**
 * How long a 429/503 asks us to wait (`Retry-After`), as the client reads it: delay-seconds or an HTTP date,
 * padded with spaces or not; anything else is "no advice" (the client then backs off on its own), never a
 * wait of NaN ms or an instant retry storm.
 */
import assert from 'node:assert/strict';
import { CancelledError } from '../../src/api/errors';
import { defaultSleep, parseRetryAfter, RETRY_AFTER_MAX_MS } from '../../src/api/retry';
import { inProcessTimeZone } from './processTimeZone';

const NOW = Date.parse('2026-03-10T12:00:00Z');

describe('Retry-After, as the client reads it (in Tokyo, so a date read in the local zone would be 9 h off)', () => {
  inProcessTimeZone('Asia/Tokyo');

  it('reads delay-seconds, whole or with decimals, with the spaces a server may leave around them', () => {
    assert.equal(parseRetryAfter('5', NOW), 5000);
    assert.equal(parseRetryAfter(' 5 ', NOW), 5000);
    assert.equal(parseRetryAfter('1.25', NOW), 1250);
    assert.equal(parseRetryAfter('0', NOW), 0);
  });

  it('reads an HTTP date as the time from now until then, and a date already past as "now"', () => {
    assert.equal(parseRetryAfter('Tue, 10 Mar 2026 12:00:30 GMT', NOW), 30_000);
    assert.equal(parseRetryAfter('Tue, 10 Mar 2026 11:00:00 GMT', NOW), 0);
    // RFC 9110's two older forms, and an ISO date-time some servers send instead.
    assert.equal(parseRetryAfter('Tuesday, 10-Mar-26 12:01:00 GMT', NOW), 60_000);
    assert.equal(parseRetryAfter('Tue Mar 10 12:00:10 2026', NOW), 10_000, 'asctime, which means GMT');
    assert.equal(parseRetryAfter('2026-03-10T12:00:05Z', NOW), 5000);
  });

  it('caps what it reads at a day, for seconds and dates alike', () => {
    assert.equal(parseRetryAfter('999999999999', NOW), RETRY_AFTER_MAX_MS);
    assert.equal(parseRetryAfter('Fri, 10 Mar 2028 12:00:00 GMT', NOW), RETRY_AFTER_MAX_MS);
  });

  it('gives no advice for a missing header or one it cannot read', () => {
    assert.equal(parseRetryAfter(null, NOW), undefined);
    // V8's Date.parse reads "-5" and "in 5" as dates long past: read as such they would mean "try again at once".
    for (const header of ['', 'soon', '5 seconds', '5s', 'abc5', '-5', 'in 5', '1.2.3']) assert.equal(parseRetryAfter(header, NOW), undefined, JSON.stringify(header));
  });
});

describe('the wait before a try', () => {
  it('fails at once, with the cancel error, when the request was cancelled before the wait began', async () => {
    const controller = new AbortController();
    controller.abort();
    const started = Date.now();
    await assert.rejects(defaultSleep(60_000, controller.signal), CancelledError);
    assert.ok(Date.now() - started < 1000, 'it did not wait');
  });

  it('stops waiting when the request is cancelled during the wait, and waits its time otherwise', async () => {
    const controller = new AbortController();
    const waiting = defaultSleep(60_000, controller.signal);
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(waiting, CancelledError);
    await defaultSleep(5, new AbortController().signal);
  });
});
