// Small hardening of what a webview or the API can push at the host: log lines, repeated dialogs, repeated ids.
import { strict as assert } from 'node:assert';
import { oneAtATime } from '../../src/dashboard/oneAtATime';
import { routeWebviewMessage, type WebviewHandlers } from '../../src/dashboard/router';
import { oneLine } from '../../src/logText';

describe('hardening: webview log lines, dialogs one at a time', () => {
  it("a webview's log message cannot forge log lines: line breaks and other control characters become spaces", () => {
    const logged: string[] = [];
    const handlers = { log: (m: { message: string }) => logged.push(m.message) } as unknown as WebviewHandlers;
    const forged = 'chart drawn\n2026-03-01 12:00:00.000 [info] [auth] token accepted\r\u2028\u001b[2J\u202eevil';
    assert.equal(routeWebviewMessage({ type: 'log', level: 'info', message: forged }, handlers, () => undefined), true);
    assert.equal(logged.length, 1);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(logged[0] as string, /[\n\r\u2028\u001b\u202e]/);
    assert.match(logged[0] as string, /^chart drawn 2026-03-01 12:00:00\.000 \[info\]/);
    assert.equal(oneLine('a\tb\u0085c\u2029d'), 'a b c d');
  });

  it('a JSON document or save dialog requested in a loop runs once at a time; the next may start after it ends', async () => {
    const dropped: string[] = [];
    const exclusive = oneAtATime((kind) => dropped.push(kind));
    let finish: () => void = () => undefined;
    let started = 0;
    const work = () => {
      started++;
      return new Promise<void>((resolve) => (finish = resolve));
    };
    for (let i = 0; i < 50; i++) exclusive('save', work);
    assert.equal(started, 1);
    assert.equal(dropped.length, 49);
    assert.equal(exclusive('json', async () => undefined), true, 'another kind is not blocked');
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(exclusive('save', work), true);
    assert.equal(started, 2);
  });

  it('work that throws at once does not block the kind for ever', () => {
    const exclusive = oneAtATime(() => undefined);
    exclusive('json', () => {
      throw new Error('boom');
    });
    assert.equal(exclusive('json', async () => undefined), true);
  });
});
