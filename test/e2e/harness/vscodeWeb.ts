// Typed access to scripts/vscode-web.mjs, the one place that provisions and starts code-server and Chromium.
// The compiled tests are CommonJS; Node >= 20.19 loads the ES module through require().
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';

export interface RunDirs {
  root: string;
  userData: string;
  extensions: string;
  workspace: string;
  browserProfile: string;
  home: string;
  tmp: string;
}

export interface CodeServer {
  url: string;
  port: number;
  pid: number;
  runId: string;
  dirs: RunDirs;
  env: NodeJS.ProcessEnv;
  logFile: string;
  workspace: string;
  folderUrl(extra?: Record<string, string>): string;
  stop(): Promise<void>;
  removeRunDir(): void;
}

export interface StartOptions {
  label?: string;
  settings?: Record<string, unknown>;
  vsix?: string;
  workspace?: string;
  smokeTestDriver?: boolean;
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface VscodeWeb {
  provision(options?: { log?: (line: string) => void }): Promise<unknown>;
  startCodeServer(options?: StartOptions): Promise<CodeServer>;
  launchBrowser(run: { dirs: RunDirs; env: NodeJS.ProcessEnv }): Promise<Browser>;
  keepFailureArtifacts(options: { page?: Page; logFile?: string; userDataDir?: string; dir: string; name: string }): Promise<string[]>;
  paths: { REPO: string; RESULTS: string; VSIX: string };
}

const MAX_LEVELS = 8;

/** The repository root: the nearest folder above this file whose package.json names the extension. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  for (let i = 0; i < MAX_LEVELS; i++) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'nlpearl-analytics') return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`no nlpearl-analytics package.json above ${from}`);
}

let loaded: VscodeWeb | undefined;

export function vscodeWeb(): VscodeWeb {
  // A static import would compile to a relative require() that breaks once the file moves to out/, and a
  // dynamic import() is rewritten to require() by tsc for CommonJS anyway.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(repoRoot(), 'scripts', 'vscode-web.mjs')) as VscodeWeb;
  return loaded;
}
