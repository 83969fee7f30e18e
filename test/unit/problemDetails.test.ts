/**
 * A 400's body is explained on the host before the schemas load, by a reader without zod: it must accept
 * exactly the bodies the problem-details schema accepts, or an error card would say more (or less) than before.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readProblemDetails } from '../../src/api/problemDetails';
import { problemDetailsSchema } from '../../src/api/schemas';
import { serverText } from '../../src/api/statusError';

const scalar = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const messages = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.array(scalar, { maxLength: 3 }), scalar);
const body = fc.oneof(
  fc.record(
    {
      type: scalar,
      title: scalar,
      status: scalar,
      detail: scalar,
      errors: fc.oneof(scalar, fc.dictionary(fc.string({ maxLength: 8 }), messages, { maxKeys: 3 }), fc.array(fc.string(), { maxLength: 2 })),
      extra: scalar,
    },
    { requiredKeys: [] },
  ),
  scalar,
  fc.array(scalar, { maxLength: 2 }),
);

describe('problem details without zod', () => {
  it('accepts exactly the bodies the schema accepts', () => {
    fc.assert(
      fc.property(body, (value) => {
        assert.equal(readProblemDetails(value) !== undefined, problemDetailsSchema.safeParse(value).success, JSON.stringify(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('an ASP.NET 400 reads as its detail and the field messages', () => {
    const text = JSON.stringify({ title: 'One or more validation errors occurred.', status: 400, errors: { toDate: ['The range is too long.'], fromDate: 'Required.' } });
    assert.equal(serverText(text, []), 'One or more validation errors occurred; toDate: The range is too long; fromDate: Required');
  });

  it('a body with a field of the wrong type says nothing rather than half of it', () => {
    assert.equal(serverText(JSON.stringify({ title: 'Bad', status: 'four hundred' }), []), '');
    assert.equal(serverText(JSON.stringify({ detail: 'Bad', errors: { a: [1] } }), []), '');
  });
});
