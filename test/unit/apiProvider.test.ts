/**
 * The client the extension builds from the settings and the stored token: where its requests go, with
 * which token, and what it refuses to send. The network is the demo API's router behind a recording fetch.
 */
import assert from 'node:assert/strict';
import { ConfigError } from '../../src/api/errors';
import { OriginGate, type OriginBindings } from '../../src/auth/originGate';
import type { FetchLike } from '../../src/api/types';
import type { TokenStore } from '../../src/auth/tokenStore';
import type { Settings } from '../../src/config';
import { DEMO_CAMPAIGN_IDS } from '../../src/demo/data';
import { createDemoFetch, DEMO_TOKEN } from '../../src/demo/fetch';
import { ApiProvider } from '../../src/model/apiProvider';
import { nlpearlFailure } from './rejection';

const CAMPAIGN = DEMO_CAMPAIGN_IDS[0] as string;
const ACCOUNT = 'acc0000000000000000000001';
const TOKEN = `${ACCOUNT}:s3cret-key`;

interface Sent {
  readonly url: string;
  readonly authorization: string | null;
}

function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    apiBaseUrl: 'https://api.nlpearl.ai',
    apiVersion: 'v1',
    requestTimeoutSeconds: 30,
    demoMode: false,
    currencyLabel: '',
    autoRefreshMinutes: 0,
    defaultRange: 'last30',
    ...overrides,
  };
}

interface SetupOptions {
  readonly settings?: () => Settings;
  readonly boundTo?: string;
  readonly token?: string | undefined;
  readonly prompt?: () => Promise<boolean>;
  /** The network; default: the demo API's router. */
  readonly network?: FetchLike;
}

function setup(options: SetupOptions = {}) {
  const sent: Sent[] = [];
  const logged: string[] = [];
  const demo = options.network ?? createDemoFetch();
  const fetchImpl = (async (input: string, init: RequestInit) => {
    sent.push({ url: input, authorization: new Headers(init.headers).get('authorization') });
    return demo(input, init);
  }) as unknown as typeof fetch;
  let tokenReads = 0;
  const token = 'token' in options ? options.token : TOKEN;
  const tokens = {
    active: async () => (tokenReads++, token === undefined ? undefined : { accountId: ACCOUNT, token }),
  } as unknown as TokenStore;
  const bindings: OriginBindings = { origin: async () => options.boundTo ?? 'https://api.nlpearl.ai', bind: async () => undefined };
  let questions = 0;
  const gate = new OriginGate(bindings, async () => (questions++, options.prompt ? options.prompt() : false));
  const log = { info: (component: string, line: string) => logged.push(`${component}: ${line}`), warn: () => undefined, error: () => undefined };
  const provider = new ApiProvider(tokens, options.settings ?? (() => settings()), log, gate, fetchImpl);
  return { provider, sent, logged, tokenReads: () => tokenReads, questions: () => questions };
}


describe('ApiProvider (the client built from the settings and the token)', () => {
  it('sends the stored token to the API base URL of the settings, and logs each request', async () => {
    const { provider, sent, logged } = setup({ settings: () => settings({ apiBaseUrl: 'https://eu.nlpearl.ai' }), boundTo: 'https://eu.nlpearl.ai' });
    await provider.api().getCampaign(CAMPAIGN);
    assert.deepEqual(sent, [{ url: `https://eu.nlpearl.ai/v1/Inbound/${CAMPAIGN}`, authorization: `Bearer ${TOKEN}` }]);
    assert.equal(logged.length, 1);
    assert.match(logged[0] ?? '', /^http: GET \/v1\/Inbound\/[0-9a-f]{24} → 200/);
    assert.ok(!provider.isDemo());
  });

  it('asks the API version of the settings', async () => {
    const { provider, sent } = setup({ settings: () => settings({ apiVersion: 'v2' }) });
    await provider.api().getCampaign(CAMPAIGN);
    assert.equal(new URL(sent[0]?.url ?? '').pathname, `/v2/Pearl/${CAMPAIGN}`);
  });

  it('sends an outbound campaign to its own v1 resource once the directory knows its kind', async () => {
    const { provider, sent } = setup();
    await provider.api().getCampaign(CAMPAIGN).catch(() => undefined);
    provider.kindOf = (id) => (id === CAMPAIGN ? 'outbound' : 'inbound');
    await provider.api().getCampaign(CAMPAIGN).catch(() => undefined);
    assert.deepEqual(sent.map((s) => new URL(s.url).pathname), [`/v1/Inbound/${CAMPAIGN}`, `/v1/Outbound/${CAMPAIGN}`]);
  });

  it('sends nothing, and never reads the token, when the base URL setting is unusable', async () => {
    const { provider, sent, tokenReads } = setup({ settings: () => settings({ apiBaseUrl: 'http://api.example.com' }) });
    assert.equal(provider.origin(), undefined);
    const error = await nlpearlFailure(provider.api().getAccount());
    assert.ok(error instanceof ConfigError);
    assert.deepEqual(sent, []);
    assert.equal(tokenReads(), 0);
  });

  it('sends nothing when signed out', async () => {
    const { provider, sent } = setup({ token: undefined });
    const error = await nlpearlFailure(provider.api().getAccount());
    assert.equal(error.kind, 'auth');
    assert.deepEqual(sent, []);
  });

  it('sends nothing to an origin the token was not verified against when the person says no, and asks again after a change', async () => {
    let base = 'https://other.example.com';
    const { provider, sent, questions } = setup({ settings: () => settings({ apiBaseUrl: base }) });
    assert.equal(provider.origin(), 'https://other.example.com');
    const error = await nlpearlFailure(provider.api().getAccount());
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /The token was not sent/);
    await nlpearlFailure(provider.api().getAccount());
    assert.equal(questions(), 1, 'a refusal stands until the settings change');
    assert.equal(sent.length, 0);

    base = 'https://api.nlpearl.ai';
    provider.invalidate();
    await provider.api().getAccount();
    assert.deepEqual(sent.map((s) => new URL(s.url).origin), ['https://api.nlpearl.ai'], 'the changed base URL is used by the next client');

    base = 'https://other.example.com';
    provider.invalidate();
    await nlpearlFailure(provider.api().getAccount());
    assert.equal(questions(), 2, 'after a settings change the question is asked again');
  });

  it('keeps one client until invalidated', () => {
    const { provider } = setup();
    const first = provider.api();
    assert.equal(provider.api(), first);
    provider.invalidate();
    assert.notEqual(provider.api(), first);
  });

  it('demo mode answers from the demo data without the network or the stored token', async () => {
    const { provider, sent, tokenReads, logged } = setup({ settings: () => settings({ demoMode: true }) });
    assert.ok(provider.isDemo());
    const campaign = await provider.api().getCampaign(CAMPAIGN);
    assert.equal(campaign.id, CAMPAIGN);
    assert.deepEqual(sent, []);
    assert.equal(tokenReads(), 0);
    assert.equal(logged.length, 1, 'demo requests are logged like real ones');
  });

  it('"test connection" sends the token being set, not the stored one, even in demo mode', async () => {
    const typed = `${ACCOUNT}:typed-secret`;
    const { provider, sent, tokenReads } = setup({ settings: () => settings({ demoMode: true }) });
    await provider.withToken(typed).getAccount();
    assert.deepEqual(sent, [{ url: 'https://api.nlpearl.ai/v1/Account', authorization: `Bearer ${typed}` }]);
    assert.equal(tokenReads(), 0);
    assert.notEqual(typed, DEMO_TOKEN);
  });

  it('says how long it waited when the API does not answer within the timeout of the settings', async () => {
    const hang: FetchLike = (_input, init) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const { provider } = setup({ settings: () => settings({ requestTimeoutSeconds: 0.02 }), network: hang });
    const error = await nlpearlFailure(provider.api().getAccount());
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /within 20 ms/);
  });
});
