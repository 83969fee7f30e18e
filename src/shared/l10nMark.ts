/**
 * `l10n.t('…')` inside a table of English labels (import this as `l10n`): the extractor
 * (scripts/l10n.mjs, Microsoft's @vscode/l10n-dev) sees the literal and puts it in the bundle, and the
 * value stays English here. The host translates it where it is shown — `vscode.l10n.t(TABLE[key])`
 * or the injected `l10n.t` of the view model — because a table is read long before a locale is known.
 * The gettext idiom for the same problem is `N_()`.
 */
export const l10nMark = {
  /** Returns `message` unchanged, with its literal type (so `as const` tables keep their unions). */
  t: <const M extends string>(message: M): M => message,
};
