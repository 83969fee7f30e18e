/**
 * A real NLPearl look-alike on 127.0.0.1: the demo routes over node:http, a bearer-token check,
 * injectable faults and a log of every request, so the client is tested over real sockets.
 */
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createApiRouter, type AnalyticsOverride, type ApiRouter } from '../../src/demo/routes';
import type { DemoAccount, DemoCampaign } from '../../src/demo/data';
import { FaultQueue, type Fault } from './faults';

export type { Fault, FaultBase } from './faults';

/** The token the fake API accepts unless told otherwise (account id : secret). */
export const FAKE_API_TOKEN = '65f1c0ffee0000000000beef:fake-secret-key';

export interface FakeApiOptions {
  readonly token?: string;
  readonly campaigns?: readonly DemoCampaign[];
  readonly outbound?: readonly DemoCampaign[];
  readonly account?: DemoAccount;
  readonly analyticsOverride?: AnalyticsOverride;
  /** Delay before every answer. */
  readonly latencyMs?: number;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Clock for live counters. */
  readonly now?: () => number;
  /** Called once a request is done with (answered, aborted or reset). */
  readonly onRequestDone?: (request: RecordedRequest) => void;
}

export interface RecordedRequest {
  readonly method: string;
  /** As sent, query string included. */
  readonly path: string;
  readonly authorization: string | undefined;
  /** Every header as received (names in lower case). */
  readonly headers: Readonly<http.IncomingHttpHeaders>;
  body: string;
  readonly startedAt: number;
  /** The client closed the connection before the answer was complete. */
  aborted: boolean;
  /** Status sent, or undefined when none was (reset, aborted). */
  status: number | undefined;
}

export interface FakeApi {
  /** e.g. http://127.0.0.1:41234 — what nlpearl.apiBaseUrl should be. */
  readonly url: string;
  readonly token: string;
  /** Every request seen, in arrival order; tests may empty it (`requests.length = 0`). */
  readonly requests: RecordedRequest[];
  inject(fault: Fault | readonly Fault[]): void;
  clearFaults(): void;
  setCampaigns(campaigns: readonly DemoCampaign[]): void;
  /** The outbound campaigns from now on (GET /v1/Outbound, type 2 Pearls); [] = an inbound-only account. */
  setOutbound(campaigns: readonly DemoCampaign[] | undefined): void;
  setAnalyticsOverride(override: AnalyticsOverride | undefined): void;
  /** What GET /v1/Account answers from now on (balance, status); undefined = the demo account. */
  setAccount(account: DemoAccount | undefined): void;
  setLatency(ms: number): void;
  /** Resolves when no request is being handled (answered, aborted or reset). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const JSON_TYPE = 'application/json; charset=utf-8';

function htmlPage(status: number): string {
  const title = `${status} ${http.STATUS_CODES[status] ?? 'Error'}`;
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><center><h1>${title}</h1></center><hr><center>nginx</center></body></html>\n`;
}

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    // A client that goes away mid-body: answer nothing, but never leave the handler hanging.
    req.on('close', () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

export async function startFakeApi(options: FakeApiOptions = {}): Promise<FakeApi> {
  const token = options.token ?? FAKE_API_TOKEN;
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const inFlight = new Set<Promise<void>>();
  /** Wakes every pending delay when the server closes. */
  const closing = new AbortController();
  let latencyMs = options.latencyMs ?? 0;
  let campaigns = options.campaigns;
  let outbound = options.outbound;
  let analyticsOverride = options.analyticsOverride;
  let account = options.account;
  let router: ApiRouter = build();

  function build(): ApiRouter {
    return createApiRouter({
      campaigns,
      outbound,
      account,
      analyticsOverride,
      now: options.now,
    });
  }

  /** Resolves true after `ms`, or false as soon as the client leaves or the server closes. */
  function delay(ms: number, res: http.ServerResponse): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(!res.destroyed);
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        res.off('close', onClose);
        closing.signal.removeEventListener('abort', onClose);
        resolve(ok);
      };
      const onClose = () => done(false);
      const timer = setTimeout(() => done(true), ms);
      res.on('close', onClose);
      closing.signal.addEventListener('abort', onClose);
    });
  }

  function send(res: http.ServerResponse, record: RecordedRequest, status: number, body: string, headers: Record<string, string>): void {
    record.status = status;
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
    res.end(body);
  }

  /** Writes `text` and then spaces up to `total` bytes, a chunk at a time, until the client leaves. */
  async function stream(res: http.ServerResponse, record: RecordedRequest, status: number, text: string, total: number, declared?: number): Promise<void> {
    record.status = status;
    res.writeHead(status, { 'content-type': JSON_TYPE, ...(declared !== undefined ? { 'content-length': String(declared) } : {}) });
    const head = Buffer.from(text);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let written = 0;
    const write = (buffer: Buffer) =>
      new Promise<boolean>((resolve) => {
        if (res.destroyed) return resolve(false);
        written += buffer.length;
        if (res.write(buffer)) resolve(true);
        else {
          const done = (ok: boolean) => {
            res.off('drain', onDrain);
            res.off('close', onClose);
            resolve(ok);
          };
          const onDrain = () => done(true);
          const onClose = () => done(false);
          res.on('drain', onDrain);
          res.on('close', onClose);
        }
      });
    if (!(await write(head))) return;
    // Bounded by the size asked for; stops as soon as the client goes away.
    while (written < total) {
      if (!(await write(chunk.subarray(0, Math.min(chunk.length, total - written))))) return;
    }
    // A declared length larger than what was sent: end the connection, as a server that gave up would.
    if (declared !== undefined && declared !== written) res.destroy();
    else res.end();
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, record: RecordedRequest): Promise<void> {
    const path = record.path;
    res.on('close', () => {
      // A server shutting down is not a client giving up.
      if (!res.writableFinished && !closing.signal.aborted) record.aborted = true;
    });
    const body = await readBody(req);
    if (body === undefined) {
      if (!res.destroyed) send(res, record, 413, '', {});
      return;
    }
    record.body = body;
    const fault = faults.take(path);
    if (!(await delay(latencyMs + (fault?.latencyMs ?? 0), res))) {
      if (!res.writableFinished) res.destroy();
      return;
    }
    if (res.destroyed) return;

    if (fault && 'reset' in fault) {
      req.socket.destroy();
      return;
    }
    if (fault && 'redirectTo' in fault) {
      send(res, record, fault.status ?? 307, '', { location: fault.redirectTo });
      return;
    }
    if (fault && 'htmlErrorPage' in fault) {
      const status = fault.status ?? 502;
      send(res, record, status, htmlPage(status), { 'content-type': 'text/html; charset=utf-8' });
      return;
    }
    if (fault && 'status' in fault && fault.status !== undefined) {
      const text = fault.body ?? '';
      const headers: Record<string, string> = { ...(fault.headers ?? {}) };
      const hasType = Object.keys(headers).some((k) => k.toLowerCase() === 'content-type');
      if (text !== '' && !hasType) headers['content-type'] = JSON_TYPE;
      send(res, record, fault.status, text, headers);
      return;
    }
    if (fault && 'rawBody' in fault) {
      send(res, record, 200, fault.rawBody, { 'content-type': JSON_TYPE });
      return;
    }

    if (req.headers.authorization !== `Bearer ${token}`) {
      send(res, record, 401, '', {});
      return;
    }
    const answer = router({ method: record.method, path, body: body === '' ? undefined : body });
    let text = answer.body === undefined ? '' : JSON.stringify(answer.body);
    if (fault && 'truncateJson' in fault) text = text.slice(0, Math.max(0, Math.floor(text.length / 2)));
    if (fault && 'padTo' in fault) {
      await stream(res, record, answer.status, text, fault.padTo, fault.declaredLength);
      return;
    }
    const contentType = fault && 'contentType' in fault ? fault.contentType : JSON_TYPE;
    send(res, record, answer.status, text, text === '' && !(fault && 'contentType' in fault) ? {} : { 'content-type': contentType });
  }

  const server = http.createServer((req, res) => {
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      authorization: req.headers.authorization,
      headers: { ...req.headers },
      body: '',
      startedAt: Date.now(),
      aborted: false,
      status: undefined,
    };
    requests.push(record);
    const task = handle(req, res, record)
      .catch(() => {
        if (!res.headersSent && !res.destroyed) send(res, record, 500, '', {});
      })
      .finally(() => {
        inFlight.delete(task);
        options.onRequestDone?.(record);
      });
    inFlight.add(task);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    requests,
    inject: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    setCampaigns: (next) => {
      campaigns = next;
      router = build();
    },
    setOutbound: (next) => {
      outbound = next;
      router = build();
    },
    setAnalyticsOverride: (next) => {
      analyticsOverride = next;
      router = build();
    },
    setAccount: (next) => {
      account = next;
      router = build();
    },
    setLatency: (ms) => {
      latencyMs = ms;
    },
    idle: async () => {
      // Handlers finish on their own (answered, aborted or reset); a bound keeps a bug from hanging a test.
      for (let round = 0; round < 1000 && inFlight.size > 0; round++) await Promise.all([...inFlight]);
    },
    close: async () => {
      closing.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await closed;
      await Promise.all([...inFlight]);
    },
  };
}
