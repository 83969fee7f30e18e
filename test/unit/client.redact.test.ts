/**
 * The token a server echoes back never reaches what a user sees: an error message, a log line, a value of the
 * JSON they open or copy, nor a key of it. Over real HTTP against the fake API; the fake answers a fault before it
 * checks the token, so each test may send a token of its own shape.
 */
import assert from 'node:assert/strict';
import { createClient } from '../../src/api/client';
import type { NLPearlApi } from '../../src/api/types';
import { useFakeApi } from './fakeApiClient';
import { nlpearlFailure } from './rejection';

const ACCOUNT_ID = '65f1c0ffee0000000000beef';
const CALL = '65f0c0ffee0000000000abcd';

describe('client: an echoed token is masked', function () {
  this.timeout(20_000);
  const fake = useFakeApi();
  let logs: string[];

  beforeEach(() => {
    logs = [];
  });

  function client(token: string): NLPearlApi {
    return createClient({
      fetch: (input, init) => fetch(input, init),
      baseUrl: fake().url,
      apiVersion: 'v1',
      token: () => token,
      log: (line) => logs.push(line),
      sleep: async () => {},
      maxTries: 1,
    });
  }

  async function serverErrorText(token: string, body: string): Promise<string> {
    fake().inject({ status: 500, body, headers: { 'content-type': 'text/plain' } });
    return (await nlpearlFailure(client(token).getAccount())).message;
  }

  it('the whole token is one mask, not the account id followed by a masked secret', async () => {
    const token = `${ACCOUNT_ID}:top-secret-value`;
    const message = await serverErrorText(token, `denied for Bearer ${token}; key top-secret-value`);
    assert.match(message, /denied for Bearer \*\*\*; key \*\*\*/);
    assert.doesNotMatch(message, new RegExp(ACCOUNT_ID));
  });

  it('the secret part URL-encoded, and JSON-escaped in a body that is not parsed', async () => {
    const secret = 'Sk+9/ab"cd\\ef';
    const token = `${ACCOUNT_ID}:${secret}`;
    const encoded = encodeURIComponent(secret);
    const escaped = JSON.stringify(secret).slice(1, -1);
    const message = await serverErrorText(token, `upstream GET /auth?key=${encoded} failed; sent "${escaped}"`);
    assert.match(message, /upstream GET \/auth\?key=\*\*\* failed; sent "\*\*\*"/);
    assert.ok(!message.includes(encoded) && !message.includes(escaped), message);
  });

  it('a secret part of six characters is masked; a shorter one is too short to tell from a word', async () => {
    assert.match(await serverErrorText(`${ACCOUNT_ID}:Sk9xyz`, 'echo Sk9xyz'), /echo \*\*\*/);
    assert.match(await serverErrorText(`${ACCOUNT_ID}:admin`, 'echo admin, Bearer 65f1c0ffee0000000000beef:admin'), /echo admin, Bearer \*\*\*/);
  });

  it('in the call JSON a user opens: nested values, list items and keys, also when escaped', async () => {
    const secret = 'Sk+9/ab+cd/ef';
    const token = `${ACCOUNT_ID}:${secret}`;
    const escapedSecret = secret.replace(/\//g, '\\/');
    const body =
      `{"id":"${CALL}","summary":"plain","transcript":[{"role":1,"content":"my key is ${escapedSecret}"}],` +
      `"collectedInfo":[{"name":"note","value":["x","${escapedSecret}"]}],"extra":{"${escapedSecret}":{"deep":["${secret}"]}},"count":3}`;
    fake().inject({ rawBody: body, match: '/Call/' });
    const { detail, json } = await client(token).getCall(CALL);
    assert.equal(detail.transcript?.[0]?.content, 'my key is ***');
    assert.equal(detail.collectedInfo?.[0]?.value, '["x","***"]');
    assert.equal(detail.summary, 'plain');
    assert.deepEqual((json as { extra: unknown }).extra, { '***': { deep: ['***'] } });
    assert.equal((json as { count: unknown }).count, 3);
    assert.ok(!JSON.stringify(json).includes(secret), JSON.stringify(json));
  });

  it('an own "__proto__" key stays a plain value of the JSON, masked', async () => {
    const token = `${ACCOUNT_ID}:top-secret-value`;
    fake().inject({ rawBody: `{"id":"${CALL}","__proto__":"Bearer ${token}"}`, match: '/Call/' });
    const { json } = await client(token).getCall(CALL);
    const record = json as Record<string, unknown>;
    assert.equal(Object.getOwnPropertyDescriptor(record, '__proto__')?.value, 'Bearer ***');
    assert.equal(Object.getPrototypeOf(record), Object.prototype);
  });

  it('leaves a body that holds no secret exactly as sent', async () => {
    const token = `${ACCOUNT_ID}:top-secret-value`;
    fake().inject({ rawBody: `{"id":"${CALL}","summary":"top secret, value: 42 \\u00e9","tags":["top-secret"]}`, match: '/Call/' });
    const { json } = await client(token).getCall(CALL);
    assert.deepEqual(json, { id: CALL, summary: 'top secret, value: 42 é', tags: ['top-secret'] });
  });

  it('a secret ending in a backslash, JSON-escaped in a body that is not parsed, is one mask with nothing left over', async () => {
    const token = `${ACCOUNT_ID}:Sk9-secret\\`;
    const escaped = JSON.stringify(token).slice(1, -1);
    assert.match(await serverErrorText(token, `sent "${escaped}" back`), /sent "\*\*\*" back/);
  });

  it('the secret part is masked also when no account id comes before the colon', async () => {
    assert.match(await serverErrorText(':top-secret-value', 'echo top-secret-value'), /echo \*\*\*/);
  });

  it('a masked value keeps its place: the JSON a user opens has its keys in the order sent', async () => {
    const token = `${ACCOUNT_ID}:top-secret-value`;
    fake().inject({ rawBody: `{"id":"${CALL}","summary":"Bearer ${token}","count":3,"note":null,"tags":["a","top-secret-value"]}`, match: '/Call/' });
    const { json } = await client(token).getCall(CALL);
    assert.deepEqual(Object.keys(json as object), ['id', 'summary', 'count', 'note', 'tags']);
    assert.deepEqual(json, { id: CALL, summary: 'Bearer ***', count: 3, note: null, tags: ['a', '***'] });
  });

  it('an answer nested 5 000 deep, with an escape in it, is read, and a token at the bottom is masked', async () => {
    const token = `${ACCOUNT_ID}:top-secret-value`;
    const depth = 5000;
    fake().inject({ rawBody: `{"id":"${CALL}","summary":"caf\\u00e9","extra":${'['.repeat(depth)}"Bearer ${token}"${']'.repeat(depth)}}`, match: '/Call/' });
    const { detail, json } = await client(token).getCall(CALL);
    assert.equal(detail.summary, 'café');
    let bottom = (json as { extra: unknown }).extra;
    for (let level = 0; level < depth; level++) bottom = (bottom as unknown[])[0];
    assert.equal(bottom, 'Bearer ***');
  });

  it('never in a log line', async () => {
    const token = `${ACCOUNT_ID}:top-secret-value`;
    await serverErrorText(token, `Bearer ${token}`);
    assert.ok(logs.length > 0);
    for (const line of logs) assert.ok(!line.includes('top-secret-value'), line);
  });
});
