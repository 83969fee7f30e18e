/**
 * The campaigns tree: campaigns from the API plus those added by id, under an "Inbound" and an
 * "Outbound" group (groups.ts says why both always show), each expanding to its key figures for the current range. Every state is a row (loading, error with its fix, empty), never a
 * blank view or a pop-up; a failed refresh keeps the last figures, marked stale.
 */
import * as vscode from 'vscode';
import type { AnalyticsCache } from '../model/analyticsCache';
import { analyticsKey } from '../model/analyticsKey';
import type { CampaignDirectory } from '../model/campaignDirectory';
import type { ErrorView } from '../model/errorView';
import type { AnalyticsPair, NLPearlApi } from '../api/types';
import type { CampaignInfo, Logger } from '../model/types';
import type { RangeState } from '../model/rangeState';
import { figureRows } from './figureRows';
import { alertsTreeItem, campaignTooltip, campaignTreeItem, figureTreeItem, messageTreeItem } from './treeItems';
import type { AlertsNode, CampaignNode, FigureNode, GroupNode, MessageNode, TreeNode } from './nodes';
import { GROUP_NODES, campaignsOfGroup, emptyGroupRow, groupTreeItem } from './groups';

const DETAIL_MAX_AGE_MS = 60_000;

export interface TreeDeps {
  readonly api: () => NLPearlApi;
  readonly cache: AnalyticsCache;
  readonly range: RangeState;
  readonly directory: CampaignDirectory;
  /** Signed in or demo mode: whether there is anything to list. */
  readonly canList: () => Promise<boolean>;
  readonly currencyLabel: () => string;
  readonly log: Logger;
  /** The host's: its error classes are the ones the client throws (a copy in this lazy bundle would match none). */
  readonly describeError: (error: unknown) => ErrorView;
  /** The account watch's active alerts, shown in an "Alerts" node on top (none: no node). */
  readonly alerts?: () => readonly { readonly label: string; readonly campaignId: string | undefined }[];
}

interface FigureState {
  key: string;
  loading: boolean;
  loaded: boolean;
  force: boolean;
  pair: AnalyticsPair | undefined;
  error: ErrorView | undefined;
  controller: AbortController | undefined;
}

export class CampaignTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  private readonly campaignNodes = new Map<string, CampaignNode>();
  private readonly figures = new Map<string, FigureState>();
  private readonly details = new Map<string, Promise<void>>();
  private readonly detailTimes = new Map<string, number>();

  private readonly listening: { dispose(): void };

  constructor(private readonly deps: TreeDeps) {
    this.listening = deps.directory.onDidChange(() => this.changed.fire(undefined));
  }

  /** Re-lists campaigns and reloads the figures of expanded campaigns, keeping what is shown. */
  refresh(): void {
    this.deps.directory.invalidate();
    for (const state of this.figures.values()) {
      state.loaded = false;
      state.force = true;
    }
    this.changed.fire(undefined);
  }

  /** Draws the rows again from what is loaded (a display setting changed): no request. */
  rerender(): void {
    this.changed.fire(undefined);
  }

  /** Forgets everything (token or settings changed: the old data belongs to another account). */
  reset(): void {
    for (const state of this.figures.values()) state.controller?.abort();
    this.figures.clear();
    this.details.clear();
    this.detailTimes.clear();
    // A node keeps the detail (phone number, calls today) its tooltip loaded: it belongs to the old source.
    this.campaignNodes.clear();
    // The directory's reset redraws the tree.
    this.deps.directory.reset();
  }

  retry(node: TreeNode | undefined): void {
    const campaignId = node && (node.kind === 'figure' || node.kind === 'message') ? node.campaignId : undefined;
    const state = campaignId ? this.figures.get(campaignId) : undefined;
    if (campaignId && state) {
      state.loaded = false;
      state.force = true;
      const parent = this.campaignNodes.get(campaignId);
      this.changed.fire(parent);
      return;
    }
    this.refresh();
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'campaign':
        return campaignTreeItem(node.info, this.deps.directory.listError() !== undefined);
      case 'figure':
        return figureTreeItem(node);
      case 'message':
        return messageTreeItem(node);
      case 'alerts':
        return alertsTreeItem(node);
      case 'group':
        return groupTreeItem(node, campaignsOfGroup(this.deps.directory.campaigns(), node.group).length);
    }
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    if (!node) return this.rootChildren();
    if (node.kind === 'campaign') return this.figureChildren(node.info.id);
    if (node.kind === 'alerts') return [...node.rows];
    if (node.kind === 'group') return this.groupChildren(node);
    return [];
  }

  getParent(node: TreeNode): TreeNode | undefined {
    if (node.kind === 'campaign') return GROUP_NODES[node.info.kind];
    if (node.kind === 'alerts' || node.kind === 'group') return undefined;
    return node.campaignId ? this.campaignNodes.get(node.campaignId) : undefined;
  }

  /**
   * Fetches the campaign's detail (phone number, calls today, ongoing calls) only when its tooltip is wanted.
   * VS Code resolves a row once: after a failure the row is redrawn, so the next hover asks again.
   */
  async resolveTreeItem(item: vscode.TreeItem, node: TreeNode): Promise<vscode.TreeItem> {
    if (node.kind !== 'campaign') return item;
    const id = node.info.id;
    let failure: string | undefined;
    // Calls today and ongoing calls are live: details older than a minute are asked for again.
    const loadedAt = this.detailTimes.get(id);
    if (loadedAt !== undefined && Date.now() - loadedAt > DETAIL_MAX_AGE_MS) this.details.delete(id);
    if (!this.details.has(id)) {
      const loading: Promise<void> = this.deps
        .api()
        .getCampaign(id)
        .then((detail) => {
          node.info = { ...node.info, detail, name: node.info.name ?? detail.name, status: node.info.status ?? detail.status };
          this.detailTimes.set(id, Date.now());
        })
        .catch((error: unknown) => {
          failure = this.deps.describeError(error).message;
          this.deps.log.warn('tree', `detail of ${id}: ${failure}`);
          // Not remembered: the next hover asks again instead of never showing the details.
          if (this.details.get(id) === loading) this.details.delete(id);
          this.changed.fire(node);
        });
      this.details.set(id, loading);
    }
    await this.details.get(id);
    const resolved = campaignTreeItem(node.info, this.deps.directory.listError() !== undefined);
    resolved.tooltip = campaignTooltip(node.info, failure);
    return resolved;
  }

  private async rootChildren(): Promise<TreeNode[]> {
    if (!(await this.deps.canList())) return [];
    const directory = this.deps.directory;
    directory.listIfNeeded();
    const campaigns = directory.campaigns();
    const rows: TreeNode[] = [];
    const listError = directory.listError();
    if (listError) rows.push(...this.errorRows(listError, undefined));
    // Until the API list has arrived once, say so — even when campaigns added by id are listed.
    if (directory.firstListing) rows.push(this.message('loading', vscode.l10n.t('Loading campaigns…')));
    // The groups show once there is something to put in them or to say about them (empty after a good listing).
    const groups: GroupNode[] = campaigns.length > 0 || (directory.loaded && !listError) ? [GROUP_NODES.inbound, GROUP_NODES.outbound] : [];
    return [...this.alertsRows(), ...rows, ...groups];
  }

  private groupChildren(node: GroupNode): TreeNode[] {
    const directory = this.deps.directory;
    const campaigns = campaignsOfGroup(directory.campaigns(), node.group).map((info) => this.nodeFor(info));
    if (campaigns.length === 0 && directory.loaded && !directory.listError()) return [emptyGroupRow(node.group)];
    return campaigns;
  }

  private alertsRows(): AlertsNode[] {
    const alerts = this.deps.alerts?.() ?? [];
    if (alerts.length === 0) return [];
    const rows = alerts.map(
      (alert): MessageNode => ({ kind: 'message', variant: 'alert', label: alert.label, command: { command: 'nlpearl.watch.open', arguments: [alert.campaignId] } }),
    );
    return [{ kind: 'alerts', rows }];
  }

  private nodeFor(info: CampaignInfo): CampaignNode {
    const existing = this.campaignNodes.get(info.id);
    if (existing) {
      existing.info = { ...info, detail: existing.info.detail ?? info.detail };
      return existing;
    }
    const node: CampaignNode = { kind: 'campaign', info };
    this.campaignNodes.set(info.id, node);
    return node;
  }

  private figureChildren(campaignId: string): TreeNode[] {
    const range = this.deps.range.current();
    const key = analyticsKey(campaignId, range);
    let state = this.figures.get(campaignId);
    if (!state || state.key !== key) {
      state?.controller?.abort();
      state = { key, loading: false, loaded: false, force: false, pair: undefined, error: undefined, controller: undefined };
      this.figures.set(campaignId, state);
    }
    // Figures the cache holds (the watch or a panel loaded them) are shown now, not after a "Loading…" row.
    const cached = !state.loaded && !state.loading && !state.force ? this.deps.cache.peek(campaignId, range) : undefined;
    if (cached) Object.assign(state, { pair: cached, error: undefined, loaded: true });
    if (!state.loaded && !state.loading) void this.loadFigures(campaignId, state);
    const rows: TreeNode[] = [];
    if (state.error) rows.push(...this.errorRows(state.error, campaignId));
    if (state.pair) {
      const stale = state.error !== undefined;
      rows.push(
        ...figureRows(state.pair, this.deps.currencyLabel()).map(
          (row): FigureNode => ({ kind: 'figure', campaignId, stale, ...row }),
        ),
      );
    } else if (state.loading) {
      rows.push(this.message('loading', vscode.l10n.t('Loading figures…'), campaignId));
    }
    return rows;
  }

  private async loadFigures(campaignId: string, state: FigureState): Promise<void> {
    state.loading = true;
    const controller = new AbortController();
    state.controller = controller;
    const range = this.deps.range.current();
    const force = state.force;
    state.force = false;
    try {
      state.pair = await this.deps.cache.load(campaignId, range, { signal: controller.signal, force });
      state.error = undefined;
    } catch (error) {
      if (controller.signal.aborted) return;
      state.error = this.deps.describeError(error);
      this.deps.log.warn('tree', `figures of ${campaignId} failed: ${state.error.message}`);
    } finally {
      if (!controller.signal.aborted) {
        state.loading = false;
        state.loaded = true;
      }
    }
    if (this.figures.get(campaignId) === state) this.changed.fire(this.campaignNodes.get(campaignId));
  }

  private errorRows(error: ErrorView, campaignId: string | undefined): MessageNode[] {
    const rows: MessageNode[] = [
      {
        kind: 'message',
        variant: 'error',
        label: vscode.l10n.t('Error: {0}', error.message),
        campaignId,
        error,
        command: { command: 'nlpearl.retry', arguments: [campaignId ? { kind: 'message', campaignId } : undefined] },
      },
    ];
    if (error.action === 'setToken') {
      rows.push({ kind: 'message', variant: 'action', label: vscode.l10n.t('Set API Token'), campaignId, command: { command: 'nlpearl.setToken' } });
    } else if (error.action === 'checkSettings') {
      rows.push({
        kind: 'message',
        variant: 'action',
        label: vscode.l10n.t('Open NLPearl Settings'),
        campaignId,
        command: { command: 'workbench.action.openSettings', arguments: ['nlpearl'] },
      });
    }
    return rows;
  }

  private message(variant: MessageNode['variant'], label: string, campaignId?: string): MessageNode {
    return { kind: 'message', variant, label, campaignId };
  }

  dispose(): void {
    for (const state of this.figures.values()) state.controller?.abort();
    this.listening.dispose();
    this.changed.dispose();
  }
}
