/**
 * scripts/lib/proc.mjs runs the tools behind `npm test` (code-server, esbuild, npx). A tool that is
 * not installed must give a failed step with a reason, not crash the runner with a stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// out/test/unit → the repository root.
const PROC = pathToFileURL(path.resolve(__dirname, '..', '..', '..', 'scripts', 'lib', 'proc.mjs')).href;

describe('scripts: running a child process', function () {
  this.timeout(20_000);

  it('a command that does not exist gives exit code 127 and says why', () => {
    const script = `const { run } = await import(${JSON.stringify(PROC)});
const result = await run('nlpearl-no-such-command', [], { timeoutMs: 10000, capture: true, echo: false });
console.log(JSON.stringify(result));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 15_000 });
    assert.equal(child.status, 0, `the runner crashed: ${child.stderr}`);
    const result = JSON.parse(child.stdout.trim()) as { code: number; timedOut: boolean };
    assert.equal(result.code, 127);
    assert.equal(result.timedOut, false);
    assert.match(child.stderr, /nlpearl-no-such-command.*ENOENT|ENOENT.*nlpearl-no-such-command/);
  });
});
