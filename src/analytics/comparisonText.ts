/** "vs yesterday until 11:00": what a delta is measured against, in the user's words and zone. */
import type { ComparisonLabel } from '../api/comparison';
import type { Translate } from './translate';

export function comparisonText(label: ComparisonLabel, l10n: { readonly t: Translate; readonly locale: string }): string {
  const time = (iso: string) => new Intl.DateTimeFormat(l10n.locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
  const day = (iso: string) => new Intl.DateTimeFormat(l10n.locale, { day: 'numeric', month: 'short' }).format(new Date(iso));
  switch (label.kind) {
    case 'yesterdayUntil':
      return l10n.t('vs yesterday until {0}', time(label.until));
    case 'dayBefore':
      return l10n.t('vs the day before');
    case 'previousDaysUntil':
      return l10n.t('vs the {0} days before, until {1} on {2}', label.days, time(label.until), day(label.until));
    case 'sameDaysLastMonth':
      return l10n.t('vs the same days of last month, until {0} on {1}', time(label.until), day(label.until));
    case 'monthBefore':
      return l10n.t('vs the month before');
    case 'previousDays':
      return l10n.t('vs the {0} days before', label.days);
    case 'sameLength':
      return l10n.t('vs the period of the same length just before');
  }
}
