// The integration suite under desktop VS Code (Electron), downloaded by @vscode/test-electron — the usual way
// on a contributor's macOS, Windows or Linux desktop. Needs update.code.visualstudio.com; the download is a
// separate step so that a machine without that host is told so (and can fall back to code-server).
import path from 'node:path';
import { createRunDir, writeUserSettings } from './code-server.mjs';
import { REPO } from './paths.mjs';

export class DownloadFailed extends Error {}

/** Downloads (or reuses, under .vscode-test/) VS Code desktop. Throws DownloadFailed when it cannot. */
export async function downloadVSCode(version = process.env.VSCODE_VERSION || 'stable') {
  const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
  try {
    return await downloadAndUnzipVSCode({ version, cachePath: path.join(REPO, '.vscode-test') });
  } catch (error) {
    throw new DownloadFailed(`could not download VS Code ${version}: ${error instanceof Error ? error.message : error}`);
  }
}

/** Runs out/test/integration under that VS Code; resolves with 0 or 1 (mocha's report goes to stdout). */
export async function runElectronSuite(vscodeExecutablePath) {
  const { runTests } = await import('@vscode/test-electron');
  const runDir = createRunDir('electron');
  writeUserSettings(runDir.dirs.userData, {});
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: REPO,
      extensionTestsPath: path.join(REPO, 'out', 'test', 'integration', 'index.js'),
      extensionTestsEnv: { NLPEARL_TEST_GREP: process.env.NLPEARL_TEST_GREP ?? '' },
      launchArgs: [
        runDir.dirs.workspace,
        '--user-data-dir', runDir.dirs.userData,
        '--extensions-dir', runDir.dirs.extensions,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome', '--skip-release-notes',
      ],
    });
    return 0;
  } catch (error) {
    console.error(`[integration] ${error instanceof Error ? error.message : error}`);
    return 1;
  } finally {
    if (process.env.NLPEARL_KEEP_RUN !== '1') runDir.remove();
  }
}
