// A 10 000-call search answer on the host: parse + validate (the client's call-list validator, zod behind it)
// + the table rows the webview gets (src/calls/rows.ts) ÷ bare JSON.parse of the same text, interleaved.
// A real panel asks for pages of 50; this is the whole list at once, the worst a server could send.
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO } from '../lib/paths.mjs';
import { interleaved } from './stats.mjs';

const require = createRequire(import.meta.url);
const out = (file) => require(path.join(REPO, 'out', file));

const CALLS = 10_000;

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
  const full = async () => {
    const page = await parse(JSON.parse(text));
    // One formatter per page, as the panel builds it (src/calls/panel.ts): the row cache of start times
    // hangs on the formatter, so a formatter kept across runs would measure a warm cache the panel never has.
    const dates = new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'medium' });
    for (const call of page.results ?? []) sink += callRow(call, l10n, dates, labels).id.length;
  };
  const bare = () => {
    sink += JSON.parse(text).results.length;
  };
  const timing = await interleaved(full, bare, { runs, warmup: 3 });
  return { ...timing, bytes: text.length, calls: CALLS, sink };
}

/** The bench row (issue 17): host parse + model of 10 000 calls ≤ 1.5 × JSON.parse. */
export async function callsParseRows({ quick, row, ms, kb, times }) {
  const r = await measureCallsParse({ runs: quick ? 10 : 30 });
  return [
    row(
      'parse + validate 10 000 calls and build their table rows ÷ bare `JSON.parse` of the same text',
      times(r.ratio),
      '≤ 1.5×',
      r.ratio <= 1.5,
      `${ms(r.a)} vs ${ms(r.b)} for ${kb(r.bytes)}, median of ${r.samples}`,
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measureCallsParse({ runs: 10 });
  console.log(JSON.stringify({ ...r, sink: undefined }));
}
