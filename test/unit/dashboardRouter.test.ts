import assert from 'node:assert/strict';
import { decodePngDataUrl, exportFileName } from '../../src/dashboard/exportFiles';
import { routeWebviewMessage, type WebviewHandlers } from '../../src/dashboard/router';
import { webviewStrings } from '../../src/dashboard/translateStrings';
import { englishTranslate } from '../../src/analytics/translate';
import { WEBVIEW_STRINGS } from '../../src/shared/protocol';

function recorder(): { calls: Array<[string, unknown[]]>; handlers: WebviewHandlers } {
  const calls: Array<[string, unknown[]]> = [];
  const rec = (name: string) => (...args: unknown[]) => void calls.push([name, args]);
  return {
    calls,
    handlers: {
      ready: () => rec('ready')(),
      setRange: (m) => ('preset' in m ? rec('setPreset')(m.preset) : rec('setCustomRange')({ from: m.from, to: m.to })),
      refresh: () => rec('refresh')(),
      openJson: () => rec('openJson')(),
      copyJson: () => rec('copyJson')(),
      exportPng: (m) => rec('exportPng')(m.chartId, m.dataUrl, m.exportId),
      exportCsv: (m) => rec('exportCsv')(m.sectionId),
      exportAllCsv: () => rec('exportAllCsv')(),
      action: (m) => rec('action')(m.action),
      rendered: (m) => rec('rendered')(m.requestId, m.ms),
      log: (m) => rec('log')(m.level, m.message),
      drillDown: (m) => rec('drillDown')(m),
    },
  };
}

describe('dashboard message router', () => {
  it('dispatches valid messages to their handler', () => {
    const { calls, handlers } = recorder();
    const warnings: string[] = [];
    routeWebviewMessage({ type: 'setRange', preset: 'last90' }, handlers, (w) => warnings.push(w));
    routeWebviewMessage({ type: 'setRange', from: '2026-01-01T00:00:00Z', to: '2026-06-01T00:00:00Z' }, handlers, (w) => warnings.push(w));
    routeWebviewMessage({ type: 'exportCsv', sectionId: 'callsCostTimeLine' }, handlers, (w) => warnings.push(w));
    routeWebviewMessage({ type: 'rendered', requestId: 2, ms: 80 }, handlers, (w) => warnings.push(w));
    assert.deepEqual(calls, [
      ['setPreset', ['last90']],
      ['setCustomRange', [{ from: '2026-01-01T00:00:00Z', to: '2026-06-01T00:00:00Z' }]],
      ['exportCsv', ['callsCostTimeLine']],
      ['rendered', [2, 80]],
    ]);
    assert.deepEqual(warnings, []);
  });

  it('ignores and logs invalid messages without echoing their payload', () => {
    const { calls, handlers } = recorder();
    const warnings: string[] = [];
    assert.equal(routeWebviewMessage({ type: 'exportCsv', sectionId: 'x', secret: 'TOKEN-123' }, handlers, (w) => warnings.push(w)), false);
    assert.equal(routeWebviewMessage('<script>', handlers, (w) => warnings.push(w)), false);
    assert.deepEqual(calls, []);
    assert.equal(warnings.length, 2);
    assert.match(warnings[0], /type "exportCsv"/);
    assert.doesNotMatch(warnings.join(' '), /TOKEN-123|<script>/);
  });
});

describe('dashboard exports and strings', () => {
  it('decodes only real PNG data URLs', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const bytes = decodePngDataUrl(`data:image/png;base64,${png.toString('base64')}`);
    assert.deepEqual(bytes && Buffer.from(bytes), png);
    assert.equal(decodePngDataUrl(`data:image/png;base64,${Buffer.from('<html>').toString('base64')}`), null);
    assert.equal(decodePngDataUrl('data:image/gif;base64,R0lGOD'), null);
  });

  it('names export files safely', () => {
    const range = { from: '2026-03-01T00:00:00Z', to: '2026-03-30T23:59:59Z' };
    assert.equal(exportFileName('Front desk', 'callsCostTimeLine', range, 'csv'), 'Front desk-callsCostTimeLine-2026-03-01_2026-03-30.csv');
    const hostile = exportFileName('../../etc/passwd', 'callLabelCount', range, 'png');
    assert.doesNotMatch(hostile, /[/\\]|\.\./);
    assert.ok(hostile.endsWith('etc_passwd-callLabelCount-2026-03-01_2026-03-30.png'), hostile);
    assert.equal(exportFileName('', 'callLabelCount', range, 'png'), 'campaign-callLabelCount-2026-03-01_2026-03-30.png');
  });

  it('translates every webview string through the host translator', () => {
    const table = webviewStrings((m) => `[${m}]`);
    assert.deepEqual(Object.keys(table).sort(), Object.keys(WEBVIEW_STRINGS).sort());
    assert.equal(table.noCalls, '[No calls in this range]');
    assert.equal(webviewStrings(englishTranslate).retryIn, 'Retry in {0} s');
  });
});
