import type { NLPearlApi } from '../../src/api/types';

/** An API that answers only analytics, as the cache's tests need: any other call rejects, so one made shows at once. */
export function analyticsOnlyApi(getInboundAnalytics: NLPearlApi['getInboundAnalytics']): NLPearlApi {
  const unused = () => Promise.reject(new Error('not used by the cache'));
  return {
    getAccount: unused,
    listInboundCampaigns: unused,
    listOutboundCampaigns: unused,
    listCampaigns: unused,
    getCampaign: unused,
    getOngoingCalls: unused,
    searchCalls: unused,
    getCall: unused,
    getInboundAnalytics,
  };
}
