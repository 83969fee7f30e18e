/**
 * `npm run fake-api`: the fake NLPearl API on its own, so a person can point the extension at it.
 * Env: PORT (default any free port), FAKE_API_TOKEN, FAKE_API_LATENCY_MS.
 */
import { FAKE_API_TOKEN, startFakeApi } from './server';

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

async function main(): Promise<void> {
  const api = await startFakeApi({
    port: numberFromEnv('PORT', 0),
    token: process.env.FAKE_API_TOKEN || FAKE_API_TOKEN,
    latencyMs: numberFromEnv('FAKE_API_LATENCY_MS', 0),
    onRequestDone: (r) => {
      const outcome = r.aborted ? 'aborted by the client' : r.status === undefined ? 'no answer' : String(r.status);
      process.stdout.write(`${r.method} ${r.path} → ${outcome} in ${Date.now() - r.startedAt} ms\n`);
    },
  });
  const lines = [
    `Fake NLPearl API listening on ${api.url}`,
    `Token: ${api.token}`,
    '',
    'Point the extension at it:',
    `  1. settings.json: "nlpearl.apiBaseUrl": "${api.url}"   (optionally "nlpearl.apiVersion": "v2")`,
    '  2. Run "NLPearl: Set API Token" and paste the token above.',
    '',
    'Routes: GET /v1/Account, /v1/Inbound[/{id}[/OngoingCalls]], POST /v1/Inbound/{id}/Analytics,',
    '        GET /v2/Pearl[/{id}[/OngoingCalls]], POST /v2/Pearl/{id}/Analytics',
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const stop = () => {
    void api.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`fake-api: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
