// Screenshots and logs under test-results/e2e/, for a person looking at a failed run.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { repoRoot } from './vscodeWeb';

export function resultsDir(): string {
  const dir = path.join(repoRoot(), 'test-results', 'e2e');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** A file-name-safe version of a test title. */
export function slug(text: string): string {
  return text.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'unnamed';
}

/** Saves a full-page screenshot as test-results/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(resultsDir(), `${slug(name)}.png`);
  await page.screenshot({ path: file, timeout: 10_000 });
  return file;
}
