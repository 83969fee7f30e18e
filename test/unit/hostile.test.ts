/**
 * The hostile-payload table through the real client over HTTP and the view model: every row ends
 * in the state it names, the error says where in the JSON the problem is, and no number in the
 * model is NaN or infinite. Prints one summary line per family.
 */
import assert from 'node:assert/strict';
import { InvalidResponseError } from '../../src/api/errors';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { HOSTILE_CASES, families } from '../hostile/cases';
import { assertFiniteNumbers, runHostileCase, Tally } from '../hostile/pipeline';

describe('hostile payloads: client → schema → view model', function () {
  this.timeout(30_000);
  let fake: FakeApi;
  const tally = new Tally();

  before(async () => {
    fake = await startFakeApi();
  });
  after(async () => {
    await fake.close();
    for (const line of tally.lines('[hostile/node]')) console.log(line);
  });

  it('has at least 40 cases across the families of issue 6', () => {
    assert.ok(HOSTILE_CASES.length >= 40, `${HOSTILE_CASES.length} cases`);
    assert.ok(families().size >= 12, `${families().size} families`);
    assert.ok(HOSTILE_CASES.some((c) => c.expect === 'render') && HOSTILE_CASES.some((c) => c.expect === 'error'));
  });

  for (const c of HOSTILE_CASES) {
    it(`${c.family}: ${c.name} → ${c.expect}`, async () => {
      let handled = false;
      try {
        const logs: string[] = [];
        const outcome = await runHostileCase(fake, c, (l) => logs.push(l));
        assert.equal(outcome.kind, c.expect, outcome.kind === 'error' ? `${outcome.error.name}: ${outcome.error.message}` : 'rendered');
        if (outcome.kind === 'render') {
          assertFiniteNumbers(outcome.model);
          assert.equal(outcome.model.kpis.length, 6);
          for (const k of outcome.model.kpis) assert.ok(k.text.length > 0, `${k.id} has no text`);
        } else {
          assert.ok(outcome.error instanceof InvalidResponseError, `${outcome.error.name}: ${outcome.error.message}`);
          // A clear sentence: what went wrong and what to do, never a wall of server text.
          assert.match(outcome.error.message, /^NLPearl sent /);
          assert.match(outcome.error.message, /Retry/);
          assert.ok(outcome.error.message.length < 600, `${outcome.error.message.length} characters`);
          assert.equal(outcome.error.message.includes(fake.token.split(':')[1] as string), false);
        }
        c.check?.(outcome);
        assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype polluted');
        assert.ok(logs.every((l) => l.length < 300), 'log lines stay short');
        handled = true;
      } finally {
        tally.add(c.family, handled);
      }
    });
  }
});
