/**
 * Export of a chart or section of an open dashboard without the save dialog, for tests and automation
 * (reached through src/testSeam.ts, no command). The webview itself can never name a file path.
 */
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { ANALYTICS_SECTIONS } from '../shared/protocol';
import { DashboardPanel, type ExportResult } from './panel';

const exportArgsSchema = z.union([
  z.strictObject({ campaignId: z.string().check(z.minLength(1)), chart: z.enum(ANALYTICS_SECTIONS), format: z.literal('png'), uri: z.string().check(z.minLength(1)) }),
  z.strictObject({ campaignId: z.string().check(z.minLength(1)), section: z.enum(ANALYTICS_SECTIONS), format: z.literal('csv'), uri: z.string().check(z.minLength(1)) }),
]);
export type DashboardExportArgs = z.output<typeof exportArgsSchema>;

/** Resolves to `{ uri, bytes }` once written; rejects with a readable message otherwise. */
export async function runDirectExport(raw: unknown): Promise<ExportResult> {
  const parsed = exportArgsSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error('Expected { campaignId, chart, format: "png", uri } or { campaignId, section, format: "csv", uri }.');
  }
  const args = parsed.data;
  const panel = DashboardPanel.get(args.campaignId);
  if (!panel) throw new Error(`No dashboard is open for campaign ${args.campaignId}.`);
  const uri = /^[a-z][\w+.-]*:/i.test(args.uri) && !/^[a-z]:[\\/]/i.test(args.uri) ? vscode.Uri.parse(args.uri, true) : vscode.Uri.file(args.uri);
  return args.format === 'png'
    ? panel.exportTo({ chart: args.chart, format: 'png' }, uri)
    : panel.exportTo({ section: args.section, format: 'csv' }, uri);
}
