/**
 * One chart card: title, the chart (canvas or heatmap grid) with its text alternative, a Table
 * toggle, PNG/CSV export, and the notes saying what was assumed or left out.
 */
import type { Chart } from 'chart.js';
import type { ModelChart } from '../../src/shared/protocol';
import { button, el } from '../dom';
import { s } from '../strings';
import { chartConfig } from './config';
import { heatmapCanvas, heatmapElement } from './heatmap';
import { canvasToPng } from './png';
import { registerChartParts } from './register';
import { dataTable } from './table';
import type { Theme } from './theme';

export interface CardCallbacks {
  readonly onTableToggle: (id: ModelChart['id'], open: boolean) => void;
  readonly onExportPng: (id: ModelChart['id']) => void;
  readonly onExportCsv: (id: ModelChart['id']) => void;
}

export class ChartCard {
  readonly element: HTMLElement;
  private chart: Chart<'bar' | 'line'> | undefined;
  private canvas: HTMLCanvasElement | undefined;
  private readonly figure: HTMLElement;
  private readonly tableBox: HTMLElement;
  private readonly toggle: HTMLElement;
  private tableOpen: boolean;

  constructor(
    readonly model: ModelChart,
    private theme: Theme,
    private readonly locale: string,
    tableOpen: boolean,
    callbacks: CardCallbacks,
  ) {
    this.tableOpen = tableOpen;
    const titleId = `title-${model.id}`;
    const tableId = `table-${model.id}`;
    this.toggle = button(s('table'), () => {
      this.setTable(!this.tableOpen);
      callbacks.onTableToggle(model.id, this.tableOpen);
    }, { secondary: true, label: `${s('table')}: ${model.title}` });
    this.toggle.setAttribute('aria-controls', tableId);
    this.toggle.dataset.role = 'table-toggle';
    const png = button('PNG', () => callbacks.onExportPng(model.id), { secondary: true, label: `${s('exportPng')}: ${model.title}` });
    const csv = button('CSV', () => callbacks.onExportCsv(model.id), { secondary: true, label: `${s('exportCsv')}: ${model.title}` });
    const canDraw = model.provided && !model.empty;
    const tools = el('div', { className: 'card-tools' }, canDraw ? [this.toggle, png, csv] : []);
    this.figure = el('div', { className: model.kind === 'heatmap' ? 'chart-area heatmap-area' : `chart-area kind-${model.kind}${model.horizontal ? ' horizontal' : ''}` });
    this.tableBox = el('div', { className: 'table-box' });
    this.tableBox.append(dataTable(model.table, tableId));
    const notes = el('ul', { className: 'notes' }, model.notes.map((n) => el('li', { text: n })));
    this.element = el('section', { className: 'card chart-card', attrs: { 'aria-labelledby': titleId, 'data-chart': model.id } }, [
      el('header', { className: 'card-header' }, [el('h3', { text: model.title, attrs: { id: titleId } }), tools]),
      canDraw ? this.figure : el('p', { className: 'muted', text: model.provided ? s('nothingToDraw') : s('notProvidedSection') }),
      canDraw ? this.tableBox : null,
      model.notes.length > 0 ? notes : null,
    ]);
    if (canDraw) this.draw();
    this.setTable(tableOpen && canDraw);
  }

  private draw(): void {
    const m = this.model;
    if (m.kind === 'heatmap' && m.heatmap) {
      this.figure.append(heatmapElement(m, m.heatmap, this.locale));
      return;
    }
    const Chart = registerChartParts();
    this.canvas = el('canvas', { attrs: { role: 'img', 'aria-label': m.summary, tabindex: '0' } });
    // Fallback content of a canvas is read by assistive tech that ignores aria-label.
    this.canvas.append(el('p', { text: m.summary }));
    this.figure.append(this.canvas);
    this.chart = new Chart(this.canvas, chartConfig(m, this.theme, this.locale));
  }

  setTable(open: boolean): void {
    this.tableOpen = open;
    this.toggle.setAttribute('aria-pressed', String(open));
    this.toggle.setAttribute('aria-expanded', String(open));
    this.tableBox.hidden = !open;
  }

  /** Re-colour after a theme change, without animation. */
  applyTheme(theme: Theme): void {
    this.theme = theme;
    if (!this.chart) return;
    const next = chartConfig(this.model, theme, this.locale);
    this.chart.data.datasets = next.data.datasets;
    if (next.options) this.chart.options = next.options;
    this.chart.update('none');
  }

  pngDataUrl(): string | undefined {
    if (this.model.kind === 'heatmap' && this.model.heatmap) return heatmapCanvas(this.model, this.model.heatmap, this.theme).toDataURL('image/png');
    return this.canvas ? canvasToPng(this.canvas, this.theme) : undefined;
  }

  /** Colours the chart currently draws with (the e2e test reads them after a theme switch). */
  colors(): string[] {
    if (!this.chart) return [];
    return this.chart.data.datasets.map((d) => {
      const c = (d as { backgroundColor?: unknown; borderColor?: unknown }).backgroundColor;
      return Array.isArray(c) ? String(c[0]) : String(c ?? '');
    });
  }

  /** The x-axis tick labels as drawn (the browser tests check daily charts tick once per day). */
  xTickLabels(): string[] {
    const x = this.chart?.scales.x;
    return x ? x.ticks.map((t) => String(t.label ?? '')) : [];
  }

  /** Whether the chart animates (reduced motion turns it off); undefined for the heatmap grid. */
  animated(): boolean | undefined {
    return this.chart ? this.chart.options.animation !== false : undefined;
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
    this.element.remove();
  }
}
