/**
 * Hour × weekday heatmap as a CSS grid. No inline style attributes (the CSP forbids them): the
 * intensity goes through CSSOM `style.setProperty('--level', …)`, which the CSP allows.
 */
import type { ModelChart, ModelHeatmap } from '../../src/shared/protocol';
import { el } from '../dom';
import type { Theme } from './theme';

export function heatmapElement(chart: ModelChart, h: ModelHeatmap): HTMLElement {
  const grid = el('div', { className: 'heatmap', attrs: { role: 'img', 'aria-label': chart.summary, tabindex: '0' } });
  grid.append(el('div', { className: 'heatmap-corner', attrs: { 'aria-hidden': 'true' } }));
  for (const hour of h.columns) grid.append(el('div', { className: 'heatmap-hour', text: hour, attrs: { 'aria-hidden': 'true' } }));
  h.rows.forEach((day, d) => {
    grid.append(el('div', { className: 'heatmap-day', text: day, attrs: { 'aria-hidden': 'true' } }));
    h.columns.forEach((hour, i) => {
      const count = h.counts[d]?.[i] ?? 0;
      const cell = el('div', { className: count > 0 ? 'heatmap-cell' : 'heatmap-cell zero', attrs: { title: `${day} ${hour}:00 — ${count}` } });
      cell.style.setProperty('--level', String(h.max > 0 ? count / h.max : 0));
      grid.append(cell);
    });
  });
  return grid;
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
