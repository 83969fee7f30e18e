/**
 * The token goes only to the origin it was verified against. A request for any other origin waits for
 * the user's yes (a modal naming both hosts) and sends nothing without it; a yes re-binds the token.
 * No 'vscode' here: the prompt and the binding store are passed in, so every decision is unit-tested.
 */
import { ConfigError } from '../api/errors';

export const DEFAULT_ORIGIN = 'https://api.nlpearl.ai';

/** What a request for `requested` may do, given the origin the token is bound to. */
export type OriginDecision =
  | { readonly kind: 'send' }
  /** A token stored before origins were remembered, used with the default origin: bind it there. */
  | { readonly kind: 'bind' }
  | { readonly kind: 'ask'; readonly boundTo: string | undefined };

/**
 * A token stored without an origin (before this check existed) is bound silently only to NLPearl's own
 * API, the party that issued it: sending it there cannot leak it. Any other origin could have come from
 * a setting the user never chose, so it is asked once, like any change of origin.
 */
export function decideOrigin(boundTo: string | undefined, requested: string, defaultOrigin = DEFAULT_ORIGIN): OriginDecision {
  if (boundTo === requested) return { kind: 'send' };
  if (boundTo === undefined && requested === defaultOrigin) return { kind: 'bind' };
  return { kind: 'ask', boundTo };
}

export interface OriginQuestion {
  /** The host the token was verified with, or undefined for a token stored before origins were kept. */
  readonly from: string | undefined;
  /** The host the settings point at now. */
  readonly to: string;
}

export interface OriginBindings {
  origin(accountId: string): Promise<string | undefined>;
  bind(accountId: string, origin: string): Promise<void>;
}

export type OriginPrompt = (question: OriginQuestion) => Promise<boolean>;

/** `https://api.nlpearl.ai` → `api.nlpearl.ai`; loopback test servers keep their port. */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

export function refusedMessage(question: OriginQuestion): string {
  const where = question.from
    ? `Your NLPearl API token was verified with ${hostOf(question.from)}, and the setting "nlpearl.apiBaseUrl" now points to ${hostOf(question.to)}.`
    : `The setting "nlpearl.apiBaseUrl" points to ${hostOf(question.to)}, where your NLPearl API token was never verified.`;
  return `${where} The token was not sent. Set "nlpearl.apiBaseUrl" back, or run "NLPearl: Set API Token" to use the token with ${hostOf(question.to)}.`;
}

export class OriginGate {
  /** One question per account and origin at a time: the tree and every panel ask together. */
  private readonly pending = new Map<string, Promise<boolean>>();
  /** Refusals stand until the settings or the token change, so a refresh does not ask again and again. */
  private readonly refused = new Set<string>();
  private prompt: OriginPrompt;

  constructor(
    private readonly bindings: OriginBindings,
    prompt: OriginPrompt,
    private readonly defaultOrigin = DEFAULT_ORIGIN,
  ) {
    this.prompt = prompt;
  }

  /** Resolves when the token of `accountId` may go to `origin`; throws a ConfigError otherwise. */
  async check(accountId: string, origin: string): Promise<void> {
    const boundTo = await this.bindings.origin(accountId);
    const decision = decideOrigin(boundTo, origin, this.defaultOrigin);
    if (decision.kind === 'send') return;
    if (decision.kind === 'bind') {
      await this.bindings.bind(accountId, origin);
      return;
    }
    const question: OriginQuestion = { from: decision.boundTo, to: origin };
    const key = `${accountId}\u0000${origin}`;
    if (this.refused.has(key)) throw new ConfigError(refusedMessage(question));
    let answer = this.pending.get(key);
    if (!answer) {
      answer = this.ask(accountId, question, key);
      this.pending.set(key, answer);
    }
    if (!(await answer)) throw new ConfigError(refusedMessage(question));
  }

  /** Forgets refusals: the base URL or the token changed. */
  reset(): void {
    this.refused.clear();
  }

  /** Tests and automation answer the modal here; returns a function that restores the real prompt. */
  overridePrompt(prompt: OriginPrompt): () => void {
    const previous = this.prompt;
    this.prompt = prompt;
    return () => {
      this.prompt = previous;
    };
  }

  private async ask(accountId: string, question: OriginQuestion, key: string): Promise<boolean> {
    try {
      const yes = await this.prompt(question).catch(() => false);
      if (yes) await this.bindings.bind(accountId, question.to);
      else this.refused.add(key);
      return yes;
    } finally {
      this.pending.delete(key);
    }
  }
}
