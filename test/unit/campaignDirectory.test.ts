import assert from 'node:assert/strict';
import type { CampaignSummary } from '../../src/api/schemas';
import type { NLPearlApi } from '../../src/api/types';
import { CampaignDirectory } from '../../src/model/campaignDirectory';
import { describeError } from '../../src/model/errorView';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const ID_A = '65f1c0ffee0000000000000a';
const ID_B = '65f1c0ffee0000000000000b';
const ID_M = '65f1c0ffee00000000000000';

function directory(list: () => Promise<CampaignSummary[]>, manual: string[] = []) {
  let calls = 0;
  const api = { listInboundCampaigns: () => (calls++, list()) } as unknown as NLPearlApi;
  const dir = new CampaignDirectory({ api: () => api, manualIds: () => manual, describeError, log: silent });
  return { dir, calls: () => calls };
}

describe('CampaignDirectory (the campaigns every view reads)', () => {
  it('lists once for concurrent readers, and merges campaigns added by id, by name', async () => {
    const { dir, calls } = directory(async () => [
      { id: ID_B, name: 'Zeta', status: 1 } as CampaignSummary,
      { id: ID_A, name: 'alpha', status: 2 } as CampaignSummary,
    ], [ID_M, ID_A]);
    const [one, two] = await Promise.all([dir.ensureListed(), dir.ensureListed()]);
    assert.equal(calls(), 1);
    assert.deepEqual(one.map((c) => [c.id, c.manual]), [[ID_M, true], [ID_A, false], [ID_B, false]]);
    assert.deepEqual(two, one);
    assert.equal((await dir.lookup(ID_B))?.name, 'Zeta');
    assert.equal(calls(), 1, 'a lookup after the listing sends nothing');
  });

  it('keeps the last good list when a listing fails, and says why', async () => {
    let fail = false;
    const { dir } = directory(async () => {
      if (fail) throw new Error('boom');
      return [{ id: ID_A, name: 'A', status: 1 } as CampaignSummary];
    });
    await dir.ensureListed();
    fail = true;
    dir.invalidate();
    const after = await dir.ensureListed();
    assert.deepEqual(after.map((c) => c.id), [ID_A]);
    assert.equal(dir.listError()?.message, 'boom');
  });

  it('reset forgets the list, tells its listeners, and drops an answer of the old source', async () => {
    let resolve: (list: CampaignSummary[]) => void = () => undefined;
    const { dir } = directory(() => new Promise((r) => (resolve = r)));
    let changes = 0;
    dir.onDidChange(() => changes++);
    dir.listIfNeeded();
    assert.equal(dir.firstListing, true);
    dir.reset();
    resolve([{ id: ID_A, name: 'old', status: 1 } as CampaignSummary]);
    await new Promise((r) => setTimeout(r, 0));
    assert.deepEqual(dir.campaigns(), []);
    assert.equal(changes, 1, 'only the reset was heard');
  });
});
