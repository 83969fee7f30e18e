#!/usr/bin/env node
// Browser tests of the dashboard webview: out/test/browser/**/*.test.js under mocha. Each file opens the webview
// harness (test/e2e/webview-harness: dist/webview.js under the panel's real CSP, headless Chromium) — no VS Code.
// NLPEARL_TEST_GREP=<text> runs a subset. Exit code = mocha's.
import path from 'node:path';
import { bundleDist, compileOut } from './lib/build.mjs';
import { needChromium } from './lib/needs.mjs';
import { REPO } from './lib/paths.mjs';
import { run, exitWith } from './lib/proc.mjs';
import { compiledTests } from './lib/tests.mjs';

const TIMEOUT_MS = Number(process.env.NLPEARL_BROWSER_TIMEOUT_MS) || 10 * 60_000;

async function main() {
  const started = Date.now();
  const chromium = await needChromium();
  console.error(`[browser] ${chromium}`);
  await compileOut();
  await bundleDist();
  const files = compiledTests(path.join('test', 'browser'), '.test.js');
  if (files.length === 0) throw new Error('no *.test.js under out/test/browser');
  const mocha = path.join(REPO, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const args = [
    mocha, '--timeout', '120000', '--reporter', 'spec', '--exit',
    ...(process.env.NLPEARL_TEST_GREP ? ['--grep', process.env.NLPEARL_TEST_GREP] : []),
    ...files,
  ];
  const { code } = await run(process.execPath, args, { cwd: REPO, env: { ...process.env, NLPEARL_CHROMIUM: chromium }, timeoutMs: TIMEOUT_MS });
  console.error(`[browser] exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

exitWith('browser', main);
