/**
 * The campaign listing as a person waits for it: the tree's progress bar while it loads, the error row that goes
 * away once a listing works again, and campaigns added by id before the extension knew their kind.
 */
import assert from 'node:assert/strict';
import type { CampaignSummary } from '../../src/api/schemas';
import type { NLPearlApi } from '../../src/api/types';
import { CampaignDirectory } from '../../src/model/campaignDirectory';
import { describeError } from '../../src/model/errorView';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const ID_A = '65f1c0ffee0000000000000a';
const ID_M = '65f1c0ffee00000000000000';
const summary = (id: string, name: string): CampaignSummary => ({ id, name, status: 1, kind: 'inbound' }) as CampaignSummary;

describe('CampaignDirectory: what a person sees while it lists', () => {
  it('the tree shows its progress bar while the campaigns are listed, and redraws once it has stopped', async () => {
    const events: string[] = [];
    const api = { listCampaigns: async () => (events.push('listing requested'), [summary(ID_A, 'A')]) } as unknown as NLPearlApi;
    const dir = new CampaignDirectory({
      api: () => api,
      manualIds: () => [],
      describeError,
      log: silent,
      withListProgress: async (work) => {
        events.push('progress shown');
        try {
          return await work();
        } finally {
          events.push('progress hidden');
        }
      },
    });
    dir.onDidChange(() => events.push(`redrawn with ${dir.campaigns().length} campaign(s)`));
    await dir.ensureListed();
    assert.deepEqual(events, ['progress shown', 'listing requested', 'progress hidden', 'redrawn with 1 campaign(s)']);
  });

  it('the error row goes away when a later listing works', async () => {
    let fail = true;
    const api = {
      listCampaigns: async () => {
        if (fail) throw new Error('network down');
        return [summary(ID_A, 'A')];
      },
    } as unknown as NLPearlApi;
    const dir = new CampaignDirectory({ api: () => api, manualIds: () => [], describeError, log: silent });
    await dir.ensureListed();
    assert.equal(dir.listError()?.message, 'network down');
    assert.deepEqual(dir.campaigns(), []);
    fail = false;
    dir.invalidate();
    const listed = await dir.ensureListed();
    assert.equal(dir.listError(), undefined);
    assert.deepEqual(listed.map((c) => c.name), ['A']);
  });

  it('a campaign added by id, with no kind stored for it, is listed as an inbound campaign of unknown name', () => {
    const api = { listCampaigns: () => new Promise<CampaignSummary[]>(() => undefined) } as unknown as NLPearlApi;
    const dir = new CampaignDirectory({ api: () => api, manualIds: () => [ID_M], describeError, log: silent });
    assert.deepEqual(dir.campaigns(), [{ id: ID_M, name: null, status: null, kind: 'inbound', manual: true }]);
  });
});
