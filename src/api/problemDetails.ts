/**
 * ASP.NET problem details, as NLPearl returns with a 400, read without zod: an error body is explained on
 * the host before any schema has loaded (src/api/parsers.ts loads with the first good response). Accepts
 * exactly what `problemDetailsSchema` in schemas.ts accepts; a unit test holds the two together.
 */
export interface ProblemDetails {
  readonly title?: string | null;
  readonly detail?: string | null;
  readonly errors?: Readonly<Record<string, string | readonly string[]>> | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const nullishOf = (value: unknown, type: 'string' | 'number') =>
  value === undefined || value === null || (type === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === type);

/** Every field optional, shapes vary: one field of the wrong type and the body says nothing. */
export function readProblemDetails(value: unknown): ProblemDetails | undefined {
  if (!isRecord(value)) return undefined;
  if (!nullishOf(value.type, 'string') || !nullishOf(value.title, 'string') || !nullishOf(value.detail, 'string') || !nullishOf(value.status, 'number')) {
    return undefined;
  }
  const errors = value.errors;
  if (errors !== undefined && errors !== null) {
    if (!isRecord(errors)) return undefined;
    for (const messages of Object.values(errors)) {
      const ok = typeof messages === 'string' || (Array.isArray(messages) && messages.every((m) => typeof m === 'string'));
      if (!ok) return undefined;
    }
  }
  return value as ProblemDetails;
}
