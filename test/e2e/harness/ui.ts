// Locators and actions on the VS Code workbench, as a user sees it. Every wait is bounded.
import type { FrameLocator, Locator, Page } from 'playwright-core';

const DEFAULT_TIMEOUT = 15_000;

/** The activity-bar entry of a view container; its aria-label starts with the container's title. */
export function activityBarEntry(page: Page, title: string): Locator {
  return page.locator(`.part.activitybar .action-item [aria-label^="${title.replace(/"/g, '\\"')}"]`).first();
}

/** Opens the command palette (F1) and types `>query`; returns the palette's rows. */
export async function openPalette(page: Page, query: string, timeoutMs = DEFAULT_TIMEOUT): Promise<Locator> {
  const input = page.locator('.quick-input-widget input.input');
  if (!(await input.isVisible())) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
  }
  await input.fill(`>${query}`);
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
}

/** The labels the command palette lists for `query` (after the list has settled on at least one row). */
export async function paletteLabels(page: Page, query: string, timeoutMs = DEFAULT_TIMEOUT): Promise<string[]> {
  const rows = await openPalette(page, query, timeoutMs);
  await rows.first().waitFor({ state: 'visible', timeout: timeoutMs });
  return (await rows.locator('.label-name').allInnerTexts()).map((label) => label.trim());
}

export async function closePalette(page: Page): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  if (await widget.isVisible()) await page.keyboard.press('Escape');
  await widget.waitFor({ state: 'hidden', timeout: DEFAULT_TIMEOUT });
}

// True once the command palette is gone: the widget is hidden, or a command reused it for its own quick pick
// or input box (whose value does not start with '>'). Evaluated in the page, hence a string.
const PALETTE_CLOSED = `(() => {
  const widget = document.querySelector('.quick-input-widget');
  if (!widget || getComputedStyle(widget).display === 'none') return true;
  const input = widget.querySelector('input.input');
  return !input || !input.value.startsWith('>');
})()`;

/**
 * Runs a command by its palette title, e.g. "NLPearl: Show Inbound Analytics" (exact label match). Returns
 * once the palette has closed; a quick pick the command opens is then showing (see quickInput()).
 */
export async function runCommand(page: Page, title: string, timeoutMs = DEFAULT_TIMEOUT): Promise<void> {
  const rows = await openPalette(page, title, timeoutMs);
  const row = rows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) }).first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await row.click();
  await page.waitForFunction(PALETTE_CLOSED, undefined, { timeout: timeoutMs });
}

/** A quick pick or input box opened by a command: its rows, or type into it and accept with Enter. */
export function quickInput(page: Page): { input: Locator; rows: Locator; accept(text?: string): Promise<void> } {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input.input');
  return {
    input,
    rows: widget.locator('.quick-input-list .monaco-list-row'),
    async accept(text?: string) {
      await input.waitFor({ state: 'visible', timeout: DEFAULT_TIMEOUT });
      if (text !== undefined) await input.fill(text);
      await input.press('Enter');
    },
  };
}

/** The document inside a webview: two iframes deep (VS Code's host frame, then the extension's). */
export function webviewFrame(page: Page, index: 'last' | number = 'last'): FrameLocator {
  const hosts = page.locator('iframe.webview.ready');
  const host = index === 'last' ? hosts.last() : hosts.nth(index);
  return host.contentFrame().locator('iframe#active-frame').contentFrame();
}

/** A row of a tree or list view in the side bar or panel with the given text. */
export function treeRow(page: Page, text: string | RegExp): Locator {
  return page.locator('.pane-body .monaco-list-row', { hasText: text });
}

/** Notification toasts currently shown (bottom right). */
export function notifications(page: Page, text?: string | RegExp): Locator {
  const toasts = page.locator('.notifications-toasts .notification-toast');
  return text === undefined ? toasts : toasts.filter({ hasText: text });
}

export async function waitForNotification(page: Page, text: string | RegExp, timeoutMs = DEFAULT_TIMEOUT): Promise<Locator> {
  const toast = notifications(page, text).first();
  await toast.waitFor({ state: 'visible', timeout: timeoutMs });
  return toast;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
