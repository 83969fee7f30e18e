/**
 * The call-search body, validated without zod's per-field pipes: 10 000 calls are ~80 000 fields, and a
 * pipe per field cost ~2.7× the JSON.parse it follows. Like fastAnalytics.ts, this path only ever
 * accepts: whatever it would not decide exactly as `callSearchSchema` goes to zod, which then gives the
 * result and the message. test/unit/fastCalls.test.ts checks the two agree on many random bodies.
 */
import { callSearchSchema, type CallSearchPage, type CallSummary, type CallTag } from './callSchemas';
import { isPlainIsoInstant } from './isoInstant';
import { isValidDate } from './schemas';
import { TO_ZOD, num, row } from './fastPath';

function scalar(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function text(value: unknown): string {
  const t = scalar(value);
  if (t === null) throw TO_ZOD;
  return t;
}

const optionalText = (value: unknown): string | null => (value === null || value === undefined ? null : text(value));

function date(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && (isPlainIsoInstant(value) || isValidDate(value))) return value;
  throw TO_ZOD;
}

function tag(value: unknown): CallTag {
  const bare = scalar(value);
  if (bare !== null) return { id: bare, name: null };
  const record = row(value);
  const id = scalar(record.id ?? record._id);
  const name = scalar(record.name ?? record.label);
  if (id === null && name === null) throw TO_ZOD;
  return { id, name };
}

function list<T>(value: unknown, read: (item: unknown) => T): T[] | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) throw TO_ZOD;
  const out: T[] = [];
  for (let i = 0; i < value.length; i++) out.push(read(value[i]));
  return out;
}

// One object literal in the schema's key order: one fixed shape, and JSON copies keep zod's layout.
function summary(value: unknown): CallSummary {
  const r = row(value);
  return {
    id: text(r.id),
    startTime: date(r.startTime),
    conversationStatus: num(r.conversationStatus),
    status: num(r.status),
    from: optionalText(r.from),
    to: optionalText(r.to),
    duration: num(r.duration),
    tags: list(r.tags, tag),
  };
}

/** The fast path's result, or undefined when zod must decide. */
export function readCallSearchFast(json: unknown): CallSearchPage | undefined {
  try {
    const body = row(json);
    return { count: num(body.count), results: list(body.results, summary) };
  } catch (error) {
    if (error === TO_ZOD) return undefined;
    throw error;
  }
}

/** `callSearchSchema.safeParse`, the same result, faster on the bodies the API really sends. */
export function safeParseCallSearch(json: unknown): ReturnType<typeof callSearchSchema.safeParse> {
  const fast = readCallSearchFast(json);
  return fast ? { success: true, data: fast } : callSearchSchema.safeParse(json);
}
