/**
 * The layout's rules, read from the sources: no import cycle in src/ or webview/ (type-only imports
 * included — a cycle of types is still a knot for the reader), no file over 300 lines, and no view
 * reading from another view (the model is what they share).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..', '..');
const ROOTS = ['src', 'webview'];
const MAX_LINES = 300;

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(REPO, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) sources(rel, out);
    else if (entry.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** The repository-relative files a source imports (relative specifiers only). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(REPO, file), 'utf8');
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = path.join(path.dirname(file), match[1]);
    const candidates = [`${base}.ts`, path.join(base, 'index.ts')];
    const hit = candidates.find((c) => fs.existsSync(path.join(REPO, c)));
    if (hit) found.push(hit);
  }
  return found;
}

function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('layout', () => {
  const files = ROOTS.flatMap((root) => sources(root));
  const graph = new Map(files.map((file) => [file, importsOf(file)]));

  it('has no import cycle in src/ or webview/', () => {
    assert.deepEqual(findCycles(graph).map((cycle) => cycle.join(' -> ')), []);
  });

  it('finds a cycle when there is one (the check itself works)', () => {
    const knot = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]);
    assert.deepEqual(findCycles(knot), [['a', 'b', 'c', 'a']]);
  });

  it(`has no file over ${MAX_LINES} lines in src/ or webview/`, () => {
    const long = files
      .map((file) => ({ file, lines: fs.readFileSync(path.join(REPO, file), 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines}`);
    assert.deepEqual(long, []);
  });

  it('src/model/ imports no view (campaigns/, dashboard/, commands/)', () => {
    const views = /^src\/(campaigns|dashboard|commands)\//;
    const offending = files
      .filter((file) => file.startsWith('src/model/'))
      .flatMap((file) => (graph.get(file) ?? []).filter((target) => views.test(target)).map((target) => `${file} -> ${target}`));
    assert.deepEqual(offending, []);
  });

  it('the tree and the dashboard do not import each other', () => {
    const crossing = files
      .flatMap((file) => (graph.get(file) ?? []).map((target) => [file, target] as const))
      .filter(([from, to]) => (from.startsWith('src/campaigns/') && to.startsWith('src/dashboard/')) || (from.startsWith('src/dashboard/') && to.startsWith('src/campaigns/')))
      .map(([from, to]) => `${from} -> ${to}`);
    assert.deepEqual(crossing, []);
  });
});
