/**
 * What an error answer reads as, word for word: when to try again after a 429 or a 5xx, how many tries were made,
 * and what of the server's body is worth showing (a problem's detail and field messages; short plain text; never
 * an HTML page or a wall of text).
 */
import assert from 'node:assert/strict';
import { retryTime } from '../../src/api/retry';
import { errorForStatus, serverText, type StatusContext } from '../../src/api/statusError';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const ctx = (over: Partial<StatusContext> = {}): StatusContext => ({
  method: 'POST',
  path: '/v1/Inbound/aaaaaaaaaaaaaaaaaaaaaaaa/Analytics',
  apiVersion: 'v1',
  purpose: { kind: 'analytics', campaignId: 'aaaaaaaaaaaaaaaaaaaaaaaa' },
  secrets: [],
  tries: 1,
  retryAfterMs: undefined,
  now: NOW,
  ...over,
});

describe('an error answer, as the user reads it', () => {
  it('429: a wait in seconds up to a minute, a clock time beyond, "a minute" without advice', () => {
    assert.equal(errorForStatus(429, '', ctx({ retryAfterMs: 30_000 })).message, 'NLPearl is receiving too many requests (429). Try again in 30 s.');
    assert.equal(errorForStatus(429, '', ctx({ retryAfterMs: 60_000 })).message, 'NLPearl is receiving too many requests (429). Try again in 60 s.');
    assert.equal(errorForStatus(429, '', ctx({ retryAfterMs: 60_001 })).message, `NLPearl is receiving too many requests (429). Try again after ${retryTime(NOW + 60_001, NOW)}.`);
    assert.equal(errorForStatus(429, '', ctx()).message, 'NLPearl is receiving too many requests (429). Wait a minute, then try again.');
  });

  it('says how many tries failed, only when there was more than one', () => {
    assert.equal(errorForStatus(429, '', ctx({ tries: 3 })).message, 'NLPearl is receiving too many requests (429) and still failed after 3 tries. Wait a minute, then try again.');
    assert.equal(errorForStatus(503, '', ctx({ tries: 1 })).message, 'NLPearl had a server error (503). Try again in a few minutes.');
  });

  it('5xx: the server\'s own words, and its wait in seconds or until a time', () => {
    const body = JSON.stringify({ title: 'Service Unavailable', detail: 'Maintenance until noon.  ' });
    assert.equal(errorForStatus(503, body, ctx({ retryAfterMs: 10_000, tries: 2 })).message, 'NLPearl had a server error (503) and still failed after 2 tries: Maintenance until noon. NLPearl asked to wait 10 s before trying again.');
    assert.equal(errorForStatus(500, '', ctx({ retryAfterMs: 60_000 })).message, 'NLPearl had a server error (500). NLPearl asked to wait 60 s before trying again.');
    assert.equal(errorForStatus(500, '', ctx({ retryAfterMs: 3_600_000 })).message, `NLPearl had a server error (500). NLPearl asked to wait until ${retryTime(NOW + 3_600_000, NOW)} before trying again.`);
  });

  it('an unexpected status names the request, and the server text when there is one', () => {
    assert.equal(errorForStatus(405, 'Method Not Allowed', ctx({ method: 'GET', path: '/v1/Account' })).message, 'NLPearl answered 405 to GET /v1/Account: Method Not Allowed. Check the settings "nlpearl.apiBaseUrl" and "nlpearl.apiVersion".');
    assert.equal(errorForStatus(415, '', ctx({ method: 'GET', path: '/v1/Account' })).message, 'NLPearl answered 415 to GET /v1/Account. Check the settings "nlpearl.apiBaseUrl" and "nlpearl.apiVersion".');
  });
});

describe('what of an error body is shown', () => {
  it('reads a problem body behind a byte-order mark', () => {
    assert.equal(serverText(`\uFEFF${JSON.stringify({ detail: 'Range too long' })}`, []), 'Range too long');
  });

  it('shows short plain text, with its runs of spaces and new lines made one space; refuses a longer one and HTML', () => {
    assert.equal(serverText('  Bad\n\n   gateway  ', []), 'Bad gateway');
    const exactly = 'x'.repeat(300);
    assert.equal(serverText(exactly, []), exactly);
    assert.equal(serverText(`${exactly}y`, []), '');
    assert.equal(serverText('<html><body>502 Bad Gateway</body></html>', []), '');
    assert.equal(serverText(' \n ', []), '');
  });

  it('joins field messages without their final dots, leaving out empty ones, and a field-less entry without a name', () => {
    const body = JSON.stringify({ title: 'Invalid. ', errors: { toDate: [' Too far. ', '', 'Required.'], '': 'Body unreadable.' } });
    assert.equal(serverText(body, []), 'Invalid; toDate: Too far, Required; Body unreadable');
  });

  it('hides the token in what it shows', () => {
    assert.equal(serverText('token sk-123456 refused', ['sk-123456']), 'token *** refused');
  });
});
