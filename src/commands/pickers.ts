/**
 * The quick picks of the commands (campaign, range, add by id): a bundle of its own (dist/pickers.js), loaded
 * when a command first asks something, so activation does not carry them (esbuild.js).
 */
export { addCampaignById, pickCampaign } from './pickCampaign';
export { pickRange } from './pickRange';
