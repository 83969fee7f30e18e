#!/usr/bin/env node
// `npm start`: the extension with demo data in a real VS Code. Desktop VS Code (`code` on PATH) gets the
// source folder as a development extension; otherwise code-server on 127.0.0.1 serves the workbench with the
// packaged extension installed, and the URL to open is printed. Ctrl-C stops everything this started.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { bundleDist, packageVsix } from './lib/build.mjs';
import { createRunDir, portInUse, startCodeServer } from './lib/code-server.mjs';
import { CACHE, REPO } from './lib/paths.mjs';
import { interruptedBy, run } from './lib/proc.mjs';
import { provision } from './lib/provision.mjs';

const DEMO_SETTINGS = { 'nlpearl.demoMode': true };
const DEFAULT_PORT = 8080;

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function demoWorkspace() {
  const folder = path.join(CACHE, 'demo-workspace');
  fs.mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(folder, '.vscode', 'settings.json'), `${JSON.stringify(DEMO_SETTINGS, null, 2)}\n`);
  return folder;
}

async function ensureDependencies() {
  if (fs.existsSync(path.join(REPO, 'node_modules', '.package-lock.json'))) return;
  console.log('node_modules is missing: running npm install');
  const { code } = await run('npm', ['install'], { cwd: REPO, timeoutMs: 10 * 60_000 });
  if (code !== 0) throw new Error('npm install failed');
}

async function desktop() {
  await bundleDist();
  const workspace = demoWorkspace();
  console.log(`Opening VS Code with the extension from ${REPO} and demo data (${workspace}).`);
  const { code } = await run('code', [`--extensionDevelopmentPath=${REPO}`, '--new-window', workspace], { timeoutMs: 60_000 });
  if (code !== 0) throw new Error(`code exited with ${code}`);
}

async function pickPort() {
  const wanted = Number(process.env.PORT) || DEFAULT_PORT;
  if (!(await portInUse(wanted))) return wanted;
  console.log(`port ${wanted} is taken; using a free one`);
  return undefined;
}

async function browser() {
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
