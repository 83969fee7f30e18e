// The extensionTestsPath entry: VS Code (desktop via @vscode/test-electron, or code-server via the URL
// payload) loads this module inside the extension host and awaits run(); a rejection is a failed run.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

const TEST_SUFFIX = '.test.js';
// Laziness can only be observed before any test activates the extension, so the smoke file goes first.
const FIRST = 'smoke.test.js';
const MAX_DEPTH = 8;
/** Starts the line of a test that failed and is tried again (npm test's summary lists them). */
const RETRY_MARK = 'retried after a failure:';

// out/ mirrors the repository: out/test/integration/x.test.js comes from test/integration/x.test.ts.
const REPO = path.resolve(__dirname, '..', '..', '..');

/** A compiled test whose TypeScript source was deleted is left over in out/: it must not run. */
function hasSource(compiled: string): boolean {
  const relative = path.relative(path.join(REPO, 'out'), compiled);
  return fs.existsSync(path.join(REPO, relative.replace(/\.js$/, '.ts')));
}

function findTests(dir: string, skipped: string[], depth = 0): string[] {
  if (depth > MAX_DEPTH || !fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full, skipped, depth + 1));
    else if (entry.isFile() && entry.name.endsWith(TEST_SUFFIX)) {
      if (hasSource(full)) found.push(full);
      else skipped.push(full);
    }
  }
  return found;
}

export function orderTests(files: string[]): string[] {
  const sorted = [...files].sort();
  const first = sorted.filter((f) => path.basename(f) === FIRST && path.dirname(f) === __dirname);
  return [...first, ...sorted.filter((f) => !first.includes(f))];
}

export function run(): Promise<void> {
  // One second try for a failed test: a real VS Code on a shared 2-core machine fails a test now and then for
  // reasons of its own (once in CI, 2026-12-03, not reproduced in 5 runs). A test that passes only on its second
  // try is printed below and listed in npm test's summary, so a flaky test is seen, never hidden.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, reporter: 'spec', retries: 1 });
  // An optional filter for working on one test: NLPEARL_TEST_GREP=<text> npm run test:integration.
  const grep = process.env.NLPEARL_TEST_GREP;
  if (grep) mocha.grep(grep);
  const skipped: string[] = [];
  const files = orderTests(findTests(__dirname, skipped));
  for (const file of files) mocha.addFile(file);
  // The code-server runner starts printing at this banner (the workbench's own start-up log comes before it).
  console.log(`nlpearl integration suite: ${files.length} file(s) in VS Code ${vscode.version}, Node ${process.version}`);
  for (const file of skipped) console.warn(`skipping ${file}: its source was deleted (stale build output)`);
  // The account watch polls a signed-in account while the window is focused: off for every suite but its own
  // (watch.test.ts turns it on), so the other suites' request counts are theirs alone.
  const watchOff = vscode.workspace.getConfiguration('nlpearl').update('statusBar.enabled', false, vscode.ConfigurationTarget.Global);
  return new Promise<void>((resolve, reject) => {
    if (files.length === 0) {
      reject(new Error(`no *${TEST_SUFFIX} files under ${__dirname}`));
      return;
    }
    const start = () => {
      try {
        const runner = mocha.run((failures) => {
          const { passes = 0, pending = 0, tests = 0 } = runner.stats ?? {};
          console.log(`integration suite: ${passes} passed, ${failures} failed, ${pending} pending (${tests} run)`);
          if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
          else if (passes === 0) reject(new Error('no integration test ran'));
          else resolve();
        });
        runner.on(Mocha.Runner.constants.EVENT_TEST_RETRY, (test: Mocha.Test, error: unknown) => {
          const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
          console.log(`${RETRY_MARK} ${test.fullTitle()} — first try: ${message}`);
        });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    watchOff.then(start, reject);
  });
}
