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
  const api = { listCampaigns: () => (calls++, list()) } as unknown as NLPearlApi;
  const dir = new CampaignDirectory({ api: () => api, manualIds: () => manual, describeError, log: silent });
  return { dir, calls: () => calls };
}

describe('CampaignDirectory (the campaigns every view reads)', () => {
  it('lists once for concurrent readers, and merges campaigns added by id, by name', async () => {
    const { dir, calls } = directory(async () => [
      { id: ID_B, name: 'Zeta', status: 1, kind: 'inbound' } as CampaignSummary,
      { id: ID_A, name: 'alpha', status: 2, kind: 'inbound' } as CampaignSummary,
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
      return [{ id: ID_A, name: 'A', status: 1, kind: 'inbound' } as CampaignSummary];
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
    resolve([{ id: ID_A, name: 'old', status: 1, kind: 'inbound' } as CampaignSummary]);
    await new Promise((r) => setTimeout(r, 0));
    assert.deepEqual(dir.campaigns(), []);
    assert.equal(changes, 1, 'only the reset was heard');
  });

  it('knows each campaign\'s kind: from the lists, else as it was added by id, else inbound', async () => {
    let calls = 0;
    const api = {
      listCampaigns: async () => (calls++, [{ id: ID_A, name: 'Reminders', status: 1, kind: 'outbound' } as CampaignSummary]),
    } as unknown as NLPearlApi;
    const kinds: Record<string, 'inbound' | 'outbound'> = { [ID_M]: 'outbound', [ID_A]: 'inbound' };
    const dir = new CampaignDirectory({ api: () => api, manualIds: () => [ID_M, ID_A, ID_B], manualKind: (id) => kinds[id] ?? 'inbound', describeError, log: silent });
    // Before any listing: the list may know better than what was typed, so it is asked once.
    assert.equal(await dir.kindOf(ID_A), 'outbound', 'the list says outbound, whatever was typed');
    assert.equal(calls, 1);
    assert.equal(await dir.kindOf(ID_M), 'outbound', 'added by id as outbound');
    assert.equal(await dir.kindOf(ID_B), 'inbound', 'added by id by an older version: inbound');
    assert.equal(await dir.kindOf('65f1c0ffee0000000000ffff'), 'inbound', 'unknown: inbound');
    assert.equal(calls, 1, 'one listing answered every question');
    assert.deepEqual(dir.campaigns().map((c) => [c.name ?? c.id, c.kind]), [[ID_M, 'outbound'], [ID_B, 'inbound'], ['Reminders', 'outbound']]);
  });
});

/** A directory whose listings answer when the test says so, and the warnings it wrote to the log. */
function controlledDirectory() {
  const pending: { resolve(list: CampaignSummary[]): void; reject(error: Error): void }[] = [];
  const warnings: string[] = [];
  const api = { listCampaigns: () => new Promise<CampaignSummary[]>((resolve, reject) => pending.push({ resolve, reject })) } as unknown as NLPearlApi;
  const log = { ...silent, warn: (component: string, message: string) => void warnings.push(`[${component}] ${message}`) };
  const dir = new CampaignDirectory({ api: () => api, manualIds: () => [], describeError, log });
  return { dir, pending, warnings };
}

const tick = () => new Promise((r) => setTimeout(r, 0));
const summary = (id: string, name: string): CampaignSummary => ({ id, name, status: 1, kind: 'inbound' }) as CampaignSummary;

describe('CampaignDirectory: listings in flight, stale and reset', () => {
  it('"loading…" shows only for the first listing; a later one keeps the list on screen', async () => {
    const { dir, pending } = controlledDirectory();
    assert.equal(dir.firstListing, false, 'nothing asked yet');
    dir.listIfNeeded();
    dir.listIfNeeded();
    assert.equal(pending.length, 1, 'one request for two readers');
    pending[0]?.resolve([summary(ID_A, 'A')]);
    await tick();
    assert.equal(dir.firstListing, false);
    dir.listIfNeeded();
    assert.equal(pending.length, 1, 'a loaded list is not asked again');
    dir.invalidate();
    dir.listIfNeeded();
    assert.equal(pending.length, 2);
    assert.equal(dir.firstListing, false, 'the old list stays while the new one loads');
    assert.equal(dir.campaign(ID_A)?.name, 'A');
    assert.equal(dir.campaign(ID_B), undefined);
  });

  it('each listing that arrives or fails is heard; a listener that left is not', async () => {
    const { dir, pending, warnings } = controlledDirectory();
    let heard = 0;
    let left = 0;
    dir.onDidChange(() => heard++);
    dir.onDidChange(() => left++).dispose();
    dir.listIfNeeded();
    pending[0]?.resolve([summary(ID_A, 'A')]);
    await tick();
    assert.equal(heard, 1, 'the tree redraws with the list');
    dir.invalidate();
    dir.listIfNeeded();
    pending[1]?.reject(new Error('boom'));
    await tick();
    assert.equal(heard, 2, 'the tree redraws with the error row');
    assert.deepEqual(warnings, ['[tree] listing campaigns failed: boom'], 'the log says why');
    assert.equal(left, 0);
  });

  it('once listed, a stale list still answers a listed campaign\'s kind without listing again', async () => {
    const { dir, pending } = controlledDirectory();
    dir.listIfNeeded();
    pending[0]?.resolve([{ ...summary(ID_A, 'Reminders'), kind: 'outbound' }]);
    await tick();
    dir.invalidate();
    assert.equal(await dir.kindOf(ID_A), 'outbound');
    assert.equal(pending.length, 1);
  });

  it('after a reset, an answer or a failure for the old account changes nothing, and the next read lists again', async () => {
    const { dir, pending, warnings } = controlledDirectory();
    dir.listIfNeeded();
    dir.listIfNeeded();
    dir.reset();
    dir.listIfNeeded();
    assert.equal(pending.length, 2, 'the new account is listed at once');
    pending[0]?.reject(new Error('old token refused'));
    await tick();
    assert.equal(dir.listError(), undefined, 'no error row for the old token');
    assert.deepEqual(warnings, []);
    dir.listIfNeeded();
    assert.equal(pending.length, 2, 'the new listing is still the one under way');
    dir.reset();
    pending[1]?.resolve([summary(ID_A, 'old')]);
    await tick();
    assert.equal(dir.loaded, false);
    const listed = dir.ensureListed();
    pending[2]?.resolve([summary(ID_B, 'new')]);
    assert.deepEqual((await listed).map((c) => c.name), ['new']);
  });
});
