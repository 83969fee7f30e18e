// What `npm test` and `npm start` install before anything else, each step idempotent and said out loud:
// the npm dependencies, a Chromium for the browser-driven stages, and Debian's build packages code-server
// needs. Uses only Node's own modules: it runs before node_modules exists.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { run } from './proc.mjs';
import { withoutNpmLifecycle } from './env.mjs';
import { REPO } from './paths.mjs';

const say = (line) => console.error(`[setup] ${line}`);
const LOCK = path.join(REPO, 'package-lock.json');
const STAMP = path.join(REPO, 'node_modules', '.nlpearl-installed');

function lockHash() {
  return crypto.createHash('sha256').update(fs.readFileSync(LOCK)).digest('hex');
}

/** True when node_modules was installed from the package-lock.json that is there now. */
export function dependenciesCurrent() {
  try {
    return fs.readFileSync(STAMP, 'utf8').trim() === lockHash();
  } catch {
    return false;
  }
}

/** `npm ci` when node_modules is missing or was installed from another package-lock.json. */
export async function ensureDependencies() {
  if (dependenciesCurrent()) return { installed: false };
  const hidden = path.join(REPO, 'node_modules', '.package-lock.json');
  // node_modules installed by hand after the last change of the lock file: trust it, and remember.
  if (fs.existsSync(hidden) && fs.statSync(hidden).mtimeMs >= fs.statSync(LOCK).mtimeMs) {
    fs.writeFileSync(STAMP, `${lockHash()}\n`);
    return { installed: false };
  }
  const started = Date.now();
  say(fs.existsSync(path.join(REPO, 'node_modules')) ? 'package-lock.json changed: npm ci' : 'node_modules is missing: npm ci');
  const { code } = await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: REPO, env: withoutNpmLifecycle(), timeoutMs: 10 * 60_000 });
  if (code !== 0) throw new Error(`npm ci failed (exit ${code}); run it yourself to see why`);
  fs.writeFileSync(STAMP, `${lockHash()}\n`);
  say(`npm dependencies installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { installed: true };
}

/** Where a Chromium or Chrome usually is on each desktop OS, after the user's own NLPEARL_CHROMIUM. */
export function chromiumCandidates(platform = process.platform, env = process.env) {
  const own = env.NLPEARL_CHROMIUM ? [env.NLPEARL_CHROMIUM] : [];
  if (platform === 'darwin') {
    return [...own, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return [...own, ...roots.map((root) => path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'))];
  }
  return [...own, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
}

export function findChromium() {
  return chromiumCandidates().find((candidate) => fs.existsSync(candidate));
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasApt() {
  return process.platform === 'linux' && fs.existsSync('/usr/bin/apt-get') && fs.existsSync('/usr/bin/dpkg');
}

function debianPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

let aptUpdated = false;

/** Installs the missing Debian packages when this is Debian and we are root; otherwise returns the command. */
async function aptInstall(packages, why) {
  const missing = packages.filter((name) => !debianPackageInstalled(name));
  if (missing.length === 0) return { ok: true };
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (!hasApt() || !isRoot()) return { ok: false, command: hasApt() ? `sudo ${command}` : undefined };
  const env = { ...withoutNpmLifecycle(), DEBIAN_FRONTEND: 'noninteractive' };
  say(`${why}: ${command}`);
  if (!aptUpdated) {
    const update = await run('apt-get', ['update', '-qq'], { env, timeoutMs: 5 * 60_000 });
    if (update.code !== 0) return { ok: false, command };
    aptUpdated = true;
  }
  const install = await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, timeoutMs: 10 * 60_000, capture: true, echo: false });
  return install.code === 0 ? { ok: true } : { ok: false, command };
}

/**
 * A Chromium for the integration, browser and e2e stages: the one found, else Debian's when running as root.
 * Returns { path } or { missing: 'one line saying what to run' }. Sets NLPEARL_CHROMIUM for child processes.
 */
export async function ensureChromium() {
  let found = findChromium();
  if (!found && hasApt()) {
    const result = await aptInstall(['chromium', 'fonts-dejavu-core'], 'no Chromium found');
    if (result.ok) found = findChromium();
    else if (result.command) return { missing: `no Chromium or Chrome found; install one with: ${result.command} (or set NLPEARL_CHROMIUM to its path)` };
  }
  if (!found) return { missing: `no Chromium or Chrome found in ${chromiumCandidates().join(', ')}; install Google Chrome, or set NLPEARL_CHROMIUM to a Chromium's path` };
  process.env.NLPEARL_CHROMIUM = found;
  return { path: found };
}

/** Debian's packages code-server's native modules build with (their prebuilt downloads are unreachable here). */
export const CODE_SERVER_BUILD_PACKAGES = ['libkrb5-dev', 'pkg-config', 'python3', 'make', 'g++'];

/** Returns undefined when the build packages are there (or were installed), else the line to run. */
export async function ensureCodeServerBuildPackages() {
  if (!hasApt()) return undefined; // not Debian: node-gyp's own prerequisites are the user's
  const result = await aptInstall(CODE_SERVER_BUILD_PACKAGES, 'code-server builds native modules');
  return result.ok ? undefined : `code-server needs Debian packages to build: ${result.command}`;
}
