/**
 * Campaigns added by id and the recently used ones, in globalState. Kept apart from the API list
 * so a failed sign-in or a bad token never loses what the user typed in.
 */
import type * as vscode from 'vscode';
import { parseCampaignId } from '../shared/campaignId';
import type { CampaignKind } from '../api/schemas';

const MANUAL_KEY = 'nlpearl.manualCampaigns';
const RECENT_KEY = 'nlpearl.recentCampaigns';
/** The ids added as outbound campaigns; an id not listed here is inbound (all that older versions knew). */
const OUTBOUND_KEY = 'nlpearl.manualOutboundCampaigns';
const RECENT_LIMIT = 10;

export class CampaignStore {
  constructor(private readonly state: vscode.Memento) {}

  manualIds(): string[] {
    const value = this.state.get<unknown>(MANUAL_KEY);
    return validIds(value);
  }

  manualKind(id: string): CampaignKind {
    return validIds(this.state.get<unknown>(OUTBOUND_KEY)).includes(id) ? 'outbound' : 'inbound';
  }

  /** Adding an id already there only changes its kind (the user said it again, and knows best). */
  async addManual(raw: string, kind: CampaignKind = 'inbound'): Promise<boolean> {
    const id = parseCampaignId(raw);
    if (!id) return false;
    await this.setOutbound(id, kind === 'outbound');
    const ids = this.manualIds();
    if (ids.includes(id)) return false;
    await this.state.update(MANUAL_KEY, [...ids, id]);
    return true;
  }

  async removeManual(id: string): Promise<void> {
    await this.state.update(
      MANUAL_KEY,
      this.manualIds().filter((v) => v !== id),
    );
    await this.setOutbound(id, false);
  }

  private async setOutbound(id: string, outbound: boolean): Promise<void> {
    const others = validIds(this.state.get<unknown>(OUTBOUND_KEY)).filter((v) => v !== id);
    await this.state.update(OUTBOUND_KEY, outbound ? [...others, id] : others);
  }

  recentIds(): string[] {
    const value = this.state.get<unknown>(RECENT_KEY);
    return validIds(value);
  }

  /**
   * Drops stored entries that are no NLPearl id — older versions accepted anything, a pasted token
   * included, and globalState is plain text.
   */
  async purgeInvalid(): Promise<void> {
    for (const key of [MANUAL_KEY, RECENT_KEY, OUTBOUND_KEY]) {
      const value = this.state.get<unknown>(key);
      if (value === undefined) continue;
      const valid = validIds(value);
      if (!Array.isArray(value) || valid.length !== value.length || valid.some((id, i) => id !== value[i])) await this.state.update(key, valid);
    }
  }

  async markUsed(raw: string): Promise<void> {
    const id = parseCampaignId(raw);
    if (!id) return;
    await this.state.update(RECENT_KEY, [id, ...this.recentIds().filter((v) => v !== id)].slice(0, RECENT_LIMIT));
  }
}

function validIds(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const ids = value.map(parseCampaignId).filter((id): id is string => id !== undefined);
  return [...new Set(ids)];
}
