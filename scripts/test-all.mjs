#!/usr/bin/env node
// `npm test`: first what a fresh clone lacks (npm dependencies; on Linux as root, Debian's Chromium and
// code-server's build packages; code-server itself), then lint, type check, unit, integration (real VS Code),
// browser and e2e, in that order. Every stage runs even after a failure; a table of the stages is printed, and
// the very last line is `N passed, N failed, N skipped`. Lint and type check count as one test each; mocha stages
// count their tests; a stage that cannot run on this machine exits 77, says why, and counts as one skipped
// (as one failed under CI=true: CI must prove every stage). Non-zero exit when anything failed or no test ran.
import path from 'node:path';
import { REPO } from './lib/paths.mjs';
import { ensureDependencies } from './lib/prereq.mjs';
import { run, SKIP_EXIT } from './lib/proc.mjs';
import { compiledTests } from './lib/tests.mjs';
import { failureDigest, mochaCounts, retriedTests } from './lib/mochaOutput.mjs';

const NODE = process.execPath;
const MOCHA = path.join(REPO, 'node_modules', 'mocha', 'bin', 'mocha.js');
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const ESLINT = path.join(REPO, 'node_modules', 'eslint', 'bin', 'eslint.js');
const MIN = 60_000;

/** Turns one stage's exit code (and mocha output, for test stages) into counts. */
export function stageResult(kind, code, output, { ci = false } = {}) {
  if (code === SKIP_EXIT) return { passed: 0, failed: ci ? 1 : 0, pending: 0, skipped: ci ? 0 : 1 };
  if (kind === 'check') return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, pending: 0, skipped: 0 };
  const { passing = 0, failing = 0, pending = 0 } = mochaCounts(output);
  // A non-zero exit with no failing test reported (build error, crash, timeout) still counts as a failure.
  const failed = code !== 0 && failing === 0 ? 1 : failing;
  return { passed: passing, failed, pending, skipped: 0 };
}

function unitArgs() {
  const files = compiledTests(path.join('test', 'unit'), '.test.js');
  // With no file at all, the glob makes mocha fail with "No test files found" instead of picking defaults.
  return [MOCHA, '--reporter', 'spec', ...(files.length > 0 ? files : ['out/test/unit/**/*.test.js'])];
}

const stages = [
  { name: 'lint', kind: 'check', steps: [[NODE, [ESLINT, '.']], [NODE, [path.join(REPO, 'scripts', 'l10n.mjs'), '--check']]], timeoutMs: 5 * MIN },
  { name: 'typecheck', kind: 'check', steps: [['npm', ['run', '--silent', 'typecheck']]], timeoutMs: 5 * MIN },
  // tsc's type errors are the typecheck stage's to report; its output (out/) is still what the tests run.
  {
    name: 'unit',
    kind: 'mocha',
    steps: [[NODE, [TSC, '-p', '.'], { ignoreExit: true }], [NODE, unitArgs]],
    timeoutMs: 10 * MIN,
  },
  // The first run on a machine provisions code-server inside this stage (~3 min): its limit allows for it.
  { name: 'integration', kind: 'mocha', steps: [[NODE, [path.join(REPO, 'scripts', 'run-integration.mjs')]]], timeoutMs: 20 * MIN },
  { name: 'browser', kind: 'mocha', steps: [[NODE, [path.join(REPO, 'scripts', 'run-browser-tests.mjs')]]], timeoutMs: 8 * MIN },
  { name: 'e2e', kind: 'mocha', steps: [[NODE, [path.join(REPO, 'scripts', 'run-e2e.mjs')]]], timeoutMs: 15 * MIN },
];

async function runStage(stage) {
  const started = Date.now();
  let output = '';
  let code = 0;
  let skipReason;
  for (const [command, argsOrLater, { ignoreExit = false } = {}] of stage.steps) {
    // Arguments that depend on an earlier step (the unit test files tsc just wrote) are computed late.
    const args = typeof argsOrLater === 'function' ? argsOrLater() : argsOrLater;
    console.log(`\n=== ${stage.name}: ${[path.basename(command), ...args.map((a) => path.relative(REPO, a) || a)].join(' ')}`);
    // The unit stage compiled out/ already: the runners need not run tsc again.
    const env = { ...process.env, NLPEARL_SKIP_TSC: '1' };
    const result = await run(command, args, { cwd: REPO, env, capture: true, echo: true, timeoutMs: stage.timeoutMs });
    output += result.output;
    if (result.code === SKIP_EXIT) {
      code = SKIP_EXIT;
      skipReason = /\bskipped: (.*)$/m.exec(result.output)?.[1] ?? 'cannot run here';
      break;
    }
    if (result.code !== 0 && !ignoreExit) {
      code = result.code;
      break;
    }
  }
  return { name: stage.name, code, skipReason, failures: failureDigest(output), retried: retriedTests(output), seconds: (Date.now() - started) / 1000, ...stageResult(stage.kind, code, output, { ci: Boolean(process.env.CI) }) };
}

async function setup() {
  const started = Date.now();
  console.log('=== setup: npm dependencies');
  const { installed } = await ensureDependencies();
  console.log(`=== setup: ${installed ? 'installed' : 'already installed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function main() {
  const started = Date.now();
  await setup();
  const results = [];
  for (const stage of stages) results.push(await runStage(stage));
  const sum = (key) => results.reduce((total, r) => total + r[key], 0);
  for (const r of results.filter((r) => r.failures.length > 0)) {
    console.log(`\n=== what failed in ${r.name}`);
    for (const failure of r.failures) console.log(failure.join('\n'));
  }
  for (const r of results.filter((r) => r.retried.length > 0)) {
    console.log(`\n=== tried twice in ${r.name} (failed once; counted as passed only if the second try passed)`);
    for (const line of r.retried) console.log(`  ${line}`);
  }
  console.log('\nstage         passed  failed  pending  exit   time');
  for (const r of results) {
    const status = r.code === SKIP_EXIT ? `  skipped: ${r.skipReason}` : '';
    console.log(`${r.name.padEnd(12)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.pending).padStart(7)}  ${String(r.code).padStart(4)}  ${r.seconds.toFixed(0).padStart(4)} s${status}`);
  }
  if (process.env.CI && results.some((r) => r.code === SKIP_EXIT)) console.log('CI is set: a skipped stage counts as failed.');
  console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // Skipped = mocha's pending tests plus the stages that could not run here.
  const passed = sum('passed');
  const failed = sum('failed');
  const retried = results.reduce((total, r) => total + r.retried.length, 0);
  if (retried > 0) console.log(`${retried} test(s) needed a second try (listed above)`);
  console.log(`${passed} passed, ${failed} failed, ${sum('pending') + sum('skipped')} skipped`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  },
);
