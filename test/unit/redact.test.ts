import { strict as assert } from 'node:assert';
import { forgetSecrets, redact, registerSecret } from '../../src/knownSecrets';

describe('redact (log and error text)', () => {
  afterEach(() => forgetSecrets());

  it('replaces the whole token and its secret part wherever they appear', () => {
    registerSecret('65f1c0ffee0000000000beef:top-secret-value');
    const out = redact('Bearer 65f1c0ffee0000000000beef:top-secret-value failed; key top-secret-value echoed');
    assert.equal(out.includes('top-secret-value'), false);
    assert.equal(out, 'Bearer *** failed; key *** echoed');
  });

  it('registering no token masks nothing', () => {
    registerSecret(undefined);
    registerSecret('');
    assert.equal(redact('GET /v1/Account → 200 in 3 ms'), 'GET /v1/Account → 200 in 3 ms');
  });

  it('leaves text alone when no secret is known', () => {
    assert.equal(redact('POST /v1/Inbound/abc/Analytics → 200 in 12 ms'), 'POST /v1/Inbound/abc/Analytics → 200 in 12 ms');
  });
});
