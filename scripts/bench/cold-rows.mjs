// Rows from the code-server rounds (bench/vscode.mjs + host-probe.js): the cold and warm dashboard open against
// the floor (an empty webview with the same CSP, bench/probe-floor.js), and Show Calls to its first page drawn.
// Each workbench is cold once: even rounds spend it on the floor, odd rounds on the dashboard.
import { median } from './stats.mjs';

export function coldOpenRows(vs, { row, ms, times }) {
  const rows = [];
  const oursCold = median(vs.filter((r) => !r.floorFirst).map((r) => r.paints[0]));
  const floorCold = median(vs.filter((r) => r.floorFirst).map((r) => r.floorCold));
  const workbenches = (first) => vs.filter((r) => r.floorFirst === first).length;
  if (Number.isFinite(oursCold) && Number.isFinite(floorCold)) {
    rows.push(
      row(
        'first dashboard after start-up (cold) − floor (an empty webview with the same CSP, cold), code-server',
        ms(oursCold - floorCold),
        '≤ 300 ms',
        oursCold - floorCold <= 300,
        `ours ${ms(oursCold)} (median of ${workbenches(false)} fresh workbenches) vs floor ${ms(floorCold)} (median of ${workbenches(true)}): ${times(oursCold / floorCold)} the floor`,
      ),
    );
  }
  const warm = median(vs.flatMap((r) => r.paints.slice(1)));
  const floorWarm = median(vs.flatMap((r) => r.floorWarm ?? []));
  rows.push(
    row(
      'dashboard open, warm (command → the webview reports its first complete render; not the first of the workbench)',
      ms(warm),
      '≤ 400 ms',
      warm <= 400,
      `median of ${vs.flatMap((r) => r.paints.slice(1)).length} opens with an empty data cache; warm floor ${ms(floorWarm)}, so ours − floor ${ms(warm - floorWarm)}`,
    ),
  );
  const callsPaints = vs.flatMap((r) => r.callsPaint?.paints.slice(1) ?? []);
  if (callsPaints.length) {
    const painted = median(callsPaints);
    const first = median(vs.map((r) => r.callsPaint.paints[0]));
    rows.push(
      row(
        '`Show Calls` → first page of calls drawn in the Calls panel (code-server, fake API on loopback)',
        ms(painted),
        '≤ 1 s',
        painted <= 1000,
        `median of ${callsPaints.length} opens; the first of each workbench (dist/calls.js and the Calls webview loaded for the first time) ${ms(first)}; ${vs[0].callsPaint.rows} rows on the first page`,
      ),
    );
    const searches = Math.max(...vs.map((r) => r.callsPaint.searches));
    rows.push(row('`Show Calls`: search requests until the first page is drawn', `${searches}`, '1 request', searches === 1));
  }
  return rows;
}
