import assert from 'node:assert/strict';
import { buildDashboardModel } from '../../src/analytics/model';
import { busiestHours, campaignReport, reportImageNames, type ReportInput } from '../../src/analytics/report';
import { englishTranslate } from '../../src/analytics/translate';
import type { DashboardModel } from '../../src/shared/protocol';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';
const D2 = '2026-03-02T00:00:00Z';
// Local days, as the range picker makes them (the header names them as the user picked them, in any zone).
const RANGE = { from: new Date(2026, 2, 1).toISOString(), to: new Date(2026, 2, 3, 0, 0, 0, -1).toISOString() };
const PREVIOUS = { from: '2026-02-27T00:00:00.000Z', to: '2026-02-28T23:59:59.999Z' };
const l10n = { t: englishTranslate };

function hours(dayOfWeek: number, hourOfDay: number, count: number): { dayOfWeek: number; hourOfDay: number; count: number } {
  return { dayOfWeek, hourOfDay, count };
}

const current = analytics({
  callsStatusOverview: emptyStatus({ totalCalls: 120, successful: 45, unsuccessful: 15, completed: 50, error: 10 }),
  callsStatusTimeLine: [bucket(D1, { totalCalls: 70 }), bucket(D2, { totalCalls: 50 })],
  callsAverageTimeLine: [{ date: D1, averageCallDuration: 120 }, { date: D2, averageCallDuration: 180 }],
  callsCostTimeLine: [{ date: D1, totalPrice: 30, averageCostPerCall: 30 / 70 }, { date: D2, totalPrice: 20, averageCostPerCall: 0.4 }],
  callsSentimentOverview: { negative: 5, slightlyNegative: 5, neutral: 10, slightlyPositive: 20, positive: 40 },
  callLabelCount: [
    { id: 'l1', name: 'Booking', color: null, count: 30 },
    { id: 'l2', name: '**Urgent** <img src=x onerror=alert(1)> | pipe', color: null, count: 12 },
    ...Array.from({ length: 11 }, (_, i) => ({ id: `x${i}`, name: `Extra ${i}`, color: null, count: 1 })),
  ],
  callEventsCounts: { takeMessageCount: 2, smsSentCount: 0, callTransferredCount: 9, calendarBookedCount: 4, emailSentCount: 1 },
  callsByHourDayOfWeeks: [hours(1, 9, 14), hours(1, 10, 20), hours(2, 9, 3), hours(3, 15, 20), hours(4, 11, 1)],
});
const previous = analytics({
  callsStatusOverview: emptyStatus({ totalCalls: 100, successful: 30, unsuccessful: 20, completed: 50 }),
  callsCostTimeLine: [{ date: D1, totalPrice: 40, averageCostPerCall: 0.4 }],
  callLabelCount: [{ id: 'l1', name: 'Booking', color: null, count: 25 }],
});

function model(): DashboardModel {
  return buildDashboardModel({ current, previous, range: RANGE, previousRange: PREVIOUS }, { locale: 'en-US' });
}

function report(m: DashboardModel, extra: Partial<ReportInput> = {}): string {
  return campaignReport({ campaignName: 'Front *Desk*', campaignId: 'cmp_1', range: RANGE, rangeText: 'Mar 1 – 2, 2026', model: m, fetchedAt: Date.UTC(2026, 2, 3, 8, 5), isDemo: false, ...extra }, l10n);
}

/** The cells of the Markdown table row that starts with `first`. */
function rowOf(text: string, first: string): string[] | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`| ${first} |`));
  return line?.slice(2, -2).split(' | ');
}

describe('campaign report (Markdown)', () => {
  it('shows every KPI with the text, change and reference of its dashboard card', () => {
    const m = model();
    const text = report(m);
    for (const k of m.kpis) {
      const cells = rowOf(text, k.label);
      assert.ok(cells, `a row for ${k.label}`);
      // Escaped as Markdown, the cells are the card's own texts.
      assert.deepEqual(cells.slice(1).map((c) => c.replace(/\\(.)/g, '$1')), [k.text, k.detail ?? '', k.delta.text, k.reference ?? '']);
    }
    assert.deepEqual(rowOf(text, 'Total calls')?.slice(1, 2), ['120']);
    assert.ok(m.kpis.some((k) => (k.reference ?? '') !== ''), 'the fixture has a previous period, so cards have references');
  });

  it('lists the outcome, label and event tables as the chart tables show them, long ones cut at 10 with the rest counted', () => {
    const m = model();
    const text = report(m);
    const labels = m.charts.find((c) => c.id === 'callLabelCount');
    assert.ok(labels);
    assert.equal(labels.table.rows.length, 13);
    assert.match(text, /… and 3 more \(see the CSV export\)\./);
    assert.deepEqual(rowOf(text, 'Booking'), labels.table.rows.find((r) => r[0] === 'Booking'));
    assert.ok(rowOf(text, 'Calls transferred'), 'the events table');
    const overview = m.charts.find((c) => c.id === 'callsStatusOverview');
    assert.ok(overview);
    for (const r of overview.table.rows) assert.deepEqual(rowOf(text, r[0].replace(/[\\`*_[\]<>|~&]/g, '\\$&')), r.map((c) => c.replace(/[\\`*_[\]<>|~&]/g, '\\$&')));
  });

  it('keeps API text as literal text: no emphasis, no HTML, no broken table', () => {
    const text = report(model());
    assert.doesNotMatch(text, /(?<!\\)<img/, 'HTML is escaped');
    assert.ok(text.includes('\\*\\*Urgent\\*\\* \\<img src=x onerror=alert(1)\\> \\| pipe'));
    assert.match(text, /^# Front \\\*Desk\\\* — analytics report$/m);
    const urgent = text.split('\n').find((l) => l.includes('Urgent'));
    // The escaped pipe does not split the row: two cells, name and count.
    assert.equal(urgent?.split(/(?<!\\)\|/).length, 4);
  });

  it('names the busiest hours from the heatmap, in its zone, ties in week order', () => {
    const m = model();
    const heat = m.charts.find((c) => c.id === 'callsByHourDayOfWeeks');
    const top = busiestHours(heat);
    assert.deepEqual(top.map((c) => [c.hour, c.calls]), [[10, 20], [15, 20], [9, 14], [9, 3], [11, 1]]);
    assert.equal(top[0].weekday, heat?.heatmap?.rows[1]);
    const text = report(m);
    assert.match(text, /## Busiest hours \(UTC\)/);
    assert.deepEqual(rowOf(text, top[0].weekday), [top[0].weekday, '10:00–10:59', '20']);
  });

  it('links one image per chart with data, relative and URL-encoded, with the chart summary as its text', () => {
    const m = model();
    const images = reportImageNames('Front Desk-report-2026-03-01_2026-03-02.md', m.charts);
    assert.equal(images.get('callLabelCount'), 'Front Desk-report-2026-03-01_2026-03-02-callLabelCount.png');
    assert.equal(images.has('callsPickupRateTimeLine'), false, 'no pickup-rate data, no image');
    const text = report(m, { images });
    assert.ok(text.includes('](Front%20Desk-report-2026-03-01_2026-03-02-callLabelCount.png)'));
    assert.equal((text.match(/!\[/g) ?? []).length, images.size);
    assert.match(text, /PNG files beside this report/);
    assert.doesNotMatch(report(m), /!\[|## Charts/, 'no images, no links');
  });

  it('says where the data came from, when, and what the figures assume', () => {
    const m = model();
    const text = report(m, { isDemo: true });
    assert.match(text, /demo data \(not a real account\), fetched 2026-03-03 08:05 UTC/);
    assert.match(text, /2026-03-01 – 2026-03-02, your local days; the charts' daily buckets are the API's UTC days/);
    for (const k of m.kpis) assert.ok(text.includes(k.tooltip.slice(0, 30).replace(/[\\`*_[\]<>|~&]/g, '\\$&')), `definition of ${k.id}`);
    assert.match(report(m), /the NLPearl API/);
  });

  it('says a range with no calls is empty instead of listing zeros as findings', () => {
    const empty = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus() }), previous: null }, { locale: 'en-US' });
    const text = report(empty);
    assert.match(text, /No calls in this range\./);
    assert.doesNotMatch(text, /Busiest hours/);
  });
});

describe('campaign report (Markdown): its parts', () => {
  /** The lines of the section under `## heading`, up to the next heading. */
  function section(text: string, heading: string): string[] {
    const lines = text.split('\n');
    const start = lines.indexOf(`## ${heading}`);
    assert.ok(start >= 0, `a "${heading}" section`);
    const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
    return lines.slice(start + 1, end < 0 ? undefined : end);
  }

  it('writes each table with a header and a separator row, so it renders as a table', () => {
    const text = report(model());
    const kpis = section(text, 'Key figures');
    assert.equal(kpis[1], '| Figure | Value | Detail | Change | Compared with |');
    assert.equal(kpis[2], '|---|---|---|---|---|');
    const busiest = section(text, 'Busiest hours (UTC)');
    assert.equal(busiest[1], '| Weekday | Hour | Calls |');
    assert.equal(busiest[2], '|---|---|---|');
  });

  it('has no run of blank lines, with or without images', () => {
    const m = model();
    assert.doesNotMatch(report(m), /\n\n\n/);
    assert.doesNotMatch(report(m, { images: reportImageNames('r.md', m.charts) }), /\n\n\n/);
    const quiet = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 3, successful: 3 }) }), previous: null }, { locale: 'en-US' });
    assert.doesNotMatch(report(quiet), /\n\n\n/, 'no busiest hours');
  });

  it('lists exactly 10 rows of a long table, and does not promise more for exactly 10', () => {
    const labels = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `l${i}`, name: `Label ${i}`, color: null, count: 100 - i }));
    const ten = report(buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 5 }), callLabelCount: labels(10) }), previous: null }));
    assert.equal(section(ten, 'Labels').filter((l) => /^\| Label \d/.test(l)).length, 10);
    assert.doesNotMatch(ten, /… and \d+ more/);
    const twelve = report(buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 5 }), callLabelCount: labels(12) }), previous: null }));
    assert.equal(section(twelve, 'Labels').filter((l) => /^\| Label \d/.test(l)).length, 10);
    assert.ok(rowOf(twelve, 'Label 9'));
    assert.equal(rowOf(twelve, 'Label 10'), undefined);
    assert.match(twelve, /… and 2 more \(see the CSV export\)\./);
  });

  it('says which tables the API did not send and which had nothing in them', () => {
    const text = report(buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 5 }), callLabelCount: [] }), previous: null }));
    assert.deepEqual(section(text, 'Events'), ['', 'Not provided by the API.', '']);
    assert.deepEqual(section(text, 'Labels'), ['', 'No calls in this range.', '']);
  });

  it('says "No calls in this range." under the header when the range is empty, and not otherwise', () => {
    const head = (text: string) => text.slice(0, text.indexOf('## '));
    const empty = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus() }), previous: null }, { locale: 'en-US' });
    assert.match(head(report(empty)), /\n\nNo calls in this range\.\n/);
    assert.doesNotMatch(head(report(model())), /No calls/);
  });

  it('names at most five busiest hours, only hours with calls, with two-digit hours and grouped counts', () => {
    const cells = [[0, 9, 1500], [1, 1, 7], [2, 2, 6], [3, 3, 5], [4, 4, 4], [5, 5, 3], [6, 6, 2]].map(([d, h, n]) => hours(d as number, h as number, n as number));
    const busy = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 1527 }), callsByHourDayOfWeeks: cells }), previous: null }, { locale: 'en-US' });
    const heat = busy.charts.find((c) => c.id === 'callsByHourDayOfWeeks');
    assert.deepEqual(busiestHours(heat).map((c) => c.calls), [1500, 7, 6, 5, 4]);
    const rows = section(report(busy), 'Busiest hours (UTC)').filter((l) => l.startsWith('| ') && !l.startsWith('| Weekday'));
    assert.equal(rows.length, 5);
    assert.equal(rows[0], `| ${heat?.heatmap?.rows[0]} | 09:00–09:59 | 1,500 |`);
    const two = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 3 }), callsByHourDayOfWeeks: [hours(1, 0, 2), hours(3, 23, 1)] }), previous: null });
    assert.deepEqual(busiestHours(two.charts.find((c) => c.id === 'callsByHourDayOfWeeks')).map((c) => [c.hour, c.calls]), [[0, 2], [23, 1]]);
    assert.deepEqual(busiestHours(undefined), []);
  });

  it('names the zone of the heatmap the dashboard shows', () => {
    const winter = { from: '2026-01-05T00:00:00.000Z', to: '2026-02-04T23:59:59.999Z' };
    const ny = buildDashboardModel({ current, previous, range: winter, previousRange: PREVIOUS }, { locale: 'en-US', displayTimeZone: 'America/New_York' });
    assert.ok(section(report(ny), 'Busiest hours (America/New_York)').length > 0);
  });

  it('gives each image the chart\'s summary as its text, and has no Charts section for an empty set of images', () => {
    const m = model();
    const labels = m.charts.find((c) => c.id === 'callLabelCount');
    assert.ok(labels);
    const text = report(m, { images: new Map([['callLabelCount', 'a b.png']]) });
    const link = text.split('\n').find((l) => l.startsWith('!['));
    assert.ok(link?.endsWith('](a%20b.png)'), link);
    assert.ok(link?.includes(labels.summary.slice(0, 20)), link);
    const none = report(m, { images: new Map() });
    assert.doesNotMatch(none, /## Charts|PNG files/);
  });

  it('names the image files after the report, one per chart with something drawn', () => {
    const m = buildDashboardModel({ current: analytics({ callsStatusOverview: emptyStatus({ totalCalls: 5, successful: 5 }), callLabelCount: [] }), previous: null });
    const names = reportImageNames('Desk.MD', m.charts);
    assert.equal(names.get('callsStatusOverview'), 'Desk-callsStatusOverview.png');
    assert.equal(names.has('callLabelCount'), false, 'sent but empty');
    assert.equal(names.has('callEventsCounts'), false, 'not sent');
    assert.equal(reportImageNames('a.md.notes.md', m.charts).get('callsStatusOverview'), 'a.md.notes-callsStatusOverview.png');
    assert.equal(reportImageNames('plain', m.charts).get('callsStatusOverview'), 'plain-callsStatusOverview.png');
  });

  it('writes the campaign id as code without the backticks that would break it', () => {
    assert.match(report(model(), { campaignId: 'c`m`p' }), /^\*\*Campaign:\*\* Front \\\*Desk\\\* \(`cmp`\) {2}$/m);
  });

  it('ends with the notes: the dashboard\'s, each chart\'s under its title, each figure\'s definition, and the comparison rule', () => {
    const m = buildDashboardModel({ current, previous: null, range: RANGE }, { locale: 'en-US' });
    const notes = section(report(m), 'Notes and assumptions');
    assert.ok(notes.includes('- The previous period could not be loaded, so changes are shown as —.'), notes.join('\n'));
    const cost = m.charts.find((c) => c.id === 'callsCostTimeLine');
    assert.ok(notes.includes(`- Cost: ${cost?.notes[0]}`), notes.join('\n'));
    assert.ok(notes.some((n) => n.startsWith('- Total calls: ')));
    assert.equal(notes.at(-2), '- Changes compare with the previous period of the same length, just before the range.');
  });
});
