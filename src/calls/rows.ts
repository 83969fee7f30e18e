/** Call summaries as table rows: formatted and translated on the host, so the webview only shows text. */
import type { CallSummary } from '../api/callSchemas';
import { parseApiDate } from '../api/dates';
import { plainIsoInstantMs } from '../api/isoInstant';
import { outcomeLabel, telephonyLabel } from '../shared/callStatus';
import type { CallRowDto } from '../shared/callsProtocol';
import { formatDuration, type MarkdownL10n } from './markdown';
import { formatStart } from './startTimes';

export function callRow(call: CallSummary, l10n: MarkdownL10n, dates: Intl.DateTimeFormat, labelNames: ReadonlyMap<string, string>): CallRowDto {
  const none = l10n.t('Not provided');
  const t = l10n.t.bind(l10n);
  // The common `…Z` form read by character: Date.parse was a third of the start column's cost.
  const ms = call.startTime === null ? NaN : (plainIsoInstantMs(call.startTime) ?? parseApiDate(call.startTime));
  return {
    id: call.id,
    start: Number.isNaN(ms) ? none : formatStart(dates, ms),
    caller: call.from ?? none,
    duration: formatDuration(call.duration) ?? none,
    outcome: outcomeLabel(call.conversationStatus, t),
    status: telephonyLabel(call.status, t),
    tags: (call.tags ?? []).map((tag) => (tag.id !== null ? labelNames.get(tag.id) : undefined) ?? tag.name ?? tag.id ?? '?').join(', '),
  };
}
