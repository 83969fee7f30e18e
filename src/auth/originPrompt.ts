/** The modal that asks before the token goes to a host it was not verified with. */
import * as vscode from 'vscode';
import { hostOf, type OriginQuestion } from './originGate';

export async function askToSendToken(question: OriginQuestion): Promise<boolean> {
  const to = hostOf(question.to);
  const detail = question.from
    ? vscode.l10n.t(
        'Your token was verified with {0}. The setting "nlpearl.apiBaseUrl" now points to {1}. Send it only if you trust {1}; it will then be used there from now on. Nothing is sent until you choose.',
        hostOf(question.from),
        to,
      )
    : vscode.l10n.t(
        'Your token was stored before the extension remembered where it was verified. The setting "nlpearl.apiBaseUrl" points to {0}, not to api.nlpearl.ai. Send it only if you trust {0}. Nothing is sent until you choose.',
        to,
      );
  const send = vscode.l10n.t('Send to {0}', to);
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('Send your NLPearl API token to {0}?', to),
    { modal: true, detail },
    send,
  );
  return choice === send;
}
