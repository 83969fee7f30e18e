/** Issue 18, point 8: the command palette offers only the demo command that applies. */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';

interface PaletteEntry {
  readonly command: string;
  readonly when?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: { menus: { commandPalette: PaletteEntry[] } };
};

/** The two demo commands' when-clauses, evaluated for one value of the context key (they use nothing else). */
function shown(demoMode: boolean): string[] {
  return manifest.contributes.menus.commandPalette
    .filter((e) => e.command === 'nlpearl.tryDemo' || e.command === 'nlpearl.exitDemo')
    .filter((e) => {
      if (e.when === 'nlpearl.demoMode') return demoMode;
      if (e.when === '!nlpearl.demoMode') return !demoMode;
      assert.fail(`unexpected when-clause for ${e.command}: ${String(e.when)}`);
    })
    .map((e) => e.command);
}

describe('command palette: demo commands (issue 18, point 8)', () => {
  it('shows Try Demo Data outside demo mode and Exit Demo Mode inside it, never both', () => {
    assert.deepEqual(shown(false), ['nlpearl.tryDemo']);
    assert.deepEqual(shown(true), ['nlpearl.exitDemo']);
  });
});
