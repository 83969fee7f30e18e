/**
 * The hostile-payload table: raw response bodies an attacker, a broken proxy or a future API
 * version might send to POST …/Analytics. Each row says where it must end: drawn ('render', with
 * "—" where data is missing) or a clear InvalidResponseError ('error'). The same rows run through
 * the client in Node (test/unit/hostile.test.ts) and into the dashboard in Chromium
 * (test/browser/hostile.test.ts).
 */
import assert from 'node:assert/strict';
import { InvalidResponseError, type NLPearlError } from '../../src/api/errors';
import type { InboundAnalytics } from '../../src/api/schemas';
import { DEMO_CAMPAIGN_IDS, demoAnalyticsJson } from '../../src/demo/data';
import type { DashboardModel, ModelChart, AnalyticsSection } from '../../src/shared/protocol';
import type { DomState } from '../e2e/webview-harness/harness';

export type HostileOutcome =
  | { readonly kind: 'render'; readonly analytics: InboundAnalytics; readonly model: DashboardModel }
  | { readonly kind: 'error'; readonly error: NLPearlError };

export interface HostileCase {
  readonly family: string;
  readonly name: string;
  /** The raw response text (what `bytes` decodes to, when bytes are given). */
  readonly body: string;
  /** Sent instead of `body` when the case is about the encoding itself. */
  readonly bytes?: Uint8Array;
  readonly expect: 'render' | 'error';
  /** Assertions on the client's result and the view model (Node). */
  readonly check?: (outcome: HostileOutcome) => void;
  /** Assertions on what the dashboard shows (Chromium). */
  readonly dom?: (dom: DomState) => void;
}

/** The campaign and range every case is requested for. */
export const HOSTILE_CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
export const HOSTILE_RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

/** Markup that flips `window.__pwned` if it ever runs; the browser test asserts it never does. */
export const PWN = {
  img: '<img src=x onerror="window.__pwned=true">',
  script: '<script>window.__pwned=true</script>',
  svg: '"><svg onload="window.__pwned=true">',
  link: '<a href="javascript:window.__pwned=true" id="pwn-link">click</a>',
  iframe: '<iframe srcdoc="<script>parent.__pwned=true</script>"></iframe>',
  style: '<style>body{background:url(javascript:window.__pwned=true)}</style>',
} as const;

type Json = Record<string, unknown> & { callLabelCount: Record<string, unknown>[] };

function base(): Json {
  return JSON.parse(JSON.stringify(demoAnalyticsJson(HOSTILE_CAMPAIGN, HOSTILE_RANGE, 'v1'))) as Json;
}

/** The demo answer, changed by `edit`, as text. */
function mutate(edit: (json: Json) => void): string {
  const json = base();
  edit(json);
  return JSON.stringify(json);
}

function rendered(o: HostileOutcome): { analytics: InboundAnalytics; model: DashboardModel } {
  assert.equal(o.kind, 'render', o.kind === 'error' ? `expected a render, got ${o.error.name}: ${o.error.message}` : '');
  return o as Extract<HostileOutcome, { kind: 'render' }>;
}

function chartOf(model: DashboardModel, id: AnalyticsSection): ModelChart {
  const chart = model.charts.find((c) => c.id === id);
  assert.ok(chart, `no ${id} chart`);
  return chart;
}

/** The error names the JSON path (and optionally the bad value). */
function errorAt(path: string | RegExp): (o: HostileOutcome) => void {
  return (o) => {
    assert.equal(o.kind, 'error');
    const { error } = o as Extract<HostileOutcome, { kind: 'error' }>;
    assert.ok(error instanceof InvalidResponseError, `${error.name}: ${error.message}`);
    if (typeof path === 'string') assert.ok(error.message.includes(path), `"${path}" not in: ${error.message}`);
    else assert.match(error.message, path);
  };
}

/** Every KPI reads "—" (nothing was provided to compute it from). */
function allKpisDash(o: HostileOutcome): void {
  const { model } = rendered(o);
  for (const k of model.kpis) assert.equal(k.text, '—', `${k.id} shows ${k.text}`);
}

/** Label names reach the chart and the table as the exact text sent. */
function labelNames(names: readonly string[]): { check: (o: HostileOutcome) => void; dom: (d: DomState) => void } {
  return {
    check: (o) => {
      const labels = chartOf(rendered(o).model, 'callLabelCount');
      for (const n of names) assert.ok(labels.categories.includes(n), `label ${JSON.stringify(n)} not in ${JSON.stringify(labels.categories)}`);
    },
    dom: (d) => {
      for (const n of names) assert.ok(d.labelsTableText.includes(n), `label ${JSON.stringify(n)} not shown as text in ${JSON.stringify(d.labelsTableText)}`);
    },
  };
}

/** Every label colour that reaches the webview is one of the plain forms. */
function coloursSafe(expectRefused: number): (o: HostileOutcome) => void {
  return (o) => {
    const labels = chartOf(rendered(o).model, 'callLabelCount');
    for (const s of labels.series) {
      for (const c of s.pointColors ?? []) {
        if (c === null) continue;
        assert.match(c, /^(#[0-9a-f]{3,8}|rgba?\([\d.,%/ ]+\)|[a-z]+)$/, `unsafe colour ${c}`);
        assert.doesNotMatch(c, /url|expression|javascript|;|:/i);
      }
    }
    if (expectRefused > 0) assert.ok(labels.notes.some((n) => n.startsWith(`${expectRefused} label colours`)), JSON.stringify(labels.notes));
  };
}

const NOTE_NOT_PROVIDED = /^Not provided by the API: /;

const hostileLabels = (names: readonly string[]) => (j: Json) => {
  j.callLabelCount = names.map((name, i) => ({ id: `h${i}`, name, color: '#336699', count: 100 - i }));
};

const scriptNames = [PWN.img, PWN.script, PWN.svg, PWN.link, PWN.iframe, PWN.style];

function hugeArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function bytesOf(...parts: (string | number[])[]): Uint8Array {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
}

const valid = JSON.stringify(demoAnalyticsJson(HOSTILE_CAMPAIGN, HOSTILE_RANGE, 'v1'));
const LABELS_AT = valid.indexOf('"callLabelCount":[') + '"callLabelCount":['.length;
const invalidUtf8Name = bytesOf(
  valid.slice(0, LABELS_AT),
  '{"id":"bad-utf8","name":"Bad ',
  [0xff, 0xfe, 0xc3],
  ' bytes","color":"red","count":5000},',
  valid.slice(LABELS_AT),
);

export const HOSTILE_CASES: readonly HostileCase[] = [
  // ---------------------------------------------------------------------------------------------
  ...scriptNames.map((name, i): HostileCase => ({
    family: 'script/HTML in labels',
    name: `label name ${['img onerror', 'script tag', 'svg onload', 'javascript: link', 'iframe srcdoc', 'style tag'][i]}`,
    body: mutate(hostileLabels([name, 'Plain label'])),
    expect: 'render',
    ...labelNames([name, 'Plain label']),
  })),
  {
    family: 'script/HTML in labels',
    name: 'script in label ids, names missing (the id is shown instead)',
    body: mutate((j) => {
      j.callLabelCount = [
        { id: PWN.img, color: 'red', count: 9 },
        { id: PWN.script, name: null, color: 'blue', count: 8 },
      ];
    }),
    expect: 'render',
    check: (o) => {
      const labels = chartOf(rendered(o).model, 'callLabelCount');
      assert.equal(labels.categories.length, 2);
      for (const c of labels.categories) assert.ok(c.length > 0, 'a label without a name still has a visible text');
    },
  },
  {
    family: 'script/HTML in labels',
    name: 'template and prototype tricks in names',
    body: mutate(hostileLabels(['{{constructor.constructor("window.__pwned=true")()}}', '${window.__pwned=true}', '__proto__', '=HYPERLINK("http://evil")'])),
    expect: 'render',
    ...labelNames(['{{constructor.constructor("window.__pwned=true")()}}', '${window.__pwned=true}', '__proto__', '=HYPERLINK("http://evil")']),
  },

  // ---------------------------------------------------------------------------------------------
  ...[
    ['declaration smuggled after a colour', 'red;background:url(https://evil.example/x.png)'],
    ['expression()', 'expression(window.__pwned=true)'],
    ['url(javascript:…)', 'url(javascript:window.__pwned=true)'],
    ['style-tag breakout', '#fff;}</style><script>window.__pwned=true</script>'],
    ['rgb() with a trailing declaration', 'rgb(1,2,3);background-image:url(x)'],
    ['var() and keywords', 'var(--vscode-editor-background)'],
    ['out-of-range integers', -1],
  ].map(([what, color]): HostileCase => ({
    family: 'CSS injection in colours',
    name: String(what),
    body: mutate((j) => {
      j.callLabelCount = [
        { id: 'c1', name: 'Hostile colour', color, count: 50 },
        { id: 'c2', name: 'Good colour', color: '#00ff00', count: 40 },
      ];
    }),
    expect: 'render',
    check: (o) => {
      coloursSafe(1)(o);
      const labels = chartOf(rendered(o).model, 'callLabelCount');
      assert.deepEqual(labels.series[0]?.pointColors, [null, '#00ff00'], 'the hostile colour falls back to the palette, the good one is kept');
    },
  })),
  {
    family: 'CSS injection in colours',
    name: 'integer and text forms of 0xRRGGBB, over-long strings',
    body: mutate((j) => {
      j.callLabelCount = [
        { id: 'i1', name: 'Int', color: 0xc62828, count: 3 },
        { id: 'i2', name: 'Too big', color: 0x1000000, count: 2 },
        { id: 'i3', name: 'Long', color: `#${'a'.repeat(5000)}`, count: 1 },
      ];
    }),
    expect: 'render',
    check: (o) => {
      coloursSafe(2)(o);
      assert.deepEqual(chartOf(rendered(o).model, 'callLabelCount').series[0]?.pointColors, ['#c62828', null, null]);
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    family: 'numbers',
    name: 'numbers as numeric strings',
    body: mutate((j) => {
      const o = j.callsStatusOverview as Record<string, unknown>;
      o.totalCalls = '1234';
      o.successful = ' 600 ';
      o.unsuccessful = '2e2';
    }),
    expect: 'render',
    check: (o) => {
      const { analytics, model } = rendered(o);
      assert.equal(analytics.callsStatusOverview?.totalCalls, 1234);
      assert.equal(analytics.callsStatusOverview?.unsuccessful, 200);
      assert.equal(model.kpis.find((k) => k.id === 'totalCalls')?.value, 1234);
    },
  },
  {
    family: 'numbers',
    name: 'negative counts',
    body: mutate((j) => {
      (j.callsStatusOverview as Record<string, unknown>).totalCalls = -5;
      (j.callsSentimentOverview as Record<string, unknown>).positive = -100;
      j.callsByHourDayOfWeeks = [{ hourOfDay: 9, dayOfWeek: 1, count: -3 }, { hourOfDay: 10, dayOfWeek: 1, count: 4 }];
    }),
    expect: 'render',
    check: (o) => {
      const heat = chartOf(rendered(o).model, 'callsByHourDayOfWeeks');
      assert.equal(heat.heatmap?.max, 4, 'a negative cell is left out of the heatmap');
    },
  },
  { family: 'numbers', name: '"NaN" as a string', body: mutate((j) => void ((j.callsStatusOverview as Record<string, unknown>).totalCalls = 'NaN')), expect: 'error', check: errorAt('callsStatusOverview.totalCalls: expected a number, got "NaN"') },
  { family: 'numbers', name: '"Infinity" as a string', body: mutate((j) => void ((j.callsCostTimeLine as Record<string, unknown>[])[2].totalPrice = 'Infinity')), expect: 'error', check: errorAt('callsCostTimeLine[2].totalPrice: expected a number, got "Infinity"') },
  { family: 'numbers', name: '1e999 (parses to Infinity)', body: valid.replace(/"totalCalls":\d+/, '"totalCalls":1e999'), expect: 'error', check: errorAt('callsStatusOverview.totalCalls: expected a number, got Infinity') },
  {
    family: 'numbers',
    name: 'huge but finite numbers',
    body: mutate((j) => {
      (j.callsStatusOverview as Record<string, unknown>).totalCalls = 1e300;
      (j.callsCostTimeLine as Record<string, unknown>[])[0].totalPrice = 1e20;
      (j.callsAverageTimeLine as Record<string, unknown>[])[0].averageCallDuration = 9e15;
    }),
    expect: 'render',
    check: (o) => {
      const { model } = rendered(o);
      assert.ok(model.kpis.every((k) => k.value === null || Number.isFinite(k.value)), 'every KPI value is finite or null');
    },
  },
  {
    family: 'numbers',
    // Finite, so the schema and the model keep it; the chart's axis maths then overflows.
    name: 'a count near Number.MAX_VALUE in a chart section',
    body: mutate((j) => void ((j.callEventsCounts as Record<string, unknown>).smsSentCount = 1.7e308)),
    expect: 'render',
  },
  { family: 'numbers', name: 'hex string', body: mutate((j) => void ((j.callEventsCounts as Record<string, unknown>).smsSentCount = '0x10')), expect: 'error', check: errorAt('callEventsCounts.smsSentCount: expected a number, got "0x10"') },
  { family: 'numbers', name: 'boolean where a count belongs', body: mutate((j) => void ((j.callsSentimentOverview as Record<string, unknown>).neutral = true)), expect: 'error', check: errorAt('callsSentimentOverview.neutral: expected a number, got true') },
  { family: 'numbers', name: 'object where a count belongs', body: mutate((j) => void ((j.callsStatusOverview as Record<string, unknown>).error = { valueOf: 1 })), expect: 'error', check: errorAt('callsStatusOverview.error: expected a number, got an object') },

  // ---------------------------------------------------------------------------------------------
  {
    family: 'null everywhere',
    name: 'every section null',
    body: JSON.stringify({
      callsStatusOverview: null, callsSentimentOverview: null, callsStatusTimeLine: null, callsAverageTimeLine: null, callsCostTimeLine: null,
      callsSuccessRateTimeLine: null, callsPickupRateTimeLine: null, callLabelCount: null, callEventsCounts: null, callsByHourDayOfWeeks: null, callType: null,
    }),
    expect: 'render',
    check: (o) => {
      allKpisDash(o);
      const { model } = rendered(o);
      assert.ok(model.notes.some((n) => NOTE_NOT_PROVIDED.test(n)), JSON.stringify(model.notes));
      assert.ok(model.charts.every((c) => !c.provided));
    },
    dom: (d) => assert.ok(Object.values(d.kpis).every((k) => k.value === '—'), JSON.stringify(d.kpis)),
  },
  {
    family: 'null everywhere',
    name: 'every counter and value null',
    body: mutate((j) => {
      const nullify = (v: unknown): unknown => {
        if (Array.isArray(v)) return v.map(nullify);
        if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, ['date', 'id', 'hourOfDay', 'dayOfWeek'].includes(k) ? x : nullify(x)]));
        return null;
      };
      for (const k of Object.keys(j)) j[k] = nullify(j[k]);
    }),
    expect: 'render',
    check: (o) => {
      const { model } = rendered(o);
      for (const id of ['totalCalls', 'averageDuration', 'totalCost', 'sentiment'] as const) {
        assert.equal(model.kpis.find((k) => k.id === id)?.text, '—', `${id}`);
      }
    },
  },
  { family: 'null everywhere', name: 'the body is null', body: 'null', expect: 'error', check: errorAt('(response): expected an object, got null') },
  { family: 'null everywhere', name: 'a label id null', body: mutate((j) => void (j.callLabelCount[0].id = null)), expect: 'error', check: errorAt('callLabelCount[0].id: expected text, got null') },
  { family: 'null everywhere', name: 'a bucket date null', body: mutate((j) => void ((j.callsAverageTimeLine as Record<string, unknown>[])[4].date = null)), expect: 'error', check: errorAt('callsAverageTimeLine[4].date: expected a date, got null') },
  { family: 'null everywhere', name: 'a heatmap hour null', body: mutate((j) => void ((j.callsByHourDayOfWeeks as Record<string, unknown>[])[0].hourOfDay = null)), expect: 'error', check: errorAt('callsByHourDayOfWeeks[0].hourOfDay: expected a number, got nothing') },

  // ---------------------------------------------------------------------------------------------
  {
    family: 'missing sections',
    name: 'an empty object',
    body: '{}',
    expect: 'render',
    check: allKpisDash,
    dom: (d) => assert.ok(Object.values(d.kpis).every((k) => k.value === '—'), JSON.stringify(d.kpis)),
  },
  {
    family: 'missing sections',
    name: 'only the status overview',
    body: mutate((j) => {
      for (const k of Object.keys(j)) if (k !== 'callsStatusOverview') delete j[k];
    }),
    expect: 'render',
    check: (o) => {
      const { model } = rendered(o);
      assert.notEqual(model.kpis.find((k) => k.id === 'totalCalls')?.text, '—');
      assert.equal(model.kpis.find((k) => k.id === 'totalCost')?.text, '—');
      assert.ok(model.notes.some((n) => NOTE_NOT_PROVIDED.test(n) && n.includes('callsCostTimeLine')), JSON.stringify(model.notes));
    },
  },
  {
    family: 'missing sections',
    name: 'no status overview, timelines present',
    body: mutate((j) => void delete j.callsStatusOverview),
    expect: 'render',
    check: (o) => assert.equal(chartOf(rendered(o).model, 'callsStatusOverview').provided, false),
  },
  {
    family: 'missing sections',
    name: 'fields missing inside buckets and counters',
    body: mutate((j) => {
      for (const b of j.callsAverageTimeLine as Record<string, unknown>[]) delete b.averageCallDuration;
      delete (j.callsStatusOverview as Record<string, unknown>).successful;
      delete j.callLabelCount[0].count;
    }),
    expect: 'render',
    check: (o) => {
      const { model } = rendered(o);
      assert.equal(model.kpis.find((k) => k.id === 'averageDuration')?.text, '—');
      assert.ok(model.notes.some((n) => n.includes('callsStatusOverview.successful')), JSON.stringify(model.notes));
    },
  },

  // ---------------------------------------------------------------------------------------------
  {
    family: 'extra unknown fields',
    name: 'unknown fields at every level',
    body: mutate((j) => {
      j.newSection = { a: [1, 2, { b: 'c' }] };
      (j.callsStatusOverview as Record<string, unknown>).futureCounter = 99;
      (j.callsStatusTimeLine as Record<string, unknown>[])[0].extra = PWN.script;
      j.callLabelCount[0].emoji = '🎉';
    }),
    expect: 'render',
    check: (o) => {
      const { analytics } = rendered(o);
      assert.equal('newSection' in analytics, false, 'unknown sections are dropped');
      assert.equal('futureCounter' in (analytics.callsStatusOverview ?? {}), false);
    },
  },
  {
    family: 'extra unknown fields',
    name: '__proto__, constructor and prototype keys',
    body: valid.replace(
      '{"callsStatusOverview":{',
      '{"__proto__":{"polluted":true,"totalCalls":1},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true},"callsStatusOverview":{"__proto__":{"polluted":true},',
    ),
    expect: 'render',
    check: (o) => {
      rendered(o);
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype is not polluted');
    },
  },
  {
    family: 'extra unknown fields',
    name: 'callType of an outbound campaign and a version field',
    body: mutate((j) => {
      j.callType = 2;
      j.apiVersion = 'v9';
    }),
    expect: 'render',
  },

  // ---------------------------------------------------------------------------------------------
  {
    family: 'empty arrays',
    name: 'every list empty, overview present',
    body: mutate((j) => {
      for (const k of ['callsStatusTimeLine', 'callsAverageTimeLine', 'callsCostTimeLine', 'callsSuccessRateTimeLine', 'callLabelCount', 'callsByHourDayOfWeeks']) j[k] = [];
    }),
    expect: 'render',
    check: (o) => {
      const { model } = rendered(o);
      assert.ok(chartOf(model, 'callLabelCount').empty);
      assert.ok(chartOf(model, 'callsByHourDayOfWeeks').empty);
    },
  },
  {
    family: 'empty arrays',
    name: 'zero calls: the empty state',
    body: JSON.stringify({
      callsStatusOverview: { totalCalls: 0, successful: 0, unsuccessful: 0, completed: 0 },
      callsStatusTimeLine: [], callsAverageTimeLine: [], callsCostTimeLine: [], callsSuccessRateTimeLine: [], callLabelCount: [], callsByHourDayOfWeeks: [],
    }),
    expect: 'render',
    check: (o) => assert.equal(rendered(o).model.empty, true),
    dom: (d) => assert.equal(d.state, 'empty'),
  },

  // ---------------------------------------------------------------------------------------------
  {
    family: 'dates',
    name: 'buckets in reverse order',
    body: mutate((j) => {
      for (const k of ['callsStatusTimeLine', 'callsAverageTimeLine', 'callsCostTimeLine', 'callsSuccessRateTimeLine']) (j[k] as unknown[]).reverse();
    }),
    expect: 'render',
    check: (o) => {
      const times = chartOf(rendered(o).model, 'callsAverageTimeLine').times ?? [];
      assert.ok(times.length > 1);
      for (let i = 1; i < times.length; i++) assert.ok(times[i - 1] <= times[i], 'drawn oldest first');
    },
  },
  {
    family: 'dates',
    name: 'duplicate dates',
    body: mutate((j) => {
      const t = j.callsCostTimeLine as unknown[];
      t.push(...t.slice(0, 5));
      const s = j.callsStatusTimeLine as unknown[];
      s.push(s[0], s[0]);
    }),
    expect: 'render',
  },
  {
    family: 'dates',
    name: 'date-only, offset and RFC 1123 dates',
    body: mutate((j) => {
      const t = j.callsAverageTimeLine as Record<string, unknown>[];
      t[0].date = '2026-03-01';
      t[1].date = '2026-03-02T00:00:00+02:00';
      t[2].date = 'Tue, 03 Mar 2026 00:00:00 GMT';
    }),
    expect: 'render',
  },
  { family: 'dates', name: 'not a date', body: mutate((j) => void ((j.callsStatusTimeLine as Record<string, unknown>[])[3].date = 'yesterday-ish')), expect: 'error', check: errorAt('callsStatusTimeLine[3].date: expected a date, got "yesterday-ish"') },
  { family: 'dates', name: 'epoch number as a date', body: mutate((j) => void ((j.callsCostTimeLine as Record<string, unknown>[])[0].date = 1772323200000)), expect: 'error', check: errorAt('callsCostTimeLine[0].date: expected a date, got 1772323200000') },
  { family: 'dates', name: 'a year beyond what Date holds', body: mutate((j) => void ((j.callsSuccessRateTimeLine as Record<string, unknown>[])[1].date = '+275761-01-01T00:00:00Z')), expect: 'error', check: errorAt('callsSuccessRateTimeLine[1].date: expected a date') },
  {
    family: 'dates',
    // V8's Date.parse rolls Feb 30 over to Mar 2; the schema checks the calendar so it is not drawn on the wrong day.
    name: 'February 30th (an impossible calendar day)',
    body: mutate((j) => void ((j.callsAverageTimeLine as Record<string, unknown>[])[1].date = '2026-02-30T00:00:00Z')),
    expect: 'error',
    check: errorAt('callsAverageTimeLine[1].date: expected a date, got "2026-02-30T00:00:00Z"'),
  },

  // ---------------------------------------------------------------------------------------------
  {
    family: 'weekdays and hours',
    name: '1-based weekdays (a 7 is present)',
    body: mutate((j) => {
      j.callsByHourDayOfWeeks = [{ hourOfDay: 9, dayOfWeek: 7, count: 5 }, { hourOfDay: 10, dayOfWeek: 1, count: 3 }];
    }),
    expect: 'render',
    check: (o) => {
      const heat = chartOf(rendered(o).model, 'callsByHourDayOfWeeks');
      assert.equal(heat.heatmap?.counts[6]?.[9], 5, 'day 7 is Saturday');
      assert.equal(heat.heatmap?.counts[0]?.[10], 3, 'day 1 is Sunday');
      assert.ok(heat.notes.some((n) => n.includes('1 = Sunday')));
    },
  },
  {
    family: 'weekdays and hours',
    name: 'out-of-range weekdays and hours are left out with a note',
    body: mutate((j) => {
      j.callsByHourDayOfWeeks = [
        { hourOfDay: 25, dayOfWeek: 2, count: 9 }, { hourOfDay: -1, dayOfWeek: 2, count: 9 }, { hourOfDay: 8, dayOfWeek: 9, count: 9 },
        { hourOfDay: 8, dayOfWeek: -3, count: 9 }, { hourOfDay: 7.5, dayOfWeek: 2, count: 9 }, { hourOfDay: 8, dayOfWeek: 2, count: 4 },
      ];
    }),
    expect: 'render',
    check: (o) => {
      const heat = chartOf(rendered(o).model, 'callsByHourDayOfWeeks');
      assert.equal(heat.heatmap?.max, 4);
      assert.ok(heat.notes.some((n) => n.startsWith('5 entries')), JSON.stringify(heat.notes));
    },
  },
  { family: 'weekdays and hours', name: 'hours as numeric strings', body: mutate((j) => void (j.callsByHourDayOfWeeks = [{ hourOfDay: '9', dayOfWeek: '2', count: '6' }])), expect: 'render', check: (o) => assert.equal(chartOf(rendered(o).model, 'callsByHourDayOfWeeks').heatmap?.counts[2]?.[9], 6) },
  { family: 'weekdays and hours', name: 'a weekday as a name', body: mutate((j) => void (j.callsByHourDayOfWeeks = [{ hourOfDay: 9, dayOfWeek: 'Monday', count: 6 }])), expect: 'error', check: errorAt('callsByHourDayOfWeeks[0].dayOfWeek: expected a number, got "Monday"') },

  // ---------------------------------------------------------------------------------------------
  {
    family: 'volume',
    name: '10 000 labels',
    body: mutate((j) => {
      j.callLabelCount = Array.from({ length: 10_000 }, (_, i) => ({ id: `l${i}`, name: i % 97 === 0 ? `${PWN.img} #${i}` : `Label ${i}`, color: i % 3 === 0 ? 'url(x)' : '#123456', count: 10_000 - i }));
    }),
    expect: 'render',
    check: (o) => {
      const labels = chartOf(rendered(o).model, 'callLabelCount');
      assert.equal(labels.categories[0], `${PWN.img} #0`);
      assert.ok(labels.categories.length > 0);
    },
  },
  {
    family: 'volume',
    name: 'a 5 MB response (an unknown field of junk)',
    body: mutate((j) => void (j.junk = 'x'.repeat(5 * 1024 * 1024))),
    expect: 'render',
    check: (o) => assert.ok(rendered(o).model.kpis.length > 0),
  },
  {
    family: 'volume',
    name: 'a 5 MB response (40 000 heatmap cells)',
    body: mutate((j) => void (j.callsByHourDayOfWeeks = Array.from({ length: 40_000 }, (_, i) => ({ hourOfDay: i % 24, dayOfWeek: i % 7, count: 1, pad: 'p'.repeat(90) })))),
    expect: 'render',
    check: (o) => assert.equal(chartOf(rendered(o).model, 'callsByHourDayOfWeeks').heatmap?.counts.flat().reduce((a, b) => a + b, 0), 40_000),
  },
  {
    family: 'volume',
    name: 'a 100 000-character label name',
    body: mutate(hostileLabels([`${PWN.script}${'n'.repeat(100_000)}`])),
    expect: 'render',
  },

  // ---------------------------------------------------------------------------------------------
  { family: 'deep nesting', name: '5 000 nested arrays in an unknown field', body: valid.replace(/}$/, `,"junk":${hugeArray(5000)}}`), expect: 'render' },
  { family: 'deep nesting', name: 'nested junk where a section belongs', body: mutate((j) => void (j.callsStatusOverview = [[[[[[{ totalCalls: 1 }]]]]]])), expect: 'error', check: errorAt('callsStatusOverview: expected an object, got an array') },
  { family: 'deep nesting', name: 'nested objects where a count belongs', body: mutate((j) => void ((j.callsStatusOverview as Record<string, unknown>).totalCalls = { a: { b: { c: { d: 1 } } } })), expect: 'error', check: errorAt('callsStatusOverview.totalCalls: expected a number, got an object') },
  { family: 'deep nesting', name: '200 000 nested arrays (beyond the parser\'s depth)', body: hugeArray(200_000), expect: 'error' },

  // ---------------------------------------------------------------------------------------------
  { family: 'wrong top-level type', name: 'a JSON array', body: `[${valid}]`, expect: 'error', check: errorAt('(response): expected an object, got an array') },
  { family: 'wrong top-level type', name: 'a JSON string', body: JSON.stringify(valid), expect: 'error', check: errorAt(/\(response\): expected an object, got "/) },
  { family: 'wrong top-level type', name: 'a number', body: '42', expect: 'error', check: errorAt('(response): expected an object, got 42') },
  { family: 'wrong top-level type', name: 'a list where an object belongs', body: mutate((j) => void (j.callEventsCounts = [1, 2, 3])), expect: 'error', check: errorAt('callEventsCounts: expected an object, got an array') },
  { family: 'wrong top-level type', name: 'an object where a list belongs', body: mutate((j) => void (j.callLabelCount = { 0: { id: 'a', count: 1 } } as unknown as Record<string, unknown>[])), expect: 'error', check: errorAt('callLabelCount: expected a list, got an object') },
  { family: 'wrong top-level type', name: 'a string where a list belongs', body: mutate((j) => void (j.callsStatusTimeLine = PWN.script)), expect: 'error', check: errorAt('callsStatusTimeLine: expected a list, got "<script>') },

  // ---------------------------------------------------------------------------------------------
  { family: 'encoding', name: 'UTF-8 BOM before the JSON', body: `\ufeff${valid}`, expect: 'render' },
  {
    family: 'encoding',
    name: 'invalid UTF-8 bytes inside a label name',
    body: 'Bad \ufffd\ufffd\ufffd bytes',
    bytes: invalidUtf8Name,
    expect: 'render',
    check: (o) => assert.ok(chartOf(rendered(o).model, 'callLabelCount').categories.some((c) => c.startsWith('Bad \ufffd')), 'shown with replacement characters'),
  },
  {
    family: 'encoding',
    name: 'lone surrogates, NUL, bidi override and zero-width characters',
    body: mutate(hostileLabels(['\ud800broken', 'nul\u0000char', '\u202egnp.exe', 'zero\u200bwidth'])),
    expect: 'render',
    check: (o) => assert.equal(chartOf(rendered(o).model, 'callLabelCount').categories.length, 4),
  },
  { family: 'encoding', name: 'UTF-16 LE with its BOM', body: valid, bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid, 'utf16le')]), expect: 'error', check: errorAt(/not JSON/) },
  { family: 'encoding', name: 'an empty body', body: '', expect: 'error', check: errorAt(/empty response/) },
  { family: 'encoding', name: 'whitespace and a BOM only', body: '\ufeff  \n', expect: 'error', check: errorAt(/empty response/) },
];

/** Families in table order, with their case counts. */
export function families(cases: readonly HostileCase[] = HOSTILE_CASES): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of cases) out.set(c.family, (out.get(c.family) ?? 0) + 1);
  return out;
}
