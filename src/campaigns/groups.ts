/**
 * The tree's two groups, "Inbound" and "Outbound". Both are always shown once campaigns are listed, expanded,
 * each with its count — in an inbound-only account too, whose "Outbound" group says it has none: the tree
 * has one shape in every account and state, a campaign created later appears where one expects it, and
 * nothing moves a level when the first outbound campaign arrives.
 */
import * as vscode from 'vscode';
import type { CampaignKind } from '../api/schemas';
import type { CampaignInfo } from '../model/types';
import type { GroupNode, MessageNode } from './nodes';

export const GROUP_NODES: Readonly<Record<CampaignKind, GroupNode>> = {
  inbound: { kind: 'group', group: 'inbound' },
  outbound: { kind: 'group', group: 'outbound' },
};

export function groupTreeItem(node: GroupNode, count: number): vscode.TreeItem {
  const outbound = node.group === 'outbound';
  const item = new vscode.TreeItem(outbound ? vscode.l10n.t('Outbound') : vscode.l10n.t('Inbound'), vscode.TreeItemCollapsibleState.Expanded);
  // A stable id: VS Code keeps a group folded across redraws and reloads if the user folded it.
  item.id = `group:${node.group}`;
  item.iconPath = new vscode.ThemeIcon(outbound ? 'call-outgoing' : 'call-incoming');
  item.description = String(count);
  item.contextValue = `group.${node.group}`;
  return item;
}

export function campaignsOfGroup(campaigns: readonly CampaignInfo[], group: CampaignKind): CampaignInfo[] {
  return campaigns.filter((c) => c.kind === group);
}

/** The row of an empty group, once the list has loaded without an error. */
export function emptyGroupRow(group: CampaignKind): MessageNode {
  return {
    kind: 'message',
    variant: 'empty',
    label: group === 'outbound' ? vscode.l10n.t('No outbound campaigns — Add by ID') : vscode.l10n.t('No inbound campaigns — Add by ID'),
    command: { command: 'nlpearl.addCampaign', arguments: [{ kind: group }] },
  };
}
