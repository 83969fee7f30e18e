import assert from 'node:assert/strict';
import { csvCell, sectionCsv } from '../../src/analytics/csv';
import { analytics, bucket, emptyStatus } from './analytics.fixtures';

describe('sectionCsv', () => {
  it('writes a timeline sorted by date with the API field names and raw numbers', () => {
    const a = analytics({
      callsCostTimeLine: [
        { date: '2026-03-02T00:00:00Z', totalPrice: 2.5, averageCostPerCall: null },
        { date: '2026-03-01T00:00:00Z', totalPrice: 1, averageCostPerCall: 0.1 },
      ],
    });
    assert.equal(
      sectionCsv(a, 'callsCostTimeLine'),
      'date,totalPrice,averageCostPerCall\r\n2026-03-01T00:00:00Z,1,0.1\r\n2026-03-02T00:00:00Z,2.5,\r\n',
    );
  });

  it('writes counters as field,value rows', () => {
    const csv = sectionCsv(analytics({ callsStatusOverview: emptyStatus({ totalCalls: 9, successful: 4 }) }), 'callsStatusOverview');
    const lines = csv.trimEnd().split('\r\n');
    assert.equal(lines[0], 'field,value');
    assert.ok(lines.includes('totalCalls,9'));
    assert.ok(lines.includes('successful,4'));
  });

  it('writes every status column of the status timeline', () => {
    const csv = sectionCsv(analytics({ callsStatusTimeLine: [bucket('2026-03-01T00:00:00Z', { totalCalls: 3 })] }), 'callsStatusTimeLine');
    assert.match(csv, /^date,totalCalls,totalLeads,/);
    assert.match(csv, /\r\n2026-03-01T00:00:00Z,3,0,/);
  });

  it('quotes label names and defuses spreadsheet formulas', () => {
    const csv = sectionCsv(
      analytics({
        callLabelCount: [
          { id: '1', name: 'Say "hi", then go', color: '#fff', count: 2 },
          { id: '2', name: '=HYPERLINK("http://evil")', color: 0xff0000, count: 1 },
        ],
      }),
      'callLabelCount',
    );
    assert.equal(csv, 'id,name,color,count\r\n1,"Say ""hi"", then go",#fff,2\r\n2,"\'=HYPERLINK(""http://evil"")",16711680,1\r\n');
  });

  it('gives only the header for a section the API did not send', () => {
    assert.equal(sectionCsv(analytics(), 'callsAverageTimeLine'), 'date,averageCallDuration\r\n');
    assert.equal(csvCell(Number.NaN), '');
    assert.equal(csvCell(-3), '-3');
  });
});
