/**
 * `JSON.stringify(value, null, 2)` for any depth. V8's own recursion gives up at a few thousand levels ("Maximum
 * call stack size exceeded") while `JSON.parse` reads deeper answers fine: an answer the client accepted could not
 * be opened or copied as JSON. The native call stays the fast path; this walks with its own stack only when it fails.
 */
export function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return deepPrettyJson(value);
  }
}

const INDENT = '  ';

/** One open object or array: its remaining members, written one by one. */
interface Frame {
  readonly close: string;
  readonly indent: string;
  readonly members: readonly (readonly [key: string | undefined, value: unknown])[];
  next: number;
}

function scalar(value: unknown, inArray: boolean): string | undefined {
  if (value === null) return 'null';
  // As JSON.stringify: functions and undefined vanish from objects and are null in arrays.
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return inArray ? 'null' : undefined;
  return JSON.stringify(value);
}

export function deepPrettyJson(root: unknown): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  /** Writes `value`'s start (a scalar whole, a container's opening) and returns the frame to continue, if any. */
  const open = (value: unknown, indent: string, inArray: boolean): Frame | undefined => {
    if (typeof value !== 'object' || value === null) {
      out.push(scalar(value, inArray) ?? 'null');
      return undefined;
    }
    const isArray = Array.isArray(value);
    const members: (readonly [string | undefined, unknown])[] = isArray
      ? (value as unknown[]).map((item) => [undefined, item] as const)
      : Object.entries(value).filter(([, v]) => typeof v === 'object' || scalar(v, false) !== undefined);
    if (members.length === 0) {
      out.push(isArray ? '[]' : '{}');
      return undefined;
    }
    out.push(isArray ? '[' : '{');
    return { close: isArray ? ']' : '}', indent, members, next: 0 };
  };
  const first = open(root, '', false);
  if (first) stack.push(first);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    if (frame.next === frame.members.length) {
      out.push(`\n${frame.indent}${frame.close}`);
      stack.pop();
      continue;
    }
    const [key, value] = frame.members[frame.next] as readonly [string | undefined, unknown];
    const inner = frame.indent + INDENT;
    out.push(`${frame.next === 0 ? '' : ','}\n${inner}${key === undefined ? '' : `${JSON.stringify(key)}: `}`);
    frame.next += 1;
    const child = open(value, inner, key === undefined);
    if (child) stack.push(child);
  }
  return out.join('');
}
