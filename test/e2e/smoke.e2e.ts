// The packaged extension in a real workbench: it loads, shows its activity-bar entry and its palette command.
import * as assert from 'node:assert/strict';
import { paletteLabels, closePalette, startWorkbench, type Workbench } from './harness';

describe('workbench smoke (packaged .vsix)', function () {
  this.timeout(90_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await startWorkbench();
  });

  after(async () => {
    await workbench?.stop();
  });

  it('renders the workbench', async () => {
    assert.equal(await workbench.page.locator('.monaco-workbench').isVisible(), true);
  });

  it('shows the NLPearl entry in the activity bar', async () => {
    await workbench.activityBarEntry('NLPearl').waitFor({ state: 'visible', timeout: 30_000 });
  });

  it('lists "NLPearl: Show Inbound Analytics" in the F1 command palette', async () => {
    const labels = await paletteLabels(workbench.page, 'NLPearl: Show Inbound');
    await closePalette(workbench.page);
    assert.ok(labels.includes('NLPearl: Show Inbound Analytics'), `palette showed: ${labels.join(' | ')}`);
  });
});
