/**
 * `npm test` ends with a table and `N passed, N failed, N skipped`, and CI keeps only the tail of its output:
 * the summary must count what mocha counted and repeat which tests failed and why.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const MOCHA_OUTPUT = pathToFileURL(path.resolve(__dirname, '..', '..', '..', 'scripts', 'lib', 'mochaOutput.mjs')).href;

/** Runs one of mochaOutput.mjs's functions on `output` in a child Node (the module is ESM, the tests CommonJS). */
function call(name: 'failureDigest' | 'mochaCounts' | 'retriedTests', output: string): unknown {
  const script = `const m = await import(${JSON.stringify(MOCHA_OUTPUT)});
console.log(JSON.stringify(m[${JSON.stringify(name)}](${JSON.stringify(output)})));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
  assert.equal(child.status, 0, child.stderr);
  return JSON.parse(child.stdout.trim());
}

const INTEGRATION_RUN = [
  '  tree',
  '    ✔ shows the campaigns (120ms)',
  '    1) expanding a campaign shows its figures',
  '',
  '  114 passing (4m)',
  '  1 failing',
  '',
  '  1) tree',
  '       expanding a campaign shows its figures:',
  '',
  '      AssertionError [ERR_ASSERTION]: the row still says "Loading figures…"',
  '      + expected - actual',
  '',
  '      at Context.<anonymous> (out/test/integration/tree.test.js:88:16)',
  '',
  '[integration] exit 1 after 261.0 s',
  '',
].join('\n');

describe('scripts: reading a mocha stage for the summary of npm test', function () {
  this.timeout(30_000);

  it('counts the last passing / failing line mocha printed', () => {
    assert.deepEqual(call('mochaCounts', INTEGRATION_RUN), { passing: 114, failing: 1 });
  });

  it('repeats the failed test, its message and where, without the runner lines after the report', () => {
    assert.deepEqual(call('failureDigest', INTEGRATION_RUN), [
      [
        '  1) tree',
        '       expanding a campaign shows its figures:',
        '      AssertionError [ERR_ASSERTION]: the row still says "Loading figures…"',
        '      + expected - actual',
        '      at Context.<anonymous> (out/test/integration/tree.test.js:88:16)',
      ],
    ]);
  });

  it('gives no failures for a green run', () => {
    assert.deepEqual(call('failureDigest', '  3 passing (1s)\n'), []);
  });

  it('names the tests that passed only on a second try, with why the first failed', () => {
    const output = [
      '[integration] retried after a failure: campaign tree shows key figures — first try: Timed out waiting for the figures',
      '    ✔ shows key figures (2300ms)',
      '  115 passing (1m)',
    ].join('\n');
    assert.deepEqual(call('retriedTests', output), ['campaign tree shows key figures — first try: Timed out waiting for the figures']);
    assert.deepEqual(call('retriedTests', INTEGRATION_RUN), []);
  });
});
