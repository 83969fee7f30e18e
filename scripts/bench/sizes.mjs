// Bundle sizes from a production build, and what fills them (esbuild's metafile, grouped by package/folder).
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../lib/proc.mjs';
import { REPO } from '../lib/paths.mjs';

export const BUNDLES = [
  { file: 'dist/extension.js', meta: 'dist/extension.meta.json', budgetBytes: 80 * 1024 },
  { file: 'dist/dashboard.js', meta: 'dist/dashboard.meta.json', budgetBytes: 100 * 1024, lazy: true },
  { file: 'dist/webview.js', meta: 'dist/webview.meta.json', budgetBytes: 300 * 1024 },
];

/** `node esbuild.js --production --metafile`: the bundles users get, plus the metafiles. */
export async function buildProduction() {
  const { code } = await run(process.execPath, [path.join(REPO, 'esbuild.js'), '--production', '--metafile'], { cwd: REPO, timeoutMs: 5 * 60_000 });
  if (code !== 0) throw new Error(`production build failed (exit ${code})`);
}

/** node_modules/<pkg> or the first two folders of our own path. */
function groupOf(input) {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (npm) return npm[1];
  return input.split('/').slice(0, 2).join('/');
}

export function bundleSizes() {
  return BUNDLES.map((bundle) => {
    const bytes = fs.statSync(path.join(REPO, bundle.file)).size;
    const meta = JSON.parse(fs.readFileSync(path.join(REPO, bundle.meta), 'utf8'));
    const output = meta.outputs[bundle.file];
    const groups = new Map();
    for (const [input, info] of Object.entries(output?.inputs ?? {})) groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + info.bytesInOutput);
    const top = [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
    return { ...bundle, bytes, top };
  });
}
