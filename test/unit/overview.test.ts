/**
 * The overview's pure parts: the shared sort and filter (what the webview orders and the host totals), the rows
 * and total row built from campaign states, the loader's isolation and concurrency, and the message gate.
 */
import assert from 'node:assert/strict';
import { overviewRow, overviewTotal, type CampaignState, type OverviewCampaign } from '../../src/analytics/overviewRows';
import { resolveOptions } from '../../src/analytics/options';
import type { AnalyticsPair } from '../../src/api/types';
import { parseOverviewMessage, type OverviewRow } from '../../src/shared/overviewProtocol';
import { filterRows, kindOf, sortRows, statusesOf } from '../../src/shared/overviewTable';
import { loadAll, OVERVIEW_CAMPAIGNS_IN_FLIGHT } from '../../src/overview/runner';
import { analytics, emptyStatus } from './analytics.fixtures';

const l10n = resolveOptions({ locale: 'en' });
const id = (n: number) => n.toString(16).padStart(24, '0');
const withCalls = (calls: number, ok = 0, bad = 0) => analytics({ callsStatusOverview: emptyStatus({ totalCalls: calls, successful: ok, unsuccessful: bad }) });
const loaded = (calls: number, previous: number | null = null): CampaignState => ({ state: 'loaded', current: withCalls(calls, calls, 0), previous: previous === null ? null : withCalls(previous, previous, 0) });

function row(n: number, name: string, state: CampaignState, extra: Partial<OverviewCampaign> = {}): OverviewRow {
  return overviewRow({ id: id(n), name, status: 'Running', ...extra }, state, l10n);
}

describe('overview table: sort and filter', () => {
  // Built in each test, not while the file loads (rows built at load time make their code "static" for Stryker).
  const rows = (): OverviewRow[] => [
    row(1, 'Bravo', loaded(50)),
    row(2, 'alpha', loaded(300)),
    row(3, 'Charlie', { state: 'error', message: 'HTTP 500' }, { status: 'Paused' }),
    row(4, 'Delta', loaded(10), { kind: 'outbound' }),
    row(5, 'Echo', { state: 'loading' }),
  ];

  it('sorts by a figure either way, with rows that have no figure last both times', () => {
    assert.deepEqual(sortRows(rows(), { key: 'calls', ascending: false }).map((r) => r.name), ['alpha', 'Bravo', 'Delta', 'Charlie', 'Echo']);
    assert.deepEqual(sortRows(rows(), { key: 'calls', ascending: true }).map((r) => r.name), ['Delta', 'Bravo', 'alpha', 'Charlie', 'Echo']);
  });

  it('sorts names without regard to case', () => {
    assert.deepEqual(sortRows(rows(), { key: 'name', ascending: true }).map((r) => r.name), ['alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    assert.deepEqual(sortRows(rows(), { key: 'name', ascending: false }).map((r) => r.name)[0], 'Echo');
  });

  it('filters by status and by kind, a campaign without a kind counting as inbound', () => {
    assert.deepEqual(filterRows(rows(), { status: 'Paused', kind: '' }).map((r) => r.name), ['Charlie']);
    assert.deepEqual(filterRows(rows(), { status: '', kind: 'outbound' }).map((r) => r.name), ['Delta']);
    assert.equal(filterRows(rows(), { status: '', kind: 'inbound' }).length, 4);
    assert.equal(kindOf({}), 'inbound');
    assert.deepEqual(statusesOf(rows()), ['Running', 'Paused']);
  });
});

describe('overview rows and total', () => {
  it('shows each figure with its change against the previous period', () => {
    const r = row(1, 'A', loaded(200, 100));
    assert.equal(r.state, 'loaded');
    if (r.state !== 'loaded') return;
    assert.equal(r.cells.calls.text, '200');
    assert.equal(r.cells.calls.delta.direction, 'up');
    assert.equal(r.cells.successRate.text, '100%');
  });

  it('names the campaigns that failed instead of leaving them out silently', () => {
    const campaigns: OverviewCampaign[] = [
      { id: id(1), name: 'Front desk', status: 'Running' },
      { id: id(2), name: 'After hours', status: 'Running' },
      { id: id(3), name: 'Billing', status: 'Paused' },
    ];
    const t = overviewTotal(
      [
        { campaign: campaigns[0] as OverviewCampaign, state: loaded(120, 100) },
        { campaign: campaigns[1] as OverviewCampaign, state: { state: 'error', message: 'HTTP 503' } },
        { campaign: campaigns[2] as OverviewCampaign, state: loaded(30, 50) },
      ],
      l10n,
    );
    assert.deepEqual(t.failed, ['After hours']);
    assert.match(t.summary, /2 of 3 campaigns/);
    assert.match(t.summary, /failed to load: After hours/);
    assert.equal(t.cells?.calls.text, '150');
    assert.equal(t.cells?.calls.delta.direction, 'flat', '150 against 150');
  });

  it('compares the total only when every loaded campaign has a previous period', () => {
    const a: OverviewCampaign = { id: id(1), name: 'A', status: '' };
    const b: OverviewCampaign = { id: id(2), name: 'B', status: '' };
    const t = overviewTotal([{ campaign: a, state: loaded(100, 100) }, { campaign: b, state: loaded(100) }], l10n);
    assert.equal(t.cells?.calls.delta.direction, 'unknown');
  });
});

describe('overview loader', () => {
  function pair(calls: number): AnalyticsPair {
    const result = { analytics: withCalls(calls), json: {}, windows: 1, range: { from: '', to: '' }, fetchedAt: 0 };
    return { current: result, previous: null } as unknown as AnalyticsPair;
  }

  it('loads every campaign, at most a few at once, and isolates the one that fails', async () => {
    let inFlight = 0;
    let most = 0;
    const source = {
      load: async (campaignId: string) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        if (campaignId === id(3)) throw new Error('HTTP 500');
        return pair(parseInt(campaignId, 16));
      },
    };
    const settled = new Map<string, CampaignState>();
    const ids = Array.from({ length: 9 }, (_, i) => id(i + 1));
    await loadAll({ analytics: source, describe: (e) => ({ kind: 'server', message: (e as Error).message }) }, ids, { from: '', to: '' }, { signal: new AbortController().signal, onSettled: (cid, s) => settled.set(cid, s) });
    assert.equal(settled.size, 9, 'every campaign settled, the failure included');
    assert.deepEqual(settled.get(id(3)), { state: 'error', message: 'HTTP 500' });
    assert.equal(settled.get(id(4))?.state, 'loaded');
    assert.ok(most <= OVERVIEW_CAMPAIGNS_IN_FLIGHT, `${most} loads at once`);
  });

  it('stops starting loads and reports nothing once cancelled', async () => {
    const controller = new AbortController();
    let started = 0;
    const source = {
      load: async (_id: string, _range: unknown, options?: { signal?: AbortSignal }) => {
        started++;
        controller.abort();
        if (options?.signal?.aborted) throw new Error('aborted');
        return pair(1);
      },
    };
    const settled: string[] = [];
    await loadAll({ analytics: source, describe: () => ({ kind: 'cancelled', message: '' }) }, [id(1), id(2), id(3), id(4), id(5)], { from: '', to: '' }, { signal: controller.signal, onSettled: (cid) => settled.push(cid) });
    assert.deepEqual(settled, []);
    assert.ok(started <= OVERVIEW_CAMPAIGNS_IN_FLIGHT, `${started} loads started`);
  });
});

describe('overview messages from the webview', () => {
  it('accepts the known messages and drops anything else', () => {
    assert.deepEqual(parseOverviewMessage({ type: 'openCampaign', campaignId: id(7) }), { type: 'openCampaign', campaignId: id(7) });
    assert.deepEqual(parseOverviewMessage({ type: 'setRange', preset: 'last7' }), { type: 'setRange', preset: 'last7' });
    assert.equal(parseOverviewMessage({ type: 'openCampaign', campaignId: '../x' }), null);
    assert.equal(parseOverviewMessage({ type: 'setRange', from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }), null);
    assert.equal(parseOverviewMessage({ type: 'filter', status: 'x'.repeat(101), kind: '' }), null);
    assert.equal(parseOverviewMessage(JSON.parse('{"type":"ready","__proto__":{"x":1}}')), null);
    assert.equal(parseOverviewMessage([{ type: 'ready' }]), null);
  });
});
