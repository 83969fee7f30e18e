// Signs in with a known token, uses everything that could carry it (tree, JSON open/copy, the
// dashboard, errors — including servers that echo the token back), then scans every place a
// person or a file could see it: 0 occurrences allowed.
import * as assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CampaignNode, TreeNode } from '../../src/campaigns/nodes';
import { DashboardPanel } from '../../src/dashboard/panel';
import { DEMO_CAMPAIGNS } from '../../src/demo/data';
import type { App } from '../../src/app';
import { describeError } from '../../src/model/errorView';
import type { FakeApi } from '../fake-api/server';
import { waitFor } from './harness';
import { connectToFakeApi, disconnect, setSetting, settledChildren, treeRows } from './harness/nlpearl';

const ACCOUNT_ID = '6a1b2c3d4e5f60718293a4b5';
const SECRET = `KnownSecret-${randomBytes(12).toString('hex')}`;
const TOKEN = `${ACCOUNT_ID}:${SECRET}`;
const RANGE = { from: '2026-02-02T00:00:00.000Z', to: '2026-03-03T23:59:59.999Z' };
const CAMPAIGN = DEMO_CAMPAIGNS[0];
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MAX_FILES = 20_000;

/** The forms a leak could take: the token, its secret part, and their base64 (a logged header). */
const NEEDLES = [TOKEN, SECRET, Buffer.from(TOKEN).toString('base64'), Buffer.from(`Bearer ${TOKEN}`).toString('base64')];

interface Finding {
  readonly where: string;
  readonly needle: string;
}

class Scanner {
  readonly findings: Finding[] = [];
  readonly places = new Set<string>();
  files = 0;
  bytes = 0;

  text(where: string, text: string | undefined): void {
    this.places.add(where);
    if (!text) return;
    for (const needle of NEEDLES) if (text.includes(needle)) this.findings.push({ where, needle: needle === TOKEN ? 'token' : needle === SECRET ? 'secret' : 'base64' });
  }

  /** Every regular file under `dir` (bounded), read as bytes so binary stores (SQLite, LevelDB) count too. */
  tree(label: string, dir: string | undefined): void {
    if (!dir || !fs.existsSync(dir)) return;
    this.places.add(`${label}: ${dir}`);
    const stack = [dir];
    while (stack.length > 0 && this.files < MAX_FILES) {
      const current = stack.pop() as string;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(current, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries) {
        const full = path.join(current, e.name);
        if (e.isDirectory()) stack.push(full);
        else if (e.isFile()) this.file(full);
      }
    }
  }

  private file(file: string): void {
    let data: Buffer;
    try {
      if (fs.statSync(file).size > MAX_FILE_BYTES) return;
      data = fs.readFileSync(file);
    } catch {
      return;
    }
    this.files++;
    this.bytes += data.length;
    for (const needle of NEEDLES) {
      // UTF-8 and UTF-16 LE (how Chromium's stores keep strings).
      if (data.includes(Buffer.from(needle, 'utf8')) || data.includes(Buffer.from(needle, 'utf16le'))) this.findings.push({ where: file, needle: needle === TOKEN ? 'token' : needle === SECRET ? 'secret' : 'base64' });
    }
  }
}

function treeItemText(h: App, node: TreeNode): string {
  const item = h.tree.getTreeItem(node);
  const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
  const tooltip = typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? '');
  return [label, String(item.description ?? ''), tooltip, JSON.stringify(item.command?.arguments ?? [])].join('\n');
}

/** Walks up from `start` to the folder named `name`. */
function ancestor(start: string, name: string): string | undefined {
  let dir = start;
  for (let i = 0; i < 12; i++) {
    if (path.basename(dir) === name) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

describe('secrets: the token appears nowhere', function () {
  this.timeout(120_000);
  let fake: FakeApi;
  let h: App;
  const scan = new Scanner();
  const messages: string[] = [];

  before(async () => {
    ({ fake, host: h } = await connectToFakeApi({ token: TOKEN }));
    await h.range.set(RANGE);
    h.cache.clear();
    h.tree.reset();
  });

  after(async () => {
    for (const panel of DashboardPanel.all()) panel.dispose();
    // The untitled JSON documents are dirty: revert them, or closing asks to save (a dialog).
    for (let i = 0; i < 20 && vscode.window.tabGroups.all.some((g) => g.tabs.length > 0); i++) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await disconnect(fake);
    await setSetting('apiBaseUrl', undefined);
  });

  it('exercises tree, JSON, dashboard and errors that echo the token, then finds it in 0 places', async () => {
    // The tree: campaigns and the figures of one.
    const rows = await treeRows(h);
    const node = rows.find((r): r is CampaignNode => r.kind === 'campaign' && r.info.id === CAMPAIGN.id);
    assert.ok(node);
    const figures = await settledChildren(h, node);
    assert.ok(figures.length >= 6);

    // JSON: open and copy.
    const doc = (await vscode.commands.executeCommand('nlpearl.openAnalyticsJson', { campaignId: CAMPAIGN.id, ...RANGE })) as vscode.TextDocument;
    assert.ok(doc, 'a JSON document opened');
    const copied = (await vscode.commands.executeCommand('nlpearl.copyAnalyticsJson', { campaignId: CAMPAIGN.id, ...RANGE })) as string;
    messages.push(copied);

    // The dashboard, rendered in its webview.
    const panel = (await vscode.commands.executeCommand('nlpearl.showInboundAnalytics', { campaignId: CAMPAIGN.id, ...RANGE })) as DashboardPanel;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 20_000);
      const sub = panel.probe.onDidRender(() => {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
      if (panel.probe.lastRenderMs !== undefined) resolve();
    });
    messages.push(panel.panel.webview.html, panel.panel.title);
    for (const section of ['callsStatusTimeLine', 'callLabelCount', 'callsCostTimeLine'] as const) messages.push(panel.csv(section) ?? '');

    // Servers that echo the token: a 400 detail, a 401 body, a 500 body, and a 200 body.
    const echoes = [
      { status: 400, body: JSON.stringify({ title: 'Bad Request', status: 400, detail: `Token ${TOKEN} is not allowed for range`, errors: { auth: [`secret ${SECRET}`] } }) },
      { status: 401, body: `invalid key ${TOKEN}`, headers: { 'content-type': 'text/plain' } },
      { status: 500, body: `crash while handling Bearer ${TOKEN} (${SECRET})`, headers: { 'content-type': 'text/plain' } },
      { status: 404, body: JSON.stringify({ detail: SECRET }) },
      { status: 503, body: TOKEN, headers: { 'content-type': 'text/plain' } },
    ];
    for (const fault of echoes) {
      fake.inject({ ...fault, times: 3 });
      try {
        await h.apis.api().getInboundAnalytics(CAMPAIGN.id, RANGE);
        assert.fail(`${fault.status} should fail`);
      } catch (error) {
        const view = describeError(error);
        messages.push(view.message, error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error));
        if (fault.status === 400) assert.match(view.message, /\*\*\*/, 'the echoed token is masked, not dropped silently');
      }
      fake.clearFaults();
    }
    // A 200 whose JSON echoes the token reaches the JSON document and the dashboard masked.
    fake.inject({ rawBody: JSON.stringify({ callsStatusOverview: { totalCalls: 1 }, callLabelCount: [{ id: TOKEN, name: `Label ${SECRET}`, color: 'red', count: 1 }] }), match: '/Analytics', times: 4 });
    h.cache.clear();
    const echoedDoc = (await vscode.commands.executeCommand('nlpearl.openAnalyticsJson', { campaignId: CAMPAIGN.id, ...RANGE })) as vscode.TextDocument;
    assert.ok(echoedDoc);
    assert.match(echoedDoc.getText(), /\*\*\*/);
    fake.clearFaults();

    // Errors through the tree and the dashboard: the error rows and the panel's error state.
    fake.inject({ status: 400, body: JSON.stringify({ detail: `echo ${TOKEN}` }), match: '/Analytics', times: 10 });
    h.cache.clear();
    h.tree.refresh();
    const errorRows = await waitFor(
      async () => {
        const children = await settledChildren(h, node);
        return children.some((c) => c.kind === 'message' && c.variant === 'error') ? children : undefined;
      },
      { message: 'the error row' },
    );
    await panel.refresh(true);
    fake.clearFaults();
    // A rejected token, through Set API Token: the returned message.
    fake.inject({ status: 401, body: `bad ${SECRET}`, match: '/v1/Account', headers: { 'content-type': 'text/plain' } });
    const rejected = (await vscode.commands.executeCommand('nlpearl.setToken', `${ACCOUNT_ID}:${SECRET}`)) as { stored: boolean; message: string };
    messages.push(rejected.message);
    fake.clearFaults();
    await vscode.commands.executeCommand('nlpearl.setToken', TOKEN);

    // ---- the scan ----
    for (const r of [...rows, ...figures, ...errorRows]) scan.text('tree items', treeItemText(h, r));
    for (const d of vscode.workspace.textDocuments) scan.text(`document ${d.uri.toString()}`, d.getText());
    scan.text('clipboard', await vscode.env.clipboard.readText());
    messages.forEach((m, i) => scan.text(`message ${i}`, m));

    // The log channel's file: wait until the last lines are on disk, then scan every log of the session.
    const logUri = h.context.logUri.fsPath;
    const logsRoot = ancestor(logUri, 'logs') ?? path.dirname(path.dirname(logUri));
    const logFile = await waitFor(
      () => {
        const found: string[] = [];
        const walk = (dir: string, depth: number) => {
          if (depth > 8 || !fs.existsSync(dir)) return;
          for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, e.name);
            if (e.isDirectory()) walk(full, depth + 1);
            else if (/NLPearl/.test(e.name) && /\/v1\/Account → 401/.test(fs.readFileSync(full, 'utf8'))) found.push(full);
          }
        };
        walk(logsRoot, 0);
        return found[0];
      },
      { message: 'the NLPearl log file with the last requests', timeoutMs: 15_000 },
    );
    const logText = fs.readFileSync(logFile, 'utf8');
    assert.match(logText, /\[http\] POST \/v1\/Inbound\/.+\/Analytics → 400/, 'the scanned log is the live one');
    assert.match(logText, /\*\*\*|refused/, 'the failures were logged');
    scan.tree('session logs', logsRoot);

    // Settings, storage: the whole user-data folder (settings.json, globalStorage, workspaceStorage, logs…).
    const userDir = ancestor(h.context.globalStorageUri.fsPath, 'User');
    assert.ok(userDir, `no User folder above ${h.context.globalStorageUri.fsPath}`);
    const userData = path.dirname(userDir);
    assert.ok(fs.existsSync(path.join(userDir, 'settings.json')), 'the user settings file exists (the tests wrote settings)');
    scan.text('user settings.json', fs.readFileSync(path.join(userDir, 'settings.json'), 'utf8'));
    scan.tree('user data', userData);
    scan.tree('globalStorageUri', h.context.globalStorageUri.fsPath);
    scan.tree('storageUri', h.context.storageUri?.fsPath);
    scan.tree('logUri', h.context.logUri.fsPath);
    scan.tree('extension folder', h.context.extensionUri.fsPath === userData ? undefined : path.join(h.context.extensionUri.fsPath, 'dist'));

    console.log(
      `[secrets] scanned ${scan.places.size} places (${scan.files} files, ${(scan.bytes / 1024 / 1024).toFixed(1)} MB; log file ${path.basename(logFile)}): ` +
        `${scan.findings.length} occurrences of the token or its secret`,
    );
    assert.deepEqual(scan.findings, [], 'the token leaked');
    assert.ok(scan.files > 5, `only ${scan.files} files scanned`);
  });

  it('the scanner finds a planted token (control: the scan above can fail)', () => {
    const dir = fs.mkdtempSync(path.join(h.context.globalStorageUri.fsPath, '..', 'nlpearl-control-'));
    try {
      fs.writeFileSync(path.join(dir, 'utf8.txt'), `x ${SECRET} y`);
      fs.writeFileSync(path.join(dir, 'utf16.bin'), Buffer.from(`header ${TOKEN}`, 'utf16le'));
      const control = new Scanner();
      control.tree('control', dir);
      control.text('text', `Authorization: Bearer ${Buffer.from(TOKEN).toString('base64')}`);
      assert.deepEqual(control.findings.map((f) => f.needle).sort(), ['base64', 'secret', 'secret', 'token']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
