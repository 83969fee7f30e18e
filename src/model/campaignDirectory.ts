/**
 * The campaigns the extension knows: the API's list plus those added by id, and why the last listing
 * failed. The tree, the palette and the panels all read it here — no view is the source of another.
 * No 'vscode' here: the view's progress bar is passed in, so this is tested in plain Node.
 */
import type { CampaignKind, CampaignSummary } from '../api/schemas';
import type { NLPearlApi } from '../api/types';
import type { ErrorView } from './errorView';
import type { CampaignInfo, Logger } from './types';

export interface DirectoryDeps {
  readonly api: () => NLPearlApi;
  /** The ids added by hand (CampaignStore). */
  readonly manualIds: () => readonly string[];
  /** The kind the user gave when adding it by id (CampaignStore); absent = inbound. */
  readonly manualKind?: (id: string) => CampaignKind;
  readonly describeError: (error: unknown) => ErrorView;
  readonly log: Logger;
  /** Shows the listing as busy where a person waits for it (the tree's progress bar). */
  readonly withListProgress?: <T>(work: () => Promise<T>) => Promise<T>;
  readonly now?: () => number;
}

interface ListState {
  loaded: boolean;
  campaigns: CampaignInfo[];
  error: ErrorView | undefined;
  fetchedAt: number | undefined;
}

const emptyList = (): ListState => ({ loaded: false, campaigns: [], error: undefined, fetchedAt: undefined });

export class CampaignDirectory {
  private list: ListState = emptyList();
  private generation = 0;
  private listing: Promise<void> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: DirectoryDeps) {}

  /** Hears each listing that settled (and each reset); returns what unsubscribes. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The API's list and the campaigns added by id, by name. */
  campaigns(): CampaignInfo[] {
    const fromApi = this.list.campaigns;
    const known = new Set(fromApi.map((c) => c.id));
    const manual = this.deps
      .manualIds()
      .filter((id) => !known.has(id))
      .map((id): CampaignInfo => ({ id, name: null, status: null, kind: this.deps.manualKind?.(id) ?? 'inbound', manual: true }));
    const name = (c: CampaignInfo) => (c.name ?? c.id).toLocaleLowerCase();
    return [...fromApi, ...manual].sort((a, b) => name(a).localeCompare(name(b)));
  }

  campaign(id: string): CampaignInfo | undefined {
    return this.campaigns().find((c) => c.id === id);
  }

  /** Lists campaigns (one request) if not loaded yet, or waits for the listing under way. */
  async ensureListed(): Promise<CampaignInfo[]> {
    if (!this.list.loaded) await (this.listing ?? this.load());
    return this.campaigns();
  }

  /**
   * Which resource the campaign's requests go to (v1). Known from the lists or the add-by-id answer; lists
   * first if nothing is known yet (one request, shared). Never fails: unknown means inbound, what the
   * extension always assumed before it knew outbound campaigns.
   */
  async kindOf(id: string): Promise<CampaignKind> {
    const known = this.campaign(id);
    if (known && (!known.manual || this.list.loaded)) return known.kind;
    return (await this.lookup(id))?.kind ?? 'inbound';
  }

  /** Lists campaigns, then answers like campaign(). */
  async lookup(id: string): Promise<CampaignInfo | undefined> {
    return (await this.ensureListed()).find((c) => c.id === id);
  }

  /** Why the last listing failed, if it did: the palette and the tree show it instead of a silently short list. */
  listError(): ErrorView | undefined {
    return this.list.error;
  }

  get loaded(): boolean {
    return this.list.loaded;
  }

  /** The first listing is under way: nothing from the API is known yet. */
  get firstListing(): boolean {
    return this.listing !== undefined && this.list.fetchedAt === undefined;
  }

  /** Starts a listing unless one is loaded or under way. */
  listIfNeeded(): void {
    if (!this.list.loaded && !this.listing) void this.load();
  }

  /** The next read lists again; what is known stays until the new list arrives. */
  invalidate(): void {
    this.list.loaded = false;
  }

  /** Forgets everything (token or settings changed: the old list belongs to another account). */
  reset(): void {
    this.generation++;
    this.listing = undefined;
    this.list = emptyList();
    this.fire();
  }

  private load(): Promise<void> {
    const listing = this.fetch().finally(() => {
      if (this.listing === listing) this.listing = undefined;
    });
    this.listing = listing;
    return listing;
  }

  private async fetch(): Promise<void> {
    const generation = this.generation;
    const progress = this.deps.withListProgress ?? ((work) => work());
    await progress(async () => {
      try {
        const campaigns = await this.deps.api().listCampaigns();
        if (generation !== this.generation) return;
        this.list.campaigns = campaigns.map((c: CampaignSummary): CampaignInfo => ({ id: c.id, name: c.name, status: c.status, kind: c.kind, manual: false }));
        this.list.error = undefined;
        this.list.fetchedAt = (this.deps.now ?? Date.now)();
      } catch (error) {
        if (generation !== this.generation) return;
        // The last good list stays on screen; the error row says it is stale.
        this.list.error = this.deps.describeError(error);
        this.deps.log.warn('tree', `listing campaigns failed: ${this.list.error.message}`);
      } finally {
        if (generation === this.generation) this.list.loaded = true;
      }
    });
    if (generation === this.generation) this.fire();
  }

  private fire(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
