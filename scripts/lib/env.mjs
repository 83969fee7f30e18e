// Environments for nested tools. Pure: no I/O, so test/unit can check them in plain Node.

// What an outer `npm test` / `npm start` puts in the environment of its scripts. A nested npm that inherits
// them believes it runs under the outer Node: code-server's postinstall reads the Node version from
// npm_config_user_agent and refuses ("requires node v24 … detected node v20"). The nested npm reads the
// user's .npmrc itself, so nothing of the user's configuration is lost by dropping them.
const LIFECYCLE_KEYS = new Set(['NODE', 'INIT_CWD', 'COLOR']);

/** True for a variable that describes the npm (and Node) of an outer npm script rather than the machine. */
export function isNpmLifecycleVariable(key) {
  return /^npm_/i.test(key) || LIFECYCLE_KEYS.has(key);
}

// npm run also puts every node_modules/.bin up the tree and its own node-gyp shim first on PATH.
function isNpmPathEntry(entry) {
  return /node_modules[\\/]\.bin[\\/]?$/.test(entry) || /[\\/]node-gyp-bin[\\/]?$/.test(entry);
}

/** A copy of `env` without the outer npm's lifecycle variables and PATH entries. */
export function withoutNpmLifecycle(env = process.env, delimiter = ':') {
  const clean = Object.fromEntries(Object.entries(env).filter(([key]) => !isNpmLifecycleVariable(key)));
  if (typeof clean.PATH === 'string') clean.PATH = clean.PATH.split(delimiter).filter((entry) => !isNpmPathEntry(entry)).join(delimiter);
  return clean;
}

/**
 * The environment under which npm builds code-server's native modules against Node 24's headers:
 * Node 24 first on PATH, its headers as nodedir, and nothing inherited that names another Node.
 */
export function node24InstallEnv({ base = process.env, nodeBinDir, nodeDir, delimiter = ':' }) {
  const clean = withoutNpmLifecycle(base, delimiter);
  return {
    ...clean,
    PATH: `${nodeBinDir}${delimiter}${clean.PATH ?? ''}`,
    npm_config_nodedir: nodeDir,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}
