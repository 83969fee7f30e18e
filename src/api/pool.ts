/** A small concurrency limiter: run tasks at most `limit` at a time, stop at the first failure. */

/**
 * Runs `task` for each item, `limit` at a time, and resolves with the results in item order.
 * When a task fails, no new task starts, `onFailure` runs once (the caller aborts the ones in
 * flight), and the first failure is what the returned promise rejects with.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
  onFailure?: () => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  let firstError: unknown;

  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index] as T, index);
      } catch (error) {
        if (!failed) {
          failed = true;
          firstError = error;
          onFailure?.();
        }
        return;
      }
    }
  };

  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker());
  await Promise.all(workers);
  if (failed) throw firstError;
  return results;
}
