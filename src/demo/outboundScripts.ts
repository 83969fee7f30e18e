/**
 * Transcripts of the demo's outbound calls: the Pearl calls the lead, so it speaks first with the reason
 * of the call. Chosen by outcome, like the inbound scripts; unanswered calls have no transcript, a
 * voicemail has the message left.
 */
import type { DemoCall } from './calls';
import { DEMO_NEED_FOLLOW_UP_CODE, DEMO_WRONG_COUNTRY_CODE_CODE, DEMO_WRONG_NUMBER_CODE } from './calls';

export interface OutboundScript {
  readonly lines: ReadonlyArray<readonly [1 | 2, string]>;
  readonly summary: string;
  readonly info: ReadonlyArray<readonly [string, string]>;
}

function business(call: DemoCall): string {
  const name = call.campaign.name;
  const dash = name.indexOf('—');
  return dash >= 0 ? name.slice(dash + 1).trim() : name;
}

const isReminder = (call: DemoCall) => call.campaign.name.startsWith('Appointment');

export function outboundScript(call: DemoCall, person: string, day: string, hour: number): OutboundScript {
  const first = person.split(' ')[0] ?? person;
  const reminder = isReminder(call);
  const purpose = reminder ? `your appointment on ${day} at ${hour}:00` : 'the flat you enquired about';
  const hello: readonly [1, string] = [1, `Hello ${first}, this is the assistant of ${business(call)}, calling about ${purpose}.`];
  switch (call.conversationStatus) {
    case 70:
      return { lines: [[1, `Hello ${first}, this is ${business(call)} about ${purpose}. Please call us back. Thank you!`]], summary: 'Voicemail reached; a message was left.', info: [] };
    case 10:
      return { lines: [], summary: 'No answer; the lead will be called again.', info: [] };
    case 150:
      return { lines: [], summary: 'The number could not be reached.', info: [] };
    case DEMO_WRONG_COUNTRY_CODE_CODE:
      return { lines: [], summary: "The lead's number does not match its country code; it was not dialled.", info: [] };
    case 100:
      return reminder
        ? { lines: [hello, [2, 'Yes, I will be there.'], [1, 'Wonderful, see you then. Goodbye!']], summary: `${person} confirmed the appointment.`, info: [['Name', person], ['Confirmed', 'yes']] }
        : {
            lines: [hello, [2, 'Yes, I am still looking.'], [1, 'What budget and moving date do you have in mind?'], [2, 'Around 1,400 a month, from next month.'], [1, `Then I can offer a viewing on ${day} at ${hour}:00.`]],
            summary: `${person} is qualified: budget about 1,400 a month, moving next month.`,
            info: [['Name', person], ['Budget', '1400'], ['Qualified', 'yes']],
          };
    case 110:
      return reminder
        ? { lines: [hello, [2, "I can't make it, please cancel."], [1, 'I have cancelled it. Goodbye.']], summary: `${person} cancelled the appointment.`, info: [['Name', person], ['Confirmed', 'no']] }
        : { lines: [hello, [2, 'No thanks, I found something already.'], [1, 'Thank you for your time.']], summary: `${person} is not interested any more.`, info: [['Name', person], ['Qualified', 'no']] };
    case DEMO_NEED_FOLLOW_UP_CODE:
      return { lines: [hello, [2, "I'm driving, can someone call me later?"], [1, 'Of course, we will call you back.']], summary: `${person} asked to be called back.`, info: [['Name', person], ['Call back', 'yes']] };
    case DEMO_WRONG_NUMBER_CODE:
      return { lines: [hello, [2, `There is no ${first} here.`]], summary: 'Wrong number: the person answering is not the lead.', info: [] };
    default:
      return { lines: [hello, [2, 'Hello? I can barely hear—']], summary: 'The call failed shortly after it was answered.', info: [] };
  }
}
