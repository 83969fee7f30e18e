// Small numeric helpers shared by the benchmark parts.
import { performance } from 'node:perf_hooks';

export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall time of one synchronous call, in ms. */
export function timeSync(fn) {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

export async function timeAsync(fn) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** `a` and `b` measured alternately `runs` times (after `warmup` untimed rounds): the noise hits both alike. */
export async function interleaved(a, b, { runs, warmup = 2 }) {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const as = [];
  const bs = [];
  const ratios = [];
  for (let i = 0; i < runs; i++) {
    as.push(await timeAsync(a));
    bs.push(await timeAsync(b));
    ratios.push(as[i] / bs[i]);
  }
  // The median of pairwise ratios: a slow spell affects the two halves of a pair alike.
  return { a: median(as), b: median(bs), ratio: median(ratios), samples: runs };
}
