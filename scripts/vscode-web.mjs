#!/usr/bin/env node
// A real VS Code for this machine: code-server 4.139.1 on Node 24, shown by headless Debian Chromium.
// As a CLI: `node scripts/vscode-web.mjs` provisions (idempotent); `--force` reinstalls; `--check` only reports.
// As a module: provisioning, isolated code-server instances and the browser, for the runners and `npm start`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/prereq.mjs';
import { provision, codeServerVersion, nodeVersion } from './lib/provision.mjs';

export { provision, node24Env } from './lib/provision.mjs';
export { ensureChromium, findChromium } from './lib/prereq.mjs';
export { startCodeServer, installVsix, writeUserSettings, createRunDir, freePort, portInUse, testPayload, BASE_SETTINGS } from './lib/code-server.mjs';
export { launchBrowser, keepFailureArtifacts, CHROMIUM_ARGS } from './lib/browser.mjs';
export { startGroup, stopAll, run } from './lib/proc.mjs';
export * as paths from './lib/paths.mjs';

async function main(argv) {
  if (argv.includes('--check')) {
    console.log(`node24: ${nodeVersion() || 'missing'}\ncode-server: ${codeServerVersion().split('\n')[0] || 'missing'}`);
    console.log(`chromium: ${findChromium() ?? 'missing'}`);
    return;
  }
  const started = Date.now();
  const result = await provision({ force: argv.includes('--force') });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${result.installed ? 'provisioned' : 'already provisioned'} in ${seconds} s: node v${result.versions.node}, code-server ${result.versions.codeServer}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
