/** TreeItems for each kind of row: icons, descriptions, tooltips, context values. */
import * as vscode from 'vscode';
import { campaignStatusName } from '../model/campaignStatus';
import type { CampaignInfo } from '../model/types';
import type { AlertsNode, FigureNode, MessageNode } from './nodes';

const STATUS_ICONS: Record<number, [icon: string, color: string]> = {
  1: ['circle-filled', 'charts.green'],
  2: ['debug-pause', 'charts.yellow'],
  3: ['error', 'charts.red'],
  10: ['tools', 'charts.orange'],
};

function statusLabel(status: number | null | undefined): string | undefined {
  return campaignStatusName(status, vscode.l10n.t) ?? undefined;
}

function statusIcon(status: number | null): vscode.ThemeIcon {
  const known = status === null ? undefined : STATUS_ICONS[status];
  return known ? new vscode.ThemeIcon(known[0], new vscode.ThemeColor(known[1])) : new vscode.ThemeIcon('circle-outline');
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}

export function campaignTreeItem(info: CampaignInfo, listStale: boolean): vscode.TreeItem {
  const name = info.name ?? info.id;
  const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `campaign:${info.id}`;
  item.iconPath = info.manual && info.status === null ? new vscode.ThemeIcon('pinned') : statusIcon(info.status);
  const parts = [statusLabel(info.status), info.manual ? vscode.l10n.t('added by ID') : undefined, listStale ? vscode.l10n.t('stale') : undefined];
  item.description = parts.filter(Boolean).join(' · ');
  item.contextValue = info.manual ? 'campaign.manual' : 'campaign';
  // No tooltip here: VS Code keeps a tooltip given up front and would never show the resolved one
  // (campaignTooltip, with the campaign's details) that resolveTreeItem fetches on hover.
  return item;
}

/**
 * The campaign row's tooltip: id, status, phone number, calls today, ongoing calls — each shown, "—" with
 * its reason when the API has not given it. `detailError`: why the campaign's details could not be loaded.
 */
export function campaignTooltip(info: CampaignInfo, detailError?: string): vscode.MarkdownString {
  const name = info.name ?? info.id;
  const tooltip = new vscode.MarkdownString(undefined, false);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendMarkdown(`**${escapeMarkdown(name)}**\n\n`);
  const detail = info.detail;
  const missing = detail ? vscode.l10n.t('— (not sent by the API)') : vscode.l10n.t('—');
  const line = (label: string, value: string | number | null | undefined, ifMissing = missing) => {
    const text = value === null || value === undefined || value === '' ? ifMissing : typeof value === 'number' ? value.toLocaleString(vscode.env.language) : value;
    tooltip.appendMarkdown(`${escapeMarkdown(label)}: ${escapeMarkdown(text)}  \n`);
  };
  line(vscode.l10n.t('ID'), info.id);
  line(vscode.l10n.t('Status'), statusLabel(info.status ?? detail?.status), vscode.l10n.t('— (unknown)'));
  line(vscode.l10n.t('Phone number'), detail?.phoneNumber);
  line(vscode.l10n.t('Calls today'), detail?.totalTodayCalls);
  line(vscode.l10n.t('Ongoing calls'), detail?.totalOngoingCalls);
  // Extras, only when the API sent them.
  if (typeof detail?.totalOnQueue === 'number') line(vscode.l10n.t('On queue'), detail.totalOnQueue);
  if (typeof detail?.totalAgents === 'number') line(vscode.l10n.t('Agents'), detail.totalAgents);
  if (!detail) {
    const why = detailError
      ? vscode.l10n.t('— : the campaign details could not be loaded ({0}); hover again to retry.', detailError)
      : vscode.l10n.t('— : the campaign details are not loaded yet.');
    tooltip.appendMarkdown(`\n*${escapeMarkdown(why)}*`);
  }
  return tooltip;
}

/** One codicon per key figure, so the rows read at a glance. */
const FIGURE_ICONS: Record<string, string> = {
  totalCalls: 'call-incoming',
  successful: 'pass',
  averageDuration: 'watch',
  totalCost: 'credit-card',
  sentiment: 'smiley',
  topLabel: 'tag',
};

/** "2,096 (▲ 16 %)": what a figure row shows first, so the end of the row the sidebar cuts is only its name. */
export function figureRowLabel(node: Pick<FigureNode, 'value' | 'delta'>): string {
  return node.delta ? `${node.value} (${node.delta})` : node.value;
}

export function figureTreeItem(node: FigureNode): vscode.TreeItem {
  // At the sidebar's default width (~300 px) a row loses its end: the figure and its change come first,
  // the figure's name (also in the icon and the tooltip) after them.
  const item = new vscode.TreeItem(figureRowLabel(node), vscode.TreeItemCollapsibleState.None);
  item.id = `figure:${node.campaignId}:${node.id}`;
  item.description = [node.stale ? vscode.l10n.t('stale') : undefined, node.label].filter(Boolean).join(' · ');
  item.tooltip =
    node.tooltip ??
    (node.delta
      ? vscode.l10n.t('{0}: {1} ({2} vs previous period)', node.label, node.value, node.delta)
      : `${node.label}: ${node.value}`);
  const spoken = node.delta ? `${node.label}: ${node.value}, ${node.delta}` : `${node.label}: ${node.value}`;
  item.accessibilityInformation = { label: node.stale ? `${spoken}, ${vscode.l10n.t('stale')}` : spoken };
  item.contextValue = 'figure';
  item.iconPath = new vscode.ThemeIcon(node.stale ? 'history' : (FIGURE_ICONS[node.id] ?? 'symbol-number'));
  return item;
}

export function messageTreeItem(node: MessageNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.id = `${node.variant}:${node.campaignId ?? 'root'}:${node.label}`;
  switch (node.variant) {
    case 'loading':
      item.iconPath = new vscode.ThemeIcon('loading~spin');
      break;
    case 'error':
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
      item.tooltip = node.error ? `${node.error.message}\n\n${vscode.l10n.t('Click to retry.')}` : undefined;
      item.contextValue = 'error';
      break;
    case 'empty':
      item.iconPath = new vscode.ThemeIcon('add');
      break;
    case 'action':
      item.iconPath = new vscode.ThemeIcon('key');
      break;
    case 'alert':
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
      item.tooltip = node.label;
      break;
  }
  if (node.command) item.command = { title: node.label, command: node.command.command, arguments: node.command.arguments };
  return item;
}

export function alertsTreeItem(node: AlertsNode): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Alerts ({0})', node.rows.length), vscode.TreeItemCollapsibleState.Expanded);
  item.id = 'alerts';
  item.iconPath = new vscode.ThemeIcon('bell-dot');
  return item;
}
