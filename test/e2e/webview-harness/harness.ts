/**
 * Drives the webview harness in Chromium: feed host messages, read back what a user would see.
 * Kept for the hostile-data browser tests as well as for screenshots.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { englishTranslate } from '../../../src/analytics/translate';
import { webviewStrings } from '../../../src/dashboard/translateStrings';
import type { DashboardModel, HostMessage, InitMessage } from '../../../src/shared/protocol';
import { startHarness, type HarnessServer } from './server';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A few of VS Code's theme variables (values from the default Dark Modern / Light Modern / HC themes). */
export const THEMES = {
  dark: {
    bodyClass: 'vscode-dark',
    vars: {
      '--vscode-foreground': '#cccccc', '--vscode-editor-foreground': '#cccccc', '--vscode-editor-background': '#1f1f1f',
      '--vscode-editorWidget-background': '#202020', '--vscode-widget-border': '#313131', '--vscode-descriptionForeground': '#9d9d9d',
      '--vscode-charts-foreground': '#cccccc', '--vscode-charts-lines': 'rgba(204,204,204,0.5)', '--vscode-charts-red': '#f14c4c',
      '--vscode-charts-blue': '#3794ff', '--vscode-charts-yellow': '#cca700', '--vscode-charts-orange': '#d18616',
      '--vscode-charts-green': '#89d185', '--vscode-charts-purple': '#b180d7', '--vscode-focusBorder': '#0078d4',
      '--vscode-badge-background': '#616161', '--vscode-badge-foreground': '#f8f8f8', '--vscode-errorForeground': '#f85149',
      '--vscode-button-background': '#0078d4', '--vscode-button-foreground': '#ffffff', '--vscode-button-secondaryBackground': '#313131',
      '--vscode-button-secondaryForeground': '#cccccc', '--vscode-font-family': '"DejaVu Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-dropdown-background': '#313131', '--vscode-dropdown-foreground': '#cccccc', '--vscode-dropdown-border': '#3c3c3c',
      '--vscode-input-background': '#313131', '--vscode-input-foreground': '#cccccc', '--vscode-settings-textInputBorder': '#3c3c3c',
      '--vscode-inputValidation-warningBackground': '#352a05', '--vscode-inputValidation-warningBorder': '#b89500',
      '--vscode-settings-dropdownBackground': '#313131', '--vscode-settings-dropdownForeground': '#cccccc', '--vscode-settings-dropdownBorder': '#3c3c3c',
      '--vscode-settings-textInputBackground': '#313131', '--vscode-settings-textInputForeground': '#cccccc',
      '--vscode-list-activeSelectionBackground': '#04395e', '--vscode-list-activeSelectionForeground': '#ffffff', '--vscode-list-hoverBackground': '#2a2d2e',
    },
  },
  light: {
    bodyClass: 'vscode-light',
    vars: {
      '--vscode-foreground': '#3b3b3b', '--vscode-editor-foreground': '#3b3b3b', '--vscode-editor-background': '#ffffff',
      '--vscode-editorWidget-background': '#f8f8f8', '--vscode-widget-border': '#e5e5e5', '--vscode-descriptionForeground': '#3b3b3b',
      '--vscode-charts-foreground': '#616161', '--vscode-charts-lines': 'rgba(97,97,97,0.5)', '--vscode-charts-red': '#e51400',
      '--vscode-charts-blue': '#1a85ff', '--vscode-charts-yellow': '#bf8803', '--vscode-charts-orange': '#d18616',
      '--vscode-charts-green': '#388a34', '--vscode-charts-purple': '#652d90', '--vscode-focusBorder': '#005fb8',
      '--vscode-badge-background': '#cccccc', '--vscode-badge-foreground': '#3b3b3b', '--vscode-errorForeground': '#f85149',
      '--vscode-button-background': '#005fb8', '--vscode-button-foreground': '#ffffff', '--vscode-button-secondaryBackground': '#e5e5e5',
      '--vscode-button-secondaryForeground': '#3b3b3b', '--vscode-font-family': '"DejaVu Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-dropdown-background': '#ffffff', '--vscode-dropdown-foreground': '#3b3b3b', '--vscode-dropdown-border': '#cecece',
      '--vscode-input-background': '#ffffff', '--vscode-input-foreground': '#3b3b3b', '--vscode-settings-textInputBorder': '#cecece',
      '--vscode-inputValidation-warningBackground': '#f6f5d2', '--vscode-inputValidation-warningBorder': '#b89500',
      '--vscode-settings-dropdownBackground': '#ffffff', '--vscode-settings-dropdownForeground': '#3b3b3b', '--vscode-settings-dropdownBorder': '#cecece',
      '--vscode-settings-textInputBackground': '#ffffff', '--vscode-settings-textInputForeground': '#3b3b3b',
      '--vscode-list-activeSelectionBackground': '#e8e8e8', '--vscode-list-activeSelectionForeground': '#000000', '--vscode-list-hoverBackground': '#f2f2f2',
    },
  },
  /** Solarized Light: VS Code's defaults for light themes where the theme sets nothing (issue 18, point 8). */
  solarizedLight: {
    bodyClass: 'vscode-light',
    vars: {
      '--vscode-foreground': '#616161', '--vscode-editor-foreground': '#657b83', '--vscode-editor-background': '#fdf6e3',
      '--vscode-editorWidget-background': '#eee8d5', '--vscode-widget-border': '#ddd6c1', '--vscode-descriptionForeground': '#717171',
      '--vscode-charts-foreground': '#616161', '--vscode-charts-lines': 'rgba(97,97,97,0.5)', '--vscode-charts-red': '#e51400',
      '--vscode-charts-blue': '#1a85ff', '--vscode-charts-yellow': '#bf8803', '--vscode-charts-orange': '#d18616',
      '--vscode-charts-green': '#388a34', '--vscode-charts-purple': '#652d90', '--vscode-focusBorder': '#d3af86',
      '--vscode-badge-background': '#b58900aa', '--vscode-badge-foreground': '#ffffff', '--vscode-errorForeground': '#a1260d',
      '--vscode-button-background': '#ac9d57', '--vscode-button-foreground': '#ffffff', '--vscode-button-secondaryBackground': '#5f6a79',
      '--vscode-button-secondaryForeground': '#ffffff', '--vscode-font-family': '"DejaVu Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-dropdown-background': '#eee8d5', '--vscode-dropdown-foreground': '#616161', '--vscode-dropdown-border': '#d3af86',
      '--vscode-input-background': '#ddd6c1', '--vscode-input-foreground': '#586e75', '--vscode-settings-textInputBorder': '#d3af86',
      '--vscode-inputValidation-warningBackground': '#f6f5d2', '--vscode-inputValidation-warningBorder': '#b89500',
      '--vscode-settings-dropdownBackground': '#eee8d5', '--vscode-settings-dropdownForeground': '#616161', '--vscode-settings-dropdownBorder': '#d3af86',
      '--vscode-settings-textInputBackground': '#ddd6c1', '--vscode-settings-textInputForeground': '#586e75',
      '--vscode-list-activeSelectionBackground': '#dfca88', '--vscode-list-activeSelectionForeground': '#6c6c6c', '--vscode-list-hoverBackground': '#dfca8844',
    },
  },
  highContrast: {
    bodyClass: 'vscode-high-contrast',
    vars: {
      '--vscode-foreground': '#ffffff', '--vscode-editor-foreground': '#ffffff', '--vscode-editor-background': '#000000',
      '--vscode-editorWidget-background': '#0c141f', '--vscode-widget-border': '#6fc3df', '--vscode-contrastBorder': '#6fc3df',
      '--vscode-descriptionForeground': '#ffffff', '--vscode-charts-foreground': '#ffffff', '--vscode-charts-lines': 'rgba(255,255,255,0.5)',
      '--vscode-charts-red': '#f48771', '--vscode-charts-blue': '#75beff', '--vscode-charts-yellow': '#ffd700',
      '--vscode-charts-orange': '#ff8c00', '--vscode-charts-green': '#89d185', '--vscode-charts-purple': '#b180d7',
      '--vscode-focusBorder': '#f38518', '--vscode-font-family': '"DejaVu Sans", sans-serif', '--vscode-font-size': '13px',
      '--vscode-button-background': '#000000', '--vscode-button-foreground': '#ffffff', '--vscode-button-border': '#6fc3df',
      '--vscode-button-secondaryBackground': '#000000', '--vscode-button-secondaryForeground': '#ffffff',
      '--vscode-settings-dropdownBackground': '#000000', '--vscode-settings-dropdownForeground': '#ffffff', '--vscode-settings-dropdownBorder': '#6fc3df',
      '--vscode-settings-textInputBackground': '#000000', '--vscode-settings-textInputForeground': '#ffffff', '--vscode-settings-textInputBorder': '#6fc3df',
      '--vscode-badge-background': '#000000', '--vscode-badge-foreground': '#ffffff',
    },
  },
} as const;
export type ThemeName = keyof typeof THEMES;

export interface HarnessSession {
  readonly page: Page;
  readonly server: HarnessServer;
  close(): Promise<void>;
}

export async function openHarness(options: { width?: number; height?: number; reducedMotion?: boolean } = {}): Promise<HarnessSession> {
  const server = await startHarness();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nlpearl-harness-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.NLPEARL_CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`].filter((a) => !a.startsWith('--user-data-dir')),
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const ctx = context;
    return {
      page,
      server,
      close: async () => {
        await ctx.close();
        await server.close();
        fs.rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

// In-page code is kept as source text: this project's Node tsconfig has no DOM types, and the
// browser side of the harness is small enough to read without them.
const IN_PAGE_APPLY_THEME = `(({ vars, bodyClass }) => {
  const root = document.documentElement;
  root.removeAttribute('style');
  for (const [k, v] of Object.entries(vars)) root.style.setProperty(k, v);
  document.body.className = bodyClass;
})`;

export async function applyTheme(page: Page, name: ThemeName): Promise<void> {
  const theme = THEMES[name];
  await page.evaluate(`${IN_PAGE_APPLY_THEME}(${JSON.stringify({ vars: theme.vars, bodyClass: theme.bodyClass })})`);
}

/**
 * Polls an expression until it is truthy. (page.waitForFunction evaluates with `eval` inside the
 * page, which the dashboard's CSP rightly refuses; page.evaluate goes through the debugger.)
 */
export async function waitFor(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate(`Boolean(${expression})`)) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Loads the page, applies a theme, and waits for the webview's ready handshake. */
export async function loadPage(session: HarnessSession, theme: ThemeName = 'dark'): Promise<void> {
  await session.page.goto(session.server.url);
  await applyTheme(session.page, theme);
  await waitFor(session.page, `window.__harness && window.__harness.posted.some((m) => m.type === 'ready')`);
}

export async function deliver(page: Page, message: HostMessage): Promise<void> {
  await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
}

export function initMessage(overrides: Partial<InitMessage> = {}): InitMessage {
  return {
    type: 'init',
    strings: webviewStrings(englishTranslate),
    campaign: { id: 'camp-1', name: 'Front desk', status: 'Running' },
    range: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' },
    preset: null,
    isDemo: false,
    settings: { currencyLabel: '', autoRefreshMinutes: 0 },
    locale: 'en',
    ...overrides,
  };
}

export async function posted(page: Page): Promise<Array<{ type: string; [k: string]: unknown }>> {
  return page.evaluate('window.__harness.posted');
}

/** init (once) → loading → data; resolves when the webview reports the render of that data. */
export async function loadModel(page: Page, model: DashboardModel, options: { requestId?: number; init?: InitMessage; windows?: number } = {}): Promise<void> {
  const init = options.init ?? initMessage();
  const requestId = options.requestId ?? 1;
  await deliver(page, init);
  await deliver(page, { type: 'loading', requestId, range: init.range, preset: init.preset, windows: options.windows ?? 1 });
  await deliver(page, { type: 'data', requestId, model, fetchedAt: Date.parse('2026-03-31T09:41:00Z'), stale: false, windows: options.windows ?? 1, range: init.range, preset: init.preset });
  await waitFor(page, `window.__harness.posted.some((m) => m.type === 'rendered' && m.requestId === ${Number(requestId)})`);
  // Charts below the fold are drawn after the first view, in idle time: the tests read them all.
  await waitFor(page, `window.__nlpearlDashboard.pendingCharts() === 0`);
}

export interface DomState {
  readonly state: 'loading' | 'empty' | 'error' | 'data' | 'none';
  readonly stale: boolean;
  readonly title: string;
  readonly kpis: Record<string, { label: string; value: string; detail: string; delta: string }>;
  readonly charts: Array<{ id: string; title: string; canvas: boolean; painted: boolean; heatmapCells: number; tableRows: number; tableVisible: boolean; notes: string[] }>;
  readonly labelsTableText: string[];
  readonly errorText: string;
  readonly violations: Array<{ directive: string; blocked: string }>;
  readonly alerts: number;
}

const IN_PAGE_READ_DOM = `(() => {
  const text = (e) => ((e && e.textContent) || '').trim();
  const h = window.__harness;
  const kpis = {};
  document.querySelectorAll('[data-kpi]').forEach((k) => {
    const delta = k.querySelector('.delta');
    kpis[k.dataset.kpi || ''] = {
      label: text(k.querySelector('.kpi-label')),
      value: text(k.querySelector('.kpi-value')),
      detail: text(k.querySelector('.kpi-detail')),
      delta: ((delta && delta.firstChild && delta.firstChild.textContent) || '').trim(),
    };
  });
  const charts = [...document.querySelectorAll('[data-chart]')].map((c) => {
    const canvas = c.querySelector('canvas');
    let painted = false;
    if (canvas && canvas.width > 0 && canvas.height > 0) {
      const ctx = canvas.getContext('2d');
      const data = ctx ? ctx.getImageData(0, 0, canvas.width, canvas.height).data : null;
      if (data) for (let i = 3; i < data.length && !painted; i += 4) painted = data[i] !== 0;
    }
    const box = c.querySelector('.table-box');
    return {
      id: c.dataset.chart || '',
      title: text(c.querySelector('h3')),
      canvas: canvas !== null,
      painted: painted || c.querySelectorAll('.heatmap-cell').length > 0,
      heatmapCells: c.querySelectorAll('.heatmap-cell').length,
      tableRows: c.querySelectorAll('tbody tr').length,
      tableVisible: box !== null && !box.hidden,
      notes: [...c.querySelectorAll('.notes li')].map((li) => text(li)),
    };
  });
  const stateEl = document.querySelector('[data-state]:not([data-state="stale"])');
  const state = stateEl ? stateEl.dataset.state : document.querySelector('[data-kpi]') ? 'data' : 'none';
  return {
    state,
    stale: document.querySelector('[data-state="stale"]') !== null,
    title: text(document.querySelector('#campaign-name')),
    kpis,
    charts,
    labelsTableText: [...document.querySelectorAll('[data-chart="callLabelCount"] tbody th')].map((th) => th.textContent || ''),
    errorText: text(document.querySelector('.error-message')),
    violations: h.violations,
    alerts: h.alerts || 0,
  };
})()`;

/** What a user would see, read from the DOM (canvas "painted" = some non-transparent pixel). */
export async function readDomState(page: Page): Promise<DomState> {
  return (await page.evaluate(IN_PAGE_READ_DOM)) as DomState;
}

/** The colours each chart draws with now (to compare across a theme switch). */
export async function chartColors(page: Page): Promise<Record<string, string[]>> {
  return (await page.evaluate('window.__nlpearlDashboard.chartColors()')) as Record<string, string[]>;
}
