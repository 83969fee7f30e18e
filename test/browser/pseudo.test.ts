/**
 * The dashboard under a pseudo-localized bundle (`l10n-dev generate-pseudo`'s engine over
 * l10n/bundle.l10n.json: "Total calls" → "Ŧǿǿŧȧȧŀ ƈȧȧŀŀş"), translated the way the host does it: the
 * view model and the webview table through the same `t`. Any plain-ASCII word left on screen was
 * never translatable; data (campaign and label names from the API) and the locale's date names are
 * the only English allowed, with the file formats PNG and CSV (the same in every language).
 */
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { getL10nPseudoLocalized } from '@vscode/l10n-dev';
import { buildDashboardModel } from '../../src/analytics/model';
import { englishTranslate, type Translate } from '../../src/analytics/translate';
import { previousPeriod } from '../../src/api/range';
import { webviewStrings } from '../../src/dashboard/translateStrings';
import { demoAnalytics, demoCampaign } from '../e2e/webview-harness/demoModel';
import { initMessage, loadModel, loadPage, openHarness, type HarnessSession } from '../e2e/webview-harness/harness';

const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const BUNDLE = path.resolve('l10n', 'bundle.l10n.json');

// Every text node (open shadow roots included) and every accessible name a user can meet.
const IN_PAGE_TEXTS = `(() => {
  const out = [];
  const walk = (root) => {
    for (const e of root.querySelectorAll('*')) {
      if (e.closest('script, style')) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) if (e.getAttribute(a)) out.push(e.getAttribute(a));
      for (const n of e.childNodes) if (n.nodeType === 3 && n.textContent.trim()) out.push(n.textContent.trim());
      if (e.shadowRoot) walk(e.shadowRoot);
    }
  };
  walk(document);
  return out;
})()`;

describe('dashboard pseudo-localized (Chromium, real CSP)', function () {
  this.timeout(120_000);
  let session: HarnessSession;

  before(async () => {
    session = await openHarness({ width: 1280, height: 900 });
  });

  after(async () => {
    await session?.close();
  });

  it('no English is left on screen but the API data and the locale date names', async () => {
    const english = JSON.parse(fs.readFileSync(BUNDLE, 'utf8')) as Record<string, string>;
    const pseudo = getL10nPseudoLocalized(english);
    const t: Translate = (message, ...args) => {
      const entry = pseudo[message];
      return englishTranslate(typeof entry === 'string' ? entry : (entry?.message ?? message), ...args);
    };
    const current = demoAnalytics(demoCampaign().id, RANGE, 'v2');
    const previous = demoAnalytics(demoCampaign().id, previousPeriod(RANGE), 'v2');
    const model = buildDashboardModel({ current, previous }, { t });
    await loadPage(session);
    await loadModel(session.page, model, {
      init: initMessage({ strings: webviewStrings(t), campaign: { ...demoCampaign(), status: t('Running') }, range: RANGE, isDemo: true }),
    });
    const data = new Set([demoCampaign().name, ...(current.callLabelCount ?? []).map((l) => l.name ?? '')].flatMap((n) => n.match(/[A-Za-z]{2,}/g) ?? []));
    // Intl's own output (month, weekday, AM/PM and, since issue 18 point 3, the zone name of "Updated 09:41 UTC").
    const dates = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'AM', 'PM', 'PNG', 'CSV', 'UTC']);
    const texts = (await session.page.evaluate(IN_PAGE_TEXTS)) as string[];
    const left = [...new Set(texts.filter((text) => (text.match(/[A-Za-z]{2,}/g) ?? []).some((w) => !data.has(w) && !dates.has(w))))];
    assert.ok(texts.length > 50, `read ${texts.length} texts`);
    assert.deepEqual(left, [], 'hard-coded English on screen');
  });
});
