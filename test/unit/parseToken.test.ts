import { strict as assert } from 'node:assert';
import { fromParts, looksLikeAccountId, parseToken } from '../../src/auth/parseToken';

describe('parseToken', () => {
  it('accepts "<accountId>:<secret>" and builds the header token', () => {
    const parsed = parseToken('65f1c0ffee0000000000beef:s3cr3t-key');
    assert.deepEqual(parsed, { ok: true, value: { accountId: '65f1c0ffee0000000000beef', secret: 's3cr3t-key', token: '65f1c0ffee0000000000beef:s3cr3t-key' } });
  });

  it('forgives what people paste around a token: spaces, quotes, a "Bearer " prefix', () => {
    const parsed = parseToken('  "Bearer 65f1c0ffee0000000000beef:abc:def"  ');
    assert.ok(parsed.ok);
    assert.equal(parsed.value.accountId, '65f1c0ffee0000000000beef');
    assert.equal(parsed.value.secret, 'abc:def', 'only the first colon separates the parts');
  });

  it('says a token without a colon is probably only one of the two parts', () => {
    const parsed = parseToken('65f1c0ffee0000000000beef');
    assert.equal(parsed.ok, false);
    assert.match(!parsed.ok ? parsed.problem : '', /no colon/);
  });

  it('refuses empty parts and spaces inside', () => {
    assert.equal(parseToken('').ok, false);
    assert.equal(parseToken(':secret').ok, false);
    assert.equal(parseToken('account:').ok, false);
    assert.equal(fromParts('acc ount', 'secret').ok, false);
    assert.equal(fromParts('a:b', 'secret').ok, false);
  });

  it('recognises a 24-hex account id', () => {
    assert.equal(looksLikeAccountId('65f1c0ffee0000000000beef'), true);
    assert.equal(looksLikeAccountId('my-account'), false);
  });
});
