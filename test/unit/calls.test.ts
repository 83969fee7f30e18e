/**
 * Call search and call detail through the real client over real HTTP (the fake API on 127.0.0.1):
 * paging by skip/limit until `count`, filters, the two enums, the validation policy, faults.
 */
import assert from 'node:assert/strict';
import { createClient } from '../../src/api/client';
import { walkCallPages, type CallPage } from '../../src/api/calls';
import { InvalidResponseError, NotFoundError, ServerError } from '../../src/api/errors';
import type { NLPearlApi } from '../../src/api/types';
import { DEMO_CAMPAIGNS, demoAnalyticsJson, type DemoCampaign } from '../../src/demo/data';
import { DEMO_MAX_CALL_PAGE } from '../../src/demo/callRoutes';
import { outcomeLabel, telephonyLabel } from '../../src/shared/callStatus';
import { startFakeApi, type FakeApi } from '../fake-api/server';
import { fakeApiClient } from './fakeApiClient';

const DENTAL = DEMO_CAMPAIGNS[0] as DemoCampaign;
const WEEK = { fromDate: '2026-03-09T00:00:00.000Z', toDate: '2026-03-15T23:59:59.999Z' };
const DAY = { fromDate: '2026-03-10T00:00:00.000Z', toDate: '2026-03-10T23:59:59.999Z' };

describe('calls: search and detail over HTTP', () => {
  let fake: FakeApi;
  let api: NLPearlApi;

  before(async () => {
    fake = await startFakeApi();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(() => {
    fake.clearFaults();
    fake.requests.length = 0;
    api = fakeApiClient(fake, { logs: [], sleeps: [] });
  });

  async function all(query = DAY, limit = 500): Promise<CallPage[]> {
    const pages: CallPage[] = [];
    for await (const page of walkCallPages((p) => api.searchCalls(DENTAL.id, query, p), limit)) pages.push(page);
    return pages;
  }

  it('pages by skip until count even when the server sends fewer than asked, one request per page', async () => {
    const pages = await all(WEEK, 500);
    const count = pages[0]?.count ?? 0;
    assert.ok(count > DEMO_MAX_CALL_PAGE, `a demo day has more calls than one server page (${count})`);
    const calls = pages.flatMap((p) => p.results);
    assert.equal(calls.length, count);
    assert.equal(new Set(calls.map((c) => c.id)).size, count, 'no call twice');
    assert.equal(fake.requests.length, Math.ceil(count / DEMO_MAX_CALL_PAGE));
    const skips = fake.requests.map((r) => (JSON.parse(r.body) as { skip: number }).skip);
    assert.deepEqual(skips, pages.map((p) => p.skip));
    assert.equal(fake.requests[0]?.path, `/v1/Inbound/${DENTAL.id}/Calls`);
  });

  it('asks for the next page only when the consumer wants it', async () => {
    const walk = walkCallPages((p) => api.searchCalls(DENTAL.id, DAY, p), 20);
    await walk.next();
    assert.equal(fake.requests.length, 1);
    await walk.next();
    assert.equal(fake.requests.length, 2);
    await walk.return();
  });

  it("a day's calls of each outcome equal the analytics timeline's counts for that day", async () => {
    const timeline = demoAnalyticsJson(DENTAL.id, { from: DAY.fromDate, to: DAY.toDate }, 'v1', DENTAL).callsStatusTimeLine[0];
    assert.ok(timeline);
    for (const [code, expected] of [[100, timeline.successful], [110, timeline.unsuccessful], [500, timeline.error]] as const) {
      const page = await api.searchCalls(DENTAL.id, { ...DAY, statuses: [code] }, { skip: 0, limit: 1 });
      assert.equal(page.count, expected, `outcome ${code}`);
    }
    const everything = await api.searchCalls(DENTAL.id, DAY, { skip: 0, limit: 1 });
    assert.equal(everything.count, timeline.totalCalls);
  });

  it('filters by outcome, tag and search text, and sends them in the documented body', async () => {
    const label = DENTAL.profile.labels[0];
    assert.ok(label);
    const tagged = await api.searchCalls(DENTAL.id, { ...DAY, tags: [label.id] }, { skip: 0, limit: 100 });
    assert.ok(tagged.results.length > 0);
    for (const call of tagged.results) assert.ok(call.tags?.some((t) => t.id === label.id));
    const one = tagged.results[0];
    assert.ok(one?.from);
    const byNumber = await api.searchCalls(DENTAL.id, { ...DAY, searchInput: one.from.slice(-7) }, { skip: 0, limit: 10 });
    assert.ok(byNumber.results.some((c) => c.id === one.id));
    const sent = JSON.parse(fake.requests.at(-1)?.body ?? '{}') as Record<string, unknown>;
    assert.deepEqual(Object.keys(sent).sort(), ['fromDate', 'limit', 'searchInput', 'skip', 'toDate']);
  });

  it('sorts by start time, newest first unless asked otherwise', async () => {
    const desc = await api.searchCalls(DENTAL.id, DAY, { skip: 0, limit: 50 });
    const asc = await api.searchCalls(DENTAL.id, { ...DAY, sortProp: 'startTime', isAscending: true }, { skip: 0, limit: 50 });
    const times = (p: CallPage) => p.results.map((c) => Date.parse(c.startTime ?? ''));
    assert.deepEqual(times(desc), [...times(desc)].sort((a, b) => b - a));
    assert.deepEqual(times(asc), [...times(asc)].sort((a, b) => a - b));
  });

  it('stops at an empty page when the server gives no count', async () => {
    fake.inject({ match: '/Calls', rawBody: JSON.stringify({ results: [{ id: 'a'.repeat(24) }] }) });
    fake.inject({ match: '/Calls', rawBody: JSON.stringify({ count: null, results: [] }) });
    const pages = await all();
    assert.equal(pages.length, 1);
    assert.equal(pages[0]?.count, null, 'a missing count is "not provided", never 0');
    assert.equal(fake.requests.length, 2);
  });

  it('reads the detail of a listed call with its transcript, and a v2 path for v2', async () => {
    const page = await api.searchCalls(DENTAL.id, { ...DAY, statuses: [100] }, { skip: 0, limit: 1 });
    const id = page.results[0]?.id ?? '';
    const { detail } = await api.getCall(id);
    assert.equal(detail.id, id);
    assert.equal(detail.conversationStatus, 100);
    assert.ok((detail.transcript ?? []).length >= 3);
    assert.ok(detail.summary);
    assert.equal(fake.requests.at(-1)?.path, `/v1/Call/${id}`);
    const v2 = createClient({ fetch, baseUrl: fake.url, apiVersion: 'v2', token: () => fake.token });
    await v2.getCall(id);
    assert.equal(fake.requests.at(-1)?.path, `/v2/Call/${id}`);
  });

  it('tolerates extra fields and numeric strings; a wrong type names its path', async () => {
    const id = 'b'.repeat(24);
    fake.inject({ match: '/Call/', rawBody: JSON.stringify({ id, duration: '42', conversationStatus: '100', extra: { x: 1 }, transcript: [{ role: 1, content: 'hi', novel: true }] }) });
    const { detail } = await api.getCall(id);
    assert.equal(detail.duration, 42);
    assert.equal(detail.conversationStatus, 100);
    assert.equal(detail.summary, null);
    assert.equal(detail.overallSentiment, null, 'missing is not provided, never 0');
    fake.inject({ match: '/Call/', rawBody: JSON.stringify({ id, transcript: [{ content: 'ok' }, { content: { bad: 1 } }] }) });
    await assert.rejects(api.getCall(id), (e: unknown) => e instanceof InvalidResponseError && e.message.includes('transcript[1].content'));
  });

  it('says "no call" for a 404, refuses a non-id without a request, and maps a 500', async () => {
    await assert.rejects(api.getCall('c'.repeat(24)), (e: unknown) => e instanceof NotFoundError && /no call/.test(e.message));
    const before = fake.requests.length;
    await assert.rejects(api.getCall('../Account'), NotFoundError);
    assert.equal(fake.requests.length, before);
    fake.inject({ match: '/Calls', status: 500, times: 3 });
    await assert.rejects(api.searchCalls(DENTAL.id, DAY, { skip: 0, limit: 10 }), ServerError);
  });

  it('names both enums apart and shows unknown codes as "Status <n>"', () => {
    assert.equal(outcomeLabel(100), 'Success');
    assert.equal(outcomeLabel(4), 'Status 4', '4 is a telephony code, not an outcome');
    assert.equal(telephonyLabel(4), 'Completed');
    assert.equal(telephonyLabel(100), 'Status 100');
    assert.equal(outcomeLabel(999), 'Status 999');
    assert.equal(outcomeLabel(null), 'Not provided');
  });
});
