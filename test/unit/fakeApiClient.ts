/**
 * The typed client pointed at a fake NLPearl API on 127.0.0.1, as the client tests use it: waits are recorded, not
 * waited (retries run at once and the test sees what was asked), jitter is fixed, log lines are kept.
 */
import { createClient } from '../../src/api/client';
import type { ClientConfig, NLPearlApi } from '../../src/api/types';
import type { FakeApi } from '../fake-api/server';

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
