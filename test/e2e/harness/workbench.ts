// One VS Code workbench for a UI test: a fresh code-server with the packaged .vsix installed, shown in a
// fresh headless Chromium. Start it in before() and stop it in after(): the root hook (hooks.ts) saves a
// screenshot and the logs of every live workbench when a test fails.
import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { resultsDir, screenshot, slug } from './artifacts';
import { runCommand, treeRow, webviewFrame, activityBarEntry, notifications } from './ui';
import { vscodeWeb, type Browser, type CodeServer } from './vscodeWeb';

export interface WorkbenchOptions {
  /** User settings written to <user-data>/User/settings.json before code-server starts. */
  settings?: Record<string, unknown>;
  /** Files (relative path → content) created in the opened workspace folder before start. */
  workspaceFiles?: Record<string, string>;
  /** The package to install; default $NLPEARL_VSIX or <repo>/nlpearl-analytics.vsix. */
  vsix?: string;
  /** How long to wait for the workbench to render (default 60 s). */
  timeoutMs?: number;
}

export interface Workbench {
  page: Page;
  context: BrowserContext;
  url: string;
  port: number;
  /** code-server's PID (its process group holds the extension host). */
  pid: number;
  workspace: string;
  userDataDir: string;
  logFile: string;
  runCommand(title: string): Promise<void>;
  webview(index?: 'last' | number): FrameLocator;
  treeRow(text: string | RegExp): Locator;
  activityBarEntry(title: string): Locator;
  notifications(text?: string | RegExp): Locator;
  screenshot(name: string): Promise<string>;
  /** Saves screenshot + code-server log + VS Code logs under test-results/e2e/<name>.*; never throws. */
  keepArtifacts(name: string): Promise<string[]>;
  stop(): Promise<void>;
}

const live = new Set<Workbench>();

export function liveWorkbenches(): Workbench[] {
  return [...live];
}

function defaultVsix(): string {
  return process.env.NLPEARL_VSIX ?? vscodeWeb().paths.VSIX;
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const web = vscodeWeb();
  const vsix = options.vsix ?? defaultVsix();
  if (!fs.existsSync(vsix)) throw new Error(`no package at ${vsix}: run the e2e tests with \`npm run test:e2e\` (it packages first)`);
  await web.provision({ log: (line) => console.error(line) });
  // The account watch's alerts (a toast, an "Alerts" row) would cover what these tests look at; the watch has its
  // own tests in test/integration/watch.test.ts. A test that wants it sets the setting back.
  const settings = { 'nlpearl.statusBar.enabled': false, ...options.settings };
  const server: CodeServer = await web.startCodeServer({ label: 'e2e', settings, vsix, smokeTestDriver: false });
  for (const [relative, content] of Object.entries(options.workspaceFiles ?? {})) {
    const file = path.join(server.workspace, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  let browser: Browser | undefined;
  let stopped: Promise<void> | undefined;
  const keepArtifacts = async (name: string): Promise<string[]> =>
    web.keepFailureArtifacts({ page: browser?.page, logFile: server.logFile, userDataDir: server.dirs.userData, dir: resultsDir(), name: slug(name) });
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      live.delete(workbench);
      await browser?.close();
      await server.stop();
      if (process.env.NLPEARL_KEEP_RUN !== '1') server.removeRunDir();
    })();
    return stopped;
  };
  // Filled in below once the browser is up; declared first so stop() can be used on a failed start.
  let workbench = { stop } as Workbench;
  try {
    browser = await web.launchBrowser(server);
    const { page, context } = browser;
    page.setDefaultTimeout(15_000);
    await page.goto(server.folderUrl(), { timeout: options.timeoutMs ?? 60_000 });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: options.timeoutMs ?? 60_000 });
    workbench = {
      page,
      context,
      url: server.folderUrl(),
      port: server.port,
      pid: server.pid,
      workspace: server.workspace,
      userDataDir: server.dirs.userData,
      logFile: server.logFile,
      runCommand: (title) => runCommand(page, title),
      webview: (index) => webviewFrame(page, index),
      treeRow: (text) => treeRow(page, text),
      activityBarEntry: (title) => activityBarEntry(page, title),
      notifications: (text) => notifications(page, text),
      screenshot: (name) => screenshot(page, name),
      keepArtifacts,
      stop,
    };
    live.add(workbench);
    return workbench;
  } catch (error) {
    const saved = await keepArtifacts(`startWorkbench-failed-${server.runId}`);
    console.error(`startWorkbench failed; kept ${saved.join(', ')}`);
    await stop();
    throw error;
  }
}
