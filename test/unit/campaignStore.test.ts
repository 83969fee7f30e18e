/**
 * The campaigns a person added by id and the recently used ones, as globalState keeps them: what the tree
 * and the palette list after a reload, and what a stale or pasted value leaves in storage.
 */
import assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { CampaignStore } from '../../src/model/campaignStore';

const MANUAL = 'nlpearl.manualCampaigns';
const RECENT = 'nlpearl.recentCampaigns';
const OUTBOUND = 'nlpearl.manualOutboundCampaigns';
const id = (n: number) => `65f1c0ffee${n.toString(16).padStart(14, '0')}`;

/** globalState as the store sees it, and every write it made. */
function memento(initial: Record<string, unknown> = {}) {
  const values = new Map<string, unknown>(Object.entries(initial));
  const writes: string[] = [];
  const state = {
    keys: () => [...values.keys()],
    get: (key: string) => values.get(key),
    update: async (key: string, value: unknown) => {
      writes.push(key);
      values.set(key, value);
    },
  } as unknown as vscode.Memento;
  return { state, values, writes };
}

describe('CampaignStore (campaigns added by id, recently used)', () => {
  it('keeps an id pasted with spaces or capitals in its one spelling, once', async () => {
    const { state, values } = memento();
    const store = new CampaignStore(state);
    assert.equal(await store.addManual(`  ${id(1).toUpperCase()} `), true);
    assert.equal(await store.addManual(id(1)), false, 'the same id again adds nothing');
    assert.deepEqual(store.manualIds(), [id(1)]);
    assert.deepEqual(values.get(MANUAL), [id(1)]);
    assert.equal(store.manualKind(id(1)), 'inbound', 'an id added without a kind is inbound');
  });

  it('refuses what is no campaign id (a pasted token) and stores nothing for it', async () => {
    const { state, writes } = memento();
    const store = new CampaignStore(state);
    assert.equal(await store.addManual('sk-live-abcdef0123456789'), false);
    assert.deepEqual(store.manualIds(), []);
    assert.deepEqual(writes, []);
  });

  it('an id added again as outbound changes only its kind; removing it forgets the kind too', async () => {
    const { state, values } = memento();
    const store = new CampaignStore(state);
    await store.addManual(id(1));
    await store.addManual(id(2), 'outbound');
    assert.equal(store.manualKind(id(2)), 'outbound');
    assert.equal(store.manualKind(id(1)), 'inbound');
    assert.equal(await store.addManual(id(1), 'outbound'), false);
    assert.equal(store.manualKind(id(1)), 'outbound');
    assert.deepEqual(store.manualIds(), [id(1), id(2)]);
    await store.addManual(id(1), 'inbound');
    assert.equal(store.manualKind(id(1)), 'inbound', 'said again as inbound: inbound');
    assert.equal(store.manualKind(id(2)), 'outbound', 'the other id keeps its kind');
    await store.removeManual(id(2));
    assert.deepEqual(store.manualIds(), [id(1)]);
    assert.deepEqual(values.get(OUTBOUND), [], 'no kind left behind for a removed id');
  });

  it('lists the last ten campaigns used, the latest first, each once', async () => {
    const { state } = memento();
    const store = new CampaignStore(state);
    for (let n = 1; n <= 12; n++) await store.markUsed(id(n));
    await store.markUsed(id(5).toUpperCase());
    await store.markUsed('not an id');
    assert.deepEqual(store.recentIds(), [5, 12, 11, 10, 9, 8, 7, 6, 4, 3].map(id));
  });

  it('reads stored values that are no list, or hold other things, as what is valid in them', () => {
    const store = new CampaignStore(memento({ [MANUAL]: 'oops', [RECENT]: [id(1), 42, 'token', id(1), id(2)] }).state);
    assert.deepEqual(store.manualIds(), []);
    assert.deepEqual(store.recentIds(), [id(1), id(2)]);
  });

  it('purges stored entries that are no id (older versions kept a pasted token), and rewrites nothing clean', async () => {
    const { state, values, writes } = memento({
      [MANUAL]: [id(1), 'sk-live-secret', id(2)],
      [RECENT]: [id(3)],
      [OUTBOUND]: 'garbage',
    });
    await new CampaignStore(state).purgeInvalid();
    assert.deepEqual(values.get(MANUAL), [id(1), id(2)]);
    assert.deepEqual(values.get(OUTBOUND), []);
    assert.deepEqual(writes.sort(), [MANUAL, OUTBOUND].sort(), 'the clean recent list and the absent keys are left alone');
  });

  it('purge rewrites a list whose ids are valid but spelled otherwise or repeated', async () => {
    const upper = memento({ [MANUAL]: [id(1).toUpperCase()] });
    await new CampaignStore(upper.state).purgeInvalid();
    assert.deepEqual(upper.values.get(MANUAL), [id(1)]);
    const twice = memento({ [RECENT]: [id(1), id(1)] });
    await new CampaignStore(twice.state).purgeInvalid();
    assert.deepEqual(twice.values.get(RECENT), [id(1)]);
  });

  it('purge rewrites one mis-spelled id among clean ones, and writes nothing where nothing is stored', async () => {
    const { state, values, writes } = memento({ [MANUAL]: [id(1), id(2).toUpperCase(), id(3)] });
    await new CampaignStore(state).purgeInvalid();
    assert.deepEqual(values.get(MANUAL), [id(1), id(2), id(3)]);
    assert.deepEqual(writes, [MANUAL], 'no empty lists appear for the recent and outbound campaigns');
  });

  it('purge clears a stored null or empty text instead of failing on it, and the lists read as empty', async () => {
    const { state, values, writes } = memento({ [MANUAL]: null, [RECENT]: '' });
    const store = new CampaignStore(state);
    await store.purgeInvalid();
    assert.deepEqual(values.get(MANUAL), []);
    assert.deepEqual(values.get(RECENT), []);
    assert.deepEqual(writes.sort(), [MANUAL, RECENT].sort());
    assert.deepEqual(store.manualIds(), []);
    assert.deepEqual(store.recentIds(), []);
  });
});
