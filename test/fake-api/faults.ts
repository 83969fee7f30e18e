/**
 * What a test can make the fake API do wrong, and the queue that hands faults out: each
 * matching request consumes one use, in the order the faults were injected.
 */

export interface FaultBase {
  /** Only requests whose path contains this substring (e.g. "/Analytics") consume the fault. */
  readonly match?: string;
  /** How many matching requests it applies to (default 1). */
  readonly times?: number;
  /** Wait this long before answering (on top of the server-wide latency). */
  readonly latencyMs?: number;
}

export type Fault = FaultBase &
  (
    | {
        /** Answer with this status and body (default empty), e.g. 429 with Retry-After. */
        readonly status: number;
        readonly body?: string;
        readonly headers?: Readonly<Record<string, string>>;
      }
    | { readonly htmlErrorPage: true; /** default 502 */ readonly status?: number }
    /** The normal answer cut in half (Content-Length matches, so only the JSON is broken). */
    | { readonly truncateJson: true }
    /** The connection is destroyed without an answer. */
    | { readonly reset: true }
    /** The normal answer with this Content-Type. */
    | { readonly contentType: string }
    /** 200 with exactly this body. */
    | { readonly rawBody: string }
    /** A redirect (default 307) to this absolute URL. */
    | { readonly redirectTo: string; readonly status?: number }
    /**
     * The normal answer padded with spaces to `padTo` bytes (still valid JSON), streamed in 1 MB
     * chunks while the client reads; chunked unless `declaredLength` is given as Content-Length.
     */
    | { readonly padTo: number; readonly declaredLength?: number }
    /** Only the delay, then the normal answer. */
    | { readonly latencyMs: number }
  );

interface Entry {
  readonly fault: Fault;
  remaining: number;
}

export class FaultQueue {
  private entries: Entry[] = [];

  add(faults: Fault | readonly Fault[]): void {
    const list: readonly Fault[] = Array.isArray(faults) ? faults : [faults as Fault];
    for (const fault of list) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1) throw new RangeError(`fault.times must be a positive integer, got ${times}`);
      this.entries.push({ fault, remaining: times });
    }
  }

  /** The first fault that matches the path, with one use consumed; undefined when none. */
  take(path: string): Fault | undefined {
    const index = this.entries.findIndex((e) => e.fault.match === undefined || path.includes(e.fault.match));
    const entry = this.entries[index];
    if (!entry) return undefined;
    entry.remaining--;
    if (entry.remaining === 0) this.entries.splice(index, 1);
    return entry.fault;
  }

  get size(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries = [];
  }
}
