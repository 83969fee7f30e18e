/**
 * package.json is read by VS Code with the last of two equal keys winning: a second "editor/title" (two
 * features merged) silently drops the first one's buttons. JSON.parse cannot see it, so this walks the text.
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';

/** The paths of keys that appear twice in one object, e.g. "contributes.menus.editor/title". */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: { keys: Set<string>; path: string; pendingKey?: string }[] = [];
  let i = 0;
  const readString = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  while (i < text.length) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const value = readString();
      let j = i;
      while (/\s/.test(text[j] ?? '')) j++;
      if (top && text[j] === ':') {
        if (top.keys.has(value)) found.push(top.path ? `${top.path}.${value}` : value);
        top.keys.add(value);
        top.pendingKey = value;
      }
      continue;
    }
    if (c === '{' || c === '[') {
      const key = top?.pendingKey;
      const here = key === undefined ? (top?.path ?? '') : top?.path ? `${top.path}.${key}` : key;
      if (top) top.pendingKey = undefined;
      stack.push({ keys: c === '{' ? new Set() : new Set(['\u0000array']), path: here });
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) top.pendingKey = undefined;
    i++;
  }
  return found;
}

describe('package.json', () => {
  it('has no key twice in one object (VS Code would keep only the last)', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8');
    assert.deepEqual(duplicateKeys(text), []);
  });

  it('the check finds a repeated key, at any depth, and not equal keys of sibling objects', () => {
    assert.deepEqual(duplicateKeys('{"a":{"menus":{"x":[1],"y":[],"x":[2]}},"b":[{"c":1},{"c":2}]}'), ['a.menus.x']);
    assert.deepEqual(duplicateKeys('{"s":"has \\"quotes\\" and : colons","s2":"x"}'), []);
  });
});
