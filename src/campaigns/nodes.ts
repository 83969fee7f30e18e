/** The kinds of rows in the campaigns tree. */
import type { CampaignKind } from '../api/schemas';
import type { CampaignInfo } from '../model/types';
import type { ErrorView } from '../model/errorView';

export interface CampaignNode {
  readonly kind: 'campaign';
  info: CampaignInfo;
}

export interface FigureNode {
  readonly kind: 'figure';
  readonly campaignId: string;
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly delta: string | undefined;
  readonly tooltip: string | undefined;
  readonly stale: boolean;
}

export interface MessageNode {
  readonly kind: 'message';
  readonly variant: 'loading' | 'error' | 'empty' | 'action' | 'alert';
  readonly label: string;
  /** Which campaign the row belongs to; undefined for root rows. */
  readonly campaignId?: string;
  readonly error?: ErrorView;
  readonly command?: { readonly command: string; readonly arguments?: unknown[] };
}

/** "Alerts" at the top of the tree: what the account watch finds active (src/watch). */
export interface AlertsNode {
  readonly kind: 'alerts';
  readonly rows: readonly MessageNode[];
}

/** "Inbound" and "Outbound": every campaign sits under the group of its kind. */
export interface GroupNode {
  readonly kind: 'group';
  readonly group: CampaignKind;
}

export type TreeNode = CampaignNode | FigureNode | MessageNode | AlertsNode | GroupNode;
