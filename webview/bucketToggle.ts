/** Day / Week / Month for long ranges (issue 18, point 4): swaps the timeline charts the host sent. */
import type { BucketSize, DashboardModel, ModelChart } from '../src/shared/protocol';
import { button, el } from './dom';
import { s } from './strings';

const KEYS = { day: 'bucketDay', week: 'bucketWeek', month: 'bucketMonth' } as const;

/** The charts to draw for a bucket size: the timelines replaced by their weekly or monthly version. */
export function chartsFor(model: DashboardModel, size: BucketSize): readonly ModelChart[] {
  if (size === 'day' || !model.buckets) return model.charts;
  const other = new Map(model.buckets[size].map((c) => [c.id, c]));
  return model.charts.map((c) => other.get(c.id) ?? c);
}

/** A group of toggle buttons, the current one pressed. */
export function bucketToggle(sizes: readonly BucketSize[], current: BucketSize, onPick: (size: BucketSize) => void): HTMLElement {
  const buttons = sizes.map((size) => {
    const b = button(s(KEYS[size]), () => onPick(size), { secondary: true });
    b.setAttribute('aria-pressed', String(size === current));
    b.dataset.bucket = size;
    return b;
  });
  return el('div', { className: 'bucket-toggle', attrs: { role: 'group', 'aria-label': s('bucketGroup'), 'data-role': 'bucket-toggle' } }, [
    el('span', { className: 'muted', text: s('bucketGroup') }),
    ...buttons,
  ]);
}
