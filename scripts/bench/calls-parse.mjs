// A 10 000-call search answer on the host: parse + validate (the client's call-list validator, zod behind it)
// ÷ bare JSON.parse of the same text, interleaved; then the table rows the webview gets (src/calls/rows.ts),
// per page of 50 as the panel builds them, and for the whole list at once (the worst a server could send).
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO } from '../lib/paths.mjs';
import { performance } from 'node:perf_hooks';
import { interleaved, median } from './stats.mjs';

const require = createRequire(import.meta.url);
const out = (file) => require(path.join(REPO, 'out', file));

const CALLS = 10_000;
const PAGE = 50;

/** What the API would send for 10 000 calls of the first demo campaign, hour after hour from 2026-01-01. */
export function tenThousandCallsText() {
  const { DEMO_CAMPAIGNS } = out('src/demo/data.js');
  const { demoCallsOfHour } = out('src/demo/calls.js');
  const { demoCallSummaryJson } = out('src/demo/callDetail.js');
  const campaign = DEMO_CAMPAIGNS[0];
  const results = [];
  for (let hour = Date.parse('2026-01-01T00:00:00.000Z') / 3_600_000; results.length < CALLS; hour++) {
    for (const call of demoCallsOfHour(campaign, hour)) if (results.length < CALLS) results.push(demoCallSummaryJson(call));
  }
  return JSON.stringify({ count: CALLS, results });
}

export async function measureCallsParse({ runs = 30 } = {}) {
  const { loadParsers } = out('src/api/validator.js');
  const { validator } = out('src/api/validator.js');
  const { callRow } = out('src/calls/rows.js');
  await loadParsers();
  const parse = validator((p) => p.callSearchParser, 'the call list');
  const l10n = { t: (message) => message };
  const labels = new Map();
  const text = tenThousandCallsText();
  let sink = 0;
  // One formatter per page, as the panel builds it (src/calls/panel.ts): the row cache of start times
  // hangs on the formatter, so a formatter kept across runs would measure a warm cache the panel never has.
  const rowsOf = (calls) => {
    const dates = new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'medium' });
    for (const call of calls) sink += callRow(call, l10n, dates, labels).id.length;
  };
  const bare = () => {
    sink += JSON.parse(text).results.length;
  };
  // The parsed, validated call summaries the client hands the panel (the panel keeps only the rows it posts).
  const model = await interleaved(async () => {
    sink += ((await parse(JSON.parse(text))).results ?? []).length;
  }, bare, { runs, warmup: 3 });
  // The whole list turned into table rows at once: the panel sends pages of 50, except for a heatmap cell, whose
  // calls (a subset of at most 5 000 read) become rows in one go — so this is past the panel's worst case.
  const all = await interleaved(async () => rowsOf((await parse(JSON.parse(text))).results ?? []), bare, { runs, warmup: 3 });
  // The rows the panel builds per page: 50 calls, a new formatter, as each page that arrives.
  const calls = (await parse(JSON.parse(text))).results ?? [];
  const pages = [];
  for (let run = 0; run < runs * 4; run++) {
    const skip = (run * PAGE) % (calls.length - PAGE);
    const slice = calls.slice(skip, skip + PAGE);
    const started = performance.now();
    rowsOf(slice);
    pages.push(performance.now() - started);
  }
  return { model, all, pageMs: median(pages), pageSamples: pages.length, bytes: text.length, calls: CALLS, sink };
}

/**
 * The bench rows (issue 17): host parse + model of 10 000 calls ≤ 1.5 × JSON.parse; the table rows of one
 * page (what the panel builds as a page arrives) well inside a frame; the whole list as rows at once, for the record.
 */
export async function callsParseRows({ quick, row, ms, kb, times }) {
  const r = await measureCallsParse({ runs: quick ? 10 : 30 });
  return [
    row(
      'parse + validate 10 000 calls (the call summaries the client hands the panel) ÷ bare `JSON.parse` of the same text',
      times(r.model.ratio),
      '≤ 1.5×',
      r.model.ratio <= 1.5,
      `${ms(r.model.a)} vs ${ms(r.model.b)} for ${kb(r.bytes)}, median of ${r.model.samples}`,
    ),
    row(
      'table rows of one page of 50 calls (start time in the user\'s zone, duration, outcome, tags; a new formatter per page)',
      ms(r.pageMs),
      '≤ 2 ms (an eighth of a frame)',
      r.pageMs <= 2,
      `median of ${r.pageSamples} pages`,
    ),
    row(
      'the same 10 000 calls parsed, validated and all turned into rows at once ÷ bare `JSON.parse` (past the panel\'s worst case: a heatmap cell\'s calls, at most 5 000 read)',
      times(r.all.ratio),
      '–',
      undefined,
      `${ms(r.all.a)} vs ${ms(r.all.b)}, median of ${r.all.samples}`,
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureCallsParse({ runs: 10 });
  console.log(JSON.stringify({ ...r, sink: undefined }));
}
