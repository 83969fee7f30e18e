// Webview render of a 365-day dataset ÷ a 30-day one: dist/webview.js in headless Chromium through the
// dashboard's webview harness (test/e2e/webview-harness), timed by the webview's own `rendered` report
// (data message received → charts painted). Each sample is a freshly loaded page: a first render.
import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO } from '../lib/paths.mjs';
import { median } from './stats.mjs';

const require = createRequire(import.meta.url);
const out = (file) => require(path.join(REPO, 'out', file));

const DAY_MS = 24 * 60 * 60 * 1000;

function rangeOfDays(days) {
  const end = Date.parse('2026-01-01T00:00:00.000Z');
  return { from: new Date(end - days * DAY_MS).toISOString(), to: new Date(end - 1).toISOString() };
}

async function renderOnce(session, harness, model, range) {
  await harness.loadPage(session);
  await harness.loadModel(session.page, model, { requestId: 1, init: harness.initMessage({ range }) });
  const posted = await harness.posted(session.page);
  const report = posted.find((m) => m.type === 'rendered' && m.requestId === 1);
  if (!report || typeof report.ms !== 'number') throw new Error('the webview did not report its render');
  return { ms: report.ms, steps: steps(report.phases ?? {}) };
}

/** The render's own steps from the webview's phases: where a bigger dataset's extra time goes. */
const STEPS = [
  ['cards', 'data', 'dom'],
  ['chartsInView', 'dom', 'chartsInView'],
  ['frames', 'chartsInView', 'rendered'],
];

function steps(phases) {
  const out = {};
  for (const [name, from, to] of STEPS) {
    if (typeof phases[from] === 'number' && typeof phases[to] === 'number') out[name] = phases[to] - phases[from];
  }
  return out;
}

function medianSteps(samples) {
  const out = {};
  for (const [name] of STEPS) {
    const values = samples.map((s) => s.steps[name]).filter((v) => typeof v === 'number');
    if (values.length > 0) out[name] = median(values);
  }
  return out;
}

export async function measureWebview({ runs = 7 } = {}) {
  const harness = out('test/e2e/webview-harness/harness.js');
  const { demoModel } = out('test/e2e/webview-harness/demoModel.js');
  const year = rangeOfDays(365);
  const month = rangeOfDays(30);
  const models = { year: demoModel(year), month: demoModel(month) };
  const session = await harness.openHarness();
  try {
    await renderOnce(session, harness, models.month, month);
    await renderOnce(session, harness, models.year, year);
    const years = [];
    const months = [];
    const ratios = [];
    for (let i = 0; i < runs; i++) {
      years.push(await renderOnce(session, harness, models.year, year));
      months.push(await renderOnce(session, harness, models.month, month));
      ratios.push(years[i].ms / months[i].ms);
    }
    return {
      a: median(years.map((r) => r.ms)),
      b: median(months.map((r) => r.ms)),
      ratio: median(ratios),
      samples: runs,
      // Medians per step (data → cards in the page → charts in view drawn → two frames), 365 days and 30 days.
      steps: { a: medianSteps(years), b: medianSteps(months) },
    };
  } finally {
    await session.close();
  }
}
