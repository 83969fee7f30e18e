// Two bundles: the extension host (node, cjs) and the dashboard webview (browser, iife).
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const metafile = process.argv.includes('--metafile');

// Demo mode's code is its own bundle, loaded on the first demo request (src/host/apiProvider.ts):
// the host bundle keeps the dynamic import and points it at dist/demo.js.
const lazyDemo = {
  name: 'lazy-demo',
  setup(build) {
    build.onResolve({ filter: /[\\/]demo[\\/]fetch$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './demo.js', external: true } : undefined));
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
      plugins: [lazyDemo],
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
    const names = ['extension.meta.json', 'demo.meta.json', 'webview.meta.json'];
    results.forEach((r, i) => fs.writeFileSync(path.join('dist', names[i]), JSON.stringify(r.metafile)));
  }
  copyAssets();
}

function copyAssets() {
  // The webview stylesheet ships from media/; copy it beside the bundle so one localResourceRoot serves both.
  const css = path.join('media', 'dashboard.css');
  if (fs.existsSync(css)) fs.copyFileSync(css, path.join('dist', 'dashboard.css'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
