/**
 * Reports of the views that show several campaigns: a comparison and the account overview. Like the campaign
 * report (report.ts), each is written from the view's own model — the texts on screen — never recomputed.
 * Pure (no vscode): the host passes the translator and the column names.
 */
import type { CompareModel } from '../shared/compareProtocol';
import type { OverviewCell, OverviewRow, OverviewTotal } from '../shared/overviewProtocol';
import { OVERVIEW_COLUMNS, type OverviewColumn } from '../shared/vocabulary';
import type { AnalyticsSection } from '../shared/protocol';
import { escapeMarkdown, markdownCell } from '../shared/markdownText';
import { localDay } from './localDay';
import type { ReportL10n } from './report';

export interface GroupReportHeader {
  readonly rangeText: string;
  readonly range: { readonly from: string; readonly to: string };
  readonly isDemo: boolean;
  /** When the report was made (ms), shown in UTC. */
  readonly madeAt: number;
}

const GROUPED_TABLES: readonly AnalyticsSection[] = ['callLabelCount', 'callEventsCounts'];

function row(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |`;
}

function table(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(columns), `|${columns.map(() => '---').join('|')}|`, ...rows.map(row)];
}

function header(title: string, h: GroupReportHeader, l10n: ReportL10n): string[] {
  const source = h.isDemo ? l10n.t('demo data (not a real account)') : l10n.t('the NLPearl API');
  const made = `${new Date(h.madeAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return [
    `# ${escapeMarkdown(title)}`,
    '',
    `**${l10n.t('Range')}:** ${escapeMarkdown(h.rangeText)} (${localDay(h.range.from)} – ${localDay(h.range.to)}, ${l10n.t('your local days; the charts\' daily buckets are the API\'s UTC days')})  `,
    `**${l10n.t('Data')}:** ${source}, ${l10n.t('report made {0}', made)}`,
  ];
}

/** "2,096 (▲ 5 %)": the cell as the overview shows it, its change beside it. */
function cellText(cell: OverviewCell): string {
  return cell.delta.text && cell.delta.text !== cell.text ? `${cell.text} (${cell.delta.text})` : cell.text;
}

export function overviewReport(
  input: GroupReportHeader & { readonly rows: readonly OverviewRow[]; readonly total: OverviewTotal; readonly columns: Readonly<Record<OverviewColumn, string>> },
  l10n: ReportL10n,
): string {
  const columns = [l10n.t('Campaign'), ...OVERVIEW_COLUMNS.map((c) => input.columns[c])];
  const rows = input.rows.map((r) => {
    if (r.state === 'loaded') return [r.name, ...OVERVIEW_COLUMNS.map((c) => cellText(r.cells[c]))];
    const why = r.state === 'error' ? l10n.t('Could not load: {0}', r.message) : l10n.t('Still loading');
    return [r.name, why, ...OVERVIEW_COLUMNS.slice(1).map(() => '')];
  });
  const total = input.total.cells;
  if (total) rows.push([l10n.t('Total'), ...OVERVIEW_COLUMNS.map((c) => cellText(total[c]))]);
  return [
    ...header(l10n.t('Account overview'), input, l10n),
    '',
    ...table(columns, rows),
    '',
    markdownCell(input.total.summary),
    '',
    `## ${l10n.t('Notes and assumptions')}`,
    '',
    `- ${markdownCell(l10n.t('The total is the account rolled up exactly: counts summed, rates from the summed counts, durations weighted by calls, cost per call = summed cost ÷ summed calls — never an average of percentages.'))}`,
    `- ${markdownCell(l10n.t('Changes compare with the previous period of the same length, just before the range.'))}`,
    '',
  ].join('\n');
}

export function compareReport(input: GroupReportHeader & { readonly model: CompareModel }, l10n: ReportL10n): string {
  const { campaigns, charts } = input.model;
  const ids = [...new Set(campaigns.flatMap((c) => (c.kpis ?? []).map((k) => k.id)))];
  const labelOf = (id: string): string => campaigns.flatMap((c) => c.kpis ?? []).find((k) => k.id === id)?.label ?? id;
  const kpiRows = ids.map((id) => [
    labelOf(id),
    ...campaigns.map((c) => {
      const k = c.kpis?.find((x) => x.id === id);
      return k ? `${k.text} (${k.delta.text})` : '—';
    }),
  ]);
  const failed = campaigns.filter((c) => c.error !== null).map((c) => `- ${markdownCell(`${c.name}: ${c.stale ? l10n.t('last good figures shown; the refresh failed: {0}', c.error ?? '') : l10n.t('Could not load: {0}', c.error ?? '')}`)}`);
  const tables = GROUPED_TABLES.map((id) => charts.find((c) => c.id === id)).flatMap((c) =>
    c && c.provided && !c.empty ? ['', `## ${escapeMarkdown(c.title)}`, '', ...table(c.table.columns, c.table.rows)] : [],
  );
  return [
    ...header(l10n.t('Compare campaigns: {0}', campaigns.map((c) => c.name).join(' · ')), input, l10n),
    '',
    `## ${l10n.t('Key figures')}`,
    '',
    ...table([l10n.t('Figure'), ...campaigns.map((c) => c.name)], kpiRows),
    ...(failed.length > 0 ? ['', ...failed] : []),
    ...tables,
    '',
    `## ${l10n.t('Notes and assumptions')}`,
    '',
    `- ${markdownCell(l10n.t('Each campaign\'s figures are those of its own dashboard; labels are matched across campaigns by name.'))}`,
    `- ${markdownCell(l10n.t('Changes compare with the previous period of the same length, just before the range.'))}`,
    '',
  ].join('\n');
}
