// Where everything lives, and the pinned versions. One place so the runners, `npm start` and `.ci/run` agree.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE = path.join(REPO, '.vscode-test');
export const RUNS = path.join(CACHE, 'runs');
export const RESULTS = path.join(REPO, 'test-results');

// Pinned: the payload guard and the remote-authority rule the runners rely on are internals of this release.
export const NODE_VERSION = '24.22.3';
export const CODE_SERVER_VERSION = '4.139.1';

export const NODE_DIR = path.join(CACHE, 'node24');
export const NODE_BIN = path.join(NODE_DIR, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const MARKER = path.join(CACHE, 'provisioned.json');

export const VSIX = path.join(REPO, 'nlpearl-analytics.vsix');
export const EXTENSION_ID = 'nlpearl-analytics.nlpearl-analytics';
