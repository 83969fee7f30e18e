/**
 * The call search and call detail bodies as NLPearl sends them (shared/nlpearl-api.md): what the calls panel and
 * the call document read from them, and the sentence a user sees when a field has the wrong type. The sentence is
 * the one the validator puts in its InvalidResponseError: "NLPearl sent the call … — <path>: <message>".
 */
import assert from 'node:assert/strict';
import { callDetailSchema, callSearchSchema, callTagSchema, type CallDetail, type CallSearchPage } from '../../src/api/callSchemas';
import { firstIssue } from '../../src/api/schemas';

const ID = '65f0c0ffee0000000000abcd';

function detail(json: unknown): CallDetail {
  const result = callDetailSchema.safeParse(json);
  if (!result.success) assert.fail(firstIssue(result.error));
  return result.data;
}

function search(json: unknown): CallSearchPage {
  const result = callSearchSchema.safeParse(json);
  if (!result.success) assert.fail(firstIssue(result.error));
  return result.data;
}

function issue(schema: typeof callDetailSchema | typeof callSearchSchema, json: unknown): string {
  const result = schema.safeParse(json);
  assert.equal(result.success, false, 'expected the body to be refused');
  return result.success ? '' : firstIssue(result.error);
}

const FULL_DETAIL = {
  id: ID,
  pearlId: '65f0aaaa0000000000000001',
  relatedId: '65f0bbbb0000000000000002',
  startTime: '2026-03-10T09:15:00Z',
  conversationStatus: 100,
  status: 4,
  from: '+15550001111',
  to: '+15550002222',
  name: 'Dana',
  duration: 184,
  recording: 'https://recordings.example/65f0.mp3',
  transcript: [
    { role: 1, content: 'Hello, Bright Dental.', startTime: 0, endTime: 2.5 },
    { role: 2, content: 'I need to move my appointment.', startTime: '2026-03-10T09:15:03Z', endTime: '2026-03-10T09:15:06Z' },
  ],
  summary: 'Moved the appointment to Friday.',
  collectedInfo: [
    { id: 'i1', name: 'Date', value: '2026-03-13' },
    { id: 'i2', name: 'Party size', value: 2 },
    { id: 'i3', name: 'New patient', value: false },
    { id: 'i4', name: 'Slots', value: { morning: ['9:00', '9:30'] } },
  ],
  tags: [{ id: 't1', name: 'Rescheduled', color: 16711680 }],
  isCallTransferred: false,
  overallSentiment: 3,
};

describe('call detail schema', () => {
  it('reads every documented field of a full call as sent', () => {
    const call = detail(FULL_DETAIL);
    assert.deepEqual(call, {
      ...FULL_DETAIL,
      collectedInfo: [
        { id: 'i1', name: 'Date', value: '2026-03-13' },
        { id: 'i2', name: 'Party size', value: '2' },
        { id: 'i3', name: 'New patient', value: 'false' },
        { id: 'i4', name: 'Slots', value: '{"morning":["9:00","9:30"]}' },
      ],
      tags: [{ id: 't1', name: 'Rescheduled' }],
    });
  });

  it('keeps a bare call (only its id) with every other field "not provided", never 0 or empty', () => {
    assert.deepEqual(detail({ id: ID }), {
      id: ID,
      pearlId: null,
      relatedId: null,
      startTime: null,
      conversationStatus: null,
      status: null,
      from: null,
      to: null,
      name: null,
      duration: null,
      recording: null,
      transcript: null,
      summary: null,
      collectedInfo: null,
      tags: null,
      isCallTransferred: null,
      overallSentiment: null,
    });
    const nulls = detail({ id: ID, startTime: null, recording: null, transcript: null, isCallTransferred: null, tags: null });
    assert.equal(nulls.startTime, null);
    assert.equal(nulls.recording, null);
    assert.equal(nulls.transcript, null);
    assert.equal(nulls.isCallTransferred, null);
    assert.equal(nulls.tags, null);
  });

  it('reads numeric strings, numbers sent for text, and "true"/"false" sent as text', () => {
    const call = detail({ id: 12345, duration: ' 61.5 ', overallSentiment: '4', from: 15550001111, isCallTransferred: 'true' });
    assert.equal(call.id, '12345');
    assert.equal(call.duration, 61.5);
    assert.equal(call.overallSentiment, 4);
    assert.equal(call.from, '15550001111');
    assert.equal(call.isCallTransferred, true);
    assert.equal(detail({ id: ID, isCallTransferred: 'false' }).isCallTransferred, false);
    assert.equal(detail({ id: ID, isCallTransferred: true }).isCallTransferred, true);
  });

  it('ignores fields it does not know, at the top and in each line', () => {
    const call = detail({ id: ID, sipHeaders: { x: 1 }, transcript: [{ role: 1, content: 'hi', confidence: 0.9 }] });
    assert.deepEqual(call.transcript, [{ role: 1, content: 'hi', startTime: null, endTime: null }]);
    const sentNull = detail({ id: ID, transcript: [{ role: 2, content: 'bye', startTime: null, endTime: null }] });
    assert.deepEqual(sentNull.transcript, [{ role: 2, content: 'bye', startTime: null, endTime: null }], 'a null time is not provided');
    assert.equal('sipHeaders' in call, false);
  });

  it('shows a collected value that is missing or null as not provided', () => {
    assert.deepEqual(detail({ id: ID, collectedInfo: [{ name: 'Email' }, { name: 'Phone', value: null }] }).collectedInfo, [
      { id: null, name: 'Email', value: null },
      { id: null, name: 'Phone', value: null },
    ]);
  });

  it('names the JSON path and the bad value of each wrong type', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ startTime: 'last tuesday' }, 'startTime: expected a date, got "last tuesday"'],
      [{ startTime: '2026-02-30T10:00:00Z' }, 'startTime: expected a date, got "2026-02-30T10:00:00Z"'],
      [{ duration: 'long' }, 'duration: expected a number, got "long"'],
      [{ isCallTransferred: 'yes' }, 'isCallTransferred: expected true or false, got "yes"'],
      [{ isCallTransferred: 1 }, 'isCallTransferred: expected true or false, got 1'],
      [{ transcript: [{ content: 'ok' }, { startTime: true }] }, 'transcript[1].startTime: expected a time, got true'],
      [{ transcript: [{ endTime: { s: 1 } }] }, 'transcript[0].endTime: expected a time, got an object'],
      [{ transcript: [{ startTime: Number.POSITIVE_INFINITY }] }, 'transcript[0].startTime: expected a time, got Infinity'],
      [{ transcript: 'hello' }, 'transcript: expected a list, got "hello"'],
      [{ transcript: ['hello'] }, 'transcript[0]: expected an object, got "hello"'],
      [{ collectedInfo: { name: 'x' } }, 'collectedInfo: expected a list, got an object'],
      [{ summary: ['a'] }, 'summary: expected text, got an array'],
    ];
    for (const [fields, expected] of cases) assert.equal(issue(callDetailSchema, { id: ID, ...fields }), expected);
  });

  it('refuses a call without an id, and a body that is not an object', () => {
    assert.equal(issue(callDetailSchema, { duration: 3 }), 'id: expected text, got nothing');
    assert.equal(issue(callDetailSchema, { id: null }), 'id: expected text, got null');
    assert.equal(issue(callDetailSchema, [FULL_DETAIL]), '(response): expected an object, got an array');
    assert.equal(issue(callDetailSchema, 'Call not found'), '(response): expected an object, got "Call not found"');
  });
});

describe('call search schema', () => {
  it('reads a page of calls with their outcome, telephony status and tags', () => {
    const page = search({
      count: '2',
      results: [
        { id: ID, startTime: '2026-03-10T09:15:00Z', conversationStatus: 100, status: 4, from: '+1555', to: '+1666', duration: 184, tags: ['t1', 7] },
        { id: '65f0c0ffee0000000000abce', conversationStatus: '110', duration: '0', extra: true },
      ],
    });
    assert.equal(page.count, 2);
    assert.deepEqual(page.results, [
      {
        id: ID,
        startTime: '2026-03-10T09:15:00Z',
        conversationStatus: 100,
        status: 4,
        from: '+1555',
        to: '+1666',
        duration: 184,
        tags: [
          { id: 't1', name: null },
          { id: '7', name: null },
        ],
      },
      { id: '65f0c0ffee0000000000abce', startTime: null, conversationStatus: 110, status: null, from: null, to: null, duration: 0, tags: null },
    ]);
  });

  it('keeps a missing count and a missing list as not provided', () => {
    assert.deepEqual(search({}), { count: null, results: null });
  });

  it('names the call and the field of a wrong type', () => {
    assert.equal(issue(callSearchSchema, { count: 'some', results: [] }), 'count: expected a number, got "some"');
    assert.equal(issue(callSearchSchema, { results: [{ id: ID }, { id: ID, duration: [] }] }), 'results[1].duration: expected a number, got an array');
    assert.equal(issue(callSearchSchema, { results: [{ id: ID, tags: [null] }] }), 'results[0].tags[0]: expected a tag, got null');
    assert.equal(issue(callSearchSchema, { results: { id: ID } }), 'results: expected a list, got an object');
  });
});

describe('call tags', () => {
  const tag = (value: unknown) => callTagSchema.parse(value);
  const tagIssue = (value: unknown) => {
    const result = callTagSchema.safeParse(value);
    assert.equal(result.success, false, `expected ${JSON.stringify(value)} to be refused`);
    return result.success ? '' : firstIssue(result.error);
  };

  it('reads a bare id, a numeric id, and an object with id and name, or _id and label', () => {
    assert.deepEqual(tag('65f0'), { id: '65f0', name: null });
    assert.deepEqual(tag(42), { id: '42', name: null });
    assert.deepEqual(tag({ id: 't1', name: 'Urgent', color: 255 }), { id: 't1', name: 'Urgent' });
    assert.deepEqual(tag({ _id: 9, label: 'Callback' }), { id: '9', name: 'Callback' });
    assert.deepEqual(tag({ name: 'Only a name' }), { id: null, name: 'Only a name' });
    assert.deepEqual(tag({ id: 't2' }), { id: 't2', name: null });
    assert.deepEqual(tag({ id: 't3', _id: 'ignored', name: 'First', label: 'ignored' }), { id: 't3', name: 'First' });
  });

  it('refuses what names no tag, with the value in the message', () => {
    assert.equal(tagIssue(null), '(response): expected a tag, got null');
    assert.equal(tagIssue(undefined), '(response): expected a tag, got nothing');
    assert.equal(tagIssue(Number.NaN), '(response): expected a tag, got NaN');
    assert.equal(tagIssue(true), '(response): expected a tag, got true');
    assert.equal(tagIssue(['t1']), '(response): expected a tag, got an array');
    assert.equal(tagIssue({ color: 255 }), '(response): expected a tag, got an object');
    assert.equal(tagIssue({ id: { nested: 1 }, name: Number.POSITIVE_INFINITY }), '(response): expected a tag, got an object');
  });
});
