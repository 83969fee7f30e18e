/** Issue 18, point 7: "Export all" — one CSV with every section, asked for by a parsed message. */
import assert from 'node:assert/strict';
import { allSectionsCsv, sectionCsv } from '../../src/analytics/csv';
import { exportFileName } from '../../src/dashboard/exportFiles';
import { routeWebviewMessage, type WebviewHandlers } from '../../src/dashboard/router';
import { ANALYTICS_SECTIONS, parseWebviewMessage } from '../../src/shared/protocol';
import { analytics, emptyStatus } from './analytics.fixtures';

describe('Export all (issue 18, point 7)', () => {
  it('puts every section in one CSV, each row naming its section, a label name with a line break kept whole', () => {
    const a = analytics({
      callsStatusOverview: emptyStatus({ totalCalls: 5 }),
      callLabelCount: [{ id: 'x', name: 'two\r\nlines', color: null, count: 2 }],
    });
    const csv = allSectionsCsv(a);
    for (const id of ANALYTICS_SECTIONS) assert.ok(csv.includes(`${id},`), `${id} missing`);
    assert.ok(csv.includes('callsStatusOverview,totalCalls,5\r\n'));
    assert.ok(csv.includes('callLabelCount,x,"two\r\nlines",,2\r\n'), 'the quoted name is one cell, not two rows');
    // The same rows as the per-section file, behind the section column.
    const own = sectionCsv(a, 'callsStatusOverview').trim().split('\r\n');
    for (const line of own) assert.ok(csv.includes(`callsStatusOverview,${line}\r\n`));
  });

  it('accepts { type: "exportAllCsv" } and nothing more, and routes it to its own handler', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'exportAllCsv' }), { type: 'exportAllCsv' });
    assert.equal(parseWebviewMessage({ type: 'exportAllCsv', sectionId: 'callsStatusOverview' }), null);
    const targets: string[] = [];
    const handlers = new Proxy({} as WebviewHandlers, {
      get: (_t, key) => (key === 'exportAllCsv' ? () => targets.push('all') : () => assert.fail(`unexpected ${String(key)}`)),
    });
    assert.equal(routeWebviewMessage({ type: 'exportAllCsv' }, handlers, () => undefined), true);
    assert.deepEqual(targets, ['all']);
  });

  it('names the file after the campaign, "all" and the range', () => {
    assert.equal(exportFileName('Front desk', 'all', { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' }, 'csv'), 'Front desk-all-2026-03-01_2026-03-30.csv');
  });
});
