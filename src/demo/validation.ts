/**
 * The analytics body check, answered the way an ASP.NET API does: 400 with problem details.
 * NLPearl documents the 90-day limit; the exact messages are ours.
 */
import type { DateRange } from '../api/range';
import { hashString } from './random';

export interface ProblemDetailsBody {
  readonly type: string;
  readonly title: string;
  readonly status: 400;
  readonly detail: string;
  readonly errors: Record<string, string[]>;
  readonly traceId: string;
}

const MAX_RANGE_MS = 90 * 24 * 60 * 60 * 1000;
/** ISO 8601 date or date-time; one without an offset is taken as UTC. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function problemDetails(detail: string, errors: Record<string, string[]>): ProblemDetailsBody {
  const trace = hashString(detail + JSON.stringify(errors)).toString(16).padStart(8, '0');
  return {
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
    title: 'One or more validation errors occurred.',
    status: 400,
    detail,
    errors,
    traceId: `00-${trace.repeat(4)}-${trace.repeat(2)}-00`,
  };
}

function parseDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return undefined;
  let text = value;
  if (!text.includes('T')) text += 'T00:00:00Z';
  else if (!/(Z|[+-]\d{2}:?\d{2})$/.test(text)) text += 'Z';
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return undefined;
  // Date.parse rolls 2025-02-30 over into March; .NET refuses it, and so do we.
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  const calendar = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return calendar.getUTCMonth() === (m ?? 1) - 1 && calendar.getUTCDate() === d ? ms : undefined;
}

/** Body names are matched case-insensitively, like System.Text.Json's web defaults. */
function field(body: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(body).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : body[key];
}

export type AnalyticsBodyCheck = { readonly range: DateRange } | { readonly problem: ProblemDetailsBody };

export function validateAnalyticsBody(body: string | undefined): AnalyticsBodyCheck {
  if (body === undefined || body.trim() === '') {
    return { problem: problemDetails('The request body is empty.', { '': ['A non-empty request body is required.'] }) };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { problem: problemDetails('The request body is not valid JSON.', { $: ['The JSON value could not be parsed.'] }) };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      problem: problemDetails('The request body must be a JSON object with "from" and "to".', {
        $: ['The JSON value could not be converted to AnalyticsRequest.'],
      }),
    };
  }
  const record = parsed as Record<string, unknown>;
  const errors: Record<string, string[]> = {};
  const dates: Record<'from' | 'to', number | undefined> = { from: undefined, to: undefined };
  for (const name of ['from', 'to'] as const) {
    const label = name === 'from' ? 'From' : 'To';
    const value = field(record, name);
    if (value === undefined || value === null || value === '') {
      errors[label] = [`The ${label} field is required.`];
      continue;
    }
    dates[name] = parseDate(value);
    if (dates[name] === undefined) errors[label] = [`The value '${String(value)}' is not a valid date for ${label}.`];
  }
  if (dates.from === undefined || dates.to === undefined) {
    return { problem: problemDetails('The "from" and "to" dates are required ISO 8601 date-times.', errors) };
  }
  if (dates.from >= dates.to) {
    return {
      problem: problemDetails('"from" must be earlier than "to".', { To: ["'To' must be later than 'From'."] }),
    };
  }
  const length = dates.to - dates.from;
  if (length > MAX_RANGE_MS) {
    const days = Math.round((length / (24 * 60 * 60 * 1000)) * 100) / 100;
    return {
      problem: problemDetails(`The date range cannot exceed 90 days (requested ${days} days).`, {
        To: ['The range between From and To may be at most 90 days.'],
      }),
    };
  }
  const from = field(record, 'from') as string;
  const to = field(record, 'to') as string;
  return { range: { from: normalise(from), to: normalise(to) } };
}

/** The instant as a `Z` string, so generators and overrides see one format. */
function normalise(value: string): string {
  const ms = parseDate(value);
  return ms === undefined ? value : new Date(ms).toISOString();
}
