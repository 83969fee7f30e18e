/**
 * The live counters of a campaign (`GET /v1/Inbound/{id}/OngoingCalls`, `GET /v2/Pearl/{id}/OngoingCalls`).
 * Same policy as schemas.ts: a missing or null counter is `null` ("not provided", never 0); numeric strings
 * are numbers; unknown fields are ignored.
 */
import * as z from 'zod/mini';
import { nullableNumber } from './schemas';

export const ongoingCallsSchema = z.object(
  { totalOngoingCalls: nullableNumber, totalOnQueue: nullableNumber },
  { error: () => 'expected an object with totalOngoingCalls and totalOnQueue' },
);
export type OngoingCalls = z.output<typeof ongoingCallsSchema>;
