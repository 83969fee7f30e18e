/**
 * l10n/bundle.l10n.json is the translators' table: a string the host shows through vscode.l10n.t
 * but missing from it stays English in every translation. The strings here reach l10n.t
 * indirectly — the analytics' injected `t` and the label tables — which a grep for
 * `vscode.l10n.t('…')` alone does not see. The bundle is written by scripts/l10n.mjs (Microsoft's
 * extractor), which reads only literal `l10n.t('…')` / `vscode.l10n.t('…')`: the last test fails
 * when a call takes another form, so a renamed variable cannot drop strings silently.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { keyFigures } from '../../src/analytics/keyFigures';
import { buildDashboardModel } from '../../src/analytics/model';
import { EVENT_META, SENTIMENT_META, STATUS_META } from '../../src/analytics/statusLabels';
import type { Translate } from '../../src/analytics/translate';
import { PRESET_LABELS, previousPeriod } from '../../src/api/range';
import { ACCOUNT_STATUS, CAMPAIGN_STATUS, analyticsSchema } from '../../src/api/schemas';
import { webviewStrings } from '../../src/dashboard/translateStrings';
import { DEMO_CAMPAIGN_IDS, demoAnalyticsJson } from '../../src/demo/data';
import { WEBVIEW_STRINGS } from '../../src/shared/protocol';
import { analytics } from './analytics.fixtures';

// out/test/unit → the repository root.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const BUNDLE = path.join(ROOT, 'l10n', 'bundle.l10n.json');
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };

function bundleKeys(): Set<string> {
  return new Set(Object.keys(JSON.parse(fs.readFileSync(BUNDLE, 'utf8')) as Record<string, string>));
}

function missing(messages: Iterable<string>): string[] {
  const keys = bundleKeys();
  return [...new Set(messages)].filter((m) => !keys.has(m)).sort();
}

describe('l10n bundle', function () {
  // Parsing every source file with TypeScript takes seconds on a busy 2-core machine: mocha's 2 s default failed it.
  this.timeout(30_000);
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

  it('holds every string of the webview table, which the host translates for the webview', () => {
    const seen: string[] = [];
    webviewStrings((message) => {
      seen.push(message);
      return message;
    });
    assert.equal(seen.length, Object.keys(WEBVIEW_STRINGS).length, 'each webview string went through the host translator');
    assert.deepEqual(missing(seen), []);
  });

  it('holds the status, sentiment and event names the charts and the tree show', () => {
    const labels = [STATUS_META, SENTIMENT_META, EVENT_META].flatMap((table) => Object.values(table).map((meta) => meta.label));
    assert.deepEqual(missing(labels), []);
  });

  it('every translated literal in src/ is in the bundle, called as l10n.t or vscode.l10n.t', function () {
    // Parses every file of src/ with the TypeScript compiler: ~1 s alone, past mocha's 2 s default on a busy machine.
    this.timeout(30_000);
    const literals: string[] = [];
    const unreadable: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, 'src'))) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          const callee = node.expression;
          const receiver = ts.isPropertyAccessExpression(callee) && callee.name.text === 't' ? callee.expression.getText(source) : null;
          const bareT = ts.isIdentifier(callee) && callee.text === 't';
          const first = node.arguments[0];
          if ((receiver !== null || bareT) && first && ts.isStringLiteralLike(first)) {
            literals.push(first.text);
            if (receiver !== 'l10n' && receiver !== 'vscode.l10n') {
              const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
              unreadable.push(`${path.relative(ROOT, file)}:${line + 1} ${callee.getText(source)}('${first.text}')`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.ok(literals.length > 150, `found the host's translated literals (${literals.length})`);
    assert.deepEqual(unreadable, [], 'the extractor reads only l10n.t(…) and vscode.l10n.t(…)');
    assert.deepEqual(missing(literals), []);
  });
});

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}
