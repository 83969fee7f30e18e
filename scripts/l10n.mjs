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

// Single-quoted literal as first argument; the codebase writes every l10n string that way. `o.t` is
// the analytics' injected translate function, which the host fills with vscode.l10n.t.
const CALL = /\b(?:l10n|o)\.t\(\s*'((?:[^'\\]|\\.)*)'/g;
// Tables whose values are passed to l10n.t at the point of use (`vscode.l10n.t(PRESET_LABELS[p])`):
// every value, or for tables of objects, each `label`.
const TABLES = ['PRESET_LABELS', 'CAMPAIGN_STATUS', 'ACCOUNT_STATUS', 'STATUS_META', 'SENTIMENT_META', 'EVENT_META'];
const TABLE_VALUE = /:\s*'((?:[^'\\]|\\.)*)'/g;
const LABEL_VALUE = /\blabel:\s*'((?:[^'\\]|\\.)*)'/g;

const unescape = (literal) => literal.replace(/\\'/g, "'").replace(/\\\\/g, '\\');

/** The `{ … }` literal assigned to `name`, or undefined when the file does not declare it. */
function tableBody(source, name) {
  const declared = new RegExp(`\\bconst ${name}\\b[^=]*=\\s*\\{`).exec(source);
  if (!declared) return undefined;
  const open = declared.index + declared[0].length - 1;
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return source.slice(open, i + 1);
  }
  return undefined;
}

export function extract() {
  const strings = new Set();
  for (const file of files(path.join(root, 'src'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(CALL)) strings.add(unescape(match[1]));
    for (const name of TABLES) {
      const body = tableBody(source, name);
      if (body === undefined) continue;
      for (const match of body.matchAll(body.includes('label:') ? LABEL_VALUE : TABLE_VALUE)) strings.add(unescape(match[1]));
    }
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
