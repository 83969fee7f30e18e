// Requests for one drill-down, through the real pure layers against the fake API on loopback: the dashboard's
// model (src/analytics), the bar's drill keys, the drillDown → Show Calls arguments (src/dashboard/drillArgs.ts,
// src/calls/showArgs.ts), then what the Calls panel asks for its first paint — one search page — and, for a
// heatmap cell, every page of the range (src/calls/cellScan.ts). The integration suite checks the same count
// through the real panel in VS Code (test/integration/drillDown.test.ts).
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO } from '../lib/paths.mjs';

const require = createRequire(import.meta.url);
const out = (file) => require(path.join(REPO, 'out', file));

/** The Calls panel's page size (CALLS_PAGE_SIZE in src/calls/panel.ts, a vscode module this script cannot load). */
const CALLS_PAGE_SIZE = 50;
const WEEK = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' };

export async function measureDrillRequests() {
  const { createClient } = out('src/api/client.js');
  const { startFakeApi } = out('test/fake-api/server.js');
  const { DEMO_CAMPAIGNS } = out('src/demo/data.js');
  const { buildDashboardModel } = out('src/analytics/model.js');
  const { mergeDrillKeys } = out('src/shared/drill.js');
  const { drillArgs } = out('src/dashboard/drillArgs.js');
  const { parseShowCallsExtras } = out('src/calls/showArgs.js');
  const { scanCell } = out('src/calls/cellScan.js');
  const fake = await startFakeApi();
  try {
    const client = createClient({ fetch: (input, init) => globalThis.fetch(input, init), baseUrl: fake.url, apiVersion: 'v1', token: () => fake.token });
    const campaign = DEMO_CAMPAIGNS[0].id;
    const current = await client.getInboundAnalytics(campaign, WEEK);
    const model = buildDashboardModel({ current: current.analytics, previous: null, range: WEEK });
    const searches = () => fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Calls')).length;

    const timeline = model.charts.find((c) => c.id === 'callsStatusTimeLine');
    const ds = timeline.series.findIndex((s) => s.id === 'successful');
    const expected = timeline.series[ds].values[2];
    const args = drillArgs(campaign, WEEK, { type: 'drillDown', chartId: 'callsStatusTimeLine', ...mergeDrillKeys(timeline.drill, 2, ds), expected });
    const extras = parseShowCallsExtras(args);
    const before = searches();
    const page = await client.searchCalls(campaign, { fromDate: args.from, toDate: args.to, sortProp: 'startTime', isAscending: false, statuses: [Number(extras.filters.outcome)] }, { skip: 0, limit: CALLS_PAGE_SIZE });
    const bar = { requests: searches() - before, found: page.count, expected };

    const heat = model.charts.find((c) => c.id === 'callsByHourDayOfWeeks').heatmap;
    const row = heat.counts[2];
    const hour = row.indexOf(Math.max(...row));
    const beforeCell = searches();
    const scan = await scanCell((p) => client.searchCalls(campaign, { fromDate: WEEK.from, toDate: WEEK.to, sortProp: 'startTime', isAscending: false }, p), { weekday: 2, hour }, 0, () => undefined);
    const cell = { requests: searches() - beforeCell, read: scan.ok ? scan.read : 0, found: scan.ok ? scan.calls.length : 0, expected: row[hour] };
    return { bar, cell };
  } finally {
    await fake.close();
  }
}
