/**
 * Analytics JSON as read-only virtual documents (`nlpearl-json:/<campaign — from…to>.json`), lazily loaded
 * (dist/json.js; the host side is jsonLoader.ts): named after what they hold, nothing to save on close,
 * "Save JSON As…" for a file. The text lives here only while its document is open; a document restored
 * after a reload says how to load it again.
 */
import * as vscode from 'vscode';
import { jsonDocumentName, jsonDocumentText, type JsonDocumentRange } from '../analytics/jsonDocument';

export const JSON_SCHEME = 'nlpearl-json';

/** What the host passes in: its secret masking (one list of secrets, in the host bundle) and the provider's change event. */
export interface JsonHost {
  readonly redact: (text: string) => string;
  readonly changed: vscode.EventEmitter<vscode.Uri>;
}

export interface JsonSubject {
  readonly campaignId: string;
  readonly campaignName: string;
  readonly range: JsonDocumentRange;
}

const contents = new Map<string, string>();
const NOT_LOADED = () => vscode.l10n.t('This analytics JSON is no longer loaded. Run "NLPearl: Open Analytics JSON" to load it again.');

export function jsonUri(subject: JsonSubject): vscode.Uri {
  // The query tells apart two campaigns of one name, or two ranges of the same days (a preset moved on).
  const query = new URLSearchParams({ campaign: subject.campaignId, from: subject.range.from, to: subject.range.to }).toString();
  return vscode.Uri.from({ scheme: JSON_SCHEME, path: `/${jsonDocumentName(subject.campaignName, subject.range)}`, query });
}

/** An open document asks for its text again; resolves once it shows the new text (or gave up waiting). */
function refreshed(host: JsonHost, document: vscode.TextDocument, uri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      listening.dispose();
      resolve();
    };
    const listening = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === document) done();
    });
    const timer = setTimeout(done, 5000);
    host.changed.fire(uri);
  });
}

/** Opens (or updates, when the same campaign and range is already open) the document and shows it. */
export async function showJsonDocument(host: JsonHost, subject: JsonSubject, response: unknown): Promise<vscode.TextDocument> {
  const uri = jsonUri(subject);
  const key = uri.toString();
  // redact() is a safety net: a server that echoed the token must not put it in a document.
  const text = host.redact(jsonDocumentText({ ...subject, response }));
  contents.set(key, text);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  if (open && open.getText() !== text) await refreshed(host, open, uri);
  let document = await vscode.workspace.openTextDocument(uri);
  // The name's .json gives the language unless an association says otherwise; a change of language closes and
  // reopens the document for extensions, which drops its text here: keep it again.
  if (document.languageId !== 'json') {
    document = await vscode.languages.setTextDocumentLanguage(document, 'json');
    contents.set(key, text);
  }
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * Writes the document to a file the user picks (or `target`, for automation). Returns the file written.
 * The editor-title button passes the document's URI; from the palette it is the active editor's.
 */
export async function saveJsonAs(arg?: unknown, target?: unknown): Promise<vscode.Uri | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  if (!uri || uri.scheme !== JSON_SCHEME) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an analytics JSON document first (NLPearl: Open Analytics JSON).'));
    return undefined;
  }
  // Only a loaded response is saved: a document restored after a reload holds just the note saying so.
  const text = contents.get(uri.toString());
  if (text === undefined) {
    void vscode.window.showInformationMessage(NOT_LOADED());
    return undefined;
  }
  const name = uri.path.slice(1);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const file =
    target instanceof vscode.Uri
      ? target
      : await vscode.window.showSaveDialog({
          defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
          filters: { JSON: ['json'] },
          saveLabel: vscode.l10n.t('Save JSON'),
        });
  if (!file) return undefined;
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
  return file;
}

export function jsonDocumentContent(uri: vscode.Uri): string {
  return (
    contents.get(uri.toString()) ??
    `${JSON.stringify({ message: NOT_LOADED() }, null, 2)}\n`
  );
}

/** Its document closed: the text goes. */
export function forgetJsonDocument(uri: vscode.Uri): void {
  contents.delete(uri.toString());
}
