// The extension host's bundles (node, cjs): dist/extension.js (activation) and the lazily loaded dist/dashboard.js
// and dist/demo.js; and the dashboard webview's (browser, iife): dist/webview.js.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const metafile = process.argv.includes('--metafile');

// Code that activation does not need is a bundle of its own, loaded on first use: the host bundle keeps the
// dynamic import and points it at the file beside it. Demo mode's fetch (src/model/apiProvider.ts) and the
// dashboard (src/dashboard/loader.ts).
const LAZY_BUNDLES = [
  { source: path.join(__dirname, 'src', 'demo', 'fetch'), output: './demo.js' },
  { source: path.join(__dirname, 'src', 'dashboard', 'bundle'), output: './dashboard.js' },
  { source: path.join(__dirname, 'src', 'watch', 'bundle'), output: './watch.js' },
  { source: path.join(__dirname, 'src', 'calls', 'bundle'), output: './calls.js' },
  { source: path.join(__dirname, 'src', 'compare', 'bundle'), output: './compare.js' },
  { source: path.join(__dirname, 'src', 'report', 'bundle'), output: './report.js' },
  { source: path.join(__dirname, 'src', 'commands', 'jsonDocuments'), output: './json.js' },
  { source: path.join(__dirname, 'src', 'overview', 'bundle'), output: './overview.js' },
  { source: path.join(__dirname, 'src', 'commands', 'pickers'), output: './pickers.js' },
  { source: path.join(__dirname, 'src', 'api', 'parsers'), output: './parsers.js' },
  { source: path.join(__dirname, 'src', 'campaigns', 'bundle'), output: './tree.js' },
];
const lazyBundles = {
  name: 'lazy-bundles',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const target = path.resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
      const lazy = LAZY_BUNDLES.find((bundle) => bundle.source === target);
      return lazy ? { path: lazy.output, external: true } : undefined;
    });
  },
};

// esbuild wraps `import * as vscode from 'vscode'` in its ESM helper once per importing file, and each wrap copies
// every property of the VS Code API (hundreds) onto a new object: 21 copies at each load of the host bundle. All
// files import one module instead that re-exports the API, so a bundle copies it once.
const VSCODE_SHIM = 'nlpearl-vscode-api';
const oneVscodeApi = {
  name: 'one-vscode-api',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === VSCODE_SHIM ? { path: 'vscode', external: true } : { path: VSCODE_SHIM, namespace: VSCODE_SHIM }));
    build.onLoad({ filter: /.*/, namespace: VSCODE_SHIM }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

async function main() {
  fs.mkdirSync('dist', { recursive: true });
  const common = { bundle: true, minify: production, sourcemap: true, logLevel: 'warning', metafile, legalComments: 'none' };
  // One entry per bundle; the metafile of dist/<name>.js is dist/<name>.meta.json.
  const host = (entry, name, extra = {}) => ({ ...common, entryPoints: [entry], outfile: `dist/${name}.js`, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], ...extra, plugins: [oneVscodeApi, ...(extra.plugins ?? [])] });
  const browser = (entry, name) => ({ ...common, entryPoints: [entry], outfile: `dist/${name}.js`, platform: 'browser', format: 'iife', target: 'es2022' });
  const bundles = [
    host('src/extension.ts', 'extension', { plugins: [lazyBundles] }),
    host('src/dashboard/bundle.ts', 'dashboard'),
    host('src/watch/bundle.ts', 'watch'),
    host('src/demo/fetch.ts', 'demo', { external: [] }),
    host('src/calls/bundle.ts', 'calls'),
    host('src/compare/bundle.ts', 'compare'),
    host('src/report/bundle.ts', 'report'),
    host('src/commands/jsonDocuments.ts', 'json'),
    host('src/overview/bundle.ts', 'overview'),
    browser('webview/overview/main.ts', 'overviewView'),
    host('src/commands/pickers.ts', 'pickers'),
    host('src/api/parsers.ts', 'parsers'),
    host('src/campaigns/bundle.ts', 'tree'),
    browser('webview/calls/main.ts', 'callsView'),
    browser('webview/main.ts', 'webview'),
    browser('webview/compare/main.ts', 'compareView'),
  ];
  const contexts = await Promise.all(bundles.map((options) => esbuild.context(options)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (metafile) {
    results.forEach((r, i) => fs.writeFileSync(bundles[i].outfile.replace(/\.js$/, '.meta.json'), JSON.stringify(r.metafile)));
  }
  copyAssets();
}

function copyAssets() {
  // The webview stylesheet ships from media/; copy it beside the bundle so one localResourceRoot serves both.
  const css = path.join('media', 'dashboard.css');
  if (fs.existsSync(css)) fs.copyFileSync(css, path.join('dist', 'dashboard.css'));
  fs.copyFileSync(path.join('media', 'calls.css'), path.join('dist', 'calls.css'));
  fs.copyFileSync(path.join('media', 'overview.css'), path.join('dist', 'overview.css'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
