/** One call's detail, as the transcript document asks for it: the path it reads, and the message when the answer is not a call. */
import assert from 'node:assert/strict';
import { getCallDetail } from '../../src/api/calls';
import { InvalidResponseError } from '../../src/api/errors';
import { answering } from './requester.fixtures';

const CALL = '0123456789abcdef01234567';

describe('a call\'s detail', () => {
  it('says that the call came in an unexpected shape, naming it', async () => {
    const { send, paths } = answering({ [`/v1/Call/${CALL}`]: ['not', 'a', 'call'] });
    await assert.rejects(getCallDetail(send, 'v1', CALL), (error: unknown) => {
      assert.ok(error instanceof InvalidResponseError);
      assert.match(error.message, /^NLPearl sent the call in an unexpected shape — /);
      return true;
    });
    assert.deepEqual(paths, [`/v1/Call/${CALL}`]);
  });
});
