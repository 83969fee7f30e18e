/**
 * Arguments that commands accept from keybindings, automation and tree menus:
 * `{ campaignId, preset }`, `{ campaignId, from, to }`, `{ campaignId }`, or a tree row.
 * Pure, so every malformed shape is unit-tested.
 */
import { isRangePreset, rangeForPreset, rangeProblem, RANGE_PRESETS } from '../api/range';
import { CAMPAIGN_ID_RULE, parseCampaignId } from '../shared/campaignId';
import type { RangeSelection } from '../model/analyticsCache';

export interface CampaignRangeArgs {
  readonly campaignId: string;
  /** undefined: ask the user (or use the tree's range, for tree rows). */
  readonly range: RangeSelection | undefined;
  /** The call came from a tree row, whose range is the tree's. */
  readonly fromTree: boolean;
}

export type ArgsParse = { ok: true; value: CampaignRangeArgs | undefined } | { ok: false; problem: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const campaignIdFrom = parseCampaignId;

/** `value: undefined` means "no arguments: ask". */
export function parseCampaignRangeArgs(arg: unknown, now: Date = new Date()): ArgsParse {
  if (arg === undefined || arg === null) return { ok: true, value: undefined };
  if (!isRecord(arg)) return { ok: false, problem: 'Expected an object such as { "campaignId": "…", "preset": "last30" }.' };
  // A tree row: { kind: 'campaign', info: { id } } or a figure/message row with campaignId.
  if (arg.kind === 'campaign' && isRecord(arg.info)) {
    const id = campaignIdFrom(arg.info.id);
    return id ? { ok: true, value: { campaignId: id, range: undefined, fromTree: true } } : { ok: false, problem: `The tree row has no campaign id. ${CAMPAIGN_ID_RULE}` };
  }
  if ((arg.kind === 'figure' || arg.kind === 'message') && typeof arg.campaignId === 'string') {
    const id = campaignIdFrom(arg.campaignId);
    if (id) return { ok: true, value: { campaignId: id, range: undefined, fromTree: true } };
  }
  const campaignId = campaignIdFrom(arg.campaignId);
  if (!campaignId) return { ok: false, problem: `"campaignId" is not an NLPearl campaign id. ${CAMPAIGN_ID_RULE}` };
  const hasPreset = arg.preset !== undefined;
  const hasDates = arg.from !== undefined || arg.to !== undefined;
  if (hasPreset && hasDates) return { ok: false, problem: 'Give either "preset" or "from" and "to", not both.' };
  if (hasPreset) {
    if (!isRangePreset(arg.preset)) return { ok: false, problem: `"preset" must be one of: ${RANGE_PRESETS.join(', ')}.` };
    return { ok: true, value: { campaignId, range: { ...rangeForPreset(arg.preset, now), preset: arg.preset }, fromTree: false } };
  }
  if (hasDates) {
    if (typeof arg.from !== 'string' || typeof arg.to !== 'string') return { ok: false, problem: '"from" and "to" must both be ISO date strings, e.g. "2026-03-01T00:00:00Z".' };
    const from = Date.parse(arg.from);
    const to = Date.parse(arg.to);
    if (Number.isNaN(from) || Number.isNaN(to)) return { ok: false, problem: '"from" and "to" must be ISO date strings, e.g. "2026-03-01T00:00:00Z".' };
    const range = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
    const problem = rangeProblem(range);
    if (problem) return { ok: false, problem };
    return { ok: true, value: { campaignId, range, fromTree: false } };
  }
  return { ok: true, value: { campaignId, range: undefined, fromTree: false } };
}
