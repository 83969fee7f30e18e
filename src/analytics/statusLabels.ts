/**
 * The English names of the status, sentiment and event counters, with the colour each is drawn in.
 * `l10n.t` only marks them for the bundle (see shared/l10nMark); the charts translate them with the
 * injected translator where they are shown.
 */
import type { EventKey, SentimentKey, StatusCounterKey } from '../api/schemas';
import { l10nMark as l10n } from '../shared/l10nMark';
import type { ColorRole } from '../shared/protocol';

interface CounterMeta {
  readonly label: string;
  readonly role: ColorRole;
}

export const STATUS_META: Record<StatusCounterKey, CounterMeta> = {
  totalCalls: { label: l10n.t('Total calls'), role: 'foreground' },
  successful: { label: l10n.t('Successful'), role: 'green' },
  unsuccessful: { label: l10n.t('Not successful'), role: 'red' },
  completed: { label: l10n.t('Completed'), role: 'blue' },
  needFollowUp: { label: l10n.t('Needs follow-up'), role: 'yellow' },
  wrongNumber: { label: l10n.t('Wrong number'), role: 'orange' },
  error: { label: l10n.t('Error'), role: 'purple' },
  voiceMailLeft: { label: l10n.t('Voicemail left'), role: 'grey' },
  needRetry: { label: l10n.t('Needs retry'), role: 'grey' },
  unreachable: { label: l10n.t('Unreachable'), role: 'grey' },
  wrongCountryCode: { label: l10n.t('Wrong country code'), role: 'grey' },
  totalLeads: { label: l10n.t('Leads'), role: 'grey' },
};

export const SENTIMENT_META: Record<SentimentKey, CounterMeta> = {
  negative: { label: l10n.t('Negative'), role: 'red' },
  slightlyNegative: { label: l10n.t('Slightly negative'), role: 'orange' },
  neutral: { label: l10n.t('Neutral'), role: 'grey' },
  slightlyPositive: { label: l10n.t('Slightly positive'), role: 'blue' },
  positive: { label: l10n.t('Positive'), role: 'green' },
};

export const EVENT_META: Record<EventKey, CounterMeta> = {
  takeMessageCount: { label: l10n.t('Messages taken'), role: 'blue' },
  smsSentCount: { label: l10n.t('SMS sent'), role: 'purple' },
  callTransferredCount: { label: l10n.t('Calls transferred'), role: 'orange' },
  calendarBookedCount: { label: l10n.t('Calendar bookings'), role: 'green' },
  emailSentCount: { label: l10n.t('Emails sent'), role: 'yellow' },
};
