// The token goes only to the origin it was verified against; any other origin asks first.
import { strict as assert } from 'node:assert';
import { ConfigError } from '../../src/api/errors';
import { DEFAULT_ORIGIN, OriginGate, decideOrigin, type OriginQuestion } from '../../src/auth/originGate';

const ACCOUNT = '65f1c0ffee0000000000beef';
const OTHER = 'https://attacker.example';

function bindings(initial?: string) {
  const stored = new Map<string, string>(initial ? [[ACCOUNT, initial]] : []);
  return {
    stored,
    origin: async (accountId: string) => stored.get(accountId),
    bind: async (accountId: string, origin: string) => {
      stored.set(accountId, origin);
    },
  };
}

function prompt(answer: boolean) {
  const asked: OriginQuestion[] = [];
  return { asked, ask: async (q: OriginQuestion) => (asked.push(q), answer) };
}

describe('token origin gate', () => {
  it('decides: same origin sends, a legacy token binds only to the default origin, anything else asks', () => {
    assert.deepEqual(decideOrigin(DEFAULT_ORIGIN, DEFAULT_ORIGIN), { kind: 'send' });
    assert.deepEqual(decideOrigin(undefined, DEFAULT_ORIGIN), { kind: 'bind' });
    assert.deepEqual(decideOrigin(undefined, OTHER), { kind: 'ask', boundTo: undefined });
    assert.deepEqual(decideOrigin(DEFAULT_ORIGIN, OTHER), { kind: 'ask', boundTo: DEFAULT_ORIGIN });
    assert.deepEqual(decideOrigin(OTHER, DEFAULT_ORIGIN), { kind: 'ask', boundTo: OTHER });
  });

  it('a token used with the origin it was verified on is sent without a question', async () => {
    const p = prompt(false);
    await new OriginGate(bindings(DEFAULT_ORIGIN), p.ask).check(ACCOUNT, DEFAULT_ORIGIN);
    assert.equal(p.asked.length, 0);
  });

  it('a legacy token (no origin stored) is bound to the default origin on first use, without a question', async () => {
    const b = bindings();
    const p = prompt(false);
    await new OriginGate(b, p.ask).check(ACCOUNT, DEFAULT_ORIGIN);
    assert.equal(p.asked.length, 0);
    assert.equal(b.stored.get(ACCOUNT), DEFAULT_ORIGIN);
  });

  it('another origin asks first naming both hosts, and a "no" sends nothing and says why', async () => {
    const b = bindings(DEFAULT_ORIGIN);
    const p = prompt(false);
    const gate = new OriginGate(b, p.ask);
    await assert.rejects(gate.check(ACCOUNT, OTHER), (error: Error) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /verified with api\.nlpearl\.ai/);
      assert.match(error.message, /now points to attacker\.example/);
      assert.match(error.message, /not sent/);
      return true;
    });
    assert.deepEqual(p.asked, [{ from: DEFAULT_ORIGIN, to: OTHER }]);
    assert.equal(b.stored.get(ACCOUNT), DEFAULT_ORIGIN, 'still bound where it was verified');
  });

  it('a legacy token with a non-default origin asks once too', async () => {
    const p = prompt(true);
    const b = bindings();
    await new OriginGate(b, p.ask).check(ACCOUNT, OTHER);
    assert.deepEqual(p.asked, [{ from: undefined, to: OTHER }]);
    assert.equal(b.stored.get(ACCOUNT), OTHER);
  });

  it('a "yes" re-binds the token: the new origin no longer asks, the old one does', async () => {
    const b = bindings(DEFAULT_ORIGIN);
    const p = prompt(true);
    const gate = new OriginGate(b, p.ask);
    await gate.check(ACCOUNT, OTHER);
    await gate.check(ACCOUNT, OTHER);
    assert.equal(p.asked.length, 1);
    assert.equal(b.stored.get(ACCOUNT), OTHER);
    await gate.check(ACCOUNT, DEFAULT_ORIGIN);
    assert.deepEqual(p.asked[1], { from: OTHER, to: DEFAULT_ORIGIN });
  });

  it('requests that arrive together (tree, panels) share one question', async () => {
    let release: (yes: boolean) => void = () => undefined;
    let asked = 0;
    const gate = new OriginGate(bindings(DEFAULT_ORIGIN), () => {
      asked++;
      return new Promise<boolean>((resolve) => (release = resolve));
    });
    const checks = [1, 2, 3, 4, 5].map(() => gate.check(ACCOUNT, OTHER));
    await new Promise((resolve) => setImmediate(resolve));
    release(false);
    const results = await Promise.allSettled(checks);
    assert.equal(asked, 1);
    assert.ok(results.every((r) => r.status === 'rejected'));
  });

  it('a refusal stands (no new question on every refresh) until the settings or the token change', async () => {
    const p = prompt(false);
    const gate = new OriginGate(bindings(DEFAULT_ORIGIN), p.ask);
    await assert.rejects(gate.check(ACCOUNT, OTHER), ConfigError);
    await assert.rejects(gate.check(ACCOUNT, OTHER), ConfigError);
    assert.equal(p.asked.length, 1);
    gate.reset();
    await assert.rejects(gate.check(ACCOUNT, OTHER), ConfigError);
    assert.equal(p.asked.length, 2);
  });

  it('a prompt that fails counts as "no"', async () => {
    const gate = new OriginGate(bindings(DEFAULT_ORIGIN), () => Promise.reject(new Error('no window')));
    await assert.rejects(gate.check(ACCOUNT, OTHER), ConfigError);
  });
});
