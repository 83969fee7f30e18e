// The figures only a real VS Code shows: code-server (scripts/lib) loads the extension from this
// repository and runs scripts/bench/host-probe.js as its extensionTestsPath; the probe prints one
// JSON line, which arrives here through the workbench's console relay.
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from '../lib/browser.mjs';
import { startCodeServer, testPayload } from '../lib/code-server.mjs';
import { REPO } from '../lib/paths.mjs';
import { provision } from '../lib/provision.mjs';

const PROBE = path.join(REPO, 'scripts', 'bench', 'host-probe.js');
const RESULT_PREFIX = 'nlpearl-bench-result ';
const ROUND_TIMEOUT_MS = 3 * 60_000;

/** One fresh code-server + workbench: a cold activation, then the probe's measurements. */
async function round(index) {
  // Read by host-probe.js in the extension host (it inherits code-server's environment): even rounds open the
  // floor's empty webview first, odd rounds the dashboard, so each is cold in half of the workbenches.
  process.env.NLPEARL_BENCH_FLOOR_FIRST = index % 2 === 0 ? '1' : '0';
  const server = await startCodeServer({ label: `bench-${index}` });
  let browser;
  let timer;
  try {
    browser = await launchBrowser({ dirs: server.dirs, env: server.env });
    const { page } = browser;
    let result;
    const lines = [];
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const list = Array.isArray(args) ? args : [args];
      const text = typeof list[0] === 'string' && list[0].includes('%') ? format(...list) : list.map(String).join(' ');
      lines.push(text);
      const at = text.indexOf(RESULT_PREFIX);
      if (at >= 0) result = JSON.parse(text.slice(at + RESULT_PREFIX.length));
    });
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), ROUND_TIMEOUT_MS);
    });
    const payload = testPayload({ port: server.port, extensionDevelopmentPath: REPO, extensionTestsPath: PROBE });
    await page.goto(server.folderUrl({ payload }), { timeout: 60_000 });
    const outcome = await Promise.race([exited, timedOut]);
    if (result?.error) throw new Error(`the probe failed inside VS Code:\n${result.error}`);
    if (!result) {
      const tail = lines.slice(-15).join('\n');
      throw new Error(`no result from the extension host (${outcome === 'timeout' ? 'timed out' : `exit ${outcome}`}); last lines:\n${tail}`);
    }
    return result;
  } finally {
    clearTimeout(timer);
    await browser?.close();
    await server.stop();
    if (process.env.NLPEARL_KEEP_RUN !== '1') server.removeRunDir();
  }
}

/** `rounds` independent code-server runs (each activation is cold only once per run). */
export async function measureInVsCode({ rounds = 3 } = {}) {
  await provision();
  const results = [];
  for (let i = 1; i <= rounds; i++) results.push(await round(i));
  return results;
}
