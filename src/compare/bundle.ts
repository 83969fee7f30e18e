/** The entry of dist/compare.js: the Compare panel loads on first use, not at activation or with the dashboard. */
export { ComparePanel } from './panel';
