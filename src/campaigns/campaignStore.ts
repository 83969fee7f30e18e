/**
 * Campaigns added by id and the recently used ones, in globalState. Kept apart from the API list
 * so a failed sign-in or a bad token never loses what the user typed in.
 */
import type * as vscode from 'vscode';

const MANUAL_KEY = 'nlpearl.manualCampaigns';
const RECENT_KEY = 'nlpearl.recentCampaigns';
const RECENT_LIMIT = 10;

export class CampaignStore {
  constructor(private readonly state: vscode.Memento) {}

  manualIds(): string[] {
    const value = this.state.get<unknown>(MANUAL_KEY);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  async addManual(id: string): Promise<boolean> {
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
  }

  recentIds(): string[] {
    const value = this.state.get<unknown>(RECENT_KEY);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  async markUsed(id: string): Promise<void> {
    await this.state.update(RECENT_KEY, [id, ...this.recentIds().filter((v) => v !== id)].slice(0, RECENT_LIMIT));
  }
}
