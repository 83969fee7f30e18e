/**
 * The call document's Markdown: the header a person reads, speakers said neutrally unless certain,
 * and API text that cannot become Markdown or HTML (checked by rendering with a CommonMark-style
 * reading of the escapes: every syntax character arrives backslash-escaped).
 */
import assert from 'node:assert/strict';
import { callDetailSchema } from '../../src/api/callSchemas';
import { callMarkdown, escapeMarkdown } from '../../src/calls/markdown';
import { maskPhone } from '../../src/calls/privacy';
import { englishTranslate } from '../../src/analytics/translate';
import { demoCallDetailJson } from '../../src/demo/callDetail';
import { demoCallsOfHour } from '../../src/demo/calls';
import { DEMO_CAMPAIGNS, type DemoCampaign } from '../../src/demo/data';

const l10n = { t: englishTranslate };
const options = { l10n, timeZone: 'Asia/Tokyo', locale: 'en-GB' };

function parse(json: unknown) {
  const result = callDetailSchema.safeParse(json);
  assert.ok(result.success);
  return result.data;
}

/** Undoes the escapes: what a Markdown renderer would show as text. */
function shown(markdown: string): string {
  return markdown.replace(/\\\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('call document (Markdown)', () => {
  it('a demo call reads with its time in the user zone and UTC, outcome, telephony status and transcript', () => {
    const dental = DEMO_CAMPAIGNS[0] as DemoCampaign;
    const hour = Math.floor(Date.parse('2026-03-10T10:00:00Z') / 3_600_000);
    const call = demoCallsOfHour(dental, hour).find((c) => c.conversationStatus === 100);
    assert.ok(call, 'a successful call in a busy hour');
    const text = callMarkdown(parse(demoCallDetailJson(call)), options);
    assert.match(text, /^# Call Success\n/);
    assert.match(text, /\(Asia\/Tokyo\) · 2026-03-10 10:\d\d:\d\d UTC/);
    assert.match(text, /\| Outcome \| Success \(100\) \|/);
    assert.match(text, /\| Telephony status \| Completed \(4\) \|/);
    assert.match(text, /\*\*Agent\*\* · 0:00–/);
    assert.match(text, /\*\*Caller\*\*/);
    assert.match(text, /Speakers assumed: role 1 speaks first/);
    assert.match(text, /\| Sentiment \| Code \d \(NLPearl does not publish/);
    assert.match(text, /\[Listen to the recording\]\(<https:\/\/recordings\.example\.invalid\/demo\/[0-9a-f]{24}\.mp3>\)/);
  });

  it('hostile transcript, name, summary and info text stays literal text', () => {
    const hostile = '# Heading <img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** | pipe `code`\n    indented\n<script>alert(2)</script>';
    const text = callMarkdown(
      parse({
        id: 'a'.repeat(24),
        name: hostile,
        summary: hostile,
        collectedInfo: [{ name: '| col |', value: hostile }],
        transcript: [{ role: 7, content: hostile }],
        recording: 'javascript:alert(1)',
      }),
      options,
    );
    assert.doesNotMatch(text, /(?<!\\)<(img|script)|(?<!\\)\]\(javascript/, 'no raw HTML or link survives');
    assert.ok(!text.split('\n').some((line) => /^#+ .*Heading/.test(line)), 'no heading from API text');
    assert.ok(shown(text).includes('<script>alert(2)</script>'), 'the text itself is still there to read');
    assert.match(text, /\| Recording \| Not an https link: not shown \|/);
    assert.match(text, /Speaker 7/);
    assert.match(text, /Speakers are shown by role number/);
    // Each table row keeps its two cells: a pipe or newline in a value cannot add columns or end the table.
    for (const line of text.split('\n').filter((l) => l.startsWith('| '))) assert.equal(line.split(/(?<!\\)\|/).length, 4, line);
  });

  it('names tags sent by id with the label names the Calls panel knows, and keeps an unknown id as it came', () => {
    const labelNames = new Map([['a'.repeat(24), 'Dental *emergency*']]);
    const text = callMarkdown(parse({ id: 'b'.repeat(24), tags: ['a'.repeat(24), 'c'.repeat(24)] }), { ...options, labelNames });
    assert.ok(text.includes(`| Tags | Dental \\*emergency\\*, ${'c'.repeat(24)} |`), text.split('\n').find((l) => l.startsWith('| Tags')));
  });

  it('says what was not provided instead of showing 0 or nothing', () => {
    const text = callMarkdown(parse({ id: 'b'.repeat(24) }), options);
    assert.match(text, /\| Duration \| Not provided \|/);
    assert.match(text, /\| Outcome \| Not provided \|/);
    assert.match(text, /No transcript was sent/);
    assert.match(text, /\| Transferred \| Not provided \|/);
  });

  it('escapes Markdown syntax, keeps addresses from becoming links and line breaks as hard breaks', () => {
    assert.equal(escapeMarkdown('see https://evil.example or www.evil.example'), 'see https\\://evil.example or www\\.evil.example');
    assert.equal(escapeMarkdown('a*b_c'), 'a\\*b\\_c');
    assert.equal(escapeMarkdown('1. x\n- y'), '1\\. x\\\n\\- y');
    assert.equal(shown(escapeMarkdown('[x](y) <b> & ~z~')), '[x](y) <b> & ~z~');
  });

  it('masks phone numbers for logs to the last 4 digits', () => {
    assert.equal(maskPhone('+44 7700 900123'), '••••0123');
    assert.equal(maskPhone(null), '(none)');
    assert.equal(maskPhone('12'), '••••');
  });
});
