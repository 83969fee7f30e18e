/**
 * The view model speaks English by default; the host passes `vscode.l10n.t` so every string the
 * dashboard shows is translatable, while this layer stays free of 'vscode'.
 */
export type Translate = (message: string, ...args: Array<string | number>) => string;

/** `{0}`, `{1}` … replaced by the arguments, as vscode.l10n.t does. */
export const englishTranslate: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
