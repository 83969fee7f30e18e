import assert from 'node:assert/strict';
import { hostMessageSchema, MAX_PNG_DATA_URL_LENGTH, parseWebviewMessage } from '../../src/shared/protocol';
import { parseWebviewState } from '../../src/shared/webviewState';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

describe('protocol: webview → host', () => {
  it('accepts every well-formed message', () => {
    const good = [
      { type: 'ready' },
      { type: 'setRange', preset: 'last7' },
      { type: 'setRange', from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T00:00:00Z' },
      { type: 'refresh' },
      { type: 'openJson' },
      { type: 'copyJson' },
      { type: 'exportPng', chartId: 'callsCostTimeLine', dataUrl: PNG },
      { type: 'exportPng', chartId: 'callsCostTimeLine', dataUrl: PNG, exportId: 3 },
      { type: 'exportCsv', sectionId: 'callLabelCount' },
      { type: 'action', action: 'setToken' },
      { type: 'rendered', requestId: 4, ms: 120.5 },
      { type: 'rendered', requestId: 4, ms: 120.5, phases: { html: 41.2, scriptStart: 80, modulesReady: 131.5, rendered: 402 } },
      { type: 'log', level: 'warn', message: 'x' },
    ];
    for (const m of good) assert.deepEqual(parseWebviewMessage(m), m, JSON.stringify(m));
  });

  it('rejects junk without throwing', () => {
    const bad: unknown[] = [
      null,
      undefined,
      42,
      'ready',
      [],
      [{ type: 'ready' }],
      {},
      { type: 'nope' },
      { type: 'ready', extra: 1 },
      { type: 'setRange', preset: 'last1000' },
      { type: 'setRange', preset: 'last7', from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' },
      { type: 'setRange', from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' },
      { type: 'setRange', from: 'yesterday', to: '2026-03-01T00:00:00Z' },
      { type: 'exportPng', chartId: 'callsCostTimeLine', dataUrl: 'data:text/html;base64,PHNjcmlwdD4=' },
      { type: 'exportPng', chartId: 'callsCostTimeLine', dataUrl: 'data:image/png;base64,<script>' },
      { type: 'exportPng', chartId: '../../etc/passwd', dataUrl: PNG },
      { type: 'exportPng', chartId: 'callsCostTimeLine', dataUrl: PNG + 'A'.repeat(MAX_PNG_DATA_URL_LENGTH) },
      { type: 'exportCsv', sectionId: 'constructor' },
      { type: 'action', action: 'rm -rf' },
      { type: 'rendered', requestId: -1, ms: 1 },
      { type: 'rendered', requestId: 1, ms: Number.NaN },
      { type: 'rendered', requestId: 1, ms: 1, phases: { paintedByMagic: 3 } },
      { type: 'rendered', requestId: 1, ms: 1, phases: { html: -5 } },
      { type: 'rendered', requestId: 1, ms: 1, phases: { html: '41' } },
      { type: 'log', level: 'warn', message: 'x'.repeat(5000) },
      JSON.parse('{"type":"ready","__proto__":{"polluted":true}}'),
      { type: 'refresh', constructor: { prototype: { polluted: true } } },
      Object.assign(Object.create({ inherited: true }) as object, { type: 'ready' }),
    ];
    for (const m of bad) assert.equal(parseWebviewMessage(m), null, JSON.stringify(m) ?? String(m));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('never throws, even on getters that throw', () => {
    const evil = { get type(): string { throw new Error('boom'); } };
    assert.equal(parseWebviewMessage(evil), null);
  });
});

describe('protocol: host → webview and state', () => {
  it('host messages have a schema', () => {
    const ok = hostMessageSchema.safeParse({ type: 'loading', requestId: 1, range: { from: 'a', to: 'b' }, preset: 'last7', windows: 1 });
    assert.equal(ok.success, true);
    assert.equal(hostMessageSchema.safeParse({ type: 'loading' }).success, false);
  });

  it('restores a usable webview state and refuses a broken one', () => {
    const state = { campaignId: '65f1c0ffee0000000000c0c1', range: { from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' }, preset: 'last7', ui: { tables: ['callLabelCount'], picker: 'last7' } };
    assert.deepEqual(parseWebviewState(state), state);
    const partial = parseWebviewState({ campaignId: '65f1c0ffee0000000000c0c1', range: state.range, ui: { tables: ['bogus'] } });
    assert.deepEqual(partial, { campaignId: '65f1c0ffee0000000000c0c1', range: state.range, preset: null, ui: { tables: [], picker: 'last30' } });
    assert.equal(parseWebviewState({ range: state.range }), null);
    assert.equal(parseWebviewState('c1'), null);
  });

  it('a restored panel state whose campaign id is no 24-hex NLPearl id is refused (no request is built from it)', () => {
    const range = { from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' };
    for (const campaignId of ['..', '.', 'c1', '65f1c0ffee0000000000beef:secret', '65f1c0ffee0000000000beef/../x']) {
      assert.equal(parseWebviewState({ campaignId, range, ui: { tables: [] } }), null, campaignId);
    }
    assert.ok(parseWebviewState({ campaignId: '65f1c0ffee0000000000beef', range, ui: { tables: [] } }));
    assert.equal(parseWebviewState(JSON.parse('{"campaignId":"65f1c0ffee0000000000c0c1","range":{"from":"2026-03-01T00:00:00Z","to":"2026-03-02T00:00:00Z"},"__proto__":{"x":1}}')), null);
  });
});
