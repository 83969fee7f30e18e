// Writes l10n/bundle.l10n.json from every vscode.l10n.t('…') in src/, so translators have one
// complete English table. `node scripts/l10n.mjs --check` fails when the bundle is out of date.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bundlePath = path.join(root, 'l10n', 'bundle.l10n.json');

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

// Single-quoted literal as first argument; the codebase writes every l10n string that way.
const CALL = /l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g;

export function extract() {
  const strings = new Set();
  for (const file of files(path.join(root, 'src'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(CALL)) strings.add(match[1].replace(/\\'/g, "'").replace(/\\\\/g, '\\'));
  }
  return Object.fromEntries([...strings].sort().map((s) => [s, s]));
}

const bundle = extract();
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
