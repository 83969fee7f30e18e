/** A view model from the demo data (src/demo), validated like a real response. */
import { buildDashboardModel } from '../../../src/analytics/model';
import { previousPeriod, type DateRange } from '../../../src/api/range';
import { analyticsSchema, type InboundAnalytics } from '../../../src/api/schemas';
import type { ApiVersion } from '../../../src/api/types';
import { DEMO_CAMPAIGNS } from '../../../src/demo/campaigns';
import { demoAnalyticsJson } from '../../../src/demo/data';
import type { DashboardModel } from '../../../src/shared/protocol';

export function demoAnalytics(campaignId: string, range: DateRange, apiVersion: ApiVersion = 'v1'): InboundAnalytics {
  return analyticsSchema.parse(demoAnalyticsJson(campaignId, range, apiVersion));
}

export function demoModel(range: DateRange, apiVersion: ApiVersion = 'v1', campaignId = DEMO_CAMPAIGNS[0].id): DashboardModel {
  return buildDashboardModel({ current: demoAnalytics(campaignId, range, apiVersion), previous: demoAnalytics(campaignId, previousPeriod(range), apiVersion) });
}

export function demoCampaign(): { id: string; name: string } {
  const c = DEMO_CAMPAIGNS[0];
  return { id: c.id, name: c.name };
}
