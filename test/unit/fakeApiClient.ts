/**
 * The typed client pointed at a fake NLPearl API on 127.0.0.1, as the client tests use it: waits are recorded, not
 * waited (retries run at once and the test sees what was asked), jitter is fixed, log lines are kept.
 */
import { createClient } from '../../src/api/client';
import type { ClientConfig, NLPearlApi } from '../../src/api/types';
import { startFakeApi, type FakeApi } from '../fake-api/server';

export interface ClientRecord {
  readonly logs: string[];
  readonly sleeps: number[];
}

export function fakeApiClient(fake: FakeApi, record: ClientRecord, overrides: Partial<ClientConfig> = {}): NLPearlApi {
  return createClient({
    fetch: (input, init) => fetch(input, init),
    baseUrl: fake.url,
    apiVersion: 'v1',
    token: () => fake.token,
    log: (line) => record.logs.push(line),
    sleep: async (ms) => {
      record.sleeps.push(ms);
    },
    random: () => 0.5,
    ...overrides,
  });
}

/**
 * One fake API for a describe block: started before its tests, closed after them, its faults and recorded
 * requests cleared before each test. Call inside `describe`; the returned function gives the running server.
 */
export function useFakeApi(): () => FakeApi {
  let server: FakeApi | undefined;
  const current = (): FakeApi => {
    if (!server) throw new Error('the fake API is not running (useFakeApi() outside a describe block?)');
    return server;
  };
  before(async () => {
    server = await startFakeApi();
  });
  after(async () => {
    await server?.close();
    server = undefined;
  });
  beforeEach(() => {
    current().clearFaults();
    current().requests.length = 0;
  });
  return current;
}

/**
 * useFakeApi() and a client on it whose log lines and backoff waits are recorded: the two lists are emptied
 * before each test (the same arrays, so a test may also empty them itself between two calls).
 */
export function useRecordingClient(): {
  readonly fake: () => FakeApi;
  readonly logs: string[];
  readonly sleeps: number[];
  client(overrides?: Partial<ClientConfig>): NLPearlApi;
} {
  const fake = useFakeApi();
  const record: ClientRecord = { logs: [], sleeps: [] };
  beforeEach(() => {
    record.logs.length = 0;
    record.sleeps.length = 0;
  });
  return { fake, ...record, client: (overrides = {}) => fakeApiClient(fake(), record, overrides) };
}
