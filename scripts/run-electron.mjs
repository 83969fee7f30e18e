#!/usr/bin/env node
// `npm run test:electron`: the integration suite under desktop VS Code only (no code-server fallback).
//   VSCODE_VERSION=1.90.0 npm run test:electron
// On a Linux machine without a display, wrap it in xvfb-run -a. `npm test` picks this host by itself on a desktop.
import { bundleDist, compileOut } from './lib/build.mjs';
import { downloadVSCode, runElectronSuite } from './lib/electron.mjs';
import { exitWith } from './lib/proc.mjs';

exitWith('electron', async () => {
  await compileOut();
  await bundleDist();
  return runElectronSuite(await downloadVSCode());
});
