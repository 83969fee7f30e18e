import assert from 'node:assert/strict';
import { splitRange } from '../../src/api/range';
import { customRange, partsFor } from '../../webview/rangeInput';

const now = new Date(2026, 5, 15, 12, 0, 0);

describe('dashboard custom range inputs', () => {
  it('turns local days into a range from the start of the first to the end of the last', () => {
    const r = customRange('2026-03-01', '2026-03-31', now);
    assert.ok(r.ok);
    assert.equal(r.from, new Date(2026, 2, 1).toISOString());
    assert.equal(r.to, new Date(new Date(2026, 3, 1).getTime() - 1).toISOString());
    assert.equal(r.parts, 1);
  });

  it('refuses impossible dates, reversed ranges and ranges starting in the future', () => {
    assert.deepEqual(customRange('2026-02-30', '2026-03-05', now), { ok: false, problem: 'invalidDate' });
    assert.deepEqual(customRange('', '2026-03-05', now), { ok: false, problem: 'invalidDate' });
    assert.deepEqual(customRange('2026-03-05', '2026-03-01', now), { ok: false, problem: 'fromAfterTo' });
    assert.deepEqual(customRange('2026-07-01', '2026-07-02', now), { ok: false, problem: 'futureRange' });
  });

  it('accepts a range over 90 days and counts its parts as the client splits it', () => {
    const r = customRange('2025-01-01', '2025-12-31', now);
    assert.ok(r.ok);
    assert.equal(r.parts, splitRange({ from: r.from, to: r.to }).length);
    assert.equal(r.parts, 5);
    assert.equal(partsFor(0, 90 * 86_400_000), 1);
    assert.equal(partsFor(0, 90 * 86_400_000 + 1), 2);
  });

  it('ends a range that reaches into the future now', () => {
    const r = customRange('2026-06-01', '2026-06-30', now);
    assert.ok(r.ok);
    assert.equal(r.to, now.toISOString());
  });
});
