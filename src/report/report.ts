/**
 * Export Report: the dashboard a user sees, as a Markdown document to share. The report is made from the
 * panel's data and view model (the same numbers as the screen) and opened untitled beside the dashboard;
 * when the user saves it, its chart images are written as PNG files beside the file (relative links). For
 * automation, `saveTo` writes both at once, without a dialog.
 */
import * as vscode from 'vscode';
import { describeRange } from '../api/range';
import { campaignReport, reportImageNames } from '../analytics/report';
import type { AnalyticsSection } from '../shared/protocol';
import type { PanelServices } from '../model/types';
import { exportFileName } from '../dashboard/exportFiles';
import type { DashboardPanel } from '../dashboard/panel';
import type { ShownModel } from '../dashboard/shownModel';

const LOG = 'report';
/** How long a dashboard that was just opened or revealed may take to draw before its images are asked for. */
const RENDER_WAIT_MS = 20_000;

export interface ReportResult {
  readonly document?: vscode.TextDocument;
  readonly uri?: vscode.Uri;
  readonly images: readonly vscode.Uri[];
  /** Charts whose image could not be written (the report still links only what exists). */
  readonly missingImages: readonly AnalyticsSection[];
}

interface Prepared {
  readonly markdown: string;
  readonly fileName: string;
  readonly images: ReadonlyMap<AnalyticsSection, string>;
  /** The range the text reports: images drawn later must show the same one. */
  readonly range: { readonly from: string; readonly to: string; readonly preset?: string };
}

/** Whether the dashboard still shows the range the report's text was made of (a preset by name: it moves with the clock). */
function showsRange(panel: DashboardPanel, range: Prepared['range']): boolean {
  const now = panel.range;
  return range.preset || now.preset ? range.preset === now.preset : range.from === now.from && range.to === now.to;
}

/** Reports opened untitled and not yet saved: saving one writes its images. Cleared when the document closes. */
const pending = new Map<string, { panel: DashboardPanel; prepared: Prepared }>();
let saveWatch: vscode.Disposable | undefined;

/** The panel's view model, from the dashboard's bundle (this one builds no model of its own). */
export type ModelOf = (panel: DashboardPanel) => Promise<ShownModel | undefined>;

async function prepare(services: PanelServices, panel: DashboardPanel, modelOf: ModelOf): Promise<Prepared> {
  const shown = await modelOf(panel);
  if (!shown) throw new Error(vscode.l10n.t('The dashboard has no data to report for this range. Fix what it says, then export again.'));
  const { model } = shown;
  const locale = vscode.env.language;
  const name = panel.campaignName();
  const fileName = exportFileName(name, 'report', shown.range, 'md');
  const images = reportImageNames(fileName, model.charts);
  const markdown = campaignReport(
    { campaignName: name, campaignId: panel.campaignId, range: shown.range, rangeText: describeRange(shown.range, locale), model, fetchedAt: shown.fetchedAt, isDemo: services.isDemo(), images },
    { t: vscode.l10n.t },
  );
  return { markdown, fileName, images, range: shown.range };
}

function nextRender(panel: DashboardPanel): Promise<void> {
  return new Promise((resolve) => {
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    };
    const timer = setTimeout(finish, RENDER_WAIT_MS);
    const subscription = panel.probe.onDidRender(finish);
  });
}

/** The webview must be showing (a hidden one is discarded) and have drawn its data before it can draw a PNG. */
async function drawn(panel: DashboardPanel): Promise<void> {
  if (panel.panel.visible && panel.probe.lastRenderMs !== undefined) return;
  const rendered = nextRender(panel);
  if (!panel.panel.visible) panel.panel.reveal(undefined, true);
  await rendered;
}

async function writeImages(services: PanelServices, panel: DashboardPanel, prepared: Prepared, folder: vscode.Uri): Promise<Pick<ReportResult, 'images' | 'missingImages'>> {
  const images: vscode.Uri[] = [];
  const missingImages: AnalyticsSection[] = [];
  await drawn(panel);
  for (const [chart, file] of prepared.images) {
    const uri = vscode.Uri.joinPath(folder, file);
    try {
      await panel.exportTo({ chart, format: 'png' }, uri);
      images.push(uri);
    } catch (error) {
      missingImages.push(chart);
      services.log.warn(LOG, `the ${chart} image was not written: ${services.describeError(error).message}`);
    }
  }
  if (missingImages.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('NLPearl: the report was saved, but {0} of its chart images could not be drawn. Keep the dashboard open and export the report again.', missingImages.length));
  }
  return { images, missingImages };
}

function watchSaves(services: PanelServices): void {
  saveWatch ??= vscode.Disposable.from(
    vscode.workspace.onDidSaveTextDocument((saved) => {
      if (saved.uri.scheme === 'untitled') return;
      const text = saved.getText();
      for (const [key, entry] of pending) {
        // The saved file is a new document: it is ours when it still links our images.
        if (![...entry.prepared.images.values()].some((file) => text.includes(encodeURI(file)))) continue;
        pending.delete(key);
        if (entry.panel.isDisposed) {
          void vscode.window.showWarningMessage(vscode.l10n.t('NLPearl: the report was saved without its chart images: its dashboard was closed. Open the dashboard and export the report again.'));
          return;
        }
        if (!showsRange(entry.panel, entry.prepared.range)) {
          // Its charts now show another range than the report's text: images of them would contradict it.
          void vscode.window.showWarningMessage(vscode.l10n.t('NLPearl: the report was saved without its chart images: its dashboard now shows another range. Set the range back, or export the report again.'));
          return;
        }
        void writeImages(services, entry.panel, entry.prepared, vscode.Uri.joinPath(saved.uri, '..'));
        return;
      }
    }),
    vscode.workspace.onDidCloseTextDocument((closed) => {
      pending.delete(closed.uri.toString());
    }),
  );
}

/** Where an untitled report suggests it be saved: the first workspace folder, else the file name alone. */
function untitledUri(fileName: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && folder.scheme === 'file' ? vscode.Uri.joinPath(folder, fileName).with({ scheme: 'untitled' }) : vscode.Uri.parse(`untitled:${encodeURIComponent(fileName)}`);
}

export async function exportCampaignReport(services: PanelServices, panel: DashboardPanel, modelOf: ModelOf, saveTo?: vscode.Uri): Promise<ReportResult | undefined> {
  let prepared: Prepared;
  try {
    prepared = await prepare(services, panel, modelOf);
  } catch (error) {
    const view = services.describeError(error);
    if (view.kind !== 'cancelled') void vscode.window.showErrorMessage(vscode.l10n.t('NLPearl: {0}', view.message));
    return undefined;
  }
  if (saveTo) {
    await vscode.workspace.fs.writeFile(saveTo, new TextEncoder().encode(prepared.markdown));
    services.log.info(LOG, `wrote a report of ${prepared.markdown.length} characters and ${prepared.images.size} images`);
    return { uri: saveTo, ...(await writeImages(services, panel, prepared, vscode.Uri.joinPath(saveTo, '..'))) };
  }
  const document = await openUntitledMarkdown(prepared.fileName, prepared.markdown, (opened) => {
    watchSaves(services);
    pending.set(opened.uri.toString(), { panel, prepared });
  });
  return { document, images: [], missingImages: [] };
}

/** An untitled Markdown document beside the view it reports, suggesting `fileName` for its save. */
export async function openUntitledMarkdown(fileName: string, markdown: string, beforeShow?: (document: vscode.TextDocument) => void): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(untitledUri(fileName));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), markdown);
  await vscode.workspace.applyEdit(edit);
  await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  beforeShow?.(document);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return document;
}
