/** The English default of the view model's translator: `{n}` placeholders filled as vscode.l10n.t fills them. */
import assert from 'node:assert/strict';
import { englishTranslate } from '../../src/analytics/translate';

describe('englishTranslate (the default l10n.t)', () => {
  it('fills every placeholder, in the order the message names them', () => {
    assert.equal(englishTranslate('{0} of {1} campaigns', 2, 3), '2 of 3 campaigns');
    assert.equal(englishTranslate('{1} before {0}, {0} again', 'a', 'b'), 'b before a, a again');
    assert.equal(englishTranslate('{0} calls', 0), '0 calls');
  });

  it('reads indexes of more than one digit', () => {
    const args = Array.from({ length: 11 }, (_, i) => `v${i}`);
    assert.equal(englishTranslate('{10} and {1}', ...args), 'v10 and v1');
  });

  it('leaves a placeholder without an argument as written, and text without placeholders alone', () => {
    assert.equal(englishTranslate('{0} and {1}', 'x'), 'x and {1}');
    assert.equal(englishTranslate('Rate (%) {a} {}'), 'Rate (%) {a} {}');
  });
});
