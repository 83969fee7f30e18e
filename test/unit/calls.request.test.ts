/**
 * What the call search sends, and what it refuses to send: the request body the server sees for each filter, the
 * ranges, pages and ids that are refused before any request (with the sentence a user reads), and where a walk
 * over the pages stops. Requests go over real HTTP to the fake API; the walk's stopping rules are read from a
 * page function, so a server that never reaches its count can be played without two thousand requests.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CALL_PAGE, MAX_CALL_PAGES, walkCallPages, type CallPage, type CallPageRequest } from '../../src/api/calls';
import { BadRangeError, NotFoundError } from '../../src/api/errors';
import type { NLPearlApi } from '../../src/api/types';
import { DEMO_CAMPAIGNS, type DemoCampaign } from '../../src/demo/data';
import { fakeApiClient, useFakeApi } from './fakeApiClient';

const DENTAL = DEMO_CAMPAIGNS[0] as DemoCampaign;
const DAY = { fromDate: '2026-03-10T00:00:00.000Z', toDate: '2026-03-10T23:59:59.999Z' };
const CALL_ID = 'a'.repeat(24);

describe('call search: the request', () => {
  const fake = useFakeApi();
  let api: NLPearlApi;

  beforeEach(() => {
    api = fakeApiClient(fake(), { logs: [], sleeps: [] });
  });

  const sentBody = () => JSON.parse(fake().requests.at(-1)?.body ?? '{}') as Record<string, unknown>;

  it('sends every filter given, as given, with the search text trimmed', async () => {
    await api.searchCalls(
      DENTAL.id,
      { ...DAY, sortProp: 'startTime', isAscending: false, tags: ['l1', 'l2'], statuses: [100, 110], searchInput: '  555 0100 ' },
      { skip: 40, limit: 20 },
    );
    assert.deepEqual(sentBody(), {
      fromDate: DAY.fromDate,
      toDate: DAY.toDate,
      skip: 40,
      limit: 20,
      sortProp: 'startTime',
      isAscending: false,
      tags: ['l1', 'l2'],
      statuses: [100, 110],
      searchInput: '555 0100',
    });
    assert.equal(fake().requests.at(-1)?.method, 'POST');
  });

  it('leaves out empty filters: no tags, no outcomes, a blank search', async () => {
    await api.searchCalls(DENTAL.id, { ...DAY, tags: [], statuses: [], searchInput: '   ' }, { skip: 0, limit: 1 });
    assert.deepEqual(sentBody(), { fromDate: DAY.fromDate, toDate: DAY.toDate, skip: 0, limit: 1 });
  });

  it('a range of one instant is searched; one that ends before it starts is refused without a request', async () => {
    const instant = '2026-03-10T12:00:00.000Z';
    await api.searchCalls(DENTAL.id, { fromDate: instant, toDate: instant }, { skip: 0, limit: 1 });
    assert.equal(fake().requests.length, 1);
    await assert.rejects(
      api.searchCalls(DENTAL.id, { fromDate: DAY.toDate, toDate: DAY.fromDate }, { skip: 0, limit: 1 }),
      (e: unknown) => e instanceof BadRangeError && e.message === 'The call search range starts after it ends; nothing was requested.',
    );
    assert.equal(fake().requests.length, 1);
  });

  it('a date that is no date is named, and nothing is requested', async () => {
    for (const [query, name] of [
      [{ fromDate: 'yesterday', toDate: DAY.toDate }, 'fromDate'],
      [{ fromDate: DAY.fromDate, toDate: '' }, 'toDate'],
    ] as const) {
      await assert.rejects(
        api.searchCalls(DENTAL.id, query, { skip: 0, limit: 1 }),
        (e: unknown) => e instanceof BadRangeError && e.message === `The call search needs a valid ${name}; nothing was requested.`,
      );
    }
    assert.equal(fake().requests.length, 0);
  });

  it('refuses a page that cannot be asked for, and asks for the smallest ones that can', async () => {
    for (const page of [{ skip: -1, limit: 10 }, { skip: 1.5, limit: 10 }, { skip: 0, limit: 0 }, { skip: 0, limit: 2.5 }]) {
      await assert.rejects(api.searchCalls(DENTAL.id, DAY, page), (e: unknown) => e instanceof RangeError && e.message === `bad page ${page.skip}/${page.limit}`);
    }
    assert.equal(fake().requests.length, 0);
    const first = await api.searchCalls(DENTAL.id, DAY, { skip: 0, limit: 1 });
    assert.equal(first.results.length, 1);
    assert.equal(first.skip, 0);
  });

  it('refuses a campaign id or call id that is no 24-hex id, without echoing it and without a request', async () => {
    await assert.rejects(
      api.searchCalls('acct:secret-pasted', DAY, { skip: 0, limit: 1 }),
      (e: unknown) => e instanceof NotFoundError && e.message === 'The campaign id given is not a 24-hex NLPearl id, so nothing was requested.',
    );
    await assert.rejects(
      api.getCall('acct:secret-pasted'),
      (e: unknown) => e instanceof NotFoundError && e.message === 'The call id given is not a 24-hex NLPearl id, so nothing was requested.',
    );
    assert.equal(fake().requests.length, 0);
  });

  it('a page without a results list is an empty page; the detail keeps the body as sent', async () => {
    fake().inject({ match: '/Calls', rawBody: '{"count":"0"}' });
    assert.deepEqual(await api.searchCalls(DENTAL.id, DAY, { skip: 10, limit: 5 }), { count: 0, results: [], skip: 10 });
    fake().inject({ match: '/Call/', rawBody: `{"id":"${CALL_ID}","duration":"42","vendorField":[1]}` });
    const { detail, json } = await api.getCall(CALL_ID);
    assert.equal(detail.duration, 42);
    assert.deepEqual(json, { id: CALL_ID, duration: '42', vendorField: [1] });
    assert.equal(fake().requests.at(-1)?.path, `/v1/Call/${CALL_ID}`);
  });

  it('a malformed call list names the list and the path', async () => {
    fake().inject({ match: '/Calls', rawBody: '{"results":[{"id":7,"duration":"long"}]}' });
    await assert.rejects(
      api.searchCalls(DENTAL.id, DAY, { skip: 0, limit: 1 }),
      (e: unknown) => e instanceof Error && /^NLPearl sent the call list in an unexpected shape — results\[0\]\.duration: expected a number, got "long"\./.test(e.message),
    );
  });
});

describe('call search: walking the pages', () => {
  /** A server with `total` calls that sends at most `serverMax` per page and reports `count`. */
  function server(total: number, serverMax: number, count: number | null = total) {
    const asked: CallPageRequest[] = [];
    const fetchPage = async (page: CallPageRequest): Promise<CallPage> => {
      asked.push(page);
      const n = Math.max(0, Math.min(page.limit, serverMax, total - page.skip));
      return { count, skip: page.skip, results: Array.from({ length: n }, (_, i) => ({ id: String(page.skip + i) }) as CallPage['results'][number]) };
    };
    return { asked, fetchPage };
  }

  async function walk(fetchPage: (p: CallPageRequest) => Promise<CallPage>, limit?: number): Promise<CallPage[]> {
    const pages: CallPage[] = [];
    for await (const page of walkCallPages(fetchPage, limit)) pages.push(page);
    return pages;
  }

  it(`asks ${DEFAULT_CALL_PAGE} at a time by default, and stops exactly at the count`, async () => {
    const { asked, fetchPage } = server(120, 1000);
    const pages = await walk(fetchPage);
    assert.deepEqual(asked, [
      { skip: 0, limit: 50 },
      { skip: 50, limit: 50 },
      { skip: 100, limit: 50 },
    ]);
    assert.deepEqual(pages.map((p) => p.results.length), [50, 50, 20]);
  });

  it('a count that is a whole number of pages needs no extra request', async () => {
    const { asked, fetchPage } = server(100, 1000);
    await walk(fetchPage, 50);
    assert.equal(asked.length, 2);
  });

  it('without a count, it goes on until an empty page, which it does not hand on', async () => {
    const { asked, fetchPage } = server(7, 3, null);
    const pages = await walk(fetchPage, 5);
    assert.deepEqual(asked.map((p) => p.skip), [0, 3, 6, 7]);
    assert.deepEqual(pages.map((p) => p.results.length), [3, 3, 1]);
  });

  it('a count larger than what the server has: stops at the first empty page', async () => {
    const { asked, fetchPage } = server(4, 10, 1000);
    const pages = await walk(fetchPage, 10);
    assert.equal(pages.length, 1);
    assert.equal(asked.length, 2);
  });

  it(`a server that never ends stops after ${MAX_CALL_PAGES} pages`, async () => {
    const { asked, fetchPage } = server(Number.MAX_SAFE_INTEGER, 1, null);
    const pages = await walk(fetchPage, 1);
    assert.equal(pages.length, MAX_CALL_PAGES);
    assert.equal(asked.length, MAX_CALL_PAGES);
  });
});
