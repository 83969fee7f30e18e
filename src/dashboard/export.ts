/** Writing an export through the save dialog (or to a given URI, for automation). */
import * as vscode from 'vscode';

export interface SaveRequest {
  readonly bytes: Uint8Array;
  readonly defaultName: string;
  readonly format: 'png' | 'csv';
  /** Skip the dialog (export command used by tests and automation). */
  readonly target?: vscode.Uri;
}

/** The URI written, or undefined when the user cancelled the dialog. */
export async function saveExport(request: SaveRequest): Promise<vscode.Uri | undefined> {
  let target = request.target;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const filters: Record<string, string[]> =
      request.format === 'png' ? { [vscode.l10n.t('PNG image')]: ['png'] } : { [vscode.l10n.t('CSV (comma-separated)')]: ['csv'] };
    target = await vscode.window.showSaveDialog({
      defaultUri: folder ? vscode.Uri.joinPath(folder, request.defaultName) : undefined,
      filters,
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export {0}', request.defaultName),
    });
    if (!target) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, request.bytes);
  return target;
}
