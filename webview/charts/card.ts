/**
 * One chart card: title, the chart (canvas or heatmap grid) with its text alternative, a Table
 * toggle, PNG/CSV export, and the notes saying what was assumed or left out.
 */
import type { Chart } from 'chart.js';
import type { ChartConfiguration } from 'chart.js';
import type { DrillDownRequest, ModelChart } from '../../src/shared/protocol';
import { button, el } from '../dom';
import { s } from '../strings';
import { chartConfig } from './config';
import { barRequest, cellRequest, rowRequest, rowsDrill } from './drill';
import { heatmapCanvas, heatmapElement } from './heatmap';
import { canvasToPng } from './png';
import { registerChartParts } from './register';
import { dataTable } from './table';
import type { Theme } from './theme';

export interface CardCallbacks {
  readonly onTableToggle: (id: ModelChart['id'], open: boolean) => void;
  readonly onExportPng: (id: ModelChart['id']) => void;
  readonly onExportCsv: (id: ModelChart['id']) => void;
  /** A click (or Enter) on a figure that opens the calls behind it. */
  readonly onDrill?: (request: DrillDownRequest) => void;
}

export class ChartCard {
  readonly element: HTMLElement;
  private chart: Chart<'bar' | 'line'> | undefined;
  private canvas: HTMLCanvasElement | undefined;
  private readonly figure: HTMLElement;
  private readonly tableBox: HTMLElement;
  private readonly toggle: HTMLElement;
  private tableOpen: boolean;
  private readonly onDrill: CardCallbacks['onDrill'];

  constructor(
    readonly model: ModelChart,
    private theme: Theme,
    private readonly locale: string,
    tableOpen: boolean,
    callbacks: CardCallbacks,
  ) {
    this.tableOpen = tableOpen;
    this.onDrill = callbacks.onDrill;
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
    const drill = this.onDrill;
    const rowAction = drill && rowsDrill(model)
      ? { opens: (r: number) => rowRequest(model, r) !== undefined, open: (r: number) => { const q = rowRequest(model, r); if (q) drill(q); }, title: s('drillRow') }
      : undefined;
    this.tableBox.append(dataTable(model.table, tableId, rowAction));
    const hint = model.drill && canDraw ? el('p', { className: 'drill-hint', text: model.drill.hint, attrs: { 'data-role': 'drill-hint' } }) : null;
    const notes = el('ul', { className: 'notes' }, model.notes.map((n) => el('li', { text: n })));
    this.element = el('section', { className: 'card chart-card', attrs: { 'aria-labelledby': titleId, 'data-chart': model.id } }, [
      el('header', { className: 'card-header' }, [el('h3', { text: model.title, attrs: { id: titleId } }), tools]),
      canDraw ? this.figure : el('p', { className: 'muted', text: model.provided ? s('nothingToDraw') : s('notProvidedSection') }),
      hint,
      canDraw ? this.tableBox : null,
      model.notes.length > 0 ? notes : null,
    ]);
    if (canDraw) this.buildFigure();
    this.setTable(tableOpen && canDraw);
  }

  /** The heatmap grid at once (plain DOM, its own height); a canvas waits for drawChart() in a reserved area. */
  private buildFigure(): void {
    const m = this.model;
    if (m.kind === 'heatmap' && m.heatmap) {
      const drill = this.onDrill;
      const onCell = drill && m.drill?.cells ? (d: number, h: number) => { const q = cellRequest(m, d, h); if (q) drill(q); } : undefined;
      this.figure.append(heatmapElement(m, m.heatmap, this.locale, onCell));
      return;
    }
    this.canvas = el('canvas', { attrs: { role: 'img', 'aria-label': m.summary, tabindex: '0' } });
    // Fallback content of a canvas is read by assistive tech that ignores aria-label.
    this.canvas.append(el('p', { text: m.summary }));
    this.figure.append(this.canvas);
    if (this.onDrill && (m.drill?.categories || m.drill?.series)) this.element.classList.add('drillable');
  }

  /** Whether there is nothing left to draw (a heatmap, a card without data, or a chart already drawn). */
  get drawn(): boolean {
    return this.chart !== undefined || this.canvas === undefined;
  }

  /** Draws the Chart.js chart into its canvas (the draw queue decides when). */
  drawChart(animate = true): void {
    if (this.drawn || !this.canvas) return;
    const Chart = registerChartParts();
    const config = this.config(this.theme);
    if (!animate && config.options) config.options.animation = false;
    this.chart = new Chart(this.canvas, config);
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
    const next = this.config(theme);
    this.chart.data.datasets = next.data.datasets;
    if (next.options) this.chart.options = next.options;
    this.chart.update('none');
  }

  /** The chart's configuration, with the drill-down click: the bar under the pointer, not the whole stack. */
  private config(theme: Theme): ChartConfiguration<'bar' | 'line'> {
    const config = chartConfig(this.model, theme, this.locale);
    const drill = this.onDrill;
    if (!drill || !config.options || !(this.model.drill?.categories || this.model.drill?.series)) return config;
    config.options.onClick = (event, _elements, chart) => {
      const hit = chart.getElementsAtEventForMode(event as unknown as Event, 'nearest', { intersect: true }, false)[0];
      const request = hit ? barRequest(this.model, hit.index, hit.datasetIndex) : undefined;
      if (request) drill(request);
    };
    return config;
  }

  /** The on-screen position of a bar (browser tests click it). */
  barPosition(index: number, series: number): { x: number; y: number } | undefined {
    const box = this.barBox(index, series);
    if (!box) return undefined;
    const middle = (box.from + box.to) / 2;
    return this.model.horizontal ? { x: middle, y: box.centre } : { x: box.centre, y: middle };
  }

  /** A drawn bar's box in canvas pixels along the category axis and the value axis (the browser tests' ruler). */
  barBox(index: number, series: number): { centre: number; thickness: number; from: number; to: number } | undefined {
    const bar = this.chart?.getDatasetMeta(series).data[index];
    if (!bar) return undefined;
    const { x, y, base, width, height } = bar.getProps(['x', 'y', 'base', 'width', 'height'], true) as Record<string, number>;
    return this.model.horizontal
      ? { centre: y, thickness: height, from: Math.min(x, base), to: Math.max(x, base) }
      : { centre: x, thickness: width, from: Math.min(y, base), to: Math.max(y, base) };
  }

  pngDataUrl(): string | undefined {
    if (this.model.kind === 'heatmap' && this.model.heatmap) return heatmapCanvas(this.model, this.model.heatmap, this.theme).toDataURL('image/png');
    if (!this.canvas) return undefined;
    // An export of a chart not scrolled to yet: drawn now, without the animation, so the image is final.
    this.drawChart(false);
    return canvasToPng(this.canvas, this.theme);
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
