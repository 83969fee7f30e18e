/**
 * The JSON bodies of demo call search and call detail: templated transcripts, summaries and
 * collected info, chosen by outcome and seeded by the call id, so the same call always reads the
 * same. In the demo, role 1 is the Pearl (it speaks first) and role 2 the caller.
 */
import { createRng, hashString, type Rng } from './random';
import { DEMO_NEED_FOLLOW_UP_CODE, DEMO_WRONG_NUMBER_CODE, type DemoCall } from './calls';
import { outboundScript } from './outboundScripts';

const FIRST_NAMES = ['Amelia', 'Oliver', 'Priya', 'Tomasz', 'Chloe', 'Kwame', 'Sofia', 'Liam', 'Mei', 'Noah', 'Aisha', 'Jack'];
const LAST_NAMES = ['Clarke', 'Patel', 'Nowak', 'Evans', 'Mensah', 'Rossi', 'Walsh', 'Chen', 'Hughes', 'Okafor', 'Byrne'];
const REASONS = ['a booking', 'changing an appointment', 'opening hours', 'a question about a bill', 'a cancellation'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)] as T;
}

function business(call: DemoCall): string {
  const name = call.campaign.name;
  const dash = name.indexOf('—');
  return dash >= 0 ? name.slice(dash + 1).trim() : name;
}

interface Script {
  readonly lines: ReadonlyArray<readonly [1 | 2, string]>;
  readonly summary: string;
  readonly info: ReadonlyArray<readonly [string, string]>;
}

function script(call: DemoCall, rng: Rng): Script {
  const person = `${pick(rng, FIRST_NAMES)} ${pick(rng, LAST_NAMES)}`;
  const reason = pick(rng, REASONS);
  const day = pick(rng, DAYS);
  const hour = 9 + Math.floor(rng() * 8);
  if (call.campaign.type === 2) return outboundScript(call, person, day, hour);
  const hello: readonly [1, string] = [1, `Hello, you've reached ${business(call)}. How can I help you today?`];
  switch (call.conversationStatus) {
    case 100:
      return {
        lines: [hello, [2, `Hi, it's ${person}. I'm calling about ${reason}.`], [1, `Of course. Would ${day} at ${hour}:00 suit you?`], [2, 'Yes, that works, thank you.'], [1, `Done: ${day} at ${hour}:00. You'll get a confirmation by text.`]],
        summary: `${person} called about ${reason}; the agent arranged ${day} at ${hour}:00 and confirmed by text.`,
        info: [['Name', person], ['Reason', reason], ['Slot', `${day} ${hour}:00`]],
      };
    case 110:
      return {
        lines: [hello, [2, `This is ${person}, I wanted ${reason}, but not this week.`], [1, `I'm sorry, the first free time is ${day} at ${hour}:00.`], [2, "That's too late for me. I'll try elsewhere."]],
        summary: `${person} wanted ${reason}; no suitable time was found.`,
        info: [['Name', person], ['Reason', reason]],
      };
    case 130:
      return {
        lines: [hello, [2, `Hello, ${person} here. Just a question about ${reason}.`], [1, 'Happy to help — here is what you need to know.'], [2, 'Great, thanks.']],
        summary: `${person} asked about ${reason} and was answered.`,
        info: [['Name', person], ['Reason', reason]],
      };
    case DEMO_NEED_FOLLOW_UP_CODE:
      return {
        lines: [hello, [2, `It's ${person}. I need someone to call me back about ${reason}.`], [1, "I'll pass that on; a colleague will call you back today."]],
        summary: `${person} asked for a call back about ${reason}.`,
        info: [['Name', person], ['Call back', 'yes']],
      };
    case DEMO_WRONG_NUMBER_CODE:
      return { lines: [hello, [2, 'Oh, sorry — wrong number.']], summary: 'The caller had dialled the wrong number.', info: [] };
    default:
      if (call.status === 8) return { lines: [], summary: 'The caller hung up before the agent answered.', info: [] };
      return { lines: [hello, [2, 'Hello? I can barely hear—']], summary: 'The call failed shortly after it was answered.', info: [] };
  }
}

export function demoCallSummaryJson(call: DemoCall) {
  return {
    id: call.id,
    startTime: new Date(call.startMs).toISOString(),
    conversationStatus: call.conversationStatus,
    status: call.status,
    // An outbound Pearl calls the lead: its number is the caller's.
    from: call.campaign.type === 2 ? call.campaign.phoneNumber : call.from,
    to: call.campaign.type === 2 ? call.from : call.campaign.phoneNumber,
    duration: call.duration,
    tags: [...call.labelIds],
  };
}

export function demoCallDetailJson(call: DemoCall) {
  const rng = createRng(hashString(call.id));
  const { lines, summary, info } = script(call, rng);
  const step = lines.length > 0 ? call.duration / lines.length : 0;
  return {
    ...demoCallSummaryJson(call),
    pearlId: call.campaign.id,
    relatedId: null,
    name: info.find(([name]) => name === 'Name')?.[1] ?? null,
    recording: call.status === 8 || (call.status !== 4 && call.campaign.type === 2) ? null : `https://recordings.example.invalid/demo/${call.id}.mp3`,
    transcript: lines.map(([role, content], i) => ({
      role,
      content,
      startTime: Math.round(i * step * 10) / 10,
      endTime: Math.round((i + 1) * step * 10) / 10,
    })),
    summary,
    collectedInfo: info.map(([name, value], i) => ({ id: `info-${i + 1}`, name, value })),
    isCallTransferred: call.transferred,
    overallSentiment: call.sentiment,
  };
}
