/**
 * "Equal up to floating point and order": two analytics results compared after sorting the
 * parts whose order carries no meaning (labels, heatmap cells), numbers within 1e-9 relative.
 */
import assert from 'node:assert/strict';
import type { InboundAnalytics } from '../../src/api/schemas';

const RELATIVE = 1e-9;

export function canonical(value: InboundAnalytics): InboundAnalytics {
  return {
    ...value,
    callLabelCount: value.callLabelCount && [...value.callLabelCount].sort((a, b) => a.id.localeCompare(b.id)),
    callsByHourDayOfWeeks:
      value.callsByHourDayOfWeeks &&
      [...value.callsByHourDayOfWeeks].sort((a, b) => a.dayOfWeek - b.dayOfWeek || a.hourOfDay - b.hourOfDay),
  };
}

/** Deep equality where numbers may differ by 1e-9 relative (weighted means are not bit-exact). */
export function assertAnalyticsClose(actual: InboundAnalytics, expected: InboundAnalytics): void {
  compare(canonical(actual), canonical(expected), '(analytics)');
}

function compare(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), Math.abs(actual), 1e-12);
    assert.ok(Math.abs(actual - expected) <= RELATIVE * scale, `${path}: ${actual} ≠ ${expected}`);
    return;
  }
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path}: expected a list`);
    assert.equal(actual.length, expected.length, `${path}: length ${actual.length} ≠ ${expected.length}`);
    expected.forEach((item, i) => compare(actual[i], item, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object' && !Array.isArray(actual), `${path}: expected an object`);
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    assert.deepEqual(Object.keys(a).sort(), Object.keys(e).sort(), `${path}: different fields`);
    for (const key of Object.keys(e)) compare(a[key], e[key], `${path}.${key}`);
    return;
  }
  assert.equal(actual, expected, path);
}
