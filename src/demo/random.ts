/**
 * Seeded randomness for the demo data. Every number the demo shows comes from here, keyed by
 * (campaign, hour), so the same question always gets the same answer and no Math.random is used.
 */

/** FNV-1a, 32 bit: a stable seed from a campaign id. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Combines two 32-bit values into a well-spread seed (murmur3's finaliser). */
export function mixSeed(a: number, b: number): number {
  let h = (a ^ Math.imul(b | 0, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for plausible-looking demo numbers. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson draw by inversion; the demo's hourly means stay small, and the loop is bounded anyway. */
export function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  const limit = Math.exp(-mean);
  let product = rng();
  let count = 0;
  while (product > limit && count < 1000) {
    product *= rng();
    count++;
  }
  return count;
}

/** Index drawn with probability proportional to its weight. */
export function pickWeighted(rng: Rng, weights: readonly number[], total: number): number {
  let roll = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return i;
  }
  return weights.length - 1;
}

/** A 24-hex id that looks like a MongoDB ObjectId, derived from a name. */
export function objectIdFrom(name: string): string {
  let out = '';
  let seed = hashString(name);
  for (let i = 0; i < 3; i++) {
    seed = mixSeed(seed, i + 1);
    out += seed.toString(16).padStart(8, '0');
  }
  return out;
}
