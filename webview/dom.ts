/**
 * Element helpers. Text goes in through textContent only; there is no way here to insert HTML,
 * so API text (label names, campaign names, error messages) can never become markup.
 */

export interface ElementProps {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, children: readonly (Node | null | undefined)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.firstChild.remove();
}

/** A vscode-elements button; `secondary` for the quieter look. */
export function button(text: string, onClick: () => void, options: { secondary?: boolean; label?: string; id?: string } = {}): HTMLElement {
  const b = document.createElement('vscode-button');
  b.textContent = text;
  if (options.secondary) b.setAttribute('secondary', '');
  if (options.label) b.setAttribute('aria-label', options.label);
  if (options.id) b.id = options.id;
  b.addEventListener('click', onClick);
  return b;
}

export type ValueElement = HTMLElement & { value: string };

/** A vscode-elements date field named for assistive tech, that applies on Enter (the dashboard's and the overview's range). */
export function dateField(id: string, label: string, onEnter: () => void): ValueElement {
  const field = document.createElement('vscode-textfield') as unknown as ValueElement;
  field.setAttribute('type', 'date');
  field.id = id;
  field.setAttribute('aria-label', label);
  // Names the shadow root's <input>, which the outer label and aria-label do not reach (a property only).
  (field as unknown as { label: string }).label = label;
  field.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') onEnter();
  });
  return field;
}
