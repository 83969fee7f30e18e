/** The one "NLPearl" log channel. Lines carry a `[component]` prefix; secrets are redacted. */
import * as vscode from 'vscode';
import { oneLine } from './logText';
import { redact } from './knownSecrets';
import type { Logger } from './model/types';

export function createLogger(): Logger & vscode.Disposable & { show(): void } {
  const channel = vscode.window.createOutputChannel('NLPearl', { log: true });
  const line = (component: string, message: string) => redact(oneLine(`[${component}] ${message}`));
  return {
    info: (component, message) => channel.info(line(component, message)),
    warn: (component, message) => channel.warn(line(component, message)),
    error: (component, message) => channel.error(line(component, message)),
    show: () => channel.show(true),
    dispose: () => channel.dispose(),
  };
}
