#!/usr/bin/env node
// The integration suite under desktop VS Code (Electron) via @vscode/test-electron, for machines that can
// download VS Code from update.code.visualstudio.com. Not part of `npm test`: on machines that reach only
// the npm registry the download fails at once (ENOTFOUND) — use `npm run test:integration` (code-server) there.
//   node scripts/run-electron.mjs                 # VS Code "stable"
//   VSCODE_VERSION=1.90.0 node scripts/run-electron.mjs
// On a Linux machine without a display, wrap it in xvfb-run -a.
import fs from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleDist, compileOut } from './lib/build.mjs';
import { createRunDir, writeUserSettings } from './lib/code-server.mjs';
import { REPO } from './lib/paths.mjs';

async function main() {
  await compileOut();
  await bundleDist();
  const runDir = createRunDir('electron');
  writeUserSettings(runDir.dirs.userData, {});
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(REPO, 'out', 'test', 'integration', 'index.js'),
      extensionTestsEnv: { NLPEARL_TEST_GREP: process.env.NLPEARL_TEST_GREP ?? '' },
      launchArgs: [
        runDir.dirs.workspace,
        '--user-data-dir', runDir.dirs.userData,
        '--extensions-dir', runDir.dirs.extensions,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome', '--skip-release-notes',
      ],
    });
    return 0;
  } catch (error) {
    console.error(`[electron] ${error instanceof Error ? error.message : error}`);
    return 1;
  } finally {
    if (fs.existsSync(runDir.dirs.root) && process.env.NLPEARL_KEEP_RUN !== '1') runDir.remove();
  }
}

main().then((code) => process.exit(code));
