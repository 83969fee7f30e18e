/** The lazily loaded part of the Account overview (dist/overview.js): its panel, rows and loader. */
export { OverviewPanel } from './panel';
export { overviewColumnNames } from './strings';
