/**
 * The campaign listing as the tree gets it: ids in their one spelling, each once, none that could not be
 * requested — and what is left out said in the log (the NLPearl output channel), never silently lost.
 */
import assert from 'node:assert/strict';
import { listAllCampaigns, listCampaignsOfKind, usableCampaigns } from '../../src/api/campaigns';
import { answering } from './requester.fixtures';
import { InvalidResponseError } from '../../src/api/errors';
import type { CampaignSummary } from '../../src/api/schemas';

const A = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbb';

const summary = (id: string, name = id.slice(0, 4)): CampaignSummary => ({ id, name, status: 1, type: null, createdAt: null, created: null, kind: 'inbound' });

describe('the campaign list the tree shows', () => {
  it('keeps each id once, in its one spelling, and logs nothing when nothing is left out', () => {
    const log: string[] = [];
    const listed = usableCampaigns([summary(` ${A.toUpperCase()} `, 'Front desk'), summary(B)], (line) => log.push(line));
    assert.deepEqual(listed.map((c) => [c.id, c.name]), [[A, 'Front desk'], [B, 'bbbb']]);
    assert.deepEqual(log, []);
  });

  it('leaves out ids that cannot be requested and repeated ids, and says how many of each', () => {
    const log: string[] = [];
    const listed = usableCampaigns([summary(A, 'first'), summary('not-an-id'), summary(A.toUpperCase(), 'again'), summary(''), summary(B)], (line) => log.push(line));
    assert.deepEqual(listed.map((c) => c.name), ['first', 'bbbb']);
    assert.deepEqual(log, [
      'campaign list: left out 2 campaign(s) whose id is not a 24-hex NLPearl id',
      'campaign list: left out 1 repeated campaign id(s)',
    ]);
  });

  it('v2: keeps the Pearls of the two kinds it knows from one list, and logs how many others it left out', async () => {
    const { send, paths } = answering({
      '/v2/Pearl': [
        { id: A, name: 'In', status: 1, type: 1 },
        { id: B, name: 'Out', status: 1, type: 2 },
        { id: 'cccccccccccccccccccccccc', name: 'Other', status: 1, type: 7 },
      ],
    });
    const log: string[] = [];
    const listed = await listAllCampaigns(send, 'v2', undefined, (line) => log.push(line));
    assert.deepEqual(paths, ['/v2/Pearl']);
    assert.deepEqual(listed.map((c) => [c.name, c.kind]), [['In', 'inbound'], ['Out', 'outbound']]);
    assert.deepEqual(log, ['campaign list: left out 1 Pearl(s) neither inbound (type 1) nor outbound (type 2)']);
  });

  it('v1: both kinds\' lists, each campaign with its kind, nothing logged when all are known', async () => {
    const { send, paths } = answering({ '/v1/Inbound': [{ id: A, name: 'In' }], '/v1/Outbound': [{ id: B, name: 'Out' }] });
    const log: string[] = [];
    const listed = await listAllCampaigns(send, 'v1', undefined, (line) => log.push(line));
    assert.deepEqual([...paths].sort(), ['/v1/Inbound', '/v1/Outbound']);
    assert.deepEqual(listed.map((c) => [c.name, c.kind]), [['In', 'inbound'], ['Out', 'outbound']]);
    assert.deepEqual(log, []);
  });

  it('v2, one kind: only that kind\'s Pearls', async () => {
    const { send } = answering({ '/v2/Pearl': [{ id: A, name: 'In', type: 1 }, { id: B, name: 'Out', type: 2 }] });
    const listed = await listCampaignsOfKind(send, 'v2', 'outbound', undefined, undefined);
    assert.deepEqual(listed.map((c) => [c.name, c.kind]), [['Out', 'outbound']]);
  });

  it('says that the campaign list came in an unexpected shape, naming it', async () => {
    const { send } = answering({ '/v1/Inbound': { campaigns: [] }, '/v1/Outbound': [] });
    await assert.rejects(listAllCampaigns(send, 'v1', undefined, undefined), (error: unknown) => {
      assert.ok(error instanceof InvalidResponseError);
      assert.match(error.message, /NLPearl sent the campaign list in an unexpected shape — \(response\): expected a list of campaigns, got an object/);
      return true;
    });
  });
});
