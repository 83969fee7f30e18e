import { strict as assert } from 'node:assert';
import { parseCampaignRangeArgs } from '../../src/commands/commandArgs';
import { rangeForPreset } from '../../src/api/range';

const NOW = new Date(2026, 10, 28, 15, 30);
const ID = '65f1c0ffee0000000000abc1';
const ROW = '65f1c0ffee0000000000abc2';

function problemOf(arg: unknown): string {
  const parsed = parseCampaignRangeArgs(arg, NOW);
  assert.equal(parsed.ok, false, `expected ${JSON.stringify(arg)} to be refused`);
  return parsed.ok ? '' : parsed.problem;
}

describe('command arguments', () => {
  it('no argument means "ask the user"', () => {
    assert.deepEqual(parseCampaignRangeArgs(undefined, NOW), { ok: true, value: undefined });
  });

  it('{ campaignId, preset } gives the preset range computed now', () => {
    const parsed = parseCampaignRangeArgs({ campaignId: ID, preset: 'last7' }, NOW);
    assert.deepEqual(parsed, { ok: true, value: { campaignId: ID, range: { ...rangeForPreset('last7', NOW), preset: 'last7' }, fromTree: false } });
  });

  it('{ campaignId, from, to } normalises the dates to UTC Z strings', () => {
    const parsed = parseCampaignRangeArgs({ campaignId: ID, from: '2026-03-01T00:00:00+02:00', to: '2026-03-31T00:00:00Z' }, NOW);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value?.range, { from: '2026-02-28T22:00:00.000Z', to: '2026-03-31T00:00:00.000Z' });
  });

  it('a tree row gives its campaign and leaves the range to the tree', () => {
    const parsed = parseCampaignRangeArgs({ kind: 'campaign', info: { id: ROW } }, NOW);
    assert.deepEqual(parsed, { ok: true, value: { campaignId: ROW, range: undefined, fromTree: true } });
  });

  it('accepts only what an NLPearl campaign id can be (24 hex), in every shape, saying what an id looks like', () => {
    for (const bad of ['..', '.', 'abc123', '65f1c0ffee0000000000beef:secret-key', '65f1c0ffee0000000000beef/..', '65f1c0ffee0000000000bee', ' ', 42]) {
      assert.match(problemOf({ campaignId: bad }), /24 hexadecimal characters \(0-9, a-f\), e\.g\. 65f1c0ffee0000000000beef/);
      assert.match(problemOf({ kind: 'campaign', info: { id: bad } }), /24 hexadecimal characters/);
    }
    const upper = parseCampaignRangeArgs({ campaignId: ' 65F1C0FFEE0000000000ABC1 ' }, NOW);
    assert.deepEqual(upper, { ok: true, value: { campaignId: ID, range: undefined, fromTree: false } });
  });

  it('refuses malformed arguments with a sentence that says what to pass', () => {
    assert.match(problemOf('abc'), /Expected an object/);
    assert.match(problemOf([1]), /Expected an object/);
    assert.match(problemOf({}), /campaignId/);
    assert.match(problemOf({ campaignId: '../etc/passwd' }), /campaignId/);
    assert.match(problemOf({ campaignId: ID, preset: 'fortnight' }), /preset.*last30/);
    assert.match(problemOf({ campaignId: ID, preset: 'last7', from: '2026-01-01' }), /either/);
    assert.match(problemOf({ campaignId: ID, from: 'yesterday', to: 'today' }), /ISO/);
    assert.match(problemOf({ campaignId: ID, from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }), /before its end/);
    assert.match(problemOf({ campaignId: ID, from: 5, to: 6 }), /ISO/);
  });
});
