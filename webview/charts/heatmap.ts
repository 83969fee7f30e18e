/**
 * Hour × weekday heatmap as a CSS grid. No inline style attributes (the CSP forbids them): the
 * intensity goes through CSSOM `style.setProperty('--level', …)`, which the CSP allows.
 */
import type { ModelChart, ModelHeatmap } from '../../src/shared/protocol';
import { el } from '../dom';
import { s } from '../strings';
import type { Theme } from './theme';

const LEGEND_STEPS = [0, 0.25, 0.5, 0.75, 1];

function cellText(h: ModelHeatmap, day: number, hour: number, locale: string): string {
  const count = h.counts[day]?.[hour] ?? 0;
  const next = (hour + 1) % 24;
  return s('heatmapCell', h.rows[day] ?? '', `${hour}:00`, `${next}:00`, h.zone ?? 'UTC', new Intl.NumberFormat(locale).format(count));
}

/** The colour scale: five swatches from none to the busiest cell, with the numbers at both ends. */
function legend(h: ModelHeatmap, locale: string): HTMLElement {
  const swatches = LEGEND_STEPS.map((level) => {
    const swatch = el('span', { className: level === 0 ? 'heatmap-swatch zero' : 'heatmap-swatch' });
    swatch.style.setProperty('--level', String(level));
    return swatch;
  });
  return el('div', { className: 'heatmap-legend', attrs: { 'data-role': 'heatmap-legend' } }, [
    el('span', { text: s('heatmapScale') }),
    el('span', { className: 'heatmap-scale-end', text: '0' }),
    ...swatches,
    el('span', { className: 'heatmap-scale-end', text: new Intl.NumberFormat(locale).format(h.max) }),
  ]);
}

/**
 * The grid with its scale and a readout line: hovering a cell, or moving over the cells with the
 * arrow keys once the grid has focus, says weekday, hour and count there (and to a screen reader,
 * through the live readout). One tab stop for 168 cells.
 */
export function heatmapElement(chart: ModelChart, h: ModelHeatmap, locale = 'en', onCell?: (day: number, hour: number) => void): HTMLElement {
  const readout = el('p', { className: 'heatmap-readout', text: s('heatmapHint'), attrs: { 'aria-live': 'polite', 'data-role': 'heatmap-readout' } });
  const grid = el('div', { className: 'heatmap', attrs: { role: 'img', 'aria-label': chart.summary, tabindex: '0' } });
  grid.append(el('div', { className: 'heatmap-corner', attrs: { 'aria-hidden': 'true' } }));
  for (const hour of h.columns) grid.append(el('div', { className: 'heatmap-hour', text: hour, attrs: { 'aria-hidden': 'true' } }));
  const cells: HTMLElement[][] = [];
  h.rows.forEach((day, d) => {
    grid.append(el('div', { className: 'heatmap-day', text: day, attrs: { 'aria-hidden': 'true' } }));
    cells.push(h.columns.map((_, i) => {
      const count = h.counts[d]?.[i] ?? 0;
      const cell = el('div', { className: count > 0 ? 'heatmap-cell' : 'heatmap-cell zero', attrs: { 'data-day': String(d), 'data-hour': String(i) } });
      cell.style.setProperty('--level', String(h.max > 0 ? count / h.max : 0));
      grid.append(cell);
      return cell;
    }));
  });
  let active: [number, number] | undefined;
  const show = (d: number, i: number) => {
    if (active) cells[active[0]]?.[active[1]]?.classList.remove('active');
    active = [d, i];
    cells[d]?.[i]?.classList.add('active');
    readout.textContent = cellText(h, d, i, locale);
  };
  grid.addEventListener('mouseover', (e) => {
    const cell = (e.target as HTMLElement).closest<HTMLElement>('.heatmap-cell');
    if (cell) show(Number(cell.dataset.day), Number(cell.dataset.hour));
  });
  grid.addEventListener('focus', () => show(...(active ?? busiest(h))));
  if (onCell) {
    grid.classList.add('drillable');
    grid.addEventListener('click', (e) => {
      const cell = (e.target as HTMLElement).closest<HTMLElement>('.heatmap-cell');
      if (cell) onCell(Number(cell.dataset.day), Number(cell.dataset.hour));
    });
  }
  grid.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && onCell) {
      e.preventDefault();
      onCell(...(active ?? busiest(h)));
      return;
    }
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const [d, i] = active ?? busiest(h);
    show(Math.min(h.rows.length - 1, Math.max(0, d + move[0])), Math.min(h.columns.length - 1, Math.max(0, i + move[1])));
  });
  return el('div', { className: 'heatmap-box' }, [grid, legend(h, locale), readout]);
}

/** Where the keyboard starts: the busiest cell, the first one that is. */
function busiest(h: ModelHeatmap): [number, number] {
  for (let d = 0; d < h.counts.length; d++) {
    const i = (h.counts[d] ?? []).indexOf(h.max);
    if (i >= 0) return [d, i];
  }
  return [0, 0];
}

/** The heatmap drawn on a canvas, for PNG export (a CSS grid has no pixels of its own). */
export function heatmapCanvas(chart: ModelChart, h: ModelHeatmap, theme: Theme): HTMLCanvasElement {
  const cell = 28;
  const left = 56;
  const top = 48;
  const canvas = document.createElement('canvas');
  canvas.width = left + cell * h.columns.length + 16;
  canvas.height = top + cell * h.rows.length + 40;
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = theme.foreground;
  ctx.font = `bold 14px ${theme.font}`;
  ctx.fillText(chart.title, 8, 20);
  ctx.font = `11px ${theme.font}`;
  ctx.textAlign = 'center';
  h.columns.forEach((hour, i) => ctx.fillText(hour, left + i * cell + cell / 2, top - 8));
  ctx.textAlign = 'right';
  h.rows.forEach((day, d) => {
    ctx.fillStyle = theme.foreground;
    ctx.fillText(day, left - 8, top + d * cell + cell / 2 + 4);
    h.columns.forEach((_, i) => {
      const level = h.max > 0 ? (h.counts[d]?.[i] ?? 0) / h.max : 0;
      ctx.globalAlpha = 0.08 + 0.92 * level;
      ctx.fillStyle = theme.roles.blue;
      ctx.fillRect(left + i * cell + 1, top + d * cell + 1, cell - 2, cell - 2);
      ctx.globalAlpha = 1;
    });
  });
  ctx.textAlign = 'left';
  ctx.fillStyle = theme.foreground;
  ctx.fillText(chart.axes.x, left, top + cell * h.rows.length + 24);
  return canvas;
}
