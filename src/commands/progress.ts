/**
 * Turns the client's "windows done of total" into steps of a VS Code progress notification. The
 * client reports (0, n) before the first window and (n, n) after the last; VS Code adds up the
 * increments, so each step must carry only what changed since the previous one. No 'vscode' here.
 */
export interface ProgressStep {
  readonly message: string;
  /** Percent to add to the bar (VS Code sums them). */
  readonly increment: number;
}

export function windowProgress(report: (step: ProgressStep) => void): (done: number, total: number) => void {
  let shownPercent = 0;
  return (done, total) => {
    const percent = total > 0 ? Math.min(100, (100 * done) / total) : 0;
    report({ message: `${done}/${total}`, increment: Math.max(0, percent - shownPercent) });
    shownPercent = Math.max(shownPercent, percent);
  };
}
