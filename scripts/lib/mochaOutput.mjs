// What `npm test` reads from a mocha stage's output (spec reporter): its counts and what failed.
/** The last "N passing / N failing / N pending" mocha printed (spec reporter). */
export function mochaCounts(output) {
  const last = (word) => {
    const all = [...output.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))];
    return all.length > 0 ? Number(all[all.length - 1][1]) : undefined;
  };
  return { passing: last('passing'), failing: last('failing'), pending: last('pending') };
}

/**
 * Mocha's "N failing" section (titles, messages, first stack lines), cut to a few lines per failure: CI keeps only
 * the tail of the output, so the summary repeats what failed instead of leaving it thousands of lines above.
 */
export function failureDigest(output, { linesPerFailure = 12, maxFailures = 10 } = {}) {
  const start = [...output.matchAll(/^\s*\d+ failing\b.*$/gm)].pop();
  if (!start) return [];
  const lines = output.slice(start.index + start[0].length).split('\n');
  const failures = [];
  for (const line of lines) {
    // Mocha indents its whole report; the first line at column 0 is the runner's own output after it.
    if (/^\S/.test(line)) break;
    if (/^\s{2}\d+\) /.test(line)) {
      if (failures.length === maxFailures) break;
      failures.push([line]);
    } else if (failures.length > 0 && failures[failures.length - 1].length < linesPerFailure && line.trim() !== '') {
      failures[failures.length - 1].push(line);
    }
  }
  return failures;
}

/** Tests that failed once and were tried again (test/integration/index.ts prints a line per retry). */
export function retriedTests(output) {
  return [...output.matchAll(/^.*retried after a failure: (.*)$/gm)].map((m) => m[1].trim());
}
