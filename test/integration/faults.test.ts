// Every fault the fake API can inject, seen through the real extension in a real VS Code: the tree's
// error row and its fix, retries that follow Retry-After, the last figures kept and marked stale,
// nothing wrong cached, and cancellation (tree reset, range change, dashboard closed) closing the
// connection the fake API holds open.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CampaignNode, MessageNode, TreeNode } from '../../src/campaigns/nodes';
import { readSettings } from '../../src/config';
import type { DashboardPanel } from '../../src/dashboard/panel';
import type { App } from '../../src/app';
import { DEMO_CAMPAIGNS } from '../../src/demo/data';
import type { FakeApi, Fault, RecordedRequest } from '../fake-api/server';
import { waitFor } from './harness';
import { connectToFakeApi, descriptionOf, disconnect, labelOf, setSetting, settledChildren, treeRows } from './harness/nlpearl';

const RANGE = { from: '2026-02-02T00:00:00.000Z', to: '2026-03-03T23:59:59.999Z' };
const OTHER_RANGE = { from: '2026-01-05T00:00:00.000Z', to: '2026-01-18T23:59:59.999Z' };
const CAMPAIGN = DEMO_CAMPAIGNS[2] ?? DEMO_CAMPAIGNS[0];
const ANALYTICS_PATH = `/v1/Inbound/${CAMPAIGN.id}/Analytics`;
/** How long the fake API holds an answer in the cancellation tests: aborts must come well before. */
const HOLD_MS = 6000;

interface FaultRow {
  readonly name: string;
  readonly fault: Fault;
  /** The tree's error row, after "Error: ". */
  readonly row: RegExp;
  /** The fix the row offers (ErrorView.action) and the extra action row, if any. */
  readonly action: string;
  readonly actionRow?: string;
  /** Requests for the current range the client makes before giving up. */
  readonly tries: number;
  /** The request timeout to use, when the fault is about time. */
  readonly timeoutSeconds?: number;
}

const problem = JSON.stringify({ type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1', title: 'One or more validation errors occurred.', status: 400, errors: { To: ['The range may be at most 90 days.'] } });

const FAULTS: readonly FaultRow[] = [
  { name: '400 problem details', fault: { status: 400, body: problem }, row: /refused the date range \(400\).*To: The range may be at most 90 days/, action: 'shortenRange', tries: 1 },
  { name: '401 empty', fault: { status: 401 }, row: /rejected the API token \(401\)/, action: 'setToken', actionRow: 'Set API Token', tries: 1 },
  { name: '403', fault: { status: 403, body: 'Forbidden', headers: { 'content-type': 'text/plain' } }, row: /rejected the API token \(403\)/, action: 'setToken', actionRow: 'Set API Token', tries: 1 },
  { name: '404', fault: { status: 404 }, row: /found no campaign ".+" \(404\) with API version v1/, action: 'checkCampaign', tries: 1 },
  { name: '429 with Retry-After', fault: { status: 429, headers: { 'Retry-After': '1' } }, row: /too many requests \(429\) and still failed after 3 tries\. Try again in 1 s/, action: 'retryLater', tries: 3 },
  { name: '429 without Retry-After', fault: { status: 429 }, row: /too many requests \(429\) and still failed after 3 tries\. Wait a minute/, action: 'retryLater', tries: 3 },
  { name: '500', fault: { status: 500, body: 'boom', headers: { 'content-type': 'text/plain' } }, row: /server error \(500\): boom/, action: 'retry', tries: 1 },
  { name: '502 HTML page', fault: { htmlErrorPage: true, status: 502 }, row: /server error \(502\) and still failed after 3 tries\. Try again/, action: 'retry', tries: 3 },
  { name: '503', fault: { status: 503 }, row: /server error \(503\) and still failed after 3 tries/, action: 'retry', tries: 3 },
  { name: '504', fault: { status: 504 }, row: /server error \(504\) and still failed after 3 tries/, action: 'retry', tries: 3 },
  { name: 'timeout', fault: { latencyMs: 2500 }, row: /did not answer within 1 s/, action: 'retry', tries: 1, timeoutSeconds: 1 },
  { name: 'connection reset', fault: { reset: true }, row: /Could not reach NLPearl at http:\/\/127\.0\.0\.1:\d+ \(\w+\) after 3 tries/, action: 'retry', tries: 3 },
  { name: 'truncated JSON', fault: { truncateJson: true }, row: /not JSON \(cut off or malformed\)/, action: 'retry', tries: 1 },
  { name: 'HTML page with 200', fault: { htmlErrorPage: true, status: 200 }, row: /not JSON \(an HTML page\)/, action: 'retry', tries: 1 },
  { name: 'wrong Content-Type with an HTML-ish body', fault: { status: 200, body: '<html>maintenance</html>', headers: { 'content-type': 'text/html' } }, row: /not JSON \(an HTML page\)/, action: 'retry', tries: 1 },
];

/** Requests for the current range (the previous period's requests carry another `from`). */
function currentRangeRequests(fake: FakeApi, since: number): RecordedRequest[] {
  return fake.requests.slice(since).filter((r) => r.path === ANALYTICS_PATH && r.body.includes(RANGE.from));
}

describe('faults in the real VS Code', function () {
  this.timeout(60_000);
  let fake: FakeApi;
  let h: App;
  const seen: string[] = [];

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
    await h.range.set(RANGE);
  });

  after(async () => {
    console.log(`[faults/integration] ${seen.length} of ${FAULTS.length} faults gave their error row and fix; stale kept, nothing cached: ${seen.join(', ')}`);
    for (const panel of h.testSeam.dashboards.all()) panel.dispose();
    await setSetting('requestTimeoutSeconds', undefined);
    await h.range.set(RANGE);
    await disconnect(fake);
  });

  beforeEach(async () => {
    fake.clearFaults();
    fake.setLatency(0);
    h.cache.clear();
    h.tree.reset();
    await fake.idle();
  });

  async function campaignNode(): Promise<CampaignNode> {
    const rows = await treeRows(h);
    const node = rows.find((r): r is CampaignNode => r.kind === 'campaign' && r.info.id === CAMPAIGN.id);
    assert.ok(node, `campaign ${CAMPAIGN.id} not listed`);
    return node;
  }

  async function untilError(node: CampaignNode): Promise<TreeNode[]> {
    return waitFor(
      async () => {
        const rows = await settledChildren(h, node);
        return rows.some((r) => r.kind === 'message' && r.variant === 'error') ? rows : undefined;
      },
      { message: 'an error row', timeoutMs: 30_000 },
    );
  }

  for (const f of FAULTS) {
    it(`${f.name}: error row, fix, stale figures, then Retry fetches afresh`, async () => {
      if (f.timeoutSeconds) {
        await setSetting('requestTimeoutSeconds', f.timeoutSeconds);
        await waitFor(() => readSettings().requestTimeoutSeconds === f.timeoutSeconds, { message: 'the timeout setting' });
        h.cache.clear();
        h.tree.reset();
      }
      try {
        const node = await campaignNode();
        const good = (await settledChildren(h, node)).filter((r) => r.kind === 'figure').map((r) => labelOf(h, r));
        assert.ok(good.length >= 6, `figures before the fault: ${JSON.stringify(good)}`);

        // Every request to the campaign's analytics fails (current and previous period) while injected.
        fake.inject({ ...f.fault, match: ANALYTICS_PATH, times: 100 });
        const before = fake.requests.length;
        h.tree.refresh();
        const rows = await untilError(node);
        const error = rows[0] as MessageNode;
        assert.equal(error.kind, 'message');
        assert.equal(error.variant, 'error');
        assert.match(labelOf(h, error), /^Error: /);
        assert.match(labelOf(h, error), f.row);
        assert.equal(error.error?.action, f.action);
        assert.equal(error.command?.command, 'nlpearl.retry', 'clicking the row retries');
        if (f.actionRow) assert.equal(labelOf(h, rows[1] as TreeNode), f.actionRow);
        assert.equal(currentRangeRequests(fake, before).length, f.tries, `tries for the current range`);

        const figures = rows.filter((r) => r.kind === 'figure');
        assert.deepEqual(figures.map((r) => labelOf(h, r)), good, 'the last figures stay on screen');
        assert.ok(figures.every((r) => descriptionOf(h, r).includes('stale')), 'marked stale');

        // The fault clears: Retry gives the good figures from a new request (nothing wrong was cached).
        fake.clearFaults();
        await fake.idle();
        const beforeRetry = fake.requests.length;
        await vscode.commands.executeCommand('nlpearl.retry', error);
        const after = await waitFor(
          async () => {
            const children = await settledChildren(h, node);
            return children.every((c) => c.kind === 'figure') && children.length >= 6 ? children : undefined;
          },
          { message: 'fresh figures after Retry', timeoutMs: 20_000 },
        );
        assert.deepEqual(after.map((r) => labelOf(h, r)), good);
        assert.ok(after.every((r) => !descriptionOf(h, r).includes('stale')), 'no longer stale');
        assert.ok(currentRangeRequests(fake, beforeRetry).length >= 1, 'Retry sent a new request');
        seen.push(f.name);
      } finally {
        if (f.timeoutSeconds) await setSetting('requestTimeoutSeconds', undefined);
      }
    });
  }

  it('retries follow Retry-After: the tries are about 1 s apart', async () => {
    const node = await campaignNode();
    await settledChildren(h, node);
    fake.inject({ status: 429, headers: { 'Retry-After': '1' }, match: ANALYTICS_PATH, times: 100 });
    const before = fake.requests.length;
    h.tree.refresh();
    await untilError(node);
    const tries = currentRangeRequests(fake, before);
    assert.equal(tries.length, 3);
    for (let i = 1; i < tries.length; i++) {
      const gap = (tries[i] as RecordedRequest).startedAt - (tries[i - 1] as RecordedRequest).startedAt;
      assert.ok(gap >= 950, `try ${i + 1} came ${gap} ms after the previous one, before Retry-After`);
    }
  });

  /** The fake API holds every analytics answer (only those: the campaign list still answers at once). */
  function holdAnalytics(): void {
    fake.inject({ latencyMs: HOLD_MS, match: ANALYTICS_PATH, times: 50 });
  }

  async function inFlight(match: (r: RecordedRequest) => boolean): Promise<RecordedRequest> {
    return waitFor(() => fake.requests.find((r) => match(r) && r.status === undefined && !r.aborted), { message: 'the request to reach the fake API' });
  }

  it('resetting the tree aborts the figure load in flight', async () => {
    const node = await campaignNode();
    holdAnalytics();
    const since = fake.requests.length;
    void h.tree.getChildren(node);
    const request = await inFlight((r) => fake.requests.indexOf(r) >= since && r.path === ANALYTICS_PATH);
    h.tree.reset();
    await waitFor(() => request.aborted, { message: 'the fake API to see the connection closed', timeoutMs: 5000 });
    fake.clearFaults();
    await fake.idle();
  });

  it('changing the range aborts the figure load of the old range', async () => {
    const node = await campaignNode();
    holdAnalytics();
    const since = fake.requests.length;
    void h.tree.getChildren(node);
    const request = await inFlight((r) => fake.requests.indexOf(r) >= since && r.path === ANALYTICS_PATH && r.body.includes(RANGE.from));
    try {
      await h.range.set(OTHER_RANGE);
      // The tree asks for the campaign's rows again (VS Code does so when the view is visible).
      void h.tree.getChildren(node);
      await waitFor(() => request.aborted, { message: 'the old range request to be aborted', timeoutMs: 5000 });
    } finally {
      fake.clearFaults();
      h.tree.reset();
      await h.range.set(RANGE);
      await fake.idle();
    }
    assert.equal(request.aborted, true);
  });

  it('closing the dashboard aborts its request', async () => {
    holdAnalytics();
    const since = fake.requests.length;
    const panel = (await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: CAMPAIGN.id, ...RANGE })) as DashboardPanel;
    assert.ok(panel, 'the command returns the panel');
    const request = await inFlight((r) => fake.requests.indexOf(r) >= since && r.path === ANALYTICS_PATH);
    panel.dispose();
    await waitFor(() => request.aborted, { message: 'the fake API to see the connection closed', timeoutMs: 5000 });
    const analytics = fake.requests.slice(since).filter((r) => r.path === ANALYTICS_PATH);
    await waitFor(() => analytics.every((r) => r.aborted), { message: 'every analytics request of the panel to be aborted', timeoutMs: 5000 });
    const others = fake.requests.slice(since).filter((r) => r.path !== ANALYTICS_PATH && r.status === undefined);
    console.log(`[faults/integration] closing the panel aborted ${analytics.length} analytics request(s); other requests still open: ${others.map((r) => `${r.method} ${r.path}`).join(', ') || 'none'}`);
    assert.equal(h.testSeam.dashboards.get(CAMPAIGN.id), undefined, 'the closed panel is forgotten');
    fake.clearFaults();
    await fake.idle();
  });

  it('closing the dashboard editor tab aborts its request', async () => {
    holdAnalytics();
    const since = fake.requests.length;
    const panel = (await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: CAMPAIGN.id, ...RANGE })) as DashboardPanel;
    const request = await inFlight((r) => fake.requests.indexOf(r) >= since && r.path === ANALYTICS_PATH);
    panel.panel.reveal();
    await waitFor(() => panel.panel.active, { message: 'the dashboard to be the active editor' });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(() => panel.isDisposed, { message: 'the panel to be disposed' });
    await waitFor(() => request.aborted, { message: 'the fake API to see the connection closed', timeoutMs: 5000 });
    fake.clearFaults();
    await fake.idle();
  });

  it('changing the dashboard range aborts the request of the old range', async () => {
    holdAnalytics();
    const since = fake.requests.length;
    const panel = (await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: CAMPAIGN.id, ...RANGE })) as DashboardPanel;
    try {
      const request = await inFlight((r) => fake.requests.indexOf(r) >= since && r.path === ANALYTICS_PATH && r.body.includes(RANGE.from));
      panel.setRange(OTHER_RANGE);
      await waitFor(() => request.aborted, { message: 'the old range request to be aborted', timeoutMs: 5000 });
    } finally {
      fake.clearFaults();
      panel.dispose();
      await fake.idle();
    }
  });
});

describe('unsafe API base URL in the real VS Code', function () {
  this.timeout(30_000);
  let fake: FakeApi;
  let h: App;

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
  });

  after(async () => {
    await setSetting('apiBaseUrl', fake.url);
    await disconnect(fake);
  });

  const BAD = [
    ['http to a non-loopback host', 'http://example.com', /uses plain http for "example\.com"/],
    ['http to a private address', 'http://10.0.0.7:8080', /uses plain http for "10\.0\.0\.7"/],
    ['a loopback look-alike', 'http://127.0.0.1.nip.io', /uses plain http for "127\.0\.0\.1\.nip\.io"/],
    ['file:', 'file:///etc/passwd', /must start with https:\/\/ \(it starts with "file:"\)/],
    ['javascript:', 'javascript:alert(1)', /must start with https:\/\/ \(it starts with "javascript:"\)/],
    ['garbage', 'not a url', /"not a url" is not a valid URL/],
    ['credentials in the URL', 'https://user:pw@api.nlpearl.ai', /must not contain a user name or password/],
  ] as const;

  for (const [name, url, message] of BAD) {
    it(`refuses ${name}: an error row with "Open NLPearl Settings", and no request`, async () => {
      await setSetting('apiBaseUrl', url);
      await waitFor(() => readSettings().apiBaseUrl === url, { message: 'the base URL setting' });
      const before = fake.requests.length;
      h.cache.clear();
      h.tree.reset();
      const rows = await waitFor(
        async () => {
          const children = await treeRows(h);
          return children.some((c) => c.kind === 'message' && c.variant === 'error') ? children : undefined;
        },
        { message: 'the error row' },
      );
      const labels = rows.map((r) => labelOf(h, r));
      assert.match(labels[0] as string, /^Error: The NLPearl API base URL /);
      assert.match(labels[0] as string, message);
      assert.match(labels[0] as string, /Set "nlpearl\.apiBaseUrl" to https:\/\/api\.nlpearl\.ai/);
      assert.ok(labels.includes('Open NLPearl Settings'), JSON.stringify(labels));
      const action = rows.find((r) => labelOf(h, r) === 'Open NLPearl Settings') as MessageNode;
      assert.equal(action.command?.command, 'workbench.action.openSettings');
      // The JSON command refuses too, without a request.
      const copied = await vscode.commands.executeCommand('nlpearl.copyAnalyticsJson', { campaignId: CAMPAIGN.id, ...RANGE });
      assert.equal(copied, undefined);
      assert.equal(fake.requests.length, before, 'the fake API saw a request');
    });
  }
});
