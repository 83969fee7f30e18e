import assert from 'node:assert/strict';
import { NLPearlError } from '../../src/api/errors';

/** Resolves with the NLPearl error a promise rejects with; fails the test if it resolves or throws anything else. */
export async function nlpearlFailure(promise: Promise<unknown>): Promise<NLPearlError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof NLPearlError, `not an NLPearlError: ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}
