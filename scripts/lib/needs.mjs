// What a stage needs before it can run; when the machine cannot give it, the stage is skipped with the reason.
import { ensureChromium } from './prereq.mjs';
import { StageSkipped } from './proc.mjs';
import { provision } from './provision.mjs';
import { codeServerSupport } from './testHost.mjs';

/** The path of a Chromium (installed from Debian's packages when root), or a StageSkipped saying what to run. */
export async function needChromium() {
  const chromium = await ensureChromium();
  if (chromium.missing) throw new StageSkipped(chromium.missing);
  return chromium.path;
}

/** code-server provisioned and a Chromium to show it, or a StageSkipped saying why not. */
export async function needCodeServer() {
  const support = codeServerSupport();
  if (!support.ok) throw new StageSkipped(support.reason);
  const chromium = await needChromium();
  return { ...(await provision()), chromium };
}
