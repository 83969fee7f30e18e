/**
 * Open / Copy JSON pretty-print what the client accepted. JSON.parse reads answers nested deeper than
 * JSON.stringify can write: such an answer failed with "Maximum call stack size exceeded".
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deepPrettyJson, prettyJson } from '../../src/shared/prettyJson';

/** `{"a":{"a":…}}` nested `depth` levels, with a number at the bottom, parsed as the client would. */
function nested(depth: number): unknown {
  return JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
}

describe('pretty-printing JSON at any depth', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => deepPrettyJson(value) === JSON.stringify(value, null, 2)), { numRuns: 500 });
  });

  it('matches JSON.stringify on empty containers, escapes, and what JSON leaves out or turns into null', () => {
    const value = { e: {}, l: [], s: 'a"b\n\u2028', u: undefined, f: () => 1, list: [undefined, NaN, Infinity, -0, { x: [[]] }], '': null };
    assert.equal(deepPrettyJson(value), JSON.stringify(value, null, 2));
    assert.equal(deepPrettyJson([]), '[]');
    assert.equal(deepPrettyJson('text'), '"text"');
  });

  it('writes an answer nested 5 000 levels deep (the depth found in the redact.ts work), where JSON.stringify gives up', () => {
    const value = nested(5_000);
    assert.throws(() => JSON.stringify(value, null, 2), RangeError);
    const text = prettyJson(value);
    assert.ok(text.startsWith('{\n  "a": {\n    "a": {'));
    assert.equal((text.match(/"a": /g) ?? []).length, 5_000);
    // Read back, it is the same answer: 5 000 levels of "a" and the 1 at the bottom.
    let node: unknown = JSON.parse(text);
    let depth = 0;
    while (typeof node === 'object' && node !== null && 'a' in node) {
      node = (node as { a: unknown }).a;
      depth += 1;
    }
    assert.equal(depth, 5_000);
    assert.equal(node, 1);
  });
});
