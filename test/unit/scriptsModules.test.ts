import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function scriptFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return scriptFiles(file);
    return /\.(mjs|js)$/.test(entry.name) ? [file] : [];
  });
}

describe('the scripts (bench, soak) load compiled modules that exist', () => {
  // `npm run soak` once failed at its first line: a module had moved (src/host → src/model) and no test read the
  // scripts' paths. Each `out('<path>.js')` must name a source file the build compiles.
  it('every out(...) path of scripts/ is a source file of the repository', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of scriptFiles(path.join(ROOT, 'scripts'))) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bout\('([^']+)\.js'\)/g)) {
        seen++;
        const source = path.join(ROOT, `${match[1]}.ts`);
        if (!fs.existsSync(source)) missing.push(`${path.relative(ROOT, file)}: ${match[1]}.js`);
      }
    }
    assert.ok(seen >= 10, `read ${seen} module paths: the pattern no longer matches how scripts load modules`);
    assert.deepEqual(missing, []);
  });
});
