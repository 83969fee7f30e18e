// Helpers for integration tests that run inside the extension host (see test/integration/index.ts).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'nlpearl-analytics.nlpearl-analytics';

export interface WaitOptions {
  /** Give up after this long (default 10 s). */
  timeoutMs?: number;
  /** Pause between checks (default 50 ms). */
  intervalMs?: number;
  /** Shown in the timeout error, e.g. "nlpearl.signedIn to become true". */
  message?: string;
}

/**
 * Resolves with the first truthy value `predicate` returns; rejects after `timeoutMs` with the last error
 * the predicate threw (if any), so a failing wait says what it was waiting for.
 */
export async function waitFor<T>(predicate: () => T | Promise<T>, options: WaitOptions = {}): Promise<NonNullable<T>> {
  const { timeoutMs = 10_000, intervalMs = 50, message = 'condition' } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${message}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The extension under test; fails the test when VS Code does not know it. */
export function getExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  return extension;
}

/** Activates the extension (idempotent) and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = getExtension();
  if (!extension.isActive) await extension.activate();
  return extension;
}

export interface ContributedCommand {
  command: string;
  title: string;
  category?: string;
}

export interface Manifest {
  name: string;
  publisher: string;
  version: string;
  activationEvents?: string[];
  contributes: {
    commands: ContributedCommand[];
    configuration?: { properties: Record<string, { default?: unknown }> };
    views?: Record<string, { id: string }[]>;
  };
}

/** The installed extension's own package.json (not the repo's), so the test checks what VS Code loaded. */
export function readManifest(extension: vscode.Extension<unknown> = getExtension()): Manifest {
  return JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'package.json'), 'utf8')) as Manifest;
}

export function contributedCommandIds(manifest: Manifest = readManifest()): string[] {
  return manifest.contributes.commands.map((c) => c.command);
}

/** Absolute path of a file compiled into out/, e.g. outPath('test/fake-api/server.js'). */
export function outPath(relative: string): string {
  // This file is out/test/integration/harness/index.js.
  return path.resolve(__dirname, '..', '..', '..', relative);
}

/** Sets (or with `undefined`, removes) a global setting and waits until VS Code reports the new value. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const dot = key.indexOf('.');
  const section = key.slice(0, dot);
  const name = key.slice(dot + 1);
  await vscode.workspace.getConfiguration(section).update(name, value, vscode.ConfigurationTarget.Global);
  const wanted = JSON.stringify(value);
  await waitFor(() => JSON.stringify(vscode.workspace.getConfiguration(section).inspect(name)?.globalValue) === wanted, {
    message: `setting ${key} to become ${wanted}`,
    timeoutMs: 5000,
  });
}
