/**
 * Every response schema, and zod behind them: a bundle of its own (dist/parsers.js) that the host loads with
 * the first response it validates (src/api/validator.ts), so activation does not pay for building them.
 * Holds no error classes: the validator on the host turns a failed parse into its InvalidResponseError.
 */
import { safeParseAnalytics } from './fastAnalytics';
import { safeParseCallSearch } from './fastCalls';

export { accountSchema, campaignDetailSchema, campaignListSchema, firstIssue } from './schemas';
export { ongoingCallsSchema } from './liveSchemas';
export { callDetailSchema, callSearchSchema } from './callSchemas';

/** The analytics body through the fast path, zod behind it for anything unusual. */
export const analyticsParser = { safeParse: safeParseAnalytics };
/** The call-search body through the fast path, zod behind it for anything unusual. */
export const callSearchParser = { safeParse: safeParseCallSearch };
