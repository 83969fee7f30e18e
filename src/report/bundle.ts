/** The entry of dist/report.js: Export Report loads on first use, not with activation or the dashboard. */
export { exportCampaignReport } from './report';
export type { ReportResult } from './report';
export { groupReport, openCompareReport, openOverviewReport } from './groupReport';
