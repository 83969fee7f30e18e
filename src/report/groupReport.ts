/**
 * Export Report of a comparison or of the account overview: the panel's own model as Markdown, opened untitled
 * beside it. These views have no chart images of their own to save beside it (the comparison's charts export one
 * by one as PNG from their cards), so the document is the whole report.
 */
import * as vscode from 'vscode';
import { compareReport, overviewReport } from '../analytics/groupReports';
import { describeRange } from '../api/range';
import type { CompareModel } from '../shared/compareProtocol';
import type { OverviewColumn, OverviewRow, OverviewTotal } from '../shared/overviewProtocol';
import type { RangeSelection } from '../model/types';
import { exportFileName } from '../dashboard/exportFiles';
import { openUntitledMarkdown } from './report';

export interface GroupSource {
  readonly range: RangeSelection;
  readonly isDemo: boolean;
}

export async function openCompareReport(source: GroupSource & { readonly model: CompareModel }): Promise<vscode.TextDocument> {
  const markdown = compareReport({ ...source, rangeText: describeRange(source.range, vscode.env.language), madeAt: Date.now() }, vscode.l10n);
  const name = source.model.campaigns.map((c) => c.name).join(' vs ');
  return openUntitledMarkdown(exportFileName(name, 'report', source.range, 'md'), markdown);
}

export async function openOverviewReport(
  source: GroupSource & { readonly rows: readonly OverviewRow[]; readonly total: OverviewTotal; readonly columns: Readonly<Record<OverviewColumn, string>> },
): Promise<vscode.TextDocument> {
  const markdown = overviewReport({ ...source, rangeText: describeRange(source.range, vscode.env.language), madeAt: Date.now() }, vscode.l10n);
  return openUntitledMarkdown(exportFileName(vscode.l10n.t('Account overview'), 'report', source.range, 'md'), markdown);
}

/** What the host hands over: the open comparison and overview, if any, without this bundle importing theirs. */
export interface GroupPanels {
  readonly isDemo: boolean;
  compare(): { readonly model: CompareModel | undefined; readonly shownRange: RangeSelection } | undefined;
  overview(): Promise<{ readonly panel: { readonly range: RangeSelection; shownRows(): OverviewRow[]; total(): OverviewTotal }; readonly columns: Readonly<Record<OverviewColumn, string>> } | undefined>;
}

/** The view type of the active webview tab ("mainThreadWebview-nlpearl.compare" in some hosts), if any. */
function activeWebviewType(): string {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputWebview ? input.viewType : '';
}

/** A report of the active comparison or overview; undefined when neither is the active editor. */
export async function groupReport(panels: GroupPanels): Promise<{ document: vscode.TextDocument; images: []; missingImages: [] } | undefined> {
  const type = activeWebviewType();
  let document: vscode.TextDocument | undefined;
  if (type.endsWith('nlpearl.compare')) {
    const compare = panels.compare();
    if (compare?.model) document = await openCompareReport({ model: compare.model, range: compare.shownRange, isDemo: panels.isDemo });
  } else if (type.endsWith('nlpearl.overview')) {
    const overview = await panels.overview();
    if (overview) document = await openOverviewReport({ rows: overview.panel.shownRows(), total: overview.panel.total(), columns: overview.columns, range: overview.panel.range, isDemo: panels.isDemo });
  }
  return document && { document, images: [], missingImages: [] };
}
