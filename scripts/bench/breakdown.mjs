// Where a dashboard open's time goes (bench/host-probe.js → each open's host marks and the webview's phases): the
// cold open (the first webview of a fresh workbench, odd rounds) and the warm ones, as medians per step. Host steps
// are on the extension host's clock from the command; webview steps on the webview's clock from its page's start —
// the two clocks are not compared, only the steps within each.
import { median } from './stats.mjs';

const HOST_STEPS = [
  ['command → panel created (dashboard code loaded, createWebviewPanel)', null, 'created'],
  ['panel created → the webview says ready (VS Code sets up the webview and delivers our page, which says ready before its script downloads)', 'created', 'ready'],
  ['panel created → analytics fetched (fake API on loopback, cache empty; in parallel with the webview)', 'created', 'fetched'],
  ['ready and fetched → data posted (its view model is built when the data arrives, so mostly after fetched)', ['ready', 'fetched'], 'dataPosted'],
  ['data posted → the render reported (transit both ways, the rest of the script\'s download, webview render, two frames)', 'dataPosted', 'rendered'],
];

const WEBVIEW_STEPS = [
  ['page start → HTML delivered (VS Code’s webview iframe and service worker)', null, 'html'],
  ['HTML → dist/webview.js downloaded', 'html', 'scriptLoaded'],
  ['downloaded → bundle starts (parse, compile)', 'scriptLoaded', 'scriptStart'],
  ['Chart.js and UI components evaluated, custom elements defined', 'scriptStart', 'modulesReady'],
  ['data → KPI and chart cards in the page', 'data', 'dom'],
  ['first frame painted, then the charts in view drawn by Chart.js', 'dom', 'chartsInView'],
  ['two frames painted (what `ms` reports ends here)', 'chartsInView', 'rendered'],
  ['page start → fonts ready', null, 'fonts'],
];

function step(marks, from, to) {
  const end = marks[to];
  // A step that waits for two things starts at the later one.
  const start = from === null ? 0 : Array.isArray(from) ? Math.max(...from.map((f) => marks[f])) : marks[from];
  return Number.isFinite(end) && Number.isFinite(start) ? end - start : NaN;
}

function medians(opens, steps, side) {
  return steps.map(([label, from, to]) => [label, median(opens.map((o) => step(o[side] ?? {}, from, to)))]);
}

/** Markdown table lines: step | cold | warm (medians), host first, then the webview. */
export function breakdownTable(vs) {
  const cold = vs.filter((r) => !r.floorFirst).map((r) => r.breakdowns?.[0]).filter(Boolean);
  const warm = vs.flatMap((r) => r.breakdowns?.slice(1) ?? []);
  if (cold.length + warm.length === 0) return [];
  const f = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '–');
  const lines = [`| step (medians; cold: ${cold.length} fresh workbenches, warm: ${warm.length} opens) | cold | warm |`, '|---|---|---|'];
  for (const [side, steps] of [['host', HOST_STEPS], ['webview', WEBVIEW_STEPS]]) {
    const c = medians(cold, steps, side);
    const w = medians(warm, steps, side);
    c.forEach(([label, value], i) => lines.push(`| ${side}: ${label} | ${f(value)} | ${f(w[i][1])} |`));
  }
  return lines;
}
