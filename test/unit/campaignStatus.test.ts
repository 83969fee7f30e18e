/** A campaign's status as the tree, the palette and the dashboard header word it, in the display language. */
import assert from 'node:assert/strict';
import { campaignStatusName } from '../../src/model/campaignStatus';

/** A translator that marks what it translated, as `vscode.l10n.t` would put it in another language. */
const german = (message: string, ...args: Array<string | number>) => `de(${message}|${args.join(',')})`;

describe('campaignStatusName (the status words of a campaign)', () => {
  it('a campaign whose status is not known yet shows no status words', () => {
    assert.equal(campaignStatusName(undefined), null);
    assert.equal(campaignStatusName(null, german), null);
  });

  it('known statuses and codes added later are put through the display language', () => {
    assert.equal(campaignStatusName(3), 'Suspended');
    assert.equal(campaignStatusName(10), 'Maintenance');
    assert.equal(campaignStatusName(2, german), 'de(Paused|)');
    assert.equal(campaignStatusName(7, german), 'de(Status {0}|7)', 'the translator fills in the code');
    assert.equal(campaignStatusName(0), 'Status 0', 'a code of 0 is still a status');
  });
});
