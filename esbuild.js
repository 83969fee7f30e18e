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

async function main() {
  fs.mkdirSync('dist', { recursive: true });
  const common = { bundle: true, minify: production, sourcemap: true, logLevel: 'warning', metafile, legalComments: 'none' };
  const contexts = await Promise.all([
    esbuild.context({
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode'],
      plugins: [lazyBundles],
    }),
    esbuild.context({
      ...common,
      entryPoints: ['src/dashboard/bundle.ts'],
      outfile: 'dist/dashboard.js',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode'],
    }),
    esbuild.context({
      ...common,
      entryPoints: ['src/watch/bundle.ts'],
      outfile: 'dist/watch.js',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode'],
    }),
    esbuild.context({
      ...common,
      entryPoints: ['src/demo/fetch.ts'],
      outfile: 'dist/demo.js',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
    }),
    esbuild.context({
      ...common,
      entryPoints: ['src/calls/bundle.ts'],
      outfile: 'dist/calls.js',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode'],
    }),
    esbuild.context({
      ...common,
      entryPoints: ['webview/calls/main.ts'],
      outfile: 'dist/callsView.js',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
    }),
    esbuild.context({
      ...common,
      entryPoints: ['webview/main.ts'],
      outfile: 'dist/webview.js',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
    }),
  ]);
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (metafile) {
    const names = ['extension.meta.json', 'dashboard.meta.json', 'watch.meta.json', 'demo.meta.json', 'calls.meta.json', 'callsView.meta.json', 'webview.meta.json'];
    results.forEach((r, i) => fs.writeFileSync(path.join('dist', names[i]), JSON.stringify(r.metafile)));
  }
  copyAssets();
}

function copyAssets() {
  // The webview stylesheet ships from media/; copy it beside the bundle so one localResourceRoot serves both.
  const css = path.join('media', 'dashboard.css');
  if (fs.existsSync(css)) fs.copyFileSync(css, path.join('dist', 'dashboard.css'));
  fs.copyFileSync(path.join('media', 'calls.css'), path.join('dist', 'calls.css'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
