/**
 * l10n/bundle.l10n.json is the translators' table: a string the host shows through vscode.l10n.t
 * but missing from it stays English in every translation. The strings here reach l10n.t
 * indirectly — the analytics' injected `t` and the label tables — which a grep for
 * `vscode.l10n.t('…')` alone does not see.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { keyFigures } from '../../src/analytics/keyFigures';
import { buildDashboardModel } from '../../src/analytics/model';
import type { Translate } from '../../src/analytics/translate';
import { PRESET_LABELS, previousPeriod } from '../../src/api/range';
import { ACCOUNT_STATUS, CAMPAIGN_STATUS, analyticsSchema } from '../../src/api/schemas';
import { DEMO_CAMPAIGN_IDS, demoAnalyticsJson } from '../../src/demo/data';
import { analytics } from './analytics.fixtures';

// out/test/unit → the repository root.
const BUNDLE = path.resolve(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.json');
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

function bundleKeys(): Set<string> {
  return new Set(Object.keys(JSON.parse(fs.readFileSync(BUNDLE, 'utf8')) as Record<string, string>));
}

function missing(messages: Iterable<string>): string[] {
  const keys = bundleKeys();
  return [...new Set(messages)].filter((m) => !keys.has(m)).sort();
}

describe('l10n bundle', () => {
  it('holds every string the dashboard model and the tree figures translate', () => {
    const seen: string[] = [];
    const t: Translate = (message, ...args) => {
      seen.push(message);
      return message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
    };
    const id = DEMO_CAMPAIGN_IDS[0] as string;
    const current = analyticsSchema.parse(demoAnalyticsJson(id, RANGE, 'v1'));
    const previous = analyticsSchema.parse(demoAnalyticsJson(id, previousPeriod(RANGE), 'v1'));
    for (const input of [{ current, previous }, { current, previous: null }, { current: analytics(), previous: null }]) {
      buildDashboardModel(input, { t });
      keyFigures(input, { t });
    }
    assert.ok(seen.length > 20, 'the model translated its strings through t');
    assert.deepEqual(missing(seen), []);
  });

  it('holds the range presets and the campaign and account statuses', () => {
    assert.deepEqual(missing([...Object.values(PRESET_LABELS), ...Object.values(CAMPAIGN_STATUS), ...Object.values(ACCOUNT_STATUS)]), []);
  });
});
