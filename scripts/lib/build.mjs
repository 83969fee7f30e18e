// The build steps the runners share. NLPEARL_SKIP_TSC=1 skips `tsc -p .` when a caller (npm test) just ran it;
// NLPEARL_SKIP_BUILD=1 skips tsc and the esbuild bundle (out/ and dist/ are used as they are).
import fs from 'node:fs';
import path from 'node:path';
import { run } from './proc.mjs';
import { REPO, VSIX } from './paths.mjs';

const NODE = process.execPath;

async function step(label, command, args, timeoutMs = 5 * 60_000) {
  const started = Date.now();
  const { code } = await run(command, args, { cwd: REPO, timeoutMs });
  if (code !== 0) throw new Error(`${label} failed (exit ${code})`);
  console.error(`[build] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Compiles src/ and test/ into out/. */
export async function compileOut() {
  if (process.env.NLPEARL_SKIP_TSC === '1' || process.env.NLPEARL_SKIP_BUILD === '1') return;
  await step('tsc -p .', NODE, [path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
}

/** Bundles dist/extension.js and dist/webview.js (development build, with source maps). */
export async function bundleDist() {
  if (process.env.NLPEARL_SKIP_BUILD === '1') return;
  await step('esbuild', NODE, [path.join(REPO, 'esbuild.js')]);
}

/** Files vsce needs that are not ours to write; missing ones are reported, not invented. */
export function missingPackageInputs() {
  return ['media/icon.png', 'README.md', 'LICENSE'].filter((file) => !fs.existsSync(path.join(REPO, file)));
}

/** `npm run package`: production bundle + `vsce package --no-dependencies` (offline) → nlpearl-analytics.vsix. */
export async function packageVsix() {
  if (process.env.NLPEARL_SKIP_BUILD === '1' && fs.existsSync(VSIX)) return VSIX;
  const missing = missingPackageInputs();
  if (missing.length > 0) throw new Error(`cannot package the extension: missing ${missing.join(', ')}`);
  fs.rmSync(VSIX, { force: true });
  await step('npm run package', 'npm', ['run', '--silent', 'package'], 3 * 60_000);
  if (!fs.existsSync(VSIX)) throw new Error(`npm run package did not write ${VSIX}`);
  return VSIX;
}
