// Compiled test files under out/, minus leftovers: out/ keeps the .js of a test whose .ts was deleted, and a
// stale test must not run (or fail) in its place.
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from './paths.mjs';

const MAX_DEPTH = 8;
const OUT = path.join(REPO, 'out');

function hasSource(compiled) {
  return fs.existsSync(path.join(REPO, path.relative(OUT, compiled).replace(/\.js$/, '.ts')));
}

/** Sorted compiled files under out/<relativeDir> ending in `suffix`, skipping folders named in `skipDirs`. */
export function compiledTests(relativeDir, suffix, { skipDirs = [] } = {}) {
  const walk = (dir, depth) => {
    if (depth > MAX_DEPTH || !fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return skipDirs.includes(entry.name) ? [] : walk(full, depth + 1);
      if (!entry.name.endsWith(suffix)) return [];
      if (hasSource(full)) return [full];
      console.error(`skipping ${path.relative(REPO, full)}: its source was deleted (stale build output)`);
      return [];
    });
  };
  return walk(path.join(OUT, relativeDir), 0).sort();
}
