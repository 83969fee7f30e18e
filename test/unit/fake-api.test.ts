/**
 * The fake NLPearl API over real HTTP on 127.0.0.1: token check, the demo routes, every
 * injectable fault as a client would see it, request recording, and clean shutdown.
 */
import assert from 'node:assert/strict';
import { DEMO_CAMPAIGNS, demoAnalyticsJson, makeDemoCampaign, type DemoCampaign } from '../../src/demo/data';
import { FAKE_API_TOKEN, startFakeApi, type FakeApi } from '../fake-api/server';

const DENTAL = DEMO_CAMPAIGNS[0] as DemoCampaign;
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' };

describe('fake NLPearl API', () => {
  let api: FakeApi;

  beforeEach(async () => {
    api = await startFakeApi();
  });

  afterEach(async () => {
    await api.close();
  });

  function call(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${api.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${api.token}`, ...(init.headers as Record<string, string> | undefined) },
    });
  }

  function analytics(init: RequestInit = {}): Promise<Response> {
    return call(`/v1/Inbound/${DENTAL.id}/Analytics`, { method: 'POST', body: JSON.stringify(RANGE), ...init });
  }

  /** Bounded wait until the server has seen `count` requests. */
  async function seen(count: number): Promise<void> {
    for (let i = 0; i < 500 && api.requests.length < count; i++) await new Promise((r) => setTimeout(r, 10));
    assert.ok(api.requests.length >= count, `the server saw ${api.requests.length} requests, expected ${count}`);
  }

  it('listens on 127.0.0.1 with the documented default token', () => {
    assert.match(api.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(api.token, FAKE_API_TOKEN);
    assert.equal(FAKE_API_TOKEN, '65f1c0ffee0000000000beef:fake-secret-key');
  });

  it('answers 401 with an empty body to a missing or wrong token', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong:token' }, { authorization: api.token }];
    for (const headers of attempts) {
      const response = await fetch(`${api.url}/v1/Account`, { headers });
      assert.equal(response.status, 401);
      assert.equal(await response.text(), '');
    }
    assert.deepEqual(api.requests.map((r) => r.status), [401, 401, 401]);
    assert.deepEqual(api.requests.map((r) => r.authorization), [undefined, 'Bearer wrong:token', api.token]);
  });

  it('serves the demo routes as JSON and records what it saw', async () => {
    const account = await call('/v1/Account');
    assert.equal(account.status, 200);
    assert.equal(account.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(((await account.json()) as { creditBalance: number }).creditBalance, 4821.5);
    const response = await analytics();
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), demoAnalyticsJson(DENTAL.id, RANGE, 'v1'));
    const [first, second] = api.requests;
    assert.deepEqual(
      { method: second?.method, path: second?.path, authorization: second?.authorization, body: second?.body, status: second?.status, aborted: second?.aborted },
      {
        method: 'POST',
        path: `/v1/Inbound/${DENTAL.id}/Analytics`,
        authorization: `Bearer ${api.token}`,
        body: JSON.stringify(RANGE),
        status: 200,
        aborted: false,
      },
    );
    assert.ok(first && second && first.startedAt <= second.startedAt);
  });

  it('enforces the 90-day rule with problem details', async () => {
    const response = await analytics({ body: JSON.stringify({ from: '2026-01-01T00:00:00Z', to: '2026-04-01T00:00:01Z' }) });
    assert.equal(response.status, 400);
    const problem = (await response.json()) as { title: string; status: number; detail: string; errors: Record<string, unknown> };
    assert.equal(problem.title, 'One or more validation errors occurred.');
    assert.equal(problem.status, 400);
    assert.match(problem.detail, /90 days/);
    assert.ok(Array.isArray(problem.errors.To));
  });

  it('accepts a custom token', async () => {
    const other = await startFakeApi({ token: 'abc:def' });
    try {
      assert.equal((await fetch(`${other.url}/v1/Account`, { headers: { authorization: 'Bearer abc:def' } })).status, 200);
      assert.equal((await fetch(`${other.url}/v1/Account`, { headers: { authorization: `Bearer ${FAKE_API_TOKEN}` } })).status, 401);
    } finally {
      await other.close();
    }
  });

  it('injects a status with headers and body, once, then answers normally', async () => {
    api.inject({ status: 429, headers: { 'Retry-After': '7' } });
    const limited = await call('/v1/Account');
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '7');
    assert.equal(await limited.text(), '');
    assert.equal((await call('/v1/Account')).status, 200);

    const problem = JSON.stringify({ title: 'One or more validation errors occurred.', status: 400, errors: { From: ['bad'] } });
    api.inject([{ status: 503, body: 'busy', headers: { 'content-type': 'text/plain' } }, { status: 400, body: problem }]);
    const busy = await call('/v1/Account');
    assert.equal(busy.status, 503);
    assert.equal(busy.headers.get('content-type'), 'text/plain');
    assert.equal(await busy.text(), 'busy');
    const bad = await call('/v1/Account');
    assert.equal(bad.status, 400);
    assert.deepEqual(await bad.json(), JSON.parse(problem));
  });

  it('applies a fault only to matching paths and as many times as asked', async () => {
    api.inject({ status: 500, match: '/Analytics', times: 2 });
    assert.equal((await call('/v1/Account')).status, 200);
    assert.equal((await analytics()).status, 500);
    assert.equal((await call('/v1/Inbound')).status, 200);
    assert.equal((await analytics()).status, 500);
    assert.equal((await analytics()).status, 200);
    api.inject({ status: 404, times: 5 });
    api.clearFaults();
    assert.equal((await call('/v1/Account')).status, 200);
  });

  it('serves an HTML error page', async () => {
    api.inject([{ htmlErrorPage: true }, { htmlErrorPage: true, status: 504 }]);
    const gateway = await call('/v1/Account');
    assert.equal(gateway.status, 502);
    assert.match(gateway.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(await gateway.text(), /^<!DOCTYPE html>[\s\S]*502 Bad Gateway/);
    const timeout = await call('/v1/Account');
    assert.equal(timeout.status, 504);
    assert.match(await timeout.text(), /504 Gateway Timeout/);
  });

  it('truncates the JSON of a normal answer', async () => {
    api.inject({ truncateJson: true });
    const response = await analytics();
    assert.equal(response.status, 200);
    const text = await response.text();
    const whole = JSON.stringify(demoAnalyticsJson(DENTAL.id, RANGE, 'v1'));
    assert.ok(text.length > 0 && text.length < whole.length);
    assert.ok(whole.startsWith(text));
    assert.throws(() => JSON.parse(text), SyntaxError);
  });

  it('resets the connection', async () => {
    api.inject({ reset: true });
    await assert.rejects(call('/v1/Account'), TypeError);
    await api.idle();
    assert.equal(api.requests[0]?.status, undefined);
    assert.equal((await call('/v1/Account')).status, 200);
  });

  it('changes the Content-Type or serves a raw body', async () => {
    api.inject([{ contentType: 'text/plain; charset=utf-8' }, { rawBody: '{"name": "Raw", "creditBalance": "12.5"' }]);
    const plain = await call('/v1/Account');
    assert.equal(plain.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(JSON.parse(await plain.text()).creditBalance, 4821.5);
    const raw = await call('/v1/Account');
    assert.equal(raw.status, 200);
    assert.equal(await raw.text(), '{"name": "Raw", "creditBalance": "12.5"');
  });

  it('delays an answer, then answers normally', async () => {
    api.inject({ latencyMs: 30 });
    const response = await call('/v1/Account');
    assert.equal(response.status, 200);
    assert.equal(api.requests[0]?.aborted, false);
  });

  it('marks a request aborted when the client gives up during latency', async () => {
    api.inject({ latencyMs: 60_000, match: '/Analytics' });
    const controller = new AbortController();
    const pending = analytics({ signal: controller.signal });
    await seen(1);
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    await api.idle();
    assert.equal(api.requests[0]?.aborted, true);
    assert.equal(api.requests[0]?.status, undefined);
    // The server is still fine for the next request.
    assert.equal((await analytics()).status, 200);
    assert.equal(api.requests[1]?.aborted, false);
  });

  it('applies a server-wide latency that an abort also cuts short', async () => {
    api.setLatency(60_000);
    const controller = new AbortController();
    const pending = call('/v1/Account', { signal: controller.signal });
    await seen(1);
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    await api.idle();
    assert.equal(api.requests[0]?.aborted, true);
    api.setLatency(0);
    assert.equal((await call('/v1/Account')).status, 200);
  });

  it('closes promptly while a request is still waiting', async () => {
    const other = await startFakeApi({ latencyMs: 60_000 });
    const pending = fetch(`${other.url}/v1/Account`, { headers: { authorization: `Bearer ${other.token}` } });
    for (let i = 0; i < 500 && other.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await other.close();
    await assert.rejects(pending);
    assert.equal(other.requests[0]?.aborted, false, 'a server shutting down is not a client abort');
  });

  it('serves other campaigns and analytics when told to', async () => {
    const many = Array.from({ length: 500 }, (_, i) => makeDemoCampaign(i));
    api.setCampaigns(many);
    const list = (await (await call('/v1/Inbound')).json()) as { id: string }[];
    assert.deepEqual(list.map((c) => c.id), many.map((c) => c.id));
    api.setAnalyticsOverride((id, range) => ({ id, range }));
    const target = many[499] as DemoCampaign;
    const response = await call(`/v2/Pearl/${target.id}/Analytics`, { method: 'POST', body: JSON.stringify(RANGE) });
    assert.deepEqual(await response.json(), { id: target.id, range: RANGE });
    api.setAnalyticsOverride(undefined);
    const generated = await call(`/v2/Pearl/${target.id}/Analytics`, { method: 'POST', body: JSON.stringify(RANGE) });
    assert.deepEqual(await generated.json(), demoAnalyticsJson(target.id, RANGE, 'v2', target));
  });
});
