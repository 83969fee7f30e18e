/**
 * The host bundle's side of the analytics JSON documents: the `nlpearl-json:` provider, its close handler and
 * "Save JSON As…" are registered at activation; the work is in dist/json.js, loaded on first use.
 */
import * as vscode from 'vscode';
import { redact } from '../knownSecrets';
import type { JsonSubject } from './jsonDocuments';

export type { JsonSubject } from './jsonDocuments';

type JsonBundle = typeof import('./jsonDocuments');
let loaded: JsonBundle | undefined;
let loading: Promise<JsonBundle> | undefined;
const load = () => (loading ??= import('./jsonDocuments').then((module) => (loaded = module)));

const SCHEME = 'nlpearl-json';
const changed = new vscode.EventEmitter<vscode.Uri>();

/** Opens (or updates) the read-only document of a response, named after its campaign and range. */
export async function showJsonDocument(subject: JsonSubject, response: unknown): Promise<vscode.TextDocument> {
  return (await load()).showJsonDocument({ redact, changed }, subject, response);
}

export function registerJsonDocuments(): vscode.Disposable[] {
  return [
    changed,
    vscode.workspace.registerTextDocumentContentProvider(SCHEME, {
      onDidChange: changed.event,
      provideTextDocumentContent: async (uri) => (await load()).jsonDocumentContent(uri),
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (document.uri.scheme === SCHEME) loaded?.forgetJsonDocument(document.uri);
    }),
    vscode.commands.registerCommand('nlpearl.saveJsonAs', async (arg: unknown, target: unknown) => (await load()).saveJsonAs(arg, target)),
  ];
}
