/**
 * The size budgets of issue 7, on the production bundles users install: a bigger bundle is a slower
 * activation and a slower dashboard. When dist/ is missing, not a production build, or older than a
 * source it was built from, `node esbuild.js --production --metafile` runs first (the one build
 * configuration; a development build is unminified and says nothing about these budgets).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..', '..');
const KB = 1024;

interface Bundle {
  readonly file: string;
  readonly meta: string;
}
const EXTENSION: Bundle = { file: 'dist/extension.js', meta: 'dist/extension.meta.json' };
const WEBVIEW: Bundle = { file: 'dist/webview.js', meta: 'dist/webview.meta.json' };
const DASHBOARD: Bundle = { file: 'dist/dashboard.js', meta: 'dist/dashboard.meta.json' };
const WATCH: Bundle = { file: 'dist/watch.js', meta: 'dist/watch.meta.json' };
const CALLS: Bundle = { file: 'dist/calls.js', meta: 'dist/calls.meta.json' };
const COMPARE: Bundle = { file: 'dist/compare.js', meta: 'dist/compare.meta.json' };
const REPORT: Bundle = { file: 'dist/report.js', meta: 'dist/report.meta.json' };
const JSON_DOCS: Bundle = { file: 'dist/json.js', meta: 'dist/json.meta.json' };
const OVERVIEW: Bundle = { file: 'dist/overview.js', meta: 'dist/overview.meta.json' };
const PARSERS: Bundle = { file: 'dist/parsers.js', meta: 'dist/parsers.meta.json' };
const TREE: Bundle = { file: 'dist/tree.js', meta: 'dist/tree.meta.json' };

interface Metafile {
  readonly inputs: Record<string, unknown>;
  readonly outputs: Record<string, { readonly bytes: number; readonly inputs: Record<string, { readonly bytesInOutput: number }> }>;
}

const mtime = (file: string) => fs.statSync(path.join(REPO, file)).mtimeMs;

/** Built by `--production --metafile` (the metafile is written last) and newer than every input. */
function isFresh(bundle: Bundle): boolean {
  if (!fs.existsSync(path.join(REPO, bundle.file)) || !fs.existsSync(path.join(REPO, bundle.meta))) return false;
  const built = mtime(bundle.file);
  // A later development build rewrites the bundle but not the metafile.
  if (built > mtime(bundle.meta) + 1) return false;
  const meta = readMeta(bundle);
  return Object.keys(meta.inputs).every((input) => fs.existsSync(path.join(REPO, input)) && mtime(input) <= built) && mtime('esbuild.js') <= built;
}

function readMeta(bundle: Bundle): Metafile {
  return JSON.parse(fs.readFileSync(path.join(REPO, bundle.meta), 'utf8')) as Metafile;
}

function bytesOf(bundle: Bundle): number {
  return fs.statSync(path.join(REPO, bundle.file)).size;
}

/** What fills the bundle, largest first: "node_modules/zod 30.1 KB, src/api 23.0 KB, …". */
function composition(bundle: Bundle): string {
  const groups = new Map<string, number>();
  for (const [input, info] of Object.entries(readMeta(bundle).outputs[bundle.file]?.inputs ?? {})) {
    const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    const group = npm ? `node_modules/${npm[1]}` : input.split('/').slice(0, 2).join('/');
    groups.set(group, (groups.get(group) ?? 0) + info.bytesInOutput);
  }
  return [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([group, bytes]) => `${group} ${(bytes / KB).toFixed(1)} KB`)
    .join(', ');
}

function inputsOf(bundle: Bundle): string[] {
  return Object.keys(readMeta(bundle).outputs[bundle.file]?.inputs ?? {});
}

describe('bundle sizes (production build)', function () {
  this.timeout(180_000);

  before(() => {
    if (isFresh(EXTENSION) && isFresh(WEBVIEW) && isFresh(DASHBOARD) && isFresh(WATCH) && isFresh(CALLS) && isFresh(COMPARE) && isFresh(REPORT) && isFresh(JSON_DOCS) && isFresh(OVERVIEW) && isFresh(PARSERS) && isFresh(TREE)) return;
    execFileSync(process.execPath, [path.join(REPO, 'esbuild.js'), '--production', '--metafile'], { cwd: REPO, stdio: 'pipe', timeout: 170_000 });
  });

  it('dist/extension.js is at most 80 KB', () => {
    const bytes = bytesOf(EXTENSION);
    assert.ok(bytes <= 80 * KB, `dist/extension.js is ${(bytes / KB).toFixed(1)} KB: ${composition(EXTENSION)}`);
  });

  it('activation loads no dashboard code: the panel, its view model and charts are in dist/dashboard.js', () => {
    const dashboardCode = inputsOf(EXTENSION).filter((input) => /^src\/(dashboard\/(panel|panelMessages|router|html)|analytics\/(model|charts|csv))\.ts$/.test(input));
    assert.deepEqual(dashboardCode, []);
    assert.ok(inputsOf(DASHBOARD).includes('src/dashboard/panel.ts'), 'dist/dashboard.js holds the panel');
    assert.ok(bytesOf(DASHBOARD) <= 100 * KB, `dist/dashboard.js is ${(bytesOf(DASHBOARD) / KB).toFixed(1)} KB: ${composition(DASHBOARD)}`);
  });

  it("the dashboard bundle has no copy of the host's one-of-a-kind modules (secrets to mask, error classes, client, log)", () => {
    // A second copy would mask nothing (its list of secrets is empty) and fail every instanceof against the host's errors.
    const copies = inputsOf(DASHBOARD).filter((input) => /^src\/(knownSecrets|log|api\/(errors|client|http|redact)|model\/(analyticsCache|errorView|apiProvider|campaignDirectory)|auth\/.*)\.ts$/.test(input));
    assert.deepEqual(copies, []);
  });

  it('the account watch loads lazily (dist/watch.js) with no copy of the secrets, error classes, client or log', () => {
    const watchCode = inputsOf(EXTENSION).filter((input) => /^src\/watch\/(controller|poller|rules|runway|scheduler|notifier|format)\.ts$/.test(input));
    assert.deepEqual(watchCode, []);
    assert.ok(inputsOf(WATCH).includes('src/watch/controller.ts'), 'dist/watch.js holds the watch');
    const copies = inputsOf(WATCH).filter((input) => /^src\/(redact|log|api\/(errors|client|http|redact|schemas)|host\/.*|auth\/.*)\.ts$|node_modules\/zod\//.test(input));
    assert.deepEqual(copies, []);
  });

  it("call documents load lazily (dist/calls.js) and carry no copy of the host's one-of-a-kind modules", () => {
    assert.deepEqual(inputsOf(EXTENSION).filter((input) => /^src\/calls\/(documents|markdown)\.ts$/.test(input)), []);
    assert.ok(inputsOf(CALLS).includes('src/calls/markdown.ts'), 'dist/calls.js builds the call document');
    const copies = inputsOf(CALLS).filter((input) => /^src\/(redact|log|api\/(errors|client|http|redact|calls|callSchemas)|host\/.*|auth\/.*)\.ts$/.test(input));
    assert.deepEqual(copies, []);
  });

  it("Compare loads lazily (dist/compare.js), not with activation or the dashboard, and carries no copy of the host's one-of-a-kind modules", () => {
    assert.deepEqual([...inputsOf(EXTENSION), ...inputsOf(DASHBOARD)].filter((input) => /^src\/(compare\/(?!loader\.ts)|analytics\/compare\.ts)/.test(input)), []);
    assert.ok(inputsOf(COMPARE).includes('src/compare/panel.ts'), 'dist/compare.js holds the panel');
    const copies = inputsOf(COMPARE).filter((input) => /^src\/(knownSecrets|log|api\/(errors|client|http|redact)|model\/(analyticsCache|errorView|apiProvider|campaignDirectory)|auth\/.*)\.ts$/.test(input));
    assert.deepEqual(copies, []);
  });

  it('Export Report loads lazily (dist/report.js) and builds no view model of its own: the figures come from the dashboard', () => {
    assert.deepEqual([...inputsOf(EXTENSION), ...inputsOf(DASHBOARD)].filter((input) => /^src\/(report\/|analytics\/report\.ts)/.test(input)), []);
    assert.ok(inputsOf(REPORT).includes('src/analytics/report.ts'), 'dist/report.js writes the report');
    const copies = inputsOf(REPORT).filter((input) => /^src\/(knownSecrets|log|analytics\/(model|kpis)|api\/(errors|client|http|redact)|model\/.*|auth\/.*)\.ts$|node_modules\/zod\//.test(input));
    assert.deepEqual(copies, []);
  });

  it("analytics JSON documents load lazily (dist/json.js) and carry no copy of the host's secrets to mask", () => {
    assert.deepEqual(inputsOf(EXTENSION).filter((input) => /^src\/(commands\/jsonDocuments|analytics\/jsonDocument)\.ts$/.test(input)), []);
    assert.ok(inputsOf(JSON_DOCS).includes('src/analytics/jsonDocument.ts'), 'dist/json.js builds the document');
    const copies = inputsOf(JSON_DOCS).filter((input) => /^src\/(knownSecrets|log|api\/.*|auth\/.*)\.ts$|node_modules\/zod\//.test(input));
    assert.deepEqual(copies, []);
  });

  it("the account overview loads lazily (dist/overview.js) and carries no copy of the host's one-of-a-kind modules", () => {
    assert.deepEqual(inputsOf(EXTENSION).filter((input) => /^src\/(overview\/(panel|runner)|analytics\/(rollup|overviewRows))\.ts$/.test(input)), []);
    assert.ok(inputsOf(OVERVIEW).includes('src/analytics/rollup.ts'), 'dist/overview.js builds the roll-up');
    const copies = inputsOf(OVERVIEW).filter((input) => /^src\/(redact|log|knownSecrets|api\/(errors|client|http|redact)|model\/analyticsCache|auth\/.*)\.ts$/.test(input));
    assert.deepEqual(copies, []);
  });

  it('activation builds no schema: zod and the response schemas are in dist/parsers.js, loaded with the first response', () => {
    assert.deepEqual(
      inputsOf(EXTENSION).filter((input) => input.includes('node_modules/zod/') || /^src\/api\/(schemas|callSchemas|liveSchemas|fastAnalytics|fastCalls|fastPath|isoInstant|parsers)\.ts$/.test(input)),
      [],
    );
    assert.ok(inputsOf(PARSERS).includes('src/api/schemas.ts'), 'dist/parsers.js holds the schemas');
    // The validator on the host throws the host's InvalidResponseError; a copy here would fail every instanceof.
    const copies = inputsOf(PARSERS).filter((input) => /^src\/(knownSecrets|log|api\/(errors|client|http|redact|validator)|model\/.*|auth\/.*)\.ts$/.test(input));
    assert.deepEqual(copies, []);
  });

  it("the tree's rows and key figures load when the view first lists rows (dist/tree.js), with no copy of the host's one-of-a-kind modules", () => {
    assert.deepEqual(inputsOf(EXTENSION).filter((input) => /^src\/(campaigns\/(treeProvider|treeItems|figureRows)|analytics\/(kpis|keyFigures|figures))\.ts$/.test(input)), []);
    assert.ok(inputsOf(TREE).includes('src/campaigns/treeProvider.ts'), 'dist/tree.js holds the provider');
    // A copy of the error view would describe none of the host's errors (every instanceof fails).
    const copies = inputsOf(TREE).filter((input) => /^src\/(knownSecrets|log|api\/(errors|client|http|redact)|model\/(analyticsCache|errorView|apiProvider|campaignDirectory)|auth\/.*)\.ts$|node_modules\/zod\//.test(input));
    assert.deepEqual(copies, []);
  });

  it('each host bundle takes the VS Code API in one place (a copy of its hundreds of properties per importing file cost ~4 ms of every activation)', () => {
    for (const bundle of [EXTENSION, DASHBOARD, WATCH, CALLS, COMPARE, REPORT, JSON_DOCS, OVERVIEW, TREE]) {
      const text = fs.readFileSync(path.join(REPO, bundle.file), 'utf8');
      assert.ok((text.match(/require\("vscode"\)/g) ?? []).length <= 1, `${bundle.file} requires "vscode" more than once`);
    }
  });

  it('dist/webview.js is at most 300 KB', () => {
    const bytes = bytesOf(WEBVIEW);
    assert.ok(bytes <= 300 * KB, `dist/webview.js is ${(bytes / KB).toFixed(1)} KB: ${composition(WEBVIEW)}`);
  });

  it('the host bundle holds zod/mini only: no classic API, no locales, no JSON-schema code', () => {
    // These came with `import { z } from 'zod'` and were 450 KB of a 556 KB bundle.
    const heavy = inputsOf(EXTENSION).filter((input) => /node_modules\/zod\/(v4\/)?(classic|locales)\/|json-schema/.test(input));
    assert.deepEqual(heavy, []);
  });

  it('the webview bundle holds no zod at all (it parses nothing; the host validates)', () => {
    assert.deepEqual(
      inputsOf(WEBVIEW).filter((input) => input.includes('node_modules/zod/')),
      [],
    );
  });
});
