// One isolated code-server instance: its own port, user-data and extensions dirs, HOME/XDG/TMPDIR, log file.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { URLSearchParams } from 'node:url';
import { run, startGroup } from './proc.mjs';
import { CODE_SERVER_ENTRY, NODE_BIN, RUNS } from './paths.mjs';

let runCounter = 0;

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True when something already accepts connections on host:port. */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * A fresh folder tree for one run under .vscode-test/runs/<id>, and the environment that keeps every
 * program of the run (code-server, its extension host, Chromium) out of the real home.
 * TMPDIR and XDG_RUNTIME_DIR are a short folder in the system temp dir (linked from <run>/tmp): Chromium and
 * VS Code put Unix sockets there, and a socket path longer than 107 bytes makes Chromium abort.
 * `remove()` deletes both.
 */
export function createRunDir(label = 'run') {
  pruneStaleRuns();
  runCounter += 1;
  const id = `${label}-${process.pid}-${runCounter}`;
  const root = path.join(RUNS, id);
  fs.rmSync(root, { recursive: true, force: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nlp-'));
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    workspace: path.join(root, 'workspace'),
    browserProfile: path.join(root, 'chromium-profile'),
    home: path.join(root, 'home'),
    tmp,
  };
  for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(tmp, path.join(root, 'tmp'));
  const env = {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
    XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
    XDG_RUNTIME_DIR: path.join(tmp, 'xdg'),
    TMPDIR: tmp,
  };
  for (const key of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR']) fs.mkdirSync(env[key], { recursive: true, mode: 0o700 });
  // Variables that would point code-server at another instance or the outer VS Code.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  return {
    id,
    dirs,
    env,
    remove() {
      fs.rmSync(tmp, { recursive: true, force: true });
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Deletes run folders (and their temp dirs) left by runs whose process is gone, e.g. after Ctrl-C. */
export function pruneStaleRuns() {
  if (!fs.existsSync(RUNS)) return;
  for (const name of fs.readdirSync(RUNS)) {
    const pid = Number(/-(\d+)-\d+$/.exec(name)?.[1]);
    if (!pid || pid === process.pid || processAlive(pid)) continue;
    const root = path.join(RUNS, name);
    try {
      const tmp = fs.readlinkSync(path.join(root, 'tmp'));
      if (path.basename(tmp).startsWith('nlp-')) fs.rmSync(tmp, { recursive: true, force: true });
    } catch {
      // No temp link: nothing outside the run folder to remove.
    }
    fs.rmSync(root, { recursive: true, force: true });
  }
}

// Quiet defaults: nothing that opens an editor, a tour or a network look-up over the workbench under test.
export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Run folders live inside this repository: no "open the parent git repository?" toast over the tests.
  'git.openRepositoryInParentFolders': 'never',
  'git.autoRepositoryDetection': false,
};

export function writeUserSettings(userDataDir, settings) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2)}\n`);
  return file;
}

/** Installs a .vsix into an extensions dir with code-server's own CLI (the way a user installs the package). */
export async function installVsix(vsix, { extensionsDir, userDataDir, env, timeoutMs = 120_000 }) {
  if (!fs.existsSync(vsix)) throw new Error(`no package at ${vsix}; build it with \`npm run package\``);
  const result = await run(
    NODE_BIN,
    [CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix, '--force'],
    { env, capture: true, echo: false, timeoutMs },
  );
  if (result.code !== 0 || /failed|error/i.test(result.output.replace(/warn.*$/gim, ''))) {
    throw new Error(`installing ${path.basename(vsix)} failed (exit ${result.code}):\n${result.output}`);
  }
  return result.output.trim();
}

function healthy(url) {
  return new Promise((resolve) => {
    const request = http.get(`${url}/healthz`, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts code-server and waits for /healthz. Options:
 *   label, settings (user settings.json), vsix (installed first), workspace (folder to open; default an empty
 *   one of the run), port/host, smokeTestDriver (default true: needed for the test payload), healthTimeoutMs.
 * Returns { url, port, pid, runId, dirs, env, logFile, workspace, folderUrl(extraQuery?), stop(), exited, removeRunDir() }.
 */
export async function startCodeServer(options = {}) {
  const {
    label = 'code-server', settings = {}, vsix, workspace, host = '127.0.0.1', smokeTestDriver = true,
    healthTimeoutMs = 30_000, runDir = createRunDir(label),
  } = options;
  const { dirs, env } = runDir;
  const port = options.port ?? (await freePort(host));
  writeUserSettings(dirs.userData, settings);
  if (vsix) await installVsix(vsix, { extensionsDir: dirs.extensions, userDataDir: dirs.userData, env });
  const folder = workspace ?? dirs.workspace;
  const logFile = path.join(dirs.root, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `${host}:${port}`,
    '--auth', 'none',
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    folder,
  ];
  const handle = startGroup(NODE_BIN, args, { cwd: dirs.root, env, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + healthTimeoutMs;
  let exited = false;
  handle.exited.then(() => {
    exited = true;
  });
  while (!(await healthy(url))) {
    if (exited || Date.now() > deadline) {
      await handle.stop();
      if (!options.runDir) runDir.remove();
      throw new Error(`code-server ${exited ? 'exited' : `did not answer /healthz within ${healthTimeoutMs / 1000} s`} (log ${logFile}):\n${tail(logFile)}`);
    }
    await sleep(200);
  }
  return {
    url,
    port,
    pid: handle.pid,
    runId: runDir.id,
    dirs,
    env,
    logFile,
    workspace: folder,
    /** The workbench URL for the opened folder, with optional extra query parameters. */
    folderUrl(extra = {}) {
      const query = new URLSearchParams({ folder, ...extra });
      return `${url}/?${query.toString()}`;
    },
    stop: handle.stop,
    /** Resolves with { code, signal } when code-server ends. */
    exited: handle.exited,
    /** Deletes the run's folders (call after stop(); keep them when a failure needs inspecting). */
    removeRunDir: runDir.remove,
  };
}

/** The `payload` VS Code's web workbench reads to load a development extension and run its test entry. */
export function testPayload({ port, host = '127.0.0.1', extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${host}:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionDevelopmentPath)]];
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  return JSON.stringify(payload);
}
