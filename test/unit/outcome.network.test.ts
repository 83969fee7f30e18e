/** A request that never reached NLPearl, as the user and the log read it. */
import assert from 'node:assert/strict';
import { networkFailure } from '../../src/api/outcome';

const URL_ = 'https://api.nlpearl.ai/v1/Account';

function failed(error: unknown, tries = 1): { summary: string; message: string; retryable: boolean } {
  const outcome = networkFailure(URL_, error);
  assert.equal(outcome.ok, false);
  if (outcome.ok) throw new Error('unreachable');
  return { summary: outcome.summary, message: outcome.error(tries).message, retryable: outcome.retryable };
}

describe('a request that never reached NLPearl', () => {
  it('names the deepest system code (undici wraps the socket\'s), and the tries', () => {
    const socket = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' });
    const wrapped = new TypeError('fetch failed', { cause: Object.assign(new Error('undici'), { code: 'UND_ERR_CONNECT', cause: socket }) });
    const f = failed(wrapped, 3);
    assert.equal(f.summary, 'network error (ECONNREFUSED)');
    assert.equal(f.message, 'Could not reach NLPearl at https://api.nlpearl.ai (ECONNREFUSED) after 3 tries. Check your internet connection and proxy settings, then retry.');
    assert.equal(f.retryable, true);
  });

  it('says so without a code, and without "after 1 tries"', () => {
    assert.deepEqual(failed(new TypeError('fetch failed')), {
      summary: 'network error',
      message: 'Could not reach NLPearl at https://api.nlpearl.ai. Check your internet connection and proxy settings, then retry.',
      retryable: true,
    });
  });

  it('reads an error whose cause points back at itself without looping, and the first of an AggregateError', () => {
    const loop = Object.assign(new Error('loop'), { code: 'ETIMEDOUT' }) as Error & { cause?: unknown };
    loop.cause = loop;
    assert.equal(failed(loop).summary, 'network error (ETIMEDOUT)');
    const both = new AggregateError([Object.assign(new Error('v4'), { code: 'ENETUNREACH' }), Object.assign(new Error('v6'), { code: 'EHOSTUNREACH' })]);
    assert.equal(failed(both).summary, 'network error (ENETUNREACH)');
  });
});
