import { strict as assert } from 'node:assert';
import { parseCampaignRangeArgs } from '../../src/host/commandArgs';
import { rangeForPreset } from '../../src/api/range';

const NOW = new Date(2026, 10, 28, 15, 30);

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
    const parsed = parseCampaignRangeArgs({ campaignId: 'abc123', preset: 'last7' }, NOW);
    assert.deepEqual(parsed, { ok: true, value: { campaignId: 'abc123', range: { ...rangeForPreset('last7', NOW), preset: 'last7' }, fromTree: false } });
  });

  it('{ campaignId, from, to } normalises the dates to UTC Z strings', () => {
    const parsed = parseCampaignRangeArgs({ campaignId: 'abc', from: '2026-03-01T00:00:00+02:00', to: '2026-03-31T00:00:00Z' }, NOW);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value?.range, { from: '2026-02-28T22:00:00.000Z', to: '2026-03-31T00:00:00.000Z' });
  });

  it('a tree row gives its campaign and leaves the range to the tree', () => {
    const parsed = parseCampaignRangeArgs({ kind: 'campaign', info: { id: 'row-1' } }, NOW);
    assert.deepEqual(parsed, { ok: true, value: { campaignId: 'row-1', range: undefined, fromTree: true } });
  });

  it('refuses malformed arguments with a sentence that says what to pass', () => {
    assert.match(problemOf('abc'), /Expected an object/);
    assert.match(problemOf([1]), /Expected an object/);
    assert.match(problemOf({}), /campaignId/);
    assert.match(problemOf({ campaignId: '../etc/passwd' }), /campaignId/);
    assert.match(problemOf({ campaignId: 'a', preset: 'fortnight' }), /preset.*last30/);
    assert.match(problemOf({ campaignId: 'a', preset: 'last7', from: '2026-01-01' }), /either/);
    assert.match(problemOf({ campaignId: 'a', from: 'yesterday', to: 'today' }), /ISO/);
    assert.match(problemOf({ campaignId: 'a', from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }), /before its end/);
    assert.match(problemOf({ campaignId: 'a', from: 5, to: 6 }), /ISO/);
  });
});
