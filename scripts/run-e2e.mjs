#!/usr/bin/env node
// `npm run test:e2e`: UI tests against the packaged extension. Packages the .vsix, then runs mocha over
// out/test/e2e/**/*.e2e.js; each test file starts its own code-server + Chromium through test/e2e/harness.
// Linux only (code-server's path); elsewhere, or without a Chromium, it exits 77 (skipped) saying why.
import path from 'node:path';
import { compileOut, packageVsix } from './lib/build.mjs';
import { REPO } from './lib/paths.mjs';
import { run, exitWith } from './lib/proc.mjs';
import { needCodeServer } from './lib/needs.mjs';
import { compiledTests } from './lib/tests.mjs';

const TIMEOUT_MS = Number(process.env.NLPEARL_E2E_TIMEOUT_MS) || 10 * 60_000;
const E2E_OUT = path.join(REPO, 'out', 'test', 'e2e');
async function main() {
  const started = Date.now();
  // Before the build: a machine that cannot run code-server says so at once.
  await needCodeServer();
  await compileOut();
  const vsix = await packageVsix();
  const files = compiledTests(path.join('test', 'e2e'), '.e2e.js', { skipDirs: ['harness'] });
  if (files.length === 0) throw new Error(`no *.e2e.js under ${E2E_OUT}`);
  const mocha = path.join(REPO, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const args = [
    mocha, '--require', path.join(E2E_OUT, 'harness', 'hooks.js'), '--timeout', '90000', '--reporter', 'spec', '--exit',
    ...(process.env.NLPEARL_TEST_GREP ? ['--grep', process.env.NLPEARL_TEST_GREP] : []),
    ...files,
  ];
  const { code } = await run(process.execPath, args, { cwd: REPO, env: { ...process.env, NLPEARL_VSIX: vsix }, timeoutMs: TIMEOUT_MS });
  console.error(`[e2e] exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

exitWith('e2e', main);
