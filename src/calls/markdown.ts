/**
 * A call as a read-only Markdown document: header, summary, collected info, transcript. Every
 * piece of API text is data: escaped so that Markdown or HTML in a transcript or a name renders as
 * the literal text. No 'vscode' import (tested in plain Node); the host passes `l10n` and the zone.
 */
import type { CallDetail, CallTag, TranscriptLine } from '../api/callSchemas';
import { parseApiDate } from '../api/dates';
import { outcomeLabel, telephonyLabel } from '../shared/callStatus';
import { escapeMarkdown, markdownCell as cell } from '../shared/markdownText';

export { escapeMarkdown };

export interface MarkdownL10n {
  t(message: string, ...args: Array<string | number>): string;
}

export interface CallMarkdownOptions {
  readonly l10n: MarkdownL10n;
  /** IANA zone of the user, e.g. "Europe/London". */
  readonly timeZone: string;
  readonly locale?: string;
  /** Label names by id: the detail names its tags by id only. */
  readonly labelNames?: ReadonlyMap<string, string>;
}

export function formatDuration(seconds: number | null): string | undefined {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return undefined;
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

function formatStart(value: string | null, options: CallMarkdownOptions): string | undefined {
  if (value === null) return undefined;
  const ms = parseApiDate(value);
  if (Number.isNaN(ms)) return undefined;
  let local: string;
  try {
    local = new Intl.DateTimeFormat(options.locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: options.timeZone }).format(ms);
  } catch {
    local = new Date(ms).toISOString();
  }
  const utc = new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
  return `${local} (${options.timeZone}) · ${utc} UTC`;
}

/** The recording as a link only when it is an https URL; anything else is named, never linked. */
function recordingCell(value: string | null, l10n: MarkdownL10n): string {
  if (value === null || value.trim() === '') return cell(l10n.t('Not provided'));
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return cell(l10n.t('Not a web address: not shown'));
  }
  if (url.protocol !== 'https:') return cell(l10n.t('Not an https link: not shown'));
  // href is percent-encoded; < > and spaces cannot end the destination early.
  const href = url.href.replace(/[<>\s]/g, encodeURIComponent);
  return `[${cell(l10n.t('Listen to the recording'))}](<${href}>)`;
}

function tagText(tags: readonly CallTag[] | null, l10n: MarkdownL10n, names?: ReadonlyMap<string, string>): string {
  if (tags === null) return l10n.t('Not provided');
  if (tags.length === 0) return l10n.t('None');
  return tags.map((tag) => tag.name ?? (tag.id !== null ? (names?.get(tag.id) ?? tag.id) : null) ?? '?').join(', ');
}

interface Speakers {
  readonly names: ReadonlyMap<number | null, string>;
  readonly note: string;
}

/**
 * NLPearl does not publish what `role` numbers mean. With exactly two roles, the one that speaks
 * first is taken to be the agent (it answers an inbound call), and the document says so; otherwise
 * the speakers keep neutral names.
 */
function speakers(lines: readonly TranscriptLine[], l10n: MarkdownL10n): Speakers {
  const roles = [...new Set(lines.map((line) => line.role))];
  const first = lines[0]?.role ?? null;
  if (roles.length === 2 && !roles.includes(null)) {
    const other = roles.find((r) => r !== first) ?? null;
    return {
      names: new Map([[first, l10n.t('Agent')], [other, l10n.t('Caller')]]),
      note: l10n.t('Speakers assumed: role {0} speaks first, so it is taken to be the agent and role {1} the caller. NLPearl does not publish what role numbers mean.', String(first), String(other)),
    };
  }
  const names = new Map(roles.map((role) => [role, role === null ? l10n.t('Speaker (role not provided)') : l10n.t('Speaker {0}', role)]));
  return { names, note: l10n.t('Speakers are shown by role number: NLPearl does not publish what role numbers mean.') };
}

function offset(value: number | string | null): string | undefined {
  if (typeof value === 'number') return formatDuration(value);
  if (typeof value === 'string') {
    const ms = parseApiDate(value);
    return Number.isNaN(ms) ? undefined : `${new Date(ms).toISOString().slice(11, 19)} UTC`;
  }
  return undefined;
}

export function callMarkdown(detail: CallDetail, options: CallMarkdownOptions): string {
  const { l10n } = options;
  const none = l10n.t('Not provided');
  const out: string[] = [];
  const outcome = outcomeLabel(detail.conversationStatus, l10n.t.bind(l10n));
  out.push(`# ${cell(l10n.t('Call {0}', outcome))}`, '');
  const sentiment = detail.overallSentiment === null ? none : l10n.t('Code {0} (NLPearl does not publish what sentiment codes mean)', detail.overallSentiment);
  const transferred = detail.isCallTransferred === null ? none : detail.isCallTransferred ? l10n.t('Yes') : l10n.t('No');
  const codeSuffix = (code: number | null) => (code === null ? '' : ` (${code})`);
  const rows: Array<[string, string]> = [
    [l10n.t('Started'), cell(formatStart(detail.startTime, options) ?? none)],
    [l10n.t('Caller'), cell(detail.from ?? none)],
    [l10n.t('Caller name'), cell(detail.name ?? none)],
    [l10n.t('Number called'), cell(detail.to ?? none)],
    [l10n.t('Duration'), cell(formatDuration(detail.duration) ?? none)],
    [l10n.t('Outcome'), cell(outcome + codeSuffix(detail.conversationStatus))],
    [l10n.t('Telephony status'), cell(telephonyLabel(detail.status, l10n.t.bind(l10n)) + codeSuffix(detail.status))],
    [l10n.t('Transferred'), cell(transferred)],
    [l10n.t('Sentiment'), cell(sentiment)],
    [l10n.t('Tags'), cell(tagText(detail.tags, l10n, options.labelNames))],
    [l10n.t('Recording'), recordingCell(detail.recording, l10n)],
    [l10n.t('Call id'), cell(detail.id)],
  ];
  out.push(`| ${cell(l10n.t('Field'))} | ${cell(l10n.t('Value'))} |`, '|---|---|');
  for (const [name, value] of rows) out.push(`| ${cell(name)} | ${value} |`);
  out.push('', `## ${cell(l10n.t('Summary'))}`, '', detail.summary ? escapeMarkdown(detail.summary) : `_${cell(none)}_`);

  out.push('', `## ${cell(l10n.t('Collected information'))}`, '');
  const info = detail.collectedInfo ?? [];
  if (info.length === 0) out.push(`_${cell(detail.collectedInfo === null ? none : l10n.t('None'))}_`);
  else {
    out.push(`| ${cell(l10n.t('Field'))} | ${cell(l10n.t('Value'))} |`, '|---|---|');
    for (const item of info) out.push(`| ${cell(item.name ?? item.id ?? none)} | ${cell(item.value ?? none)} |`);
  }

  out.push('', `## ${cell(l10n.t('Transcript'))}`, '');
  const lines = detail.transcript ?? [];
  if (lines.length === 0) {
    out.push(`_${cell(detail.transcript === null ? l10n.t('No transcript was sent (the campaign may keep none).') : l10n.t('The transcript is empty.'))}_`);
  } else {
    const who = speakers(lines, l10n);
    out.push(`_${cell(who.note)}_`, '');
    for (const line of lines) {
      const from = offset(line.startTime);
      const to = offset(line.endTime);
      const when = from ? ` · ${cell(to ? `${from}–${to}` : from)}` : '';
      out.push(`**${cell(who.names.get(line.role) ?? '?')}**${when}  `, line.content ? escapeMarkdown(line.content) : `_${cell(none)}_`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
