// Export Report: the focused dashboard as Markdown with the same figures, and its chart images beside the file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEMO_CAMPAIGNS } from '../../src/demo/data';
import type { DashboardPanel } from '../../src/dashboard/panel';
import type { ReportResult } from '../../src/report/bundle';
import type { ComparePanel } from '../../src/compare/panel';
import type { OverviewRow } from '../../src/shared/overviewProtocol';

interface OverviewLike {
  readonly panel: vscode.WebviewPanel;
  settled(): Promise<void>;
  shownRows(): OverviewRow[];
}
import type { App } from '../../src/app';
import type { DataMessage, HostMessage } from '../../src/shared/protocol';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness';
import { connectToFakeApi, disconnect } from './harness/nlpearl';

const CAMPAIGN = DEMO_CAMPAIGNS[1];
const RANGE = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' };
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image files a report links, decoded. */
function linkedImages(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => decodeURI(m[1]));
}

describe('Export Report', function () {
  this.timeout(90_000);
  let fake: FakeApi;
  let h: App;
  let panel: DashboardPanel;
  let shown: DataMessage;
  const made: string[] = [];

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi());
    panel = (await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: CAMPAIGN.id, ...RANGE })) as DashboardPanel;
    const posted: HostMessage[] = [];
    const listening = panel.probe.onDidPost((m) => posted.push(m));
    try {
      await waitFor(() => posted.some((m) => m.type === 'data'), { message: 'the dashboard data', timeoutMs: 30_000 });
    } finally {
      listening.dispose();
    }
    shown = posted.find((m): m is DataMessage => m.type === 'data') as DataMessage;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const p of h.testSeam.dashboards.all()) p.dispose();
    for (const file of made) fs.rmSync(file, { force: true, recursive: true });
    await disconnect(fake);
  });

  it('from the focused dashboard, opens an untitled Markdown report beside it with the figures the dashboard shows', async () => {
    panel.panel.reveal(undefined, false);
    await waitFor(() => panel.panel.active, { message: 'the dashboard focused' });
    const before = fake.requests.length;
    const result = (await vscode.commands.executeCommand('nlpearl.exportReport')) as ReportResult;
    const document = result.document;
    assert.ok(document, 'a document');
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document, document);
    assert.equal(fake.requests.length, before, 'the report is made of the data on screen: no request');
    const text = document.getText();
    assert.match(text, new RegExp(`^# ${CAMPAIGN.name} — analytics report$`, 'm'));
    for (const k of shown.model.kpis) {
      const row = text.split('\n').find((l) => l.startsWith(`| ${k.label} |`));
      assert.ok(row, `a row for ${k.label}`);
      assert.ok(row.includes(`| ${k.text} |`) && row.includes(`| ${k.delta.text} |`), `${k.label}: ${row} shows ${k.text} and ${k.delta.text}`);
    }
    assert.ok(linkedImages(text).length >= 5, 'the chart images are linked');
    assert.equal(text.includes(fake.token.split(':')[1] ?? '\u0000'), false, 'no token in the report');
  });

  it('saving the untitled report writes its chart images beside the file', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    // The integration workbench opens a folder, so the untitled report suggests a path in it and saves there.
    assert.ok(folder && folder.scheme === 'file', 'the integration workbench has a file folder open');
    panel.panel.reveal(undefined, false);
    await waitFor(() => panel.panel.active, { message: 'the dashboard focused' });
    const { document } = (await vscode.commands.executeCommand('nlpearl.exportReport')) as ReportResult;
    assert.ok(document);
    const target = path.join(folder.fsPath, path.basename(document.uri.path));
    const images = linkedImages(document.getText()).map((f) => path.join(path.dirname(target), f));
    made.push(target, ...images);
    assert.equal(await document.save(), true, 'saved without a dialog, to the suggested path');
    await waitFor(() => images.every((f) => fs.existsSync(f) && fs.statSync(f).size > PNG_MAGIC.length), { message: 'the images beside the report', timeoutMs: 45_000 });
    for (const f of images) assert.deepEqual(fs.readFileSync(f).subarray(0, 8), PNG_MAGIC, `${f} is a PNG`);
    assert.ok(fs.readFileSync(target, 'utf8').includes('## Key figures'));
  });

  it('with saveTo, writes the report and one PNG per linked chart, without a dialog', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlpearl-report-'));
    made.push(dir);
    const saveTo = path.join(dir, 'front-desk.md');
    const result = (await vscode.commands.executeCommand('nlpearl.exportReport', { campaignId: CAMPAIGN.id, ...RANGE, saveTo })) as ReportResult;
    assert.equal(result.missingImages.length, 0);
    const text = fs.readFileSync(saveTo, 'utf8');
    const linked = linkedImages(text);
    assert.deepEqual(linked.sort(), fs.readdirSync(dir).filter((f) => f.endsWith('.png')).sort(), 'every link has its file, and no file is unlinked');
    assert.equal(result.images.length, linked.length);
    for (const f of linked) assert.deepEqual(fs.readFileSync(path.join(dir, f)).subarray(0, 8), PNG_MAGIC);
    for (const k of shown.model.kpis) assert.ok(text.includes(`| ${k.label} | ${k.text} |`), k.label);
  });

  it('from a focused comparison, reports its columns with the texts of its KPI cards', async () => {
    const compare = (await vscode.commands.executeCommand('nlpearl.compareCampaigns', { campaignIds: [CAMPAIGN.id, DEMO_CAMPAIGNS[0].id], ...RANGE })) as ComparePanel;
    try {
      const model = await waitFor(() => compare.model, { message: 'the comparison', timeoutMs: 30_000 });
      compare.panel.reveal(undefined, false);
      await waitFor(() => compare.panel.active, { message: 'the comparison focused' });
      const { document } = (await vscode.commands.executeCommand('nlpearl.exportReport')) as ReportResult;
      assert.ok(document);
      const text = document.getText();
      assert.match(text, /^# Compare campaigns: /m);
      const total = text.split('\n').find((l) => l.startsWith('| Total calls |'));
      for (const c of model.campaigns) assert.ok(total?.includes(`${c.kpis?.[0]?.text} (${c.kpis?.[0]?.delta.text})`), `${c.name}: ${total}`);
    } finally {
      compare.dispose();
    }
  });

  it('from the focused account overview, reports its rows and the total', async () => {
    const overview = (await vscode.commands.executeCommand('nlpearl.showAccountOverview')) as OverviewLike;
    try {
      await overview.settled();
      overview.panel.reveal(undefined, false);
      await waitFor(() => overview.panel.active, { message: 'the overview focused' });
      const { document } = (await vscode.commands.executeCommand('nlpearl.exportReport')) as ReportResult;
      assert.ok(document);
      const text = document.getText();
      assert.match(text, /^# Account overview$/m);
      for (const row of overview.shownRows()) assert.ok(text.includes(`| ${row.name} |`), row.name);
      assert.ok(text.includes('| Total |'));
    } finally {
      overview.panel.dispose();
    }
  });

  it('refuses a saveTo that is not a path', async () => {
    assert.equal(await vscode.commands.executeCommand('nlpearl.exportReport', { campaignId: CAMPAIGN.id, ...RANGE, saveTo: 42 }), undefined);
  });
});
