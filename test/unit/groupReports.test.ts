import assert from 'node:assert/strict';
import { buildCompareModel } from '../../src/analytics/compare';
import { compareReport, overviewReport } from '../../src/analytics/groupReports';
import { resolveOptions } from '../../src/analytics/options';
import { overviewRow, overviewTotal, type CampaignState, type OverviewCampaign } from '../../src/analytics/overviewRows';
import { englishTranslate } from '../../src/analytics/translate';
import { OVERVIEW_COLUMNS, type OverviewColumn } from '../../src/shared/overviewProtocol';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';
const HEADER = { rangeText: 'Mar 1 – 2, 2026', range: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-02T23:59:59.999Z' }, isDemo: false, madeAt: Date.UTC(2026, 2, 3, 8, 0) };
const l10n = { t: englishTranslate };

function data(total: number, successful: number, label: string) {
  return analytics({
    callsStatusOverview: emptyStatus({ totalCalls: total, successful, unsuccessful: total - successful }),
    callsStatusTimeLine: [bucket(D1, { totalCalls: total })],
    callsCostTimeLine: [{ date: D1, totalPrice: total / 10, averageCostPerCall: 0.1 }],
    callLabelCount: [{ id: label, name: label, color: null, count: successful }],
  });
}

/** The cells of the table row that starts with `first`. */
function rowOf(text: string, first: string): string[] | undefined {
  return text.split('\n').find((l) => l.startsWith(`| ${first} |`))?.slice(2, -2).split(' | ');
}

describe('reports of a comparison and of the account overview', () => {
  it('a comparison: one column per campaign with the texts of its KPI cards, a failed campaign said, labels by name', () => {
    const model = buildCompareModel([
      { id: 'a', name: 'Front Desk', input: { current: data(100, 60, 'Booking'), previous: data(80, 40, 'Booking') } },
      { id: 'b', name: 'After *Hours*', input: { current: data(40, 10, 'Booking'), previous: null } },
      { id: 'c', name: 'Broken', error: 'The server answered 500.' },
    ], { locale: 'en' });
    const text = compareReport({ ...HEADER, model }, l10n);
    assert.match(text, /^# Compare campaigns: Front Desk · After \\\*Hours\\\* · Broken$/m);
    assert.deepEqual(rowOf(text, 'Figure'), ['Figure', 'Front Desk', 'After \\*Hours\\*', 'Broken']);
    const calls = model.campaigns.map((c) => c.kpis?.[0]);
    assert.deepEqual(rowOf(text, 'Total calls'), ['Total calls', `${calls[0]?.text} (${calls[0]?.delta.text})`, `${calls[1]?.text} (${calls[1]?.delta.text})`, '—']);
    assert.equal(rowOf(text, 'Total calls')?.[1], '100 (▲ 25 %)');
    assert.match(text, /^- Broken: Could not load: The server answered 500\.$/m);
    assert.deepEqual(rowOf(text, 'Booking'), ['Booking', '60', '10']);
  });

  it('the overview: every shown row with its cells and changes, error rows said, and the exact total', () => {
    const ropts = resolveOptions({ locale: 'en' });
    const campaigns: OverviewCampaign[] = [
      { id: 'a', name: 'Front Desk', status: 'Running' },
      { id: 'b', name: 'After Hours', status: 'Paused' },
      { id: 'c', name: 'Broken', status: 'Running' },
    ];
    const states: CampaignState[] = [
      { state: 'loaded', current: data(100, 60, 'x'), previous: data(80, 40, 'x') },
      { state: 'loaded', current: data(50, 10, 'x'), previous: null },
      { state: 'error', message: 'The server answered 500.' },
    ];
    const rows = campaigns.map((c, i) => overviewRow(c, states[i] as CampaignState, ropts));
    const total = overviewTotal(campaigns.map((campaign, i) => ({ campaign, state: states[i] as CampaignState })), ropts);
    const columns = Object.fromEntries(OVERVIEW_COLUMNS.map((c) => [c, c])) as Record<OverviewColumn, string>;
    const text = overviewReport({ ...HEADER, rows, total, columns }, l10n);
    const front = rows[0];
    assert.ok(front?.state === 'loaded');
    assert.equal(rowOf(text, 'Front Desk')?.[1], `${front.cells.calls.text} (${front.cells.calls.delta.text})`);
    assert.equal(rowOf(text, 'Broken')?.[1], 'Could not load: The server answered 500.');
    assert.equal(rowOf(text, 'Total')?.[1]?.startsWith('150'), true, 'the total adds the loaded campaigns: 100 + 50');
    assert.equal(rowOf(text, 'Total')?.[2]?.startsWith(total.cells?.successRate.text ?? '?'), true);
    assert.ok(text.includes(total.summary.replace(/[\\`*_[\]<>|~&]/g, '\\$&')), 'says which campaigns failed');
    assert.match(text, /never an average of percentages/);
  });
});
