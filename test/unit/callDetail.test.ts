/** One call's detail, as the transcript document asks for it: the path it reads, and the message when the answer is not a call. */
import assert from 'node:assert/strict';
import { getCallDetail } from '../../src/api/calls';
import { InvalidResponseError } from '../../src/api/errors';
import type { Requester } from '../../src/api/http';

const CALL = '0123456789abcdef01234567';

function answering(body: unknown): { send: Requester; paths: string[] } {
  const paths: string[] = [];
  const send: Requester = async (request, parse) => {
    paths.push(request.path);
    return { json: body, value: await parse(body) };
  };
  return { send, paths };
}

describe('a call\'s detail', () => {
  it('says that the call came in an unexpected shape, naming it', async () => {
    const { send, paths } = answering(['not', 'a', 'call']);
    await assert.rejects(getCallDetail(send, 'v1', CALL), (error: unknown) => {
      assert.ok(error instanceof InvalidResponseError);
      assert.match(error.message, /^NLPearl sent the call in an unexpected shape — /);
      return true;
    });
    assert.deepEqual(paths, [`/v1/Call/${CALL}`]);
  });
});
