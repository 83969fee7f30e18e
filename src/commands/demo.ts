/**
 * Demo mode is a User setting (application scope), so it survives reloads and no workspace can switch
 * it on and make demo figures look like the account's.
 */
import * as vscode from 'vscode';

export async function setDemoMode(on: boolean): Promise<void> {
  await vscode.workspace.getConfiguration('nlpearl').update('demoMode', on, vscode.ConfigurationTarget.Global);
  if (on) {
    void vscode.commands.executeCommand('workbench.view.extension.nlpearl');
  }
}
