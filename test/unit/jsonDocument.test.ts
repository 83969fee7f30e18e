/** Issue 18, point 6: the analytics JSON document says which campaign and range it holds, in its name and its text. */
import assert from 'node:assert/strict';
import { jsonDocumentName, jsonDocumentText } from '../../src/analytics/jsonDocument';

/** Half of a surrogate pair: what a cut inside an emoji leaves. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The instants a user's pick of local days gives (start of the first day, end of the last). */
const localRange = (from: [number, number, number], to: [number, number, number]) => ({
  from: new Date(from[0], from[1] - 1, from[2]).toISOString(),
  to: new Date(to[0], to[1] - 1, to[2], 23, 59, 59, 999).toISOString(),
});

describe('analytics JSON document', () => {
  it('is named after the campaign and the local days of the range', () => {
    assert.equal(jsonDocumentName('Front Desk', localRange([2026, 11, 1], [2026, 11, 30])), 'Front Desk — 2026-11-01…2026-11-30.json');
  });

  it('a campaign name with characters no file system takes still gives one file name', () => {
    const name = jsonDocumentName('Sales / Support: "A|B" <new>\n', localRange([2026, 1, 5], [2026, 2, 3]));
    assert.equal(name, 'Sales - Support- -A-B- -new- — 2026-01-05…2026-02-03.json');
    assert.equal(jsonDocumentName('   ', localRange([2026, 1, 5], [2026, 1, 5])), 'campaign — 2026-01-05…2026-01-05.json');
  });

  it('holds the campaign, the range and the response, as valid JSON', () => {
    const range = { ...localRange([2026, 3, 1], [2026, 3, 30]), preset: 'last30' };
    const response = { callsStatusOverview: { totalCalls: 42 }, callLabelCount: [] };
    const text = jsonDocumentText({ campaignId: '65f1c0ffee0000000000beef', campaignName: 'Front Desk', range, response });
    assert.deepEqual(JSON.parse(text), {
      campaign: { id: '65f1c0ffee0000000000beef', name: 'Front Desk' },
      range: { from: range.from, to: range.to, preset: 'last30' },
      response,
    });
    assert.ok(text.startsWith('{\n  "campaign": {'), 'pretty-printed with two spaces, the campaign first');
  });

  it('a custom range has no preset key', () => {
    const range = localRange([2026, 3, 1], [2026, 3, 2]);
    const parsed = JSON.parse(jsonDocumentText({ campaignId: 'x', campaignName: 'X', range, response: null })) as { range: object; response: unknown };
    assert.deepEqual(parsed.range, range);
    assert.equal(parsed.response, null);
  });
});

describe('analytics JSON document: the file name at its limits', () => {
  const range = localRange([2026, 1, 5], [2026, 1, 6]);
  const base = (name: string) => jsonDocumentName(name, range).replace(' — 2026-01-05…2026-01-06.json', '');

  it('turns control characters into spaces, runs of spaces into one, and trims', () => {
    assert.equal(base('A\u0000B\u001fC\u007fD'), 'A B C D');
    assert.equal(base('  Front \t\t Desk  '), 'Front Desk');
    assert.equal(base('a\\b*c?d'), 'a-b-c-d');
  });

  it('keeps at most 80 characters of the name', () => {
    assert.equal(base('x'.repeat(200)), 'x'.repeat(80));
    assert.equal(base('y'.repeat(80)), 'y'.repeat(80));
  });

  it('never cuts an emoji in half at the 80th character (the tab would show "�")', () => {
    const name = base(`${'x'.repeat(79)}🦷 Dental`);
    assert.equal(name, 'x'.repeat(79));
    assert.ok(!LONE_SURROGATE.test(name), 'a lone surrogate is left in the name');
    assert.equal(base(`${'x'.repeat(78)}🦷 Dental`), `${'x'.repeat(78)}🦷`);
  });

  it('opens an answer nested deeper than JSON.stringify can write (the client accepts it)', () => {
    const deep: unknown = JSON.parse(`{"callLabelCount":[],"extra":${'['.repeat(5_000)}1${']'.repeat(5_000)}}`);
    const text = jsonDocumentText({ campaignId: 'x', campaignName: 'X', range, response: deep });
    assert.ok(text.startsWith('{\n  "campaign": {'));
    assert.ok(text.includes('"callLabelCount": []'));
    assert.equal((text.match(/\[/g) ?? []).length, 5_001);
  });

  it('keeps an empty preset out of the range', () => {
    const text = jsonDocumentText({ campaignId: 'x', campaignName: 'X', range: { ...range, preset: '' }, response: {} });
    assert.deepEqual(Object.keys((JSON.parse(text) as { range: object }).range), ['from', 'to']);
    assert.ok(text.endsWith('}\n'));
    assert.equal(text.endsWith('}\n\n'), false);
  });
});
