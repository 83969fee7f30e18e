// Which real VS Code runs the integration suite, and where the code-server path works. Pure: unit-tested.

/** The npm package of Node 24 for this machine, or the reason code-server cannot be provisioned here. */
export function codeServerSupport(platform = process.platform, arch = process.arch) {
  if (platform !== 'linux') {
    return { ok: false, reason: `the code-server path is Linux-only (this is ${platform}); desktop VS Code (@vscode/test-electron) runs the integration suite here` };
  }
  if (arch !== 'x64' && arch !== 'arm64') return { ok: false, reason: `the code-server path supports Linux x64 and arm64, not ${arch}` };
  return { ok: true, nodePackage: `node-linux-${arch}` };
}

/**
 * 'electron' (desktop VS Code downloaded by @vscode/test-electron) on macOS, Windows and a Linux with a display;
 * 'code-server' on a Linux without one (servers, CI, containers). NLPEARL_TEST_HOST overrides the choice.
 * Returns { host, why }.
 */
export function integrationHost(env = process.env, platform = process.platform) {
  const wanted = env.NLPEARL_TEST_HOST;
  if (wanted === 'electron' || wanted === 'code-server') return { host: wanted, why: 'NLPEARL_TEST_HOST' };
  if (wanted) throw new Error(`NLPEARL_TEST_HOST must be "electron" or "code-server", not "${wanted}"`);
  if (platform === 'darwin' || platform === 'win32') return { host: 'electron', why: `a ${platform} desktop` };
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return { host: 'electron', why: 'a Linux desktop with a display' };
  return { host: 'code-server', why: 'Linux without a display' };
}
