/**
 * The campaigns tree as activation registers it: it loads the real provider (dist/tree.js) when VS Code first
 * asks for rows. VS Code asks for an item, a parent or a tooltip only of a node it got from getChildren, so by
 * then the provider is loaded and those answer at once.
 */
import * as vscode from 'vscode';
import type { CampaignTreeProvider, TreeDeps } from './treeProvider';
import type { TreeNode } from './nodes';

export class CampaignTree implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private provider: CampaignTreeProvider | undefined;
  private loading: Promise<CampaignTreeProvider> | undefined;
  private disposed = false;

  constructor(private readonly deps: TreeDeps) {}

  /** Re-lists campaigns and reloads the figures of expanded campaigns, keeping what is shown. */
  refresh(): void {
    if (this.provider) return this.provider.refresh();
    this.deps.directory.invalidate();
  }

  /** Draws the rows again from what is loaded: no request. */
  rerender(): void {
    this.provider?.rerender();
  }

  /** Forgets everything (token or settings changed: the old data belongs to another account). */
  reset(): void {
    if (this.provider) return this.provider.reset();
    this.deps.directory.reset();
  }

  retry(node: TreeNode | undefined): void {
    if (this.provider) return this.provider.retry(node);
    this.refresh();
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    return (await this.load()).getChildren(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return this.loaded().getTreeItem(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.loaded().getParent(node);
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): Promise<vscode.TreeItem> {
    return this.loaded().resolveTreeItem(item, node);
  }

  dispose(): void {
    this.disposed = true;
    this.provider?.dispose();
    this.changed.dispose();
  }

  private load(): Promise<CampaignTreeProvider> {
    this.loading ??= import('./bundle').then(({ CampaignTreeProvider: Provider }) => {
      const provider = new Provider(this.deps);
      provider.onDidChangeTreeData((node) => this.changed.fire(node));
      if (this.disposed) provider.dispose();
      this.provider = provider;
      return provider;
    });
    return this.loading;
  }

  private loaded(): CampaignTreeProvider {
    // Unreachable through VS Code (see above); a caller that skips getChildren learns why at once.
    if (!this.provider) throw new Error('The campaigns tree is asked for a node before it listed any rows.');
    return this.provider;
  }
}
