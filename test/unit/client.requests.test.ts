/**
 * Which request each call of the client sends (src/api/client.ts), over real HTTP against the fake API: an id that
 * is missing, the resource a campaign's kind picks and when the directory is asked for that kind, background polls,
 * and what a cancelled or finished split range leaves behind.
 */
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { BadRangeError, CancelledError, NotFoundError, ServerError } from '../../src/api/errors';
import { DAY_MS, type DateRange } from '../../src/api/range';
import type { CampaignKind } from '../../src/api/schemas';
import type { ClientConfig, NLPearlApi } from '../../src/api/types';
import { CAMPAIGN_ID_RULE } from '../../src/shared/campaignId';
import { DEMO_CAMPAIGN_IDS, DEMO_OUTBOUND_CAMPAIGNS } from '../../src/demo/data';
import { fakeApiClient, useFakeApi } from './fakeApiClient';
import { nlpearlFailure } from './rejection';

const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const OUTBOUND = (DEMO_OUTBOUND_CAMPAIGNS[0] as { id: string }).id;
const RANGE: DateRange = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const START = Date.parse('2025-03-10T13:45:00.000Z');
const YEAR: DateRange = { from: new Date(START).toISOString(), to: new Date(START + 365 * DAY_MS).toISOString() };
const DAY = { fromDate: '2026-03-10T00:00:00.000Z', toDate: '2026-03-10T23:59:59.999Z' };

describe('client: the requests each call sends', function () {
  this.timeout(20_000);
  const fake = useFakeApi();
  let asked: string[];

  beforeEach(() => {
    asked = [];
  });

  function client(overrides: Partial<ClientConfig> = {}): NLPearlApi {
    return fakeApiClient(fake(), { logs: [], sleeps: [] }, overrides);
  }

  /** A client whose directory says `kind` for every campaign, and records each id it was asked about. */
  function directoryClient(kind: CampaignKind, overrides: Partial<ClientConfig> = {}): NLPearlApi {
    return client({ kindOf: (id) => (asked.push(id), kind), ...overrides });
  }

  const paths = () => fake().requests.map((r) => `${r.method} ${r.path}`);

  it('no campaign id, or only blanks: says to pick one, and sends nothing', async () => {
    const api = client();
    for (const call of [() => api.getCampaign(''), () => api.getCampaign('   '), () => api.getOngoingCalls(' \t'), () => api.getInboundAnalytics('', RANGE)]) {
      const error = await nlpearlFailure(call());
      assert.ok(error instanceof NotFoundError);
      assert.equal(error.message, 'No campaign id was given. Pick a campaign from the list or add one by its id.');
      assert.equal(error.action, 'checkCampaign');
    }
    const error = await nlpearlFailure(api.getOngoingCalls('not-an-id'));
    assert.equal(error.message, `The campaign id given is not an NLPearl campaign id, so nothing was requested. ${CAMPAIGN_ID_RULE}`);
    assert.equal(fake().requests.length, 0);
  });

  it("the live counters: GET …/{id}/OngoingCalls under the campaign's resource, on v1 and v2", async () => {
    const live = await client().getOngoingCalls(CAMPAIGN);
    assert.equal(typeof live.totalOngoingCalls, 'number');
    await client().getOngoingCalls(OUTBOUND, { kind: 'outbound' });
    await client({ apiVersion: 'v2' }).getOngoingCalls(CAMPAIGN);
    assert.deepEqual(paths(), [`GET /v1/Inbound/${CAMPAIGN}/OngoingCalls`, `GET /v1/Outbound/${OUTBOUND}/OngoingCalls`, `GET /v2/Pearl/${CAMPAIGN}/OngoingCalls`]);
    assert.ok(fake().requests.every((r) => r.status === 200));
  });

  it("v1: the directory's kind picks the resource, unless the call names the kind", async () => {
    const api = directoryClient('outbound');
    await api.getCampaign(OUTBOUND);
    await api.getOngoingCalls(OUTBOUND);
    await api.getInboundAnalytics(OUTBOUND, RANGE);
    assert.deepEqual(asked, [OUTBOUND, OUTBOUND, OUTBOUND]);
    assert.equal((await api.getCampaign(CAMPAIGN, { kind: 'inbound' })).id, CAMPAIGN);
    assert.deepEqual(asked, [OUTBOUND, OUTBOUND, OUTBOUND], 'a named kind is not looked up');
    assert.deepEqual(paths(), [
      `GET /v1/Outbound/${OUTBOUND}`,
      `GET /v1/Outbound/${OUTBOUND}/OngoingCalls`,
      `POST /v1/Outbound/${OUTBOUND}/Analytics`,
      `GET /v1/Inbound/${CAMPAIGN}`,
    ]);
  });

  it('v2 has one resource for both kinds: the directory is never asked', async () => {
    const api = directoryClient('outbound', { apiVersion: 'v2' });
    await api.getCampaign(CAMPAIGN);
    await api.getOngoingCalls(CAMPAIGN);
    await api.getInboundAnalytics(CAMPAIGN, RANGE);
    await api.searchCalls(CAMPAIGN, DAY, { skip: 0, limit: 1 });
    assert.deepEqual(asked, []);
    assert.ok(paths().every((p) => p.includes(`/v2/Pearl/${CAMPAIGN}`)), paths().join('\n'));
  });

  it('a bad range, or a call search for an id that is none: refused without asking the directory or sending anything', async () => {
    const api = directoryClient('inbound');
    assert.ok((await nlpearlFailure(api.getInboundAnalytics(CAMPAIGN, { from: RANGE.to, to: RANGE.from }))) instanceof BadRangeError);
    assert.ok((await nlpearlFailure(api.getInboundAnalytics(CAMPAIGN, { from: 'yesterday', to: RANGE.to }))) instanceof BadRangeError);
    assert.ok((await nlpearlFailure(api.searchCalls('../Account', DAY, { skip: 0, limit: 1 }))) instanceof NotFoundError);
    assert.deepEqual(asked, []);
    assert.equal(fake().requests.length, 0);
  });

  it('a 404 or 400 says what to check: the settings for the account, the campaign id for a campaign or its live counters', async () => {
    const api = client();
    fake().inject({ status: 404, match: '/Account' });
    const account = await nlpearlFailure(api.getAccount());
    assert.ok(account instanceof NotFoundError);
    assert.equal(account.message, 'NLPearl answered 404 to GET /v1/Account. Check the settings "nlpearl.apiBaseUrl" and "nlpearl.apiVersion".');
    const unknown = '65f1c0ffee00000000000404';
    for (const call of [() => api.getCampaign(unknown), () => api.getOngoingCalls(unknown)]) {
      const error = await nlpearlFailure(call());
      assert.ok(error instanceof NotFoundError);
      assert.match(error.message, /^NLPearl found no campaign "65f1c0ffee00000000000404" \(404\) with API version v1\. Check the campaign id/);
    }
    fake().inject({ status: 400, match: '/OngoingCalls' });
    const refused = await nlpearlFailure(api.getOngoingCalls(CAMPAIGN));
    assert.equal(refused.message, `NLPearl refused the campaign id "${CAMPAIGN}" (400). Check the campaign id.`);
  });

  it('an answer in the wrong shape names what was asked for: account details, campaign details, analytics', async () => {
    const api = client();
    const shapes: Array<[() => Promise<unknown>, string, string]> = [
      [() => api.getAccount(), '/Account', 'account details'],
      [() => api.getCampaign(CAMPAIGN), `/Inbound/${CAMPAIGN}`, 'campaign details'],
      [() => api.getInboundAnalytics(CAMPAIGN, RANGE), '/Analytics', 'analytics'],
    ];
    for (const [call, match, what] of shapes) {
      fake().inject({ rawBody: '[1,2]', match });
      const error = await nlpearlFailure(call());
      assert.match(error.message, new RegExp(`^NLPearl sent ${what} in an unexpected shape — `), error.message);
    }
  });

  it('background polls of the account and the live counters are tried once', async () => {
    const api = client();
    fake().inject({ status: 503, times: 10 });
    assert.ok((await nlpearlFailure(api.getAccount({ background: true }))) instanceof ServerError);
    assert.ok((await nlpearlFailure(api.getOngoingCalls(CAMPAIGN, { background: true }))) instanceof ServerError);
    assert.deepEqual(paths(), ['GET /v1/Account', `GET /v1/Inbound/${CAMPAIGN}/OngoingCalls`]);
  });

  describe('the analytics result', () => {
    it('names the range asked for, how many requests it took and when it was fetched', async () => {
      for (const range of [RANGE, YEAR]) {
        const before = Date.now();
        const result = await client().getInboundAnalytics(CAMPAIGN, range);
        assert.deepEqual(result.range, range);
        assert.equal(result.windows, range === RANGE ? 1 : 5);
        assert.ok(result.fetchedAt >= before && result.fetchedAt <= Date.now(), `fetched at ${result.fetchedAt}`);
      }
    });

    it('a split range with a signal already cancelled sends nothing', async () => {
      const error = await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, YEAR, { signal: AbortSignal.abort() }));
      assert.ok(error instanceof CancelledError);
      await fake().idle();
      assert.equal(fake().requests.length, 0);
    });

    it("a split range leaves no listener on the caller's signal, answered or failed", async () => {
      const signal = new AbortController().signal;
      await client().getInboundAnalytics(CAMPAIGN, YEAR, { signal });
      assert.equal(getEventListeners(signal, 'abort').length, 0, 'after an answer');
      fake().inject({ status: 500, match: '/Analytics' });
      assert.ok((await nlpearlFailure(client().getInboundAnalytics(CAMPAIGN, YEAR, { signal }))) instanceof ServerError);
      assert.equal(getEventListeners(signal, 'abort').length, 0, 'after a failure');
    });
  });
});
