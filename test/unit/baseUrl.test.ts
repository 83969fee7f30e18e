/** The API base URL setting, as its messages read to the user, and the request URLs built on it. */
import assert from 'node:assert/strict';
import { apiUrl, validateBaseUrl } from '../../src/api/baseUrl';
import { ConfigError } from '../../src/api/errors';

const FIX = 'Set "nlpearl.apiBaseUrl" to https://api.nlpearl.ai (or an https address of your proxy).';

function message(raw: string): string {
  try {
    validateBaseUrl(raw);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail(`${JSON.stringify(raw)} was accepted`);
}

describe('the API base URL setting', () => {
  it('calls an empty or blank setting empty, not "not a valid URL"', () => {
    assert.equal(message(''), `The NLPearl API base URL is empty. ${FIX}`);
    assert.equal(message('   '), `The NLPearl API base URL is empty. ${FIX}`);
  });

  it('accepts https with spaces around it, as pasted', () => {
    assert.equal(validateBaseUrl('  https://api.nlpearl.ai  ').href, 'https://api.nlpearl.ai/');
  });

  it('says why plain http is refused for a host that is not this machine, and what to set', () => {
    assert.equal(
      message('http://api.nlpearl.ai'),
      'The NLPearl API base URL uses plain http for "api.nlpearl.ai", which would send your API token unencrypted. ' +
        `Plain http is allowed only for 127.0.0.1, localhost and [::1]. ${FIX}`,
    );
  });

  it('builds request URLs under the base URL\'s path, however many slashes end it', () => {
    assert.equal(apiUrl(new URL('https://api.nlpearl.ai'), '/v1/Account'), 'https://api.nlpearl.ai/v1/Account');
    assert.equal(apiUrl(new URL('https://proxy.example.com/nlpearl/'), '/v1/Account'), 'https://proxy.example.com/nlpearl/v1/Account');
    assert.equal(apiUrl(new URL('https://proxy.example.com/nlpearl//'), '/v1/Account'), 'https://proxy.example.com/nlpearl/v1/Account');
  });
});
