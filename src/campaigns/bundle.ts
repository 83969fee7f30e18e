// Entry of dist/tree.js: the tree's rows and their figures (the key-figure view model with it), loaded when the
// view first asks for rows, so activation does not load them when the sidebar is closed.
export { CampaignTreeProvider } from './treeProvider';
