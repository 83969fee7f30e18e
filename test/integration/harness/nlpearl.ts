// Shared set-up for suites that drive the extension against the fake NLPearl API in-process.
import * as vscode from 'vscode';
import type { App } from '../../../src/app';
import type { CampaignNode, TreeNode } from '../../../src/campaigns/nodes';
import { startFakeApi, type FakeApi, type FakeApiOptions } from '../../fake-api/server';
import { activateExtension, setSetting as setUserSetting, waitFor } from './index';

/** An `nlpearl.*` user setting; undefined removes it. */
export function setSetting(key: string, value: unknown): Promise<void> {
  return setUserSetting(`nlpearl.${key}`, value);
}

export async function host(): Promise<App> {
  return (await activateExtension()).exports as App;
}

/** Starts a fake API, points the extension at it (v1, no demo) and signs in through the command. */
export async function connectToFakeApi(options: FakeApiOptions = {}): Promise<{ fake: FakeApi; host: App }> {
  const fake = await startFakeApi(options);
  await setSetting('demoMode', false);
  await setSetting('apiVersion', 'v1');
  await setSetting('apiBaseUrl', fake.url);
  const h = await host();
  const result = (await vscode.commands.executeCommand('nlpearl.setToken', fake.token)) as { stored: boolean; message: string };
  if (!result.stored) throw new Error(`signing in to the fake API failed: ${result.message}`);
  await waitFor(async () => (await h.tokens.get()) === fake.token, { message: 'the token to be stored' });
  return { fake, host: h };
}

export async function disconnect(fake: FakeApi | undefined): Promise<void> {
  await vscode.commands.executeCommand('nlpearl.clearToken');
  await setSetting('apiBaseUrl', undefined);
  await setSetting('apiVersion', undefined);
  await fake?.close();
}

/** The rows under `node` once nothing is loading any more, as their visible labels. */
export async function settledChildren(h: App, node?: TreeNode): Promise<TreeNode[]> {
  return waitFor(
    async () => {
      const rows = await h.tree.getChildren(node);
      const loading = rows.some((row) => row.kind === 'message' && row.variant === 'loading');
      return loading ? undefined : rows;
    },
    { message: 'the tree to finish loading', timeoutMs: 15_000 },
  );
}

/**
 * The tree as a user sees it with both groups expanded (as they open): the root's rows, each group row
 * replaced by its settled children (campaigns of that kind, or its "none" row).
 */
export async function treeRows(h: App): Promise<TreeNode[]> {
  const rows: TreeNode[] = [];
  for (const row of await settledChildren(h)) {
    if (row.kind === 'group') rows.push(...(await settledChildren(h, row)));
    else rows.push(row);
  }
  return rows;
}

/** The campaign rows of one group, in the tree's order. */
export async function groupCampaigns(h: App, group: 'inbound' | 'outbound'): Promise<CampaignNode[]> {
  const node = (await settledChildren(h)).find((row) => row.kind === 'group' && row.group === group);
  if (!node) return [];
  return (await settledChildren(h, node)).filter((row): row is CampaignNode => row.kind === 'campaign');
}

export function labelOf(h: App, node: TreeNode): string {
  const label = h.tree.getTreeItem(node).label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

export function descriptionOf(h: App, node: TreeNode): string {
  const description = h.tree.getTreeItem(node).description;
  return typeof description === 'string' ? description : '';
}

export function analyticsRequests(fake: FakeApi): number {
  return fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/Analytics')).length;
}
