#!/usr/bin/env node
// `npm start`: the extension with demo data in a real VS Code, on a fresh clone (npm dependencies first).
// Desktop VS Code (`code` on PATH) gets the source folder as a development extension, in a profile of its own
// under .vscode-test/ whose user settings turn demo mode on; otherwise (Linux) code-server on 127.0.0.1 serves the
// workbench with the packaged extension installed, and the URL to open is printed. Ctrl-C stops everything.
// Demo mode is a user setting, never a workspace one: a workspace cannot choose the data source.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { bundleDist, packageVsix } from './lib/build.mjs';
import { createRunDir, portInUse, startCodeServer, writeUserSettings } from './lib/code-server.mjs';
import { CACHE, REPO } from './lib/paths.mjs';
import { ensureDependencies } from './lib/prereq.mjs';
import { interruptedBy, run } from './lib/proc.mjs';
import { provision } from './lib/provision.mjs';
import { codeServerSupport } from './lib/testHost.mjs';

const DEMO_SETTINGS = { 'nlpearl.demoMode': true };
const DEFAULT_PORT = 8080;

function onPath(command) {
  const lookup = process.platform === 'win32' ? spawnSync('where', [command], { stdio: 'ignore' }) : spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  return lookup.status === 0;
}


function demoWorkspace() {
  const folder = path.join(CACHE, 'demo-workspace');
  fs.mkdirSync(folder, { recursive: true });
  // Earlier versions put demo mode in the workspace's settings, which no longer decide it.
  fs.rmSync(path.join(folder, '.vscode'), { recursive: true, force: true });
  return folder;
}

async function desktop() {
  await bundleDist();
  const workspace = demoWorkspace();
  const userData = path.join(CACHE, 'start-desktop-user-data');
  writeUserSettings(userData, DEMO_SETTINGS);
  console.log(`Opening VS Code with the extension from ${REPO} and demo data (profile ${userData}).`);
  const { code } = await run('code', [`--extensionDevelopmentPath=${REPO}`, '--user-data-dir', userData, '--new-window', workspace], { timeoutMs: 60_000 });
  if (code !== 0) throw new Error(`code exited with ${code}`);
}

async function pickPort() {
  const wanted = Number(process.env.PORT) || DEFAULT_PORT;
  if (!(await portInUse(wanted))) return wanted;
  console.log(`port ${wanted} is taken; using a free one`);
  return undefined;
}

async function browser() {
  const support = codeServerSupport();
  if (!support.ok) {
    throw new Error(`${support.reason}. Put VS Code's \`code\` command on PATH (Command Palette → "Shell Command: Install 'code' command in PATH") and run npm start again.`);
  }
  const vsix = await packageVsix();
  await provision();
  const runDir = createRunDir('start');
  const server = await startCodeServer({ runDir, vsix, settings: DEMO_SETTINGS, workspace: demoWorkspace(), port: await pickPort(), smokeTestDriver: false });
  // After Ctrl-C proc.mjs stops code-server, then exits: the run's folders go with it. When code-server
  // ends on its own, they stay for its log.
  process.on('exit', () => {
    if (interruptedBy()) runDir.remove();
  });
  console.log(`\nNLPearl Analytics (demo data) in VS Code for the browser:\n\n    ${server.folderUrl()}\n`);
  console.log(`code-server pid ${server.pid}, log ${server.logFile}. Press Ctrl-C to stop.`);
  const { code, signal } = await server.exited;
  if (interruptedBy()) return new Promise(() => {}); // proc.mjs exits once everything is stopped
  console.error(`code-server stopped on its own (${signal ?? `exit ${code}`}); its log: ${server.logFile}`);
  return 1;
}

async function main() {
  await ensureDependencies();
  if (onPath('code') && process.env.NLPEARL_START_WEB !== '1') {
    await desktop();
    return 0;
  }
  return browser();
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
