/**
 * PNGs the host asked the webview for (export command), matched to their answers by id. Pure (no
 * vscode): the caller sends the request and words the errors.
 */

interface Pending {
  readonly resolve: (bytes: Uint8Array) => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class PngRequests {
  private seq = 0;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly timeoutMs: number) {}

  /** `send` posts the request with its id; a webview that never answers rejects with `timeoutError`. */
  request(send: (exportId: number) => void, timeoutError: () => Error): Promise<Uint8Array> {
    const exportId = ++this.seq;
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(exportId);
        reject(timeoutError());
      }, this.timeoutMs);
      this.pending.set(exportId, { resolve, reject, timer });
      send(exportId);
    });
  }

  /**
   * Answers the request `exportId` with the decoded PNG (null: not a PNG, rejected with
   * `invalidError`). false when no request of that id is waiting: the PNG came from the user's button.
   */
  settle(exportId: number | undefined, bytes: Uint8Array | null, invalidError: () => Error): boolean {
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
