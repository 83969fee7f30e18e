/** The reports of several campaigns as the file a user saves reads, line by line. */
import assert from 'node:assert/strict';
import { buildCompareModel } from '../../src/analytics/compare';
import { compareReport, overviewReport } from '../../src/analytics/groupReports';
import { englishTranslate } from '../../src/analytics/translate';
import type { CompareModel } from '../../src/shared/compareProtocol';
import type { OverviewCell, OverviewRow, OverviewTotal } from '../../src/shared/overviewProtocol';
import { OVERVIEW_COLUMNS, type OverviewColumn } from '../../src/shared/vocabulary';
import { analytics, emptyStatus } from './analytics.fixtures';
import { inProcessTimeZone } from './processTimeZone';

const l10n = { t: englishTranslate };
const HEADER = { rangeText: 'Mar 1 – 2, 2026', range: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-02T23:59:59.999Z' }, isDemo: false, madeAt: Date.UTC(2026, 2, 3, 8, 5, 59) };
const COLUMNS = Object.fromEntries(OVERVIEW_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<OverviewColumn, string>;
const cell = (text: string, delta = ''): OverviewCell => ({ value: 1, text, delta: { direction: 'up', text: delta, description: '', tone: 'neutral' } });
const cells = (text: string, delta?: string) => Object.fromEntries(OVERVIEW_COLUMNS.map((c) => [c, cell(`${text}-${c}`, delta)])) as Record<OverviewColumn, OverviewCell>;

describe('group reports: the text of the file', () => {
  inProcessTimeZone('UTC');

  it('the overview: header, one row per campaign (changes beside their cells), loading and failed rows, the total, notes', () => {
    const rows: OverviewRow[] = [
      { id: 'a', name: 'Front | Desk', status: '', state: 'loaded', cells: cells('a', '▲ 5 %'), spark: [], sparkText: '' },
      { id: 'b', name: 'Quiet', status: '', state: 'loaded', cells: { ...cells('b'), calls: cell('7', '7') }, spark: [], sparkText: '' },
      { id: 'c', name: 'Slow', status: '', state: 'loading' },
      { id: 'd', name: 'Broken', status: '', state: 'error', message: 'The server answered 500.' },
    ];
    const total: OverviewTotal = { cells: cells('t'), spark: [], sparkText: '', summary: '3 of 4 campaigns\n(Broken failed)', failed: ['Broken'] };
    const text = overviewReport({ ...HEADER, rows, total, columns: COLUMNS }, l10n);
    assert.equal(text, [
      '# Account overview',
      '',
      "**Range:** Mar 1 – 2, 2026 (2026-03-01 – 2026-03-02, your local days; the charts' daily buckets are the API's UTC days)  ",
      '**Data:** the NLPearl API, report made 2026-03-03 08:05 UTC',
      '',
      '| Campaign | CALLS | SUCCESSRATE | AVERAGEDURATION | COST | COSTPERCALL | POSITIVESHARE |',
      '|---|---|---|---|---|---|---|',
      '| Front \\| Desk | a-calls (▲ 5 %) | a-successRate (▲ 5 %) | a-averageDuration (▲ 5 %) | a-cost (▲ 5 %) | a-costPerCall (▲ 5 %) | a-positiveShare (▲ 5 %) |',
      '| Quiet | 7 | b-successRate | b-averageDuration | b-cost | b-costPerCall | b-positiveShare |',
      '| Slow | Still loading |  |  |  |  |  |',
      '| Broken | Could not load: The server answered 500. |  |  |  |  |  |',
      '| Total | t-calls | t-successRate | t-averageDuration | t-cost | t-costPerCall | t-positiveShare |',
      '',
      '3 of 4 campaigns (Broken failed)',
      '',
      '## Notes and assumptions',
      '',
      '- The total is the account rolled up exactly: counts summed, rates from the summed counts, durations weighted by calls, cost per call = summed cost ÷ summed calls — never an average of percentages.',
      '- Changes compare with the previous period of the same length, just before the range.',
      '',
    ].join('\n'));
  });

  it('the overview without a total row while nothing loaded, and from demo data says so', () => {
    const total: OverviewTotal = { cells: null, spark: [], sparkText: '', summary: '', failed: [] };
    const text = overviewReport({ ...HEADER, isDemo: true, rows: [{ id: 'c', name: 'Slow', status: '', state: 'loading' }], total, columns: COLUMNS }, l10n);
    assert.equal(text.includes('| Total |'), false);
    assert.match(text, /^\*\*Data:\*\* demo data \(not a real account\), report made 2026-03-03 08:05 UTC$/m);
  });

  it('a comparison: the key figures per campaign, failed and stale campaigns said, the labels and events tables, notes', () => {
    const front = analytics({
      callsStatusOverview: emptyStatus({ totalCalls: 40, successful: 10, unsuccessful: 10 }),
      callLabelCount: [{ id: 'l', name: 'Booking', color: null, count: 3 }],
      callEventsCounts: { takeMessageCount: 1, smsSentCount: 0, callTransferredCount: 0, calendarBookedCount: 0, emailSentCount: 0 },
    });
    const model = buildCompareModel([
      { id: 'a', name: 'Front', input: { current: front, previous: null } },
      { id: 'b', name: 'Kept', input: { current: front, previous: null }, error: 'Timed out.', stale: true },
      { id: 'c', name: 'Broken', error: 'The server answered 500.' },
    ], { locale: 'en' });
    const text = compareReport({ ...HEADER, model }, l10n);
    const lines = text.split('\n');
    assert.equal(lines[0], '# Compare campaigns: Front · Kept · Broken');
    assert.equal(lines[3], '**Data:** the NLPearl API, report made 2026-03-03 08:05 UTC');
    assert.deepEqual(lines.slice(4, 9), ['', '## Key figures', '', '| Figure | Front | Kept | Broken |', '|---|---|---|---|']);
    assert.ok(lines.includes('| Total calls | 40 (—) | 40 (—) | — |'), text);
    assert.ok(lines.includes('| Success rate | 50% (—) | 50% (—) | — |'), text);
    const kept = lines.indexOf('- Kept: last good figures shown; the refresh failed: Timed out.');
    assert.ok(kept > 0, text);
    assert.equal(lines[kept - 1], '', 'a blank line before the failed campaigns');
    assert.equal(lines[kept + 1], '- Broken: Could not load: The server answered 500.');
    assert.ok(lines.includes('- Broken: Could not load: The server answered 500.'), text);
    assert.equal(lines.some((l) => l.startsWith('- Front')), false, 'a loaded campaign is not listed as failed');
    const labels = lines.indexOf('## Top labels');
    assert.deepEqual(lines.slice(labels - 1, labels + 5), ['', '## Top labels', '', '| Label | Front | Kept |', '|---|---|---|', '| Booking | 3 | 3 |']);
    const events = lines.indexOf('## Events');
    assert.deepEqual(lines.slice(events, events + 5), ['## Events', '', '| Event | Front | Kept |', '|---|---|---|', '| Messages taken | 1 | 1 |']);
    assert.ok(labels < events);
    assert.deepEqual(lines.slice(-5), [
      '## Notes and assumptions',
      '',
      "- Each campaign's figures are those of its own dashboard; labels are matched across campaigns by name.",
      '- Changes compare with the previous period of the same length, just before the range.',
      '',
    ]);
  });

  it('a comparison leaves out the tables of sections no campaign sent or that hold nothing, and the failed list when none failed', () => {
    const quiet = analytics({ callsStatusOverview: emptyStatus({ totalCalls: 2 }), callLabelCount: [{ id: 'l', name: 'Zero', color: null, count: 0 }] });
    const model: CompareModel = buildCompareModel([{ id: 'a', name: 'A', input: { current: quiet, previous: null } }], { locale: 'en' });
    const text = compareReport({ ...HEADER, model }, l10n);
    assert.equal(text.includes('## Top labels'), false, 'all labels at 0: empty');
    assert.equal(text.includes('## Events'), false, 'not sent');
    assert.equal(/^- A:/m.test(text), false);
    assert.match(text, /\| Figure \| A \|\n\|---\|---\|\n\| Total calls \| 2 \(—\) \|/);
    const lines = text.split('\n');
    const notes = lines.indexOf('## Notes and assumptions');
    assert.deepEqual(lines.slice(notes - 2, notes), ['| Top label | — (—) |', ''], 'the key figures, one blank line, the notes: nothing between');
  });
});
