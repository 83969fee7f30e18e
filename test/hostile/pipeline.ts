/**
 * One hostile case through the real chain: the fake API serves the raw body over HTTP (or, for
 * byte-level cases, a fetch hands the bytes to the client) → client (JSON parse, zod) → view model.
 */
import assert from 'node:assert/strict';
import { createClient } from '../../src/api/client';
import { NLPearlError } from '../../src/api/errors';
import { previousPeriod } from '../../src/api/range';
import { analyticsSchema } from '../../src/api/schemas';
import type { FetchLike } from '../../src/api/types';
import { buildDashboardModel } from '../../src/analytics/model';
import { demoAnalyticsJson } from '../../src/demo/data';
import type { FakeApi } from '../fake-api/server';
import { HOSTILE_CAMPAIGN, HOSTILE_RANGE, type HostileCase, type HostileOutcome } from './cases';

/** The previous period as the API would normally send it, so deltas are computed too. */
const previous = analyticsSchema.parse(demoAnalyticsJson(HOSTILE_CAMPAIGN, previousPeriod(HOSTILE_RANGE), 'v1'));

export async function runHostileCase(fake: FakeApi, c: HostileCase, log: (line: string) => void = () => undefined): Promise<HostileOutcome> {
  let fetchFn: FetchLike = (input, init) => fetch(input, init);
  if (c.bytes) {
    const bytes = c.bytes;
    fetchFn = async () => new Response(Buffer.from(bytes), { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
  } else {
    fake.inject({ rawBody: c.body, match: '/Analytics' });
  }
  const client = createClient({ fetch: fetchFn, baseUrl: fake.url, apiVersion: 'v1', token: () => fake.token, log, maxTries: 1 });
  let result;
  try {
    result = await client.getInboundAnalytics(HOSTILE_CAMPAIGN, HOSTILE_RANGE);
  } catch (error) {
    if (error instanceof NLPearlError) return { kind: 'error', error };
    throw error;
  } finally {
    fake.clearFaults();
  }
  // The view model must never throw: a throw here is a crash of the panel, reported as such.
  const model = buildDashboardModel({ current: result.analytics, previous });
  return { kind: 'render', analytics: result.analytics, model };
}

/** Every number in the model is finite (JSON would turn NaN/Infinity into null silently). */
export function assertFiniteNumbers(value: unknown, path = 'model', depth = 0): void {
  assert.ok(depth < 20, `${path} is nested too deep`);
  if (typeof value === 'number') {
    assert.ok(Number.isFinite(value), `${path} is ${value}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => assertFiniteNumbers(v, `${path}[${i}]`, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) assertFiniteNumbers(v, `${path}.${k}`, depth + 1);
  }
}

/** Per-family tallies for the summary lines the lead quotes. */
export class Tally {
  private readonly rows = new Map<string, { cases: number; handled: number }>();

  add(family: string, handled: boolean): void {
    const row = this.rows.get(family) ?? { cases: 0, handled: 0 };
    row.cases++;
    if (handled) row.handled++;
    this.rows.set(family, row);
  }

  lines(prefix: string): string[] {
    let cases = 0;
    let handled = 0;
    const out: string[] = [];
    for (const [family, row] of this.rows) {
      cases += row.cases;
      handled += row.handled;
      out.push(`${prefix} ${family}: ${row.cases} cases, ${row.handled} handled`);
    }
    out.push(`${prefix} TOTAL: ${this.rows.size} families, ${cases} cases, ${handled} handled`);
    return out;
  }
}
