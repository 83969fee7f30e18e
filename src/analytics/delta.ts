/** The change against the previous period, as a card shows it. */
import type { ModelDelta } from '../shared/protocol';
import { isShowableNumber } from './format';
import type { ResolvedOptions } from './options';

const UNKNOWN_TEXT = '—';

function unknown(l10n: ResolvedOptions): ModelDelta {
  return { direction: 'unknown', text: UNKNOWN_TEXT, description: l10n.t('no comparison with the previous period') };
}

function number(value: number, locale: string, digits: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/**
 * Relative change in %: "▲ 12 %", "▼ 3.4 %"; "new" when the previous period had 0; "—" when either
 * side is unknown (previous === undefined means no previous period was loaded).
 */
export function relativeDelta(current: number | null, previous: number | null | undefined, l10n: ResolvedOptions): ModelDelta {
  if (!isShowableNumber(current) || previous === undefined || !isShowableNumber(previous)) return unknown(l10n);
  if (previous === 0) {
    if (current === 0) return { direction: 'flat', text: '±0 %', description: l10n.t('unchanged against the previous period') };
    return { direction: 'new', text: l10n.t('new'), description: l10n.t('new: the previous period had none') };
  }
  const pct = ((current - previous) / Math.abs(previous)) * 100;
  if (Math.abs(pct) < 0.05) return { direction: 'flat', text: '±0 %', description: l10n.t('unchanged against the previous period') };
  const text = number(Math.abs(pct), l10n.locale, Math.abs(pct) >= 10 ? 0 : 1);
  return pct > 0
    ? { direction: 'up', text: `▲ ${text} %`, description: l10n.t('up {0} % against the previous period', text) }
    : { direction: 'down', text: `▼ ${text} %`, description: l10n.t('down {0} % against the previous period', text) };
}

/** For rates (already percentages) the change is in percentage points: "▲ 3.1 pp". */
export function pointsDelta(current: number | null, previous: number | null | undefined, l10n: ResolvedOptions): ModelDelta {
  if (!isShowableNumber(current) || previous === undefined || !isShowableNumber(previous)) return unknown(l10n);
  const diff = current - previous;
  if (Math.abs(diff) < 0.05) return { direction: 'flat', text: l10n.t('{0} pp', '±0'), description: l10n.t('unchanged against the previous period') };
  const text = number(Math.abs(diff), l10n.locale, 1);
  return diff > 0
    ? { direction: 'up', text: `▲ ${l10n.t('{0} pp', text)}`, description: l10n.t('up {0} percentage points against the previous period', text) }
    : { direction: 'down', text: `▼ ${l10n.t('{0} pp', text)}`, description: l10n.t('down {0} percentage points against the previous period', text) };
}
