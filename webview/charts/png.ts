/** A chart as a PNG data URL, on the editor background (a transparent PNG is unreadable elsewhere). */
import type { Theme } from './theme';

export function canvasToPng(source: HTMLCanvasElement, theme: Theme): string {
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const ctx = out.getContext('2d');
  if (!ctx) return source.toDataURL('image/png');
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(source, 0, 0);
  return out.toDataURL('image/png');
}
