/** A response validator for the requester: the schema's output, or an InvalidResponseError naming the JSON path. */
import type * as z from 'zod/mini';
import { InvalidResponseError } from './errors';
import { firstIssue } from './schemas';

interface SafeParser<T> {
  safeParse(json: unknown): { success: true; data: T } | { success: false; error: z.core.$ZodError };
}

export function validator<T>(schema: SafeParser<T>, what: string): (json: unknown) => T {
  return (json) => {
    const result = schema.safeParse(json);
    if (result.success) return result.data;
    throw new InvalidResponseError(
      `NLPearl sent ${what} in an unexpected shape — ${firstIssue(result.error)}. ` +
        'Retry; if it keeps happening, check the setting "nlpearl.apiVersion".',
    );
  };
}
