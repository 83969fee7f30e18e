/**
 * Waiting before a try again. How long a 429/503 asks us to wait (`Retry-After`), as the client reads it: delay-seconds or an HTTP date,
 * padded with spaces or not; anything else is "no advice" (the client then backs off on its own), never a
 * wait of NaN ms or an instant retry storm.
 */
import assert from 'node:assert/strict';
import { CancelledError } from '../../src/api/errors';
import { defaultSleep, formatDelay, parseRetryAfter, RETRY_AFTER_MAX_MS, retryTime, waitForRetry, type RetryWait } from '../../src/api/retry';
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
    assert.equal(parseRetryAfter('Tue Mar  3 12:00:10 2026', NOW - 7 * 86_400_000), 10_000, 'asctime\'s one-digit day');
    assert.equal(parseRetryAfter('Tue Mar 3 12:00:10 2026', NOW - 7 * 86_400_000), 10_000, 'with one space');
    assert.equal(parseRetryAfter('2026-03-10T12:00:05Z', NOW), 5000);
    assert.equal(parseRetryAfter('2026-03-10T12:00:05', NOW), 5000, 'an ISO date-time without an offset is UTC');
  });

  it('caps what it reads at a day, for seconds and dates alike', () => {
    assert.equal(parseRetryAfter('999999999999', NOW), RETRY_AFTER_MAX_MS);
    assert.equal(parseRetryAfter('Fri, 10 Mar 2028 12:00:00 GMT', NOW), RETRY_AFTER_MAX_MS);
  });

  it('gives no advice for a missing header or one it cannot read', () => {
    assert.equal(parseRetryAfter(null, NOW), undefined);
    // V8's Date.parse reads "-5" and "in 5" as dates long past: read as such they would mean "try again at once".
    for (const header of ['', 'soon', '5 seconds', '5s', 'abc5', '-5', 'in 5', '1.2.3', 'Mar 10 12:00:30', '-5 Mar 12:00:00', 'Tue, 10 Mar 12:00:30 GMT']) assert.equal(parseRetryAfter(header, NOW), undefined, JSON.stringify(header));
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

  it('stops waiting when the request is cancelled during the wait', async () => {
    const controller = new AbortController();
    const waiting = defaultSleep(60_000, controller.signal);
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(waiting, CancelledError);
  });

  it('waits its time when nothing cancels it', async () => {
    const started = performance.now();
    await defaultSleep(30, new AbortController().signal);
    // Timers may fire a little early in Node's clock rounding, never much.
    assert.ok(performance.now() - started >= 25, `waited ${performance.now() - started} ms`);
  });
});

describe('when to try again, as the user reads it (Berlin)', () => {
  inProcessTimeZone('Europe/Berlin');
  const at = (h: number, m: number, s = 0, ms = 0, day = 10) => new Date(2026, 2, day, h, m, s, ms).getTime();

  it('names the minute, rounded up so the server no longer says no at that minute', () => {
    assert.equal(retryTime(at(14, 4, 30), at(14, 0), 'en-GB'), '14:05');
    assert.equal(retryTime(at(14, 4, 0, 1), at(14, 0), 'en-GB'), '14:05');
    assert.equal(retryTime(at(14, 4), at(14, 0), 'en-GB'), '14:04');
  });

  it('adds the day when it is not today', () => {
    assert.equal(retryTime(at(9, 30, 0, 0, 11), at(14, 0), 'en-GB'), '09:30 on 11 Mar 2026');
    assert.equal(retryTime(at(23, 59, 30), at(14, 0), 'en-GB'), '00:00 on 11 Mar 2026', 'rounded up past midnight');
  });

  it('writes a delay for the log in seconds from one second, in milliseconds below', () => {
    assert.equal(formatDelay(999.4), '999 ms');
    assert.equal(formatDelay(1000), '1.0 s');
    assert.equal(formatDelay(1500), '1.5 s');
  });
});

describe('a wait shown to the user', () => {
  const sleepFor = (ms: number, signal?: AbortSignal) => defaultSleep(Math.min(ms, 20), signal);

  it('tells the notice when the next try is and closes it after the wait', async () => {
    const seen: RetryWait[] = [];
    let closed = 0;
    const waited = await waitForRetry(sleepFor, 5000, undefined, (w) => { seen.push(w); return () => { closed++; }; }, 429, () => 1_000);
    assert.equal(waited, true);
    assert.deepEqual(seen.map((w) => [w.status, w.until]), [[429, 6_000]]);
    assert.equal(closed, 1);
  });

  it('ends the wait without a try when the user cancels it from the notice', async () => {
    let closed = 0;
    const waited = await waitForRetry((_ms, signal) => defaultSleep(60_000, signal), 60_000, new AbortController().signal, (w) => { setTimeout(w.cancel, 5); return () => { closed++; }; }, 503, Date.now);
    assert.equal(waited, false);
    assert.equal(closed, 1);
  });

  it('ends as cancelled when the request itself is cancelled, even if the user also cancelled the wait', async () => {
    const request = new AbortController();
    const both = waitForRetry((_ms, signal) => defaultSleep(60_000, signal), 60_000, request.signal, (w) => {
      setTimeout(() => { w.cancel(); request.abort(); }, 5);
      return () => undefined;
    }, 503, Date.now);
    await assert.rejects(both, CancelledError);
    const onlyRequest = new AbortController();
    setTimeout(() => onlyRequest.abort(), 5);
    await assert.rejects(waitForRetry((_ms, signal) => defaultSleep(60_000, signal), 60_000, onlyRequest.signal, () => () => undefined, 503, Date.now), CancelledError);
  });
});
