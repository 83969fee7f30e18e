/**
 * Campaign listing of both kinds. v1 has one resource per kind (`/v1/Inbound`, `/v1/Outbound`); v2 one
 * `/v2/Pearl` list whose `type` tells them apart (1 inbound, 2 outbound). The kind is carried on every
 * listed campaign, so no view has to guess it from an id.
 */
import { validator } from './validator';
import type { Requester } from './http';
import type { CampaignKind, CampaignSummary } from './schemas';
import { parseCampaignId } from '../shared/campaignId';
import type { ApiVersion, RequestOptions } from './types';

export type { CampaignKind } from './schemas';

export const CAMPAIGN_KINDS: readonly CampaignKind[] = ['inbound', 'outbound'];

/** v1's resource for a kind; v2 has the one Pearl resource for both. */
export function campaignResource(version: ApiVersion, kind: CampaignKind): string {
  if (version === 'v2') return '/v2/Pearl';
  return kind === 'outbound' ? '/v1/Outbound' : '/v1/Inbound';
}

/** A v2 Pearl `type` (or an analytics `callType`) as a kind; anything else is not a campaign the extension knows. */
export function kindOfType(type: number | null | undefined): CampaignKind | undefined {
  if (type === 1) return 'inbound';
  if (type === 2) return 'outbound';
  return undefined;
}

type Log = ((line: string) => void) | undefined;

async function fetchList(send: Requester, path: string, options: RequestOptions | undefined) {
  const request = { method: 'GET' as const, path, purpose: { kind: 'other' as const }, signal: options?.signal, background: options?.background };
  return (await send(request, validator((p) => p.campaignListSchema, 'the campaign list'))).value;
}

/** One kind's campaigns: v1 lists the kind's resource, v2 filters the Pearls by `type`. */
export async function listCampaignsOfKind(send: Requester, version: ApiVersion, kind: CampaignKind, options: RequestOptions | undefined, log: Log): Promise<CampaignSummary[]> {
  const listed = await fetchList(send, campaignResource(version, kind), options);
  const mine = version === 'v2' ? listed.filter((c) => kindOfType(c.type) === kind) : listed;
  return usableCampaigns(mine.map((c) => ({ ...c, kind })), log);
}

/**
 * Every campaign, both kinds. v2: one request. v1: the two lists at once; either failing fails the
 * listing, so a short list is never shown as if it were the whole account.
 */
export async function listAllCampaigns(send: Requester, version: ApiVersion, options: RequestOptions | undefined, log: Log): Promise<CampaignSummary[]> {
  // v2: one list, the kind read from each Pearl's type (others left out); v1: each kind's list.
  const kinds = version === 'v2' ? [undefined] : CAMPAIGN_KINDS;
  const lists = await Promise.all(
    kinds.map(async (kind) => (await fetchList(send, campaignResource(version, kind ?? 'inbound'), options)).map((c) => ({ ...c, kind: kind ?? kindOfType(c.type) }))),
  );
  const known = lists.flat().filter((c): c is CampaignSummary => c.kind !== undefined);
  if (known.length < lists.flat().length) log?.(`campaign list: left out ${lists.flat().length - known.length} Pearl(s) neither inbound (type 1) nor outbound (type 2)`);
  return usableCampaigns(known, log);
}

/**
 * The list as the tree can show it: ids in their one spelling, each once (a repeated id would break the
 * whole tree; across kinds the first listed wins), and none that could not be requested. What is left out
 * is logged, never silently lost.
 */
export function usableCampaigns(campaigns: CampaignSummary[], log: Log): CampaignSummary[] {
  const seen = new Set<string>();
  const usable: CampaignSummary[] = [];
  let invalid = 0;
  let repeated = 0;
  for (const campaign of campaigns) {
    const id = parseCampaignId(campaign.id);
    if (!id) invalid++;
    else if (seen.has(id)) repeated++;
    else {
      seen.add(id);
      usable.push(id === campaign.id ? campaign : { ...campaign, id });
    }
  }
  if (invalid > 0) log?.(`campaign list: left out ${invalid} campaign(s) whose id is not a 24-hex NLPearl id`);
  if (repeated > 0) log?.(`campaign list: left out ${repeated} repeated campaign id(s)`);
  return usable;
}
