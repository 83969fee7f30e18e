// Root hooks for the e2e mocha run (loaded with --require): when a test fails, every workbench still running
// leaves a screenshot, its code-server log and VS Code's logs under test-results/e2e/.
import type { Context } from 'mocha';
import { liveWorkbenches } from './workbench';

export const mochaHooks = {
  async afterEach(this: Context): Promise<void> {
    const test = this.currentTest;
    if (test?.state !== 'failed') return;
    for (const [index, workbench] of liveWorkbenches().entries()) {
      const saved = await workbench.keepArtifacts(`${test.fullTitle()}${index > 0 ? `-${index}` : ''}`);
      console.error(`    kept for inspection: ${saved.join(', ')}`);
    }
  },
};
