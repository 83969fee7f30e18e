/** A sparkline of daily calls: a small inline SVG, coloured by the theme through CSS (no style attributes). */
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 80;
const HEIGHT = 20;

export function sparkline(values: readonly number[], label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  svg.setAttribute('width', String(WIDTH));
  svg.setAttribute('height', String(HEIGHT));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  svg.append(title);
  if (values.length === 0) return svg;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const points = values.map((v, i) => `${(values.length > 1 ? i * step : WIDTH / 2).toFixed(1)},${(HEIGHT - 1 - (v / max) * (HEIGHT - 2)).toFixed(1)}`);
  const line = document.createElementNS(SVG, values.length > 1 ? 'polyline' : 'circle');
  if (values.length > 1) line.setAttribute('points', points.join(' '));
  else {
    const [x, y] = (points[0] ?? '0,0').split(',');
    line.setAttribute('cx', x ?? '0');
    line.setAttribute('cy', y ?? '0');
    line.setAttribute('r', '1.5');
  }
  svg.append(line);
  return svg;
}
