/**
 * The entry of dist/dashboard.js, the dashboard's own bundle: the panel, its view model and charts load on the
 * first dashboard (see loader.ts), not at activation. Everything that must be one instance for the whole
 * extension — the secrets to mask, the client and its error classes, the cache — stays in the host bundle and
 * reaches the panel through PanelServices.
 */
export { DashboardPanel } from './panel';
export { runDirectExport } from './directExport';
export { shownModel } from './shownModel';
