import * as vscode from 'vscode';

// Placeholder until the host services land; keeps the build and the test harness runnable.
export function activate(_context: vscode.ExtensionContext): void {}

export function deactivate(): void {}
