/** Markdown helpers shared by the call documents and the reports: API text is data, never markup. */

/**
 * API text as literal Markdown text, still readable in the editor: inline syntax characters are
 * backslash-escaped, block markers at a line start too, web addresses are kept from becoming links,
 * and a line break stays a line break (a hard break), never a new block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeInline(line.trimStart()).replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#>+=-])/, '\\$1'))
    .join('\\\n');
}

/** Inline syntax only: what is needed inside a line that cannot start a block (a table cell, a heading's text). */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/:\/\//g, '\\://').replace(/\b(www)\./gi, '$1\\.');
}

/**
 * A table cell: one line (a line break would end the row), inline syntax escaped. A cell never starts a
 * block, so "50.00 credits" stays as it reads instead of "50\\.00".
 */
export function markdownCell(text: string): string {
  return escapeInline(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}
