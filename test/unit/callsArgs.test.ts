/** Show Calls' extra arguments and the Calls panel's webview messages: what is accepted and refused. */
import assert from 'node:assert/strict';
import { parseShowCallsExtras } from '../../src/calls/showArgs';
import { callsWebviewMessageSchema } from '../../src/shared/callsProtocol';
import { outcomeForOverviewKey } from '../../src/shared/callStatus';

describe('Show Calls arguments and calls webview messages', () => {
  it('maps overview keys to outcome codes and refuses keys without a documented code', () => {
    assert.deepEqual(parseShowCallsExtras({ status: 'successful', label: 'abc', search: '0123' }), { ok: true, filters: { outcome: '100', tag: 'abc', search: '0123' } });
    assert.equal(outcomeForOverviewKey('error'), 500);
    assert.equal(outcomeForOverviewKey('needFollowUp'), undefined);
    assert.equal(outcomeForOverviewKey('toString'), undefined, 'no prototype keys');
    const refused = parseShowCallsExtras({ status: 'wrongNumber' });
    assert.equal(refused.ok, false);
    assert.equal(parseShowCallsExtras({ search: 'x'.repeat(201) }).ok, false);
    assert.deepEqual(parseShowCallsExtras(undefined), { ok: true, filters: {} });
  });

  it('parses only well-formed webview messages', () => {
    assert.ok(callsWebviewMessageSchema.safeParse({ type: 'more', generation: 2, skip: 50 }).success);
    assert.ok(callsWebviewMessageSchema.safeParse({ type: 'openCall', callId: 'a'.repeat(24) }).success);
    for (const bad of [
      { type: 'openCall', callId: '../Account' },
      { type: 'more', generation: -1, skip: 0 },
      { type: 'filters', generation: 1, filters: { outcome: '100; drop', tag: '', search: '', sort: 'startTime', ascending: false } },
      { type: 'filters', generation: 1, filters: { outcome: '', tag: '', search: '', sort: 'name', ascending: false } },
      { type: 'fetch', url: 'https://evil.example' },
    ]) {
      assert.equal(callsWebviewMessageSchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
});
