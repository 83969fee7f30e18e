/** Demo mode is a setting, so it survives reloads and can be set per workspace. */
import * as vscode from 'vscode';

export async function setDemoMode(on: boolean): Promise<void> {
  const config = vscode.workspace.getConfiguration('nlpearl');
  const inspect = config.inspect<boolean>('demoMode');
  // Change it where it is set, so a workspace value is not left overriding the user's choice.
  const target = inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('demoMode', on, target);
  if (on) {
    void vscode.commands.executeCommand('workbench.view.extension.nlpearl');
  }
}
