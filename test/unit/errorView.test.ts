/** The sentence and the button an error row or an error card shows, from whatever was thrown. */
import assert from 'node:assert/strict';
import { AuthError, RateLimitedError } from '../../src/api/errors';
import { forgetSecrets, registerSecret } from '../../src/knownSecrets';
import { describeError } from '../../src/model/errorView';

const TOKEN = 'sk-live-0123456789abcdef0123456789abcdef';

describe('describeError (what a person reads for an error)', () => {
  afterEach(() => forgetSecrets());

  it('an NLPearl error keeps its own message and the button that fixes it, the token masked', () => {
    registerSecret(TOKEN);
    const view = describeError(new AuthError(`The token ${TOKEN} was refused.`, 401));
    assert.equal(view.kind, 'auth');
    assert.equal(view.action, 'setToken', '"Set API Token", not "Retry"');
    assert.ok(!view.message.includes(TOKEN), view.message);
    assert.match(view.message, /^The token .+ was refused\.$/);
  });

  it('a rate limit counts down only within the minute the client would wait itself', () => {
    const after = (seconds: number | undefined) => describeError(new RateLimitedError('Too many requests.', seconds)).retryAfterSeconds;
    assert.equal(after(30), 30);
    assert.equal(after(60), 60, 'a full minute still counts down');
    assert.equal(after(61), undefined, 'beyond it the message names the time');
    assert.equal(after(undefined), undefined, 'no countdown when the server said nothing');
  });

  it('anything else is an unexpected error with Retry, and never an empty sentence', () => {
    assert.deepEqual(describeError(new Error('disk full')), { kind: 'unexpected', message: 'disk full', action: 'retry' });
    assert.deepEqual(describeError(new Error('')), { kind: 'unexpected', message: 'Something went wrong.', action: 'retry' });
    assert.deepEqual(describeError(''), { kind: 'unexpected', message: 'Something went wrong.', action: 'retry' });
    assert.equal(describeError(42).message, '42');
  });
});
