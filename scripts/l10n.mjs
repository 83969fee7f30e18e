// Writes l10n/bundle.l10n.json with Microsoft's extractor (@vscode/l10n-dev, the engine of
// `l10n-dev export`): it parses every .ts file in src/ and webview/ with tree-sitter and collects
// the literal first argument of each `vscode.l10n.t(…)` / `l10n.t(…)`. `--check` fails when the
// bundle on disk differs (npm run lint).
//
// One thing is said to the extractor that it cannot read from our imports: the layers that must not
// import 'vscode' (analytics, api, shared) receive vscode.l10n injected — the view model's
// parameter is named `l10n` — or mark table labels with `l10nMark` imported as `l10n`. The
// extractor only looks in files that import 'vscode' or '@vscode/l10n', so each file is given that
// import line before parsing. test/unit/l10nBundle.test.ts fails when a call escapes this form.
import fs from 'node:fs';
import path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bundlePath = path.join(root, 'l10n', 'bundle.l10n.json');
const SOURCES = ['src', 'webview'];
const DECLARE_L10N = "import { l10n } from 'vscode';\n";

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

export async function extract() {
  const inputs = SOURCES.flatMap((dir) => [...files(path.join(root, dir))]).map((file) => ({
    extension: '.ts',
    contents: DECLARE_L10N + fs.readFileSync(file, 'utf8'),
  }));
  const found = await getL10nJson(inputs);
  // Sorted, so that the bundle's diff shows what changed and not where a file was read.
  return Object.fromEntries(Object.keys(found).sort().map((key) => [key, found[key]]));
}

const bundle = await extract();
const text = JSON.stringify(bundle, null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = fs.existsSync(bundlePath) ? fs.readFileSync(bundlePath, 'utf8') : '';
  if (current !== text) {
    console.error('l10n/bundle.l10n.json is out of date: run `node scripts/l10n.mjs`.');
    process.exit(1);
  }
  console.log(`l10n bundle up to date (${Object.keys(bundle).length} strings).`);
} else {
  fs.mkdirSync(path.dirname(bundlePath), { recursive: true });
  fs.writeFileSync(bundlePath, text);
  console.log(`wrote ${Object.keys(bundle).length} strings to ${path.relative(root, bundlePath)}`);
}
