/**
 * The change a KPI card shows against the previous period: its arrow, its figure and the sentence a screen
 * reader says. Boundaries a person would notice: "±0 %" below a twentieth of a percent, one decimal under 10 %,
 * none from 10 % up, "new" when there was nothing before, "—" when either side is unknown.
 */
import assert from 'node:assert/strict';
import { pointsDelta, relativeDelta } from '../../src/analytics/delta';
import { resolveOptions } from '../../src/analytics/options';

const en = resolveOptions({ locale: 'en' });
const de = resolveOptions({ locale: 'de' });

describe('KPI card delta: relative change', () => {
  it('shows a rise with ▲, no decimals from 10 % up, and says it', () => {
    assert.deepEqual(relativeDelta(150, 100, en), { direction: 'up', text: '▲ 50 %', description: 'up 50 % against the previous period' });
    assert.equal(relativeDelta(110, 100, en).text, '▲ 10 %');
    assert.equal(relativeDelta(112.6, 100, en).text, '▲ 13 %');
  });

  it('shows a fall with ▼ and one decimal under 10 %', () => {
    assert.deepEqual(relativeDelta(96.6, 100, en), { direction: 'down', text: '▼ 3.4 %', description: 'down 3.4 % against the previous period' });
    assert.equal(relativeDelta(90, 100, en).text, '▼ 10 %');
    assert.equal(relativeDelta(90.5, 100, en).text, '▼ 9.5 %');
  });

  it('is flat below a twentieth of a percent either way, and moves from there', () => {
    const flat = { direction: 'flat', text: '±0 %', description: 'unchanged against the previous period' };
    assert.deepEqual(relativeDelta(100.04, 100, en), flat);
    assert.deepEqual(relativeDelta(99.96, 100, en), flat);
    assert.deepEqual(relativeDelta(100, 100, en), flat);
    assert.equal(relativeDelta(100.06, 100, en).direction, 'up');
    assert.equal(relativeDelta(99.94, 100, en).direction, 'down');
    // 2 001 calls after 2 000 is exactly a twentieth of a percent: shown, rounded up to one decimal.
    assert.equal(relativeDelta(2001, 2000, en).text, '▲ 0.1 %');
  });

  it('measures against the size of a negative previous value, so a rise stays a rise', () => {
    assert.deepEqual(relativeDelta(-50, -100, en), { direction: 'up', text: '▲ 50 %', description: 'up 50 % against the previous period' });
    assert.equal(relativeDelta(-150, -100, en).text, '▼ 50 %');
  });

  it('says "new" when the previous period had none, and ±0 when neither had any', () => {
    assert.deepEqual(relativeDelta(5, 0, en), { direction: 'new', text: 'new', description: 'new: the previous period had none' });
    assert.deepEqual(relativeDelta(0, 0, en), { direction: 'flat', text: '±0 %', description: 'unchanged against the previous period' });
  });

  it('shows "—" when either side is unknown or not a number', () => {
    const unknown = { direction: 'unknown', text: '—', description: 'no comparison with the previous period' };
    for (const [current, previous] of [
      [null, 100],
      [100, null],
      [100, undefined],
      [Number.NaN, 100],
      [100, Number.POSITIVE_INFINITY],
    ] as const) {
      assert.deepEqual(relativeDelta(current, previous, en), unknown, `${current} against ${previous}`);
    }
  });

  it('writes the figure in the display locale', () => {
    assert.equal(relativeDelta(96.6, 100, de).text, '▼ 3,4 %');
    assert.equal(relativeDelta(1234, 1, de).text, '▲ 123.300 %');
  });
});

describe('KPI card delta: percentage points (rates)', () => {
  it('shows a rise and a fall in points with one decimal, and says so', () => {
    assert.deepEqual(pointsDelta(65.1, 62, en), { direction: 'up', text: '▲ 3.1 pp', description: 'up 3.1 percentage points against the previous period' });
    assert.deepEqual(pointsDelta(50, 62.25, en), { direction: 'down', text: '▼ 12.3 pp', description: 'down 12.3 percentage points against the previous period' });
  });

  it('is the difference, not the ratio: 10 % → 20 % is 10 points', () => {
    assert.equal(pointsDelta(20, 10, en).text, '▲ 10 pp');
  });

  it('is flat below a twentieth of a point either way, and moves from there', () => {
    const flat = { direction: 'flat', text: '±0 pp', description: 'unchanged against the previous period' };
    assert.deepEqual(pointsDelta(50.04, 50, en), flat);
    assert.deepEqual(pointsDelta(49.96, 50, en), flat);
    assert.equal(pointsDelta(50.06, 50, en).direction, 'up');
    assert.equal(pointsDelta(49.94, 50, en).direction, 'down');
    // Exactly a twentieth of a point is shown, rounded up to one decimal.
    assert.equal(pointsDelta(0.05, 0, en).text, '▲ 0.1 pp');
  });

  it('compares with a previous rate of 0 like any other (no "new" for rates)', () => {
    assert.equal(pointsDelta(12, 0, en).text, '▲ 12 pp');
  });

  it('shows "—" when either side is unknown', () => {
    for (const [current, previous] of [
      [null, 50],
      [50, null],
      [50, undefined],
      [Number.NaN, 50],
    ] as const) {
      assert.equal(pointsDelta(current, previous, en).text, '—', `${current} against ${previous}`);
      assert.equal(pointsDelta(current, previous, en).direction, 'unknown');
    }
  });

  it('writes the figure in the display locale', () => {
    assert.equal(pointsDelta(65.1, 62, de).text, '▲ 3,1 pp');
  });
});
