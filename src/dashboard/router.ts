/**
 * Dispatch of webview messages: parsed with the protocol's zod schema, then handed to the one handler of
 * its type. The map's type, `{ [T in WebviewMessageType]: … }`, makes a new message type a compile error
 * until it has a handler. Anything invalid is logged (its type only, never the payload) and dropped.
 * Pure, so it is unit-tested without VS Code.
 */
import { oneLine } from '../logText';
import { parseWebviewMessage, type WebviewMessage, type WebviewMessageType } from '../shared/protocol';

export type MessageOf<T extends WebviewMessageType> = Extract<WebviewMessage, { type: T }>;

/** One handler per message type, each given its own message, already validated. */
export type WebviewHandlers = { readonly [T in WebviewMessageType]: (message: MessageOf<T>) => void };

/** A short, safe description of a rejected message for the log. */
export function describeRejected(raw: unknown): string {
  if (raw === null || typeof raw !== 'object') return typeof raw;
  let type: unknown;
  try {
    // Only a structured clone reaches us from a real webview, but a getter must not break the log.
    type = (raw as { type?: unknown }).type;
  } catch {
    return 'object without a type';
  }
  return typeof type === 'string' ? `type "${type.slice(0, 40).replace(/[^\w.-]/g, '?')}"` : 'object without a type';
}

/** true when the message was valid and dispatched. */
export function routeWebviewMessage(raw: unknown, handlers: WebviewHandlers, warn: (message: string) => void): boolean {
  const parsed = parseWebviewMessage(raw);
  if (!parsed) {
    warn(`ignored an invalid message from the dashboard webview (${describeRejected(raw)})`);
    return false;
  }
  // A webview's text must not forge log lines, whichever handler writes it.
  const message = parsed.type === 'log' ? { ...parsed, message: oneLine(parsed.message) } : parsed;
  (handlers[message.type] as (message: WebviewMessage) => void)(message);
  return true;
}
