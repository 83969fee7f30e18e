/**
 * Request/reply over postMessage: the host asks the webview for something (a chart's PNG today) with an id,
 * and the answer carrying that id settles the request — any message can use it, each with its own
 * PendingReplies of its answer type. Pure (no vscode): the caller sends the request and words the errors.
 */

interface Pending<T> {
  readonly resolve: (value: T) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class PendingReplies<T> {
  private seq = 0;
  private readonly pending = new Map<number, Pending<T>>();

  constructor(private readonly timeoutMs: number) {}

  /** `send` posts the request with its id; a webview that never answers rejects with `timeoutError`. */
  request(send: (id: number) => void, timeoutError: () => Error): Promise<T> {
    const exportId = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(exportId);
        reject(timeoutError());
      }, this.timeoutMs);
      this.pending.set(exportId, { resolve, reject, timer });
      send(exportId);
    });
  }

  /**
   * Answers the request `exportId` with its value (null: an unusable answer, rejected with `invalidError`).
   * false when no request of that id is waiting: the message was not an answer (a PNG from the user's button).
   */
  settle(exportId: number | undefined, bytes: T | null, invalidError: () => Error): boolean {
    const pending = exportId !== undefined ? this.pending.get(exportId) : undefined;
    if (!pending || exportId === undefined) return false;
    this.pending.delete(exportId);
    clearTimeout(pending.timer);
    if (bytes) pending.resolve(bytes);
    else pending.reject(invalidError());
    return true;
  }

  rejectAll(error: () => Error): void {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(error());
    }
    this.pending.clear();
  }
}
