/** Names and server messages are cut to a length; a cut never leaves half of a character outside the BMP. */
import assert from 'node:assert/strict';
import { cutText, shortenText } from '../../src/shared/cutText';

/** Half of a surrogate pair: what a cut inside an emoji leaves. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cutting a name or a message to a length', () => {
  it('keeps text within the length as it is, and cuts longer text at the length', () => {
    assert.equal(cutText('Front Desk', 10), 'Front Desk');
    assert.equal(cutText('Front Desk', 5), 'Front');
    assert.equal(shortenText('Front Desk', 10), 'Front Desk');
    assert.equal(shortenText('Front Desk', 5), 'Front…');
  });

  it('steps back before an emoji the cut would split, and keeps one that fits whole', () => {
    assert.equal(cutText('ab😀cd', 3), 'ab');
    assert.equal(cutText('ab😀cd', 4), 'ab😀');
    assert.equal(shortenText('ab😀cd', 3), 'ab…');
    assert.ok(!LONE_SURROGATE.test(shortenText('😀'.repeat(50), 41)));
  });
});
