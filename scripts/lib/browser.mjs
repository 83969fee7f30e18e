// Headless Debian Chromium through playwright-core, with a fresh profile and the run's HOME/XDG/TMPDIR.
// playwright-core starts Chromium in its own process group and kills that group on close and on exit.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './prereq.mjs';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Returns { context, page, close() }. `runDir` is the object createRunDir() returned. */
export async function launchBrowser(runDir, { viewport = { width: 1400, height: 900 } } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium or Chrome found: `npm test` installs one, or set NLPEARL_CHROMIUM');
  const profile = runDir.dirs.browserProfile;
  fs.mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: runDir.env,
    viewport,
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed;
  return {
    context,
    page,
    close() {
      closed ??= context.close().catch(() => undefined);
      return closed;
    },
  };
}

/**
 * Saves a screenshot, a copy of the code-server log and the workbench's own logs (extension host, renderer)
 * into `dir`; never throws. Returns the saved paths.
 */
export async function keepFailureArtifacts({ page, logFile, userDataDir, dir, name }) {
  fs.mkdirSync(dir, { recursive: true });
  const saved = [];
  if (page) {
    const shot = path.join(dir, `${name}.png`);
    try {
      await page.screenshot({ path: shot, timeout: 10_000 });
      saved.push(shot);
    } catch {
      // The page may be gone already; the log below still helps.
    }
  }
  if (logFile && fs.existsSync(logFile)) {
    const copy = path.join(dir, `${name}.code-server.log`);
    fs.copyFileSync(logFile, copy);
    saved.push(copy);
  }
  const logs = userDataDir && path.join(userDataDir, 'logs');
  if (logs && fs.existsSync(logs)) {
    const copy = path.join(dir, `${name}.vscode-logs`);
    fs.cpSync(logs, copy, { recursive: true });
    saved.push(copy);
  }
  return saved;
}
