// The extension as VS Code sees it: installed under its id, lazy, and every contributed command registered.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, contributedCommandIds, EXTENSION_ID, getExtension } from './harness';

describe('extension smoke', () => {
  it('is installed under its marketplace id', () => {
    assert.equal(getExtension().id, EXTENSION_ID);
  });

  it('is not active before one of its commands or views is used', () => {
    // This file runs first (see index.ts), so nothing of ours has run yet.
    assert.equal(getExtension().isActive, false);
  });

  it('registers every command its manifest contributes once active', async () => {
    await activateExtension();
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = contributedCommandIds();
    assert.ok(contributed.length > 0, 'the manifest contributes no commands');
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });
});
