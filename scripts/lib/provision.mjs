// Idempotent install of what a real VS Code needs here: Node 24 and code-server from the npm registry,
// both under .vscode-test/. The marker file makes a second run a few cheap checks.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { node24InstallEnv } from './env.mjs';
import { ensureCodeServerBuildPackages } from './prereq.mjs';
import { run, StageSkipped } from './proc.mjs';
import { codeServerSupport } from './testHost.mjs';
import {
  CACHE, CODE_SERVER_DIR, CODE_SERVER_ENTRY, CODE_SERVER_VERSION, MARKER, NODE_BIN, NODE_DIR, NODE_VERSION,
} from './paths.mjs';

// code-server writes ~/.config/code-server/config.yaml even for --version: keep that out of the real home.
function quietHome() {
  const home = path.join(CACHE, 'provision-home');
  fs.mkdirSync(home, { recursive: true });
  return { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share'), XDG_CACHE_HOME: path.join(home, '.cache') };
}

function versionOf(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 30_000, env: quietHome(), stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function nodeVersion() {
  return fs.existsSync(NODE_BIN) ? versionOf(NODE_BIN, ['--version']) : '';
}

/** "4.139.1 <commit> with Code 1.139.1", or '' when code-server is missing or does not start. */
export function codeServerVersion() {
  if (!fs.existsSync(CODE_SERVER_ENTRY) || !fs.existsSync(NODE_BIN)) return '';
  // The first start in a fresh HOME also logs "Wrote default config file" on stdout; keep only the version line.
  const output = versionOf(NODE_BIN, [CODE_SERVER_ENTRY, '--version']);
  return output.split('\n').find((line) => /^\d+\.\d+\.\d+ [0-9a-f]{40}/.test(line)) ?? '';
}

/** The environment under which npm builds code-server's native modules against Node 24's headers. */
export function node24Env(base = process.env) {
  return node24InstallEnv({ base, nodeBinDir: path.dirname(NODE_BIN), nodeDir: NODE_DIR, delimiter: path.delimiter });
}

async function installNode(log) {
  const tmp = path.join(CACHE, 'node24.download');
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const { nodePackage } = codeServerSupport();
  log(`[provision] downloading ${nodePackage}@${NODE_VERSION} from the npm registry`);
  const packed = await run('npm', ['pack', `${nodePackage}@${NODE_VERSION}`, '--silent'], { cwd: tmp, env: node24Env(), capture: true, echo: false, timeoutMs: 5 * 60_000 });
  if (packed.code !== 0) throw new Error(`npm pack ${nodePackage}@${NODE_VERSION} failed:\n${packed.output}`);
  const tarball = fs.readdirSync(tmp).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack produced no tarball');
  const untar = await run('tar', ['xzf', tarball], { cwd: tmp, timeoutMs: 5 * 60_000 });
  if (untar.code !== 0) throw new Error(`could not extract ${tarball}`);
  fs.rmSync(NODE_DIR, { recursive: true, force: true });
  fs.renameSync(path.join(tmp, 'package'), NODE_DIR);
  fs.rmSync(tmp, { recursive: true, force: true });
}

async function installCodeServer(log) {
  const missing = await ensureCodeServerBuildPackages();
  if (missing) throw new StageSkipped(missing);
  log(`[provision] installing code-server@${CODE_SERVER_VERSION} with Node ${NODE_VERSION} (about 2 minutes)`);
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  const result = await run(
    'npm',
    ['install', '-g', '--prefix', CODE_SERVER_DIR, '--foreground-scripts', '--no-fund', '--no-audit', `code-server@${CODE_SERVER_VERSION}`],
    { cwd: CACHE, env: node24Env(), capture: true, echo: false, timeoutMs: 15 * 60_000 },
  );
  if (result.code !== 0) {
    fs.writeFileSync(path.join(CACHE, 'code-server-install.log'), result.output);
    throw new Error(`code-server install failed (log: ${path.join(CACHE, 'code-server-install.log')}). Last lines:\n${result.output.split('\n').slice(-25).join('\n')}`);
  }
}

function readMarker() {
  try {
    return JSON.parse(fs.readFileSync(MARKER, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Makes sure Node 24 and code-server are usable (Linux only: see testHost.mjs). Returns
 * { node, entry, versions: { node, codeServer }, installed: boolean }.
 */
export async function provision({ log = (line) => console.error(line), force = false } = {}) {
  const support = codeServerSupport();
  if (!support.ok) throw new StageSkipped(support.reason);
  fs.mkdirSync(CACHE, { recursive: true });
  const marker = force ? undefined : readMarker();
  if (marker?.nodeVersion === NODE_VERSION && marker?.codeServerVersion === CODE_SERVER_VERSION && nodeVersion() === `v${NODE_VERSION}` && fs.existsSync(CODE_SERVER_ENTRY)) {
    return { node: NODE_BIN, entry: CODE_SERVER_ENTRY, versions: { node: NODE_VERSION, codeServer: marker.codeServerReport }, installed: false };
  }
  log(`[provision] code-server ${CODE_SERVER_VERSION} on Node ${NODE_VERSION} goes into ${CACHE} (once, ~3 minutes, ~1.1 GB)`);
  if (force || nodeVersion() !== `v${NODE_VERSION}`) await installNode(log);
  const gotNode = nodeVersion();
  if (gotNode !== `v${NODE_VERSION}`) throw new Error(`expected Node v${NODE_VERSION} at ${NODE_BIN}, got "${gotNode}"`);
  // A previous install that finished (code-server reports its version) is kept even without the marker.
  if (force || !codeServerVersion().startsWith(`${CODE_SERVER_VERSION} `)) await installCodeServer(log);
  const report = codeServerVersion();
  if (!report.startsWith(`${CODE_SERVER_VERSION} `)) throw new Error(`code-server did not start: "${report}" from ${CODE_SERVER_ENTRY}`);
  fs.writeFileSync(MARKER, `${JSON.stringify({ nodeVersion: NODE_VERSION, codeServerVersion: CODE_SERVER_VERSION, codeServerReport: report, at: new Date().toISOString() }, null, 2)}\n`);
  log(`[provision] ready: node v${NODE_VERSION}, code-server ${report}`);
  return { node: NODE_BIN, entry: CODE_SERVER_ENTRY, versions: { node: NODE_VERSION, codeServer: report }, installed: true };
}
