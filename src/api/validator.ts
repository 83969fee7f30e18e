/** A response validator for the requester: the schema's output, or an InvalidResponseError naming the JSON path. */
import type * as z from 'zod/mini';
import { InvalidResponseError } from './errors';
import type * as ParsersModule from './parsers';

export type Parsers = typeof ParsersModule;

interface SafeParser<T> {
  safeParse(json: unknown): { success: true; data: T } | { success: false; error: z.core.$ZodError };
}

let parsers: Promise<Parsers> | undefined;

/** The schemas, loaded once, with the first response (the esbuild build maps this import to dist/parsers.js). */
export function loadParsers(): Promise<Parsers> {
  parsers ??= import('./parsers');
  return parsers;
}

export function validator<T>(pick: (p: Parsers) => SafeParser<T>, what: string): (json: unknown) => Promise<T> {
  return async (json) => {
    const loaded = await loadParsers();
    const result = pick(loaded).safeParse(json);
    if (result.success) return result.data;
    throw new InvalidResponseError(
      `NLPearl sent ${what} in an unexpected shape — ${loaded.firstIssue(result.error)}. ` +
        'Retry; if it keeps happening, check the setting "nlpearl.apiVersion".',
    );
  };
}
