/**
 * A webview may post the same request in a loop. What opens something in front of the user (a JSON
 * document, a save dialog) runs once at a time per panel and kind; repeats while it runs are dropped.
 * Pure, so it is unit-tested without VS Code.
 */
export type Exclusive = (kind: string, work: () => PromiseLike<unknown>) => boolean;

/** `onBusy` hears each dropped repeat. The returned function says whether the work was started. */
export function oneAtATime(onBusy: (kind: string) => void): Exclusive {
  const running = new Set<string>();
  return (kind, work) => {
    if (running.has(kind)) {
      onBusy(kind);
      return false;
    }
    running.add(kind);
    const done = () => running.delete(kind);
    try {
      Promise.resolve(work()).then(done, done);
    } catch {
      done();
    }
    return true;
  };
}
