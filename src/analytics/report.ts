/**
 * A campaign's dashboard as a Markdown report to share. Built from the dashboard's own view model, never
 * from the response again, so every figure in it is the text the screen shows (a test compares them).
 * Pure (no vscode): the host passes the translator, the names and where the chart images will be.
 */
import type { AnalyticsSection, DashboardModel, ModelChart, ModelTable } from '../shared/protocol';
import { escapeMarkdown, markdownCell } from '../shared/markdownText';
import { localDay } from './localDay';
import type { Translate } from './translate';

/** Named `l10n` so the string extractor finds each `l10n.t('…')` (scripts/l10n.mjs). */
export interface ReportL10n {
  readonly t: Translate;
}

export interface ReportInput {
  readonly campaignName: string;
  readonly campaignId: string;
  /** "Nov 1 – 30, 2026" as the dashboard's header shows it. */
  readonly rangeText: string;
  readonly range: { readonly from: string; readonly to: string };
  readonly model: DashboardModel;
  /** When the data was fetched (ms), shown in UTC: a report is read elsewhere, later. */
  readonly fetchedAt: number;
  readonly isDemo: boolean;
  /** Relative file names of chart images, by section; a chart without one is not linked. */
  readonly images?: ReadonlyMap<AnalyticsSection, string>;
}

/** How many rows of a long table (labels, events) the report lists; the rest is counted. */
const MAX_TABLE_ROWS = 10;
const BUSIEST_CELLS = 5;
/** The tables a reader of a report looks for, in this order; the others are in the charts' images. */
const TABLE_SECTIONS: readonly AnalyticsSection[] = ['callsStatusOverview', 'callLabelCount', 'callEventsCounts'];

function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(markdownCell).join(' | ')} |`;
}

function table(columns: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(columns), `|${columns.map(() => '---').join('|')}|`, ...rows.map(row)];
}

function kpiSection(model: DashboardModel, l10n: ReportL10n): string[] {
  const rows = model.kpis.map((k) => [k.label, k.text, k.detail ?? '', k.delta.text, k.reference ?? '']);
  return [`## ${l10n.t('Key figures')}`, '', ...table([l10n.t('Figure'), l10n.t('Value'), l10n.t('Detail'), l10n.t('Change'), l10n.t('Compared with')], rows)];
}

function chartTable(chart: ModelChart, l10n: ReportL10n): string[] {
  if (!chart.provided) return [`## ${escapeMarkdown(chart.title)}`, '', l10n.t('Not provided by the API.')];
  const shown: ModelTable = chart.table;
  if (chart.empty || shown.rows.length === 0) return [`## ${escapeMarkdown(chart.title)}`, '', l10n.t('No calls in this range.')];
  const lines = [`## ${escapeMarkdown(chart.title)}`, '', ...table(shown.columns, shown.rows.slice(0, MAX_TABLE_ROWS))];
  if (shown.rows.length > MAX_TABLE_ROWS) lines.push('', l10n.t('… and {0} more (see the CSV export).', shown.rows.length - MAX_TABLE_ROWS));
  return lines;
}

/** The hours with the most calls, from the heatmap the dashboard shows (its zone, its weekday names). */
export function busiestHours(chart: ModelChart | undefined): { weekday: string; hour: number; calls: number }[] {
  const heat = chart?.heatmap;
  if (!heat) return [];
  const cells: { weekday: string; hour: number; calls: number }[] = [];
  heat.counts.forEach((hours, day) => hours.forEach((calls, hour) => {
    if (calls > 0) cells.push({ weekday: heat.rows[day] ?? String(day), hour, calls });
  }));
  // Ties keep the week's order, so the same data always gives the same report.
  return cells.sort((a, b) => b.calls - a.calls).slice(0, BUSIEST_CELLS);
}

function busiestSection(model: DashboardModel, l10n: ReportL10n): string[] {
  const chart = model.charts.find((c) => c.id === 'callsByHourDayOfWeeks');
  const cells = busiestHours(chart);
  if (cells.length === 0) return [];
  const zone = chart?.heatmap?.zone ?? 'UTC';
  const hour = (h: number): string => `${String(h).padStart(2, '0')}:00–${String(h).padStart(2, '0')}:59`;
  const rows = cells.map((c) => [c.weekday, hour(c.hour), c.calls.toLocaleString(model.locale)]);
  return [`## ${l10n.t('Busiest hours ({0})', zone)}`, '', ...table([l10n.t('Weekday'), l10n.t('Hour'), l10n.t('Calls')], rows)];
}

function imageSection(model: DashboardModel, images: ReadonlyMap<AnalyticsSection, string> | undefined, l10n: ReportL10n): string[] {
  if (!images || images.size === 0) return [];
  const lines = [`## ${l10n.t('Charts')}`, ''];
  for (const chart of model.charts) {
    const file = images.get(chart.id);
    // The link text is the chart's summary: what a reader without the image (plain text, a screen reader) gets.
    if (file) lines.push(`![${markdownCell(chart.summary || chart.title)}](${encodeURI(file)})`, '');
  }
  return lines;
}

function notesSection(model: DashboardModel, l10n: ReportL10n): string[] {
  const notes = [...model.notes, ...model.charts.flatMap((c) => c.notes.map((n) => `${c.title}: ${n}`))];
  const definitions = model.kpis.map((k) => `${k.label}: ${k.tooltip}`);
  return [
    `## ${l10n.t('Notes and assumptions')}`,
    '',
    ...[...notes, ...definitions].map((n) => `- ${markdownCell(n)}`),
    `- ${markdownCell(l10n.t('Changes compare with the previous period of the same length, just before the range.'))}`,
  ];
}

export function campaignReport(input: ReportInput, l10n: ReportL10n): string {
  const { model } = input;
  const source = input.isDemo ? l10n.t('demo data (not a real account)') : l10n.t('the NLPearl API');
  const header = [
    `# ${escapeMarkdown(l10n.t('{0} — analytics report', input.campaignName))}`,
    '',
    `**${l10n.t('Range')}:** ${escapeMarkdown(input.rangeText)} (${localDay(input.range.from)} – ${localDay(input.range.to)}, ${l10n.t('your local days; the charts\' daily buckets are the API\'s UTC days')})  `,
    `**${l10n.t('Campaign')}:** ${escapeMarkdown(input.campaignName)} (\`${input.campaignId.replace(/`/g, '')}\`)  `,
    `**${l10n.t('Data')}:** ${source}, ${l10n.t('fetched {0}', utcStamp(input.fetchedAt))}`,
  ];
  if (input.images && input.images.size > 0) header.push('', `_${l10n.t('The chart images are PNG files beside this report.')}_`);
  if (model.empty) header.push('', l10n.t('No calls in this range.'));
  const tables = TABLE_SECTIONS.map((id) => model.charts.find((c) => c.id === id)).filter((c): c is ModelChart => c !== undefined).flatMap((c) => ['', ...chartTable(c, l10n)]);
  const busiest = busiestSection(model, l10n);
  return [
    ...header,
    '',
    ...kpiSection(model, l10n),
    ...tables,
    ...(busiest.length > 0 ? ['', ...busiest] : []),
    '',
    ...imageSection(model, input.images, l10n),
    ...notesSection(model, l10n),
    '',
  ].join('\n');
}

/** Image file names beside the report, `<report file name without .md>-<section>.png`: one per chart with data. */
export function reportImageNames(reportFileName: string, charts: readonly ModelChart[]): Map<AnalyticsSection, string> {
  const base = reportFileName.replace(/\.md$/i, '');
  return new Map(charts.filter((c) => c.provided && !c.empty).map((c) => [c.id, `${base}-${c.id}.png`]));
}
