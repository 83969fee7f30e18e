#!/usr/bin/env node
// `npm run test:integration`: the mocha suite of test/integration inside a real VS Code extension host. The host
// (scripts/lib/testHost.mjs): desktop VS Code via @vscode/test-electron on macOS, Windows and a Linux desktop;
// code-server 4.139.1 in headless Chromium, loaded through the workbench's test `payload`, on a Linux without a
// display; NLPEARL_TEST_HOST=electron|code-server decides. Exit code = the suite's (77 = skipped, with why).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { bundleDist, compileOut } from './lib/build.mjs';
import { keepFailureArtifacts, launchBrowser } from './lib/browser.mjs';
import { startCodeServer, testPayload } from './lib/code-server.mjs';
import { DownloadFailed, downloadVSCode, runElectronSuite } from './lib/electron.mjs';
import { needCodeServer } from './lib/needs.mjs';
import { REPO, RESULTS } from './lib/paths.mjs';
import { exitWith } from './lib/proc.mjs';
import { codeServerSupport, integrationHost } from './lib/testHost.mjs';

const TIMEOUT_MS = Number(process.env.NLPEARL_INTEGRATION_TIMEOUT_MS) || 5 * 60_000;
const TESTS_ENTRY = path.join(REPO, 'out', 'test', 'integration', 'index.js');

// Everything the workbench logs reaches codeAutomationLog, including the renderer's start-up chatter and
// failed marketplace look-ups. Lines before the suite's first line are kept for failure artifacts only
// (NLPEARL_VERBOSE=1 prints them); from the suite's banner on, the extension host's output is printed as is.
const SUITE_BANNER = 'nlpearl integration suite:';
const consoleLines = [];
// Harmless on a machine without internet: the workbench's marketplace and sign-in look-ups.
const NOISE = [/ENOTFOUND (open-vsx\.org|marketplace|[\w.-]*visualstudio\.com)/, /authentication provider '\w+' to register/];
let suiteStarted = false;

function printLog(type, args) {
  const list = Array.isArray(args) ? args : [args];
  // mocha's reporter uses printf-style formats; the arguments arrive unformatted.
  const text = typeof list[0] === 'string' && list[0].includes('%') ? format(...list) : list.map(String).join(' ');
  consoleLines.push(`[${type}] ${text}`);
  if (text.startsWith(SUITE_BANNER)) suiteStarted = true;
  if ((suiteStarted && !NOISE.some((re) => re.test(text))) || process.env.NLPEARL_VERBOSE === '1') {
    (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
  }
}

/** Desktop VS Code when it can be downloaded; in automatic mode, code-server when it cannot (and this is Linux). */
async function electron(chosen) {
  let executable;
  try {
    executable = await downloadVSCode();
  } catch (error) {
    if (!(error instanceof DownloadFailed) || chosen.why === 'NLPEARL_TEST_HOST' || !codeServerSupport().ok) throw error;
    console.error(`[integration] ${error.message}; falling back to code-server`);
    return codeServer();
  }
  console.error(`[integration] host: VS Code desktop (${path.basename(path.dirname(executable))}) via @vscode/test-electron — ${chosen.why}`);
  return runElectronSuite(executable);
}

async function main() {
  const started = Date.now();
  await compileOut();
  await bundleDist();
  if (!fs.existsSync(TESTS_ENTRY)) throw new Error(`${TESTS_ENTRY} is missing after the build`);
  const chosen = integrationHost();
  const exitCode = chosen.host === 'electron' ? await electron(chosen) : await codeServer(chosen);
  console.error(`[integration] exit ${exitCode} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return exitCode;
}

async function codeServer(chosen = { why: 'fallback' }) {
  const { versions } = await needCodeServer();
  console.error(`[integration] host: code-server ${versions.codeServer.split(' ')[0]} (Code OSS in headless Chromium) — ${chosen.why}`);
  const server = await startCodeServer({ label: 'integration' });
  console.error(`[integration] code-server ${server.url} (pid ${server.pid}), run dir ${server.dirs.root}`);
  let browser;
  let exitCode = 1;
  let timer;
  try {
    browser = await launchBrowser({ dirs: server.dirs, env: server.env });
    const { page } = browser;
    let reportExit;
    const exited = new Promise((resolve) => {
      reportExit = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
    await page.exposeFunction('codeAutomationLog', (type, args) => printLog(type, args));
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS);
    });
    const payload = testPayload({ port: server.port, extensionDevelopmentPath: REPO, extensionTestsPath: TESTS_ENTRY });
    await page.goto(server.folderUrl({ payload }), { timeout: 60_000 });
    const outcome = await Promise.race([exited, timedOut]);
    if (outcome === 'timeout') {
      console.error(`[integration] no result from the extension host within ${TIMEOUT_MS / 1000} s`);
      exitCode = 1;
    } else {
      exitCode = outcome;
    }
  } catch (error) {
    console.error(`[integration] ${error instanceof Error ? error.stack : error}`);
    exitCode = 1;
  } finally {
    clearTimeout(timer);
    if (exitCode !== 0) {
      const dir = path.join(RESULTS, 'integration', server.runId);
      const saved = await keepFailureArtifacts({ page: browser?.page, logFile: server.logFile, userDataDir: server.dirs.userData, dir, name: 'integration' });
      const consoleFile = path.join(dir, 'integration.console.log');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(consoleFile, `${consoleLines.join('\n')}\n`);
      saved.push(consoleFile);
      console.error(`[integration] kept for inspection:\n  ${saved.join('\n  ')}`);
    }
    await browser?.close();
    await server.stop();
    if (process.env.NLPEARL_KEEP_RUN !== '1') server.removeRunDir();
  }
  return exitCode;
}

exitWith('integration', main);
