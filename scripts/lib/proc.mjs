// Child processes that can always be stopped: each long-lived child gets its own process group, is
// remembered by PID, and is killed by that PID on normal exit, on failure and on Ctrl-C.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const live = new Set();
let handlersInstalled = false;
let signalled;

/** The signal (SIGINT, SIGTERM, SIGHUP) that is stopping this process, if any. */
export function interruptedBy() {
  return signalled;
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
    }
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' handlers must be synchronous: a SIGKILL of each remembered group is all that is possible there.
  process.on('exit', () => {
    for (const child of live) killGroup(child.pid, 'SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      signalled = signal;
      void stopAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/**
 * Starts a long-lived child in its own process group. Returns { pid, child, exited, stop }.
 * `stop()` sends SIGTERM to the group, waits up to `graceMs`, then SIGKILL; it is idempotent.
 */
export function startGroup(command, args, options = {}) {
  installHandlers();
  const { graceMs = 5000, ...spawnOptions } = options;
  // On Windows npm and code are .cmd scripts, which spawn() starts only through a shell.
  const shell = process.platform === 'win32' && /^(npm|npx|code)$/.test(command);
  const child = spawn(command, args, { ...spawnOptions, shell, detached: true });
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    // A command that cannot start (not installed: ENOENT) emits 'error' and never 'exit'; unhandled,
    // the 'error' would crash the runner with a stack trace. 127 is the shell's "command not found".
    child.on('error', (error) => {
      if (child.pid !== undefined) return;
      process.stderr.write(`[proc] could not start ${command}: ${error.message}\n`);
      resolve({ code: 127, signal: null });
    });
  });
  const entry = { pid: child.pid, stop: undefined };
  let stopping;
  entry.stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        killGroup(child.pid, 'SIGTERM');
        const done = await Promise.race([exited.then(() => true), sleep(graceMs).then(() => false)]);
        if (!done) killGroup(child.pid, 'SIGKILL');
      }
      // The leader may be gone while grandchildren (watchers, the extension host) linger in its group.
      killGroup(child.pid, 'SIGKILL');
      live.delete(entry);
    })();
    return stopping;
  };
  live.add(entry);
  if (child.pid === undefined) live.delete(entry);
  exited.then(() => {
    if (!isAlive(child.pid)) live.delete(entry);
  });
  return { pid: child.pid, child, exited, stop: entry.stop };
}

/** Stops every group started through startGroup that is still running. */
export async function stopAll() {
  await Promise.all([...live].map((entry) => entry.stop()));
}

/**
 * Runs a command to completion in its own group, with a hard time limit. Output is inherited unless
 * `capture` is set, in which case it is also collected (and still echoed when `echo` is true).
 */
export async function run(command, args, { cwd, env, timeoutMs = 10 * 60_000, capture = false, echo = true } = {}) {
  const stdio = capture ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'];
  const handle = startGroup(command, args, { cwd, env, stdio });
  let output = '';
  if (capture) {
    for (const [stream, sink] of [[handle.child.stdout, process.stdout], [handle.child.stderr, process.stderr]]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        output += chunk;
        if (echo) sink.write(chunk);
      });
    }
  }
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void handle.stop();
  }, timeoutMs);
  const { code, signal } = await handle.exited;
  clearTimeout(timer);
  await handle.stop();
  const exitCode = timedOut ? 124 : code ?? (signal ? 128 : 1);
  if (timedOut) process.stderr.write(`\n[timeout] ${command} ${args.join(' ')} exceeded ${Math.round(timeoutMs / 1000)} s and was stopped\n`);
  return { code: exitCode, output, timedOut };
}

/** The exit code of a stage that cannot run on this machine (automake's convention): npm test counts it as skipped. */
export const SKIP_EXIT = 77;

/** Thrown by a runner whose stage cannot run here; `message` says why and what would make it run. */
export class StageSkipped extends Error {}

/**
 * Runs a script's main() and exits with its code (SKIP_EXIT after a StageSkipped, with its reason); on an error, says what failed (with the stack
 * when `stack` is set) and stops every process group the script started, so nothing outlives it.
 */
export function exitWith(label, main, { stack = false } = {}) {
  main()
    .then((code) => process.exit(code))
    .catch(async (error) => {
      if (error instanceof StageSkipped) {
        console.error(`[${label}] skipped: ${error.message}`);
        await stopAll();
        process.exit(SKIP_EXIT);
      }
      console.error(`[${label}] ${error instanceof Error ? (stack ? error.stack : error.message) : error}`);
      await stopAll();
      process.exit(1);
    });
}
