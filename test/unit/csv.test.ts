/** The CSV files a user exports, as a spreadsheet reads them. */
import assert from 'node:assert/strict';
import { csvCell, exportCsv, sectionCsv, toCsv } from '../../src/analytics/csv';
import { analytics, emptyStatus } from './analytics.fixtures';

const D1 = '2026-03-01T00:00:00Z';
const D2 = '2026-03-02T00:00:00Z';

describe('CSV export', () => {
  it('defuses every text a spreadsheet would run as a formula, and quotes what would split a cell or a row', () => {
    assert.equal(csvCell('=1+1'), "'=1+1");
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('-1'), "'-1");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\tx'), "'\tx");
    assert.equal(csvCell('\rx'), `"'\rx"`);
    assert.equal(csvCell('a=b'), 'a=b', 'only at the start');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "x"'), '"say ""x"""');
    assert.equal(csvCell('plain'), 'plain');
    assert.equal(csvCell(''), '');
    assert.equal(csvCell(null), '');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell(0), '0');
    assert.equal(csvCell(Number.POSITIVE_INFINITY), '');
    assert.equal(csvCell(2 ** 60), '', 'beyond what the screen shows');
    assert.equal(toCsv([['a', 1], [null, 'b']]), 'a,1\r\n,b\r\n');
  });

  it('writes each counter section with the API field names, empty values for a section not sent', () => {
    assert.equal(sectionCsv(analytics({ callsSentimentOverview: { negative: 1, slightlyNegative: 2, neutral: 3, slightlyPositive: 4, positive: 5 } }), 'callsSentimentOverview'),
      'field,value\r\nnegative,1\r\nslightlyNegative,2\r\nneutral,3\r\nslightlyPositive,4\r\npositive,5\r\n');
    assert.equal(sectionCsv(analytics({ callEventsCounts: { takeMessageCount: 1, smsSentCount: 2, callTransferredCount: 3, calendarBookedCount: 4, emailSentCount: null } }), 'callEventsCounts'),
      'field,value\r\ntakeMessageCount,1\r\nsmsSentCount,2\r\ncallTransferredCount,3\r\ncalendarBookedCount,4\r\nemailSentCount,\r\n');
    assert.equal(sectionCsv(analytics(), 'callEventsCounts'), 'field,value\r\ntakeMessageCount,\r\nsmsSentCount,\r\ncallTransferredCount,\r\ncalendarBookedCount,\r\nemailSentCount,\r\n');
    const status = sectionCsv(analytics({ callsStatusOverview: emptyStatus({ totalCalls: 3 }) }), 'callsStatusOverview').split('\r\n');
    assert.equal(status[1], 'totalCalls,3');
    assert.equal(status.length, 14, 'header, twelve counters, final line break');
  });

  it('writes the rate and duration timelines sorted by date', () => {
    assert.equal(sectionCsv(analytics({ callsSuccessRateTimeLine: [{ date: D2, successRatePercentage: 40 }, { date: D1, successRatePercentage: 0.5 }] }), 'callsSuccessRateTimeLine'),
      `date,successRatePercentage\r\n${D1},0.5\r\n${D2},40\r\n`);
    assert.equal(sectionCsv(analytics({ callsPickupRateTimeLine: [{ date: D1, pickupRatePercentage: 93 }] }), 'callsPickupRateTimeLine'), `date,pickupRatePercentage\r\n${D1},93\r\n`);
    assert.equal(sectionCsv(analytics({ callsAverageTimeLine: [{ date: D2, averageCallDuration: 61.5 }, { date: D1, averageCallDuration: null }] }), 'callsAverageTimeLine'),
      `date,averageCallDuration\r\n${D1},\r\n${D2},61.5\r\n`);
  });

  it('writes the heatmap by weekday then hour, and an unsent one as its header', () => {
    const cells = [{ dayOfWeek: 2, hourOfDay: 1, count: 5 }, { dayOfWeek: 1, hourOfDay: 9, count: 3 }, { dayOfWeek: 1, hourOfDay: 2, count: 4 }];
    assert.equal(sectionCsv(analytics({ callsByHourDayOfWeeks: cells }), 'callsByHourDayOfWeeks'), 'dayOfWeek,hourOfDay,count\r\n1,2,4\r\n1,9,3\r\n2,1,5\r\n');
    assert.equal(sectionCsv(analytics(), 'callsByHourDayOfWeeks'), 'dayOfWeek,hourOfDay,count\r\n');
    assert.equal(sectionCsv(analytics(), 'callLabelCount'), 'id,name,color,count\r\n');
  });

  it('exports one section, or every section for "all"', () => {
    const a = analytics({ callsPickupRateTimeLine: [{ date: D1, pickupRatePercentage: 93 }] });
    assert.equal(exportCsv(a, 'callsPickupRateTimeLine'), sectionCsv(a, 'callsPickupRateTimeLine'));
    const all = exportCsv(a, 'all');
    assert.ok(all.startsWith('callsStatusOverview,field,value\r\ncallsStatusOverview,totalCalls,\r\n'), all.slice(0, 80));
    assert.ok(all.includes(`\r\ncallsPickupRateTimeLine,${D1},93\r\n`));
    assert.ok(all.includes('callsStatusOverview,error,\r\n\r\ncallsSentimentOverview,field,value\r\n'), 'a blank line between sections');
  });
});
